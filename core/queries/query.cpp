#include "core/queries/query.hpp"

#include <algorithm>
#include <cstdlib>

#include "core/queries/fold.hpp"
#include "core/queries/projection.hpp"

namespace atelier {

namespace {

// A term resolved against the index: names to ids, stage ids to per-pipeline indexes, text to folded words.
struct Compiled {
    FilterKey key;
    bool negate;
    int num = 0;                    // days, choice ordinal, name id (-1: no order has it), order number
    std::vector<int16_t> stage_at;  // per pipeline: the stage's index or -1
    std::vector<std::string> words;
};

struct CompiledFilter {
    std::vector<std::vector<Compiled>> cheap;  // groups without text terms
    std::vector<std::vector<Compiled>> text;   // groups with a text term, checked last
    bool never = false;
};

int choice_ordinal(FilterKey k, const std::string& v) {
    static const char* const pay[] = {"unpaid", "deposit", "paid"};
    static const char* const kind_[] = {"none", "deposit", "full"};
    static const char* const deliv[] = {"collect", "ship"};
    static const char* const mk[] = {"mto", "bulk"};
    static const char* const st[] = {"draft", "confirmed", "in_production", "shipped", "collected", "invoiced", "paid", "cancelled"};
    auto find = [&](const char* const* names, int n) {
        for (int i = 0; i < n; ++i)
            if (v == names[i]) return i;
        return -1;
    };
    switch (k) {
        case FilterKey::payment: return find(pay, 3);
        case FilterKey::payment_kind: return find(kind_, 3);
        case FilterKey::delivery: return find(deliv, 2);
        case FilterKey::kind: return find(mk, 2);
        case FilterKey::status: return find(st, 8);
        default: return -1;
    }
}

Compiled compile(const QueryIndex& ix, const FilterTerm& t) {
    Compiled c{t.key, t.negate, 0, {}, {}};
    switch (t.key) {
        case FilterKey::due_within:
        case FilterKey::fitting_within: c.num = std::atoi(t.value.c_str()); break;
        case FilterKey::team:
        case FilterKey::salesperson:
        case FilterKey::collection: c.num = ix.name_id(fold_text(t.value)); break;
        case FilterKey::payment:
        case FilterKey::payment_kind:
        case FilterKey::delivery:
        case FilterKey::kind:
        case FilterKey::status: c.num = choice_ordinal(t.key, t.value); break;
        case FilterKey::number: c.num = std::atoi(t.value.c_str()); break;
        case FilterKey::pipeline:
            c.num = -1;
            for (size_t p = 0; p < ix.pipeline_ids.size(); ++p)
                if (ix.pipeline_ids[p] == t.value) c.num = static_cast<int>(p);
            break;
        case FilterKey::stage:
            for (const auto& ids : ix.stage_ids) {
                int16_t at = -1;
                for (size_t s = 0; s < ids.size(); ++s)
                    if (ids[s] == t.value) at = static_cast<int16_t>(s);
                c.stage_at.push_back(at);
            }
            break;
        case FilterKey::text: {
            const std::string folded = fold_text(t.value);
            size_t i = 0;
            while (i < folded.size()) {
                while (i < folded.size() && folded[i] == ' ') ++i;
                size_t j = i;
                while (j < folded.size() && folded[j] != ' ') ++j;
                if (j > i) c.words.push_back(folded.substr(i, j - i));
                i = j;
            }
            break;
        }
        default: break;
    }
    return c;
}

bool test(const QueryIndex& ix, const QueryRow& r, const Compiled& c, Date today) {
    bool ok = false;
    switch (c.key) {
        case FilterKey::overdue: ok = is_overdue(r, today); break;
        case FilterKey::due_soon: ok = is_due_soon(r, ix.due_soon_days, today); break;
        case FilterKey::due_within: ok = is_due_soon(r, c.num, today); break;
        case FilterKey::fitting_within:
            for (uint32_t k = r.fit_begin; k < r.fit_end && !ok; ++k) {
                const int32_t d = ix.fit_days[k];
                ok = d >= today.days && d - today.days <= c.num;
            }
            break;
        case FilterKey::draft: ok = r.status == Status::draft; break;
        case FilterKey::completed: ok = is_completed(r); break;
        case FilterKey::cancelled: ok = r.status == Status::cancelled; break;
        case FilterKey::active: ok = r.status == Status::confirmed || r.status == Status::in_production; break;
        case FilterKey::stuck: ok = stuck_info(r, today).stuck; break;
        case FilterKey::at_risk: ok = project(r, today).at_risk; break;
        case FilterKey::stage: ok = r.pipeline < c.stage_at.size() && r.stage >= 0 && c.stage_at[r.pipeline] == r.stage; break;
        case FilterKey::pipeline: ok = r.pipeline == c.num; break;
        case FilterKey::collection: ok = c.num > 0 && r.collection == c.num; break;
        case FilterKey::team: ok = c.num > 0 && r.team == c.num; break;
        case FilterKey::salesperson: ok = c.num > 0 && r.salesperson == c.num; break;
        case FilterKey::payment: ok = r.pay_status == c.num; break;
        case FilterKey::owes: ok = r.owed > 0; break;
        case FilterKey::rush: ok = r.rush; break;
        case FilterKey::priority: ok = r.priority; break;
        case FilterKey::delivery: ok = static_cast<int>(r.delivery) == c.num; break;
        case FilterKey::payment_kind: ok = r.pay_kind == c.num; break;
        case FilterKey::kind: ok = static_cast<int>(r.kind) == c.num; break;
        case FilterKey::status: ok = static_cast<int>(r.status) == c.num; break;
        case FilterKey::number: ok = r.number == c.num; break;
        case FilterKey::text: {
            const std::string_view hay(ix.hay.data() + r.hay_begin, r.hay_end - r.hay_begin);
            ok = true;
            for (const auto& w : c.words)
                if (hay.find(w) == std::string_view::npos) {
                    ok = false;
                    break;
                }
            break;
        }
    }
    return ok != c.negate;
}

CompiledFilter compile(const QueryIndex& ix, const Filter& f) {
    CompiledFilter cf;
    for (const auto& g : f.all) {
        std::vector<Compiled> cg;
        bool has_text = false;
        for (const auto& t : g) {
            cg.push_back(compile(ix, t));
            has_text |= t.key == FilterKey::text;
        }
        if (cg.empty()) cf.never = true;  // an empty OR matches nothing
        (has_text ? cf.text : cf.cheap).push_back(std::move(cg));
    }
    return cf;
}

bool group_ok(const QueryIndex& ix, const QueryRow& r, const std::vector<Compiled>& g, Date today) {
    for (const auto& c : g)
        if (test(ix, r, c, today)) return true;
    return false;
}

bool row_ok(const QueryIndex& ix, const QueryRow& r, const CompiledFilter& cf, Date today) {
    for (const auto& g : cf.cheap)
        if (!group_ok(ix, r, g, today)) return false;
    for (const auto& g : cf.text)
        if (!group_ok(ix, r, g, today)) return false;
    return true;
}

// A sort key per row as one 64-bit integer; ties then go to the number.
int64_t sort_key(const QueryRow& r, SortKey k, Date today) {
    switch (k) {
        case SortKey::created: return r.created;
        case SortKey::number: return r.number;
        case SortKey::client: return r.client_rank;
        case SortKey::deadline: return r.deadline;
        case SortKey::owed: return r.owed;
        case SortKey::stage: return int64_t{r.pipeline} * 65536 + r.stage;
        case SortKey::days_in_production: {
            const auto d = days_in_production(r, today);
            return d ? *d : -1;
        }
        case SortKey::priority: return (r.rush ? 2 : 0) + (r.priority ? 1 : 0);
    }
    return 0;
}

}  // namespace

void sort_rows(const QueryIndex& ix, std::vector<int>& idx, const Sort& s, Date today) {
    // Decorate once, then sort (key, number): far fewer cache misses than comparing rows.
    struct Keyed {
        int64_t key;
        int32_t number;
        int32_t i;
    };
    std::vector<Keyed> v(idx.size());
    for (size_t k = 0; k < idx.size(); ++k) {
        const QueryRow& r = ix.rows[static_cast<size_t>(idx[k])];
        const int64_t key = sort_key(r, s.key, today);
        v[k] = {s.desc ? (key == INT64_MIN ? INT64_MAX : -key) : key, r.number, idx[k]};
    }
    std::sort(v.begin(), v.end(), [](const Keyed& a, const Keyed& b) {
        return a.key != b.key ? a.key < b.key : a.number != b.number ? a.number < b.number : a.i < b.i;
    });
    for (size_t k = 0; k < v.size(); ++k) idx[k] = v[k].i;
}

std::vector<int> run_query(const QueryIndex& ix, const Filter& f, const Sort& s, Date today) {
    const CompiledFilter cf = compile(ix, f);
    std::vector<int> out;
    if (cf.never) return out;
    for (size_t i = 0; i < ix.rows.size(); ++i)
        if (row_ok(ix, ix.rows[i], cf, today)) out.push_back(static_cast<int>(i));
    sort_rows(ix, out, s, today);
    return out;
}

std::vector<int> run_query(const Atelier& a, const Filter& f, const Sort& s, Date today) {
    return run_query(build_index(a), f, s, today);
}

bool matches(const QueryIndex& ix, size_t i, const Filter& f, Date today) {
    const CompiledFilter cf = compile(ix, f);
    return !cf.never && i < ix.rows.size() && row_ok(ix, ix.rows[i], cf, today);
}

}  // namespace atelier

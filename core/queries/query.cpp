#include "core/queries/query.hpp"

#include <algorithm>
#include <cstdlib>

#include "core/derive.hpp"
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

// The ordinal of a choice filter's value: its position among the enum's ids (filter.cpp checked it).
int choice_ordinal(FilterKey k, const std::string& v) {
    auto ordinal = [](auto e) { return e ? static_cast<int>(*e) : -1; };
    switch (k) {
        case FilterKey::payment: return ordinal(enum_from_id<PaymentStatus>(v));
        case FilterKey::payment_kind: return ordinal(enum_from_id<PaymentKind>(v));
        case FilterKey::delivery: return ordinal(enum_from_id<Delivery>(v));
        case FilterKey::kind: return ordinal(enum_from_id<Kind>(v));
        case FilterKey::status: return ordinal(enum_from_id<Status>(v));
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
        case FilterKey::due_now: ok = r.due_now > 0; break;
        case FilterKey::rush: ok = r.rush; break;
        case FilterKey::conflict: ok = r.conflict; break;
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

// Rough cost of testing a group: one-byte compares < dates < projections < text.
int cost(const std::vector<Compiled>& g) {
    int c = 0;
    for (const auto& t : g) {
        switch (t.key) {
            case FilterKey::text: c += 100; break;
            case FilterKey::stuck:
            case FilterKey::at_risk: c += 10; break;
            case FilterKey::fitting_within: c += 5; break;
            case FilterKey::overdue:
            case FilterKey::due_soon:
            case FilterKey::due_within: c += 2; break;
            default: c += 1; break;
        }
    }
    return c;
}

bool row_ok(const QueryIndex& ix, const QueryRow& r, const CompiledFilter& cf, Date today) {
    for (const auto& g : cf.cheap)
        if (!group_ok(ix, r, g, today)) return false;
    for (const auto& g : cf.text)
        if (!group_ok(ix, r, g, today)) return false;
    return true;
}

}  // namespace

void sort_rows(const QueryIndex& ix, std::vector<int>& idx, const Sort& s, Date) {
    const auto& rank = ix.rank[static_cast<size_t>(s.key)];
    const auto& by = ix.by[static_cast<size_t>(s.key)];
    if (rank.size() != ix.rows.size()) return;
    if (idx.size() * 16 < ix.rows.size()) {
        // Few rows: compare precomputed ranks (unique, so the order is total).
        if (s.desc) std::sort(idx.begin(), idx.end(), [&](int a, int b) { return rank[static_cast<size_t>(a)] > rank[static_cast<size_t>(b)]; });
        else std::sort(idx.begin(), idx.end(), [&](int a, int b) { return rank[static_cast<size_t>(a)] < rank[static_cast<size_t>(b)]; });
        return;
    }
    // Many rows: mark their ranks in a bitset and read the ranks back in order (linear, no comparisons).
    std::vector<uint64_t> bits((ix.rows.size() + 63) / 64, 0);
    for (int i : idx) {
        const auto r = static_cast<size_t>(rank[static_cast<size_t>(i)]);
        bits[r >> 6] |= uint64_t{1} << (r & 63);
    }
    size_t out = 0;
    if (!s.desc) {
        for (size_t w = 0; w < bits.size(); ++w)
            for (uint64_t b = bits[w]; b; b &= b - 1) idx[out++] = by[w * 64 + static_cast<size_t>(__builtin_ctzll(b))];
    } else {
        for (size_t w = bits.size(); w-- > 0;)
            for (uint64_t b = bits[w]; b; b &= ~(uint64_t{1} << (63 - __builtin_clzll(b))))
                idx[out++] = by[w * 64 + static_cast<size_t>(63 - __builtin_clzll(b))];
    }
}

std::vector<int> run_query(const QueryIndex& ix, const Filter& f, const Sort& s, Date today) {
    CompiledFilter cf = compile(ix, f);
    std::vector<int> out;
    if (cf.never) return out;
    // Groups one at a time, cheapest first, each over the rows the previous ones kept.
    std::vector<const std::vector<Compiled>*> groups;
    for (const auto& g : cf.cheap) groups.push_back(&g);
    std::stable_sort(groups.begin(), groups.end(), [](const auto* a, const auto* b) { return cost(*a) < cost(*b); });
    for (const auto& g : cf.text) groups.push_back(&g);
    const size_t n = ix.rows.size();
    if (groups.empty()) {
        out.resize(n);
        for (size_t i = 0; i < n; ++i) out[i] = static_cast<int>(i);
    } else {
        const auto& g0 = *groups.front();
        for (size_t i = 0; i < n; ++i)
            if (group_ok(ix, ix.rows[i], g0, today)) out.push_back(static_cast<int>(i));
        for (size_t k = 1; k < groups.size() && !out.empty(); ++k) {
            const auto& g = *groups[k];
            size_t kept = 0;
            for (int i : out)
                if (group_ok(ix, ix.rows[static_cast<size_t>(i)], g, today)) out[kept++] = i;
            out.resize(kept);
        }
    }
    sort_rows(ix, out, s, today);
    return out;
}

std::vector<int> run_query(const Atelier& a, const Filter& f, const Sort& s, Date today) {
    return run_query(build_index(a), f, s, today);
}

std::vector<uint8_t> match_mask(const QueryIndex& ix, const Filter& f, Date today) {
    const CompiledFilter cf = compile(ix, f);
    std::vector<uint8_t> mask(ix.rows.size(), 0);
    if (cf.never) return mask;
    for (size_t i = 0; i < ix.rows.size(); ++i) mask[i] = row_ok(ix, ix.rows[i], cf, today);
    return mask;
}

bool matches(const QueryIndex& ix, size_t i, const Filter& f, Date today) {
    const CompiledFilter cf = compile(ix, f);
    return !cf.never && i < ix.rows.size() && row_ok(ix, ix.rows[i], cf, today);
}

}  // namespace atelier

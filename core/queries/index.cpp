#include "core/queries/index.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "core/derive.hpp"
#include "core/queries/filter.hpp"
#include "core/queries/fold.hpp"

namespace atelier {

int QueryIndex::name_id(const std::string& folded) const {
    for (size_t i = 0; i < names.size(); ++i)
        if (names[i] == folded) return static_cast<int>(i);
    return -1;
}

size_t QueryIndex::heap_bytes() const {
    size_t n = rows.capacity() * sizeof(QueryRow) + hay.capacity() + fit_days.capacity() * sizeof(int32_t);
    n += names.capacity() * sizeof(std::string) + team_capacity.capacity() * sizeof(int32_t);
    for (const auto& s : names) n += s.capacity();
    n += (pay_at.capacity() + pay_amount.capacity()) * sizeof(int64_t);
    for (size_t k = 0; k < by.size(); ++k) n += (by[k].capacity() + rank[k].capacity()) * sizeof(int32_t);
    return n;
}

bool will_skip(const Order& o, const Stage& s) {
    if (!s.optional) return false;
    if (o.rush) return true;
    for (const auto& e : o.log)
        if (e.event == Event::skipped && e.stage == s.id) return true;
    return false;
}

namespace {

std::optional<Date> entered_from_history(const Order& o) {
    for (auto it = o.history.rbegin(); it != o.history.rend(); ++it)
        for (const auto& c : it->changes)
            if (c.field == "stage") return date_of(it->at);
    return std::nullopt;
}

std::optional<Date> entered(const Order& o, const Pipeline* p, int at) {
    if (auto d = entered_from_history(o)) return d;
    if (!o.wip_start) return std::nullopt;
    int days = 0;
    if (p)
        for (int s = 0; s < at; ++s) {
            const Stage& st = p->stages[static_cast<size_t>(s)];
            if (!will_skip(o, st)) days += st.days;
        }
    return add_days(*o.wip_start, days);
}

struct Interner {
    std::vector<std::string>& names;
    std::unordered_map<std::string, uint16_t> ids;
    std::string scratch;
    uint16_t id(const std::string& raw) {
        if (raw.empty()) return 0;
        scratch.clear();
        fold_append(raw, scratch);
        auto [it, fresh] = ids.emplace(scratch, static_cast<uint16_t>(names.size()));
        if (fresh) names.push_back(scratch);
        return it->second;
    }
};

// The key each sort compares; all independent of today.
int64_t static_key(const QueryRow& r, size_t k) {
    switch (static_cast<SortKey>(k)) {
        case SortKey::created: return r.created;
        case SortKey::number: return r.number;
        case SortKey::client: return r.client_rank;
        case SortKey::deadline: return r.deadline;
        case SortKey::owed: return r.owed;
        case SortKey::stage: return int64_t{r.pipeline} * 65536 + r.stage;
        case SortKey::days_in_production: return r.wip_start == kNoDay ? INT64_MIN : -int64_t{r.wip_start};
        case SortKey::priority: return (r.rush ? 2 : 0) + (r.priority ? 1 : 0);
    }
    return 0;
}

}  // namespace

std::optional<Date> stage_entered(const Atelier& a, const Order& o) {
    const Pipeline* p = a.pipeline(o.pipeline);
    return entered(o, p, p ? stage_index(*p, o.stage) : -1);
}

// The build, phase by phase: each step does a bounded amount of one phase (`budget` clients or
// orders, or one whole sort), so IndexSteps can spread it over frames.
struct IndexSteps::Impl {
    enum class Phase { clients, rank, rows, queues, sort, done };
    struct Keyed {
        int64_t key;
        int32_t number;
        int32_t i;
    };
    const Atelier& a;
    QueryIndex ix;
    Interner names;
    Phase phase = Phase::clients;
    size_t next = 0;  // the next client, order or sort key of the phase
    std::vector<std::string> client_folded;
    std::vector<int32_t> client_rank;
    std::string suffix = "-";
    std::vector<Keyed> keyed;

    explicit Impl(const Atelier& at) : a(at), names{ix.names, {}, {}} {
        ix.due_soon_days = a.profile.due_soon_days;
        ix.company_code = a.profile.settings.company_code;
        ix.names.push_back("");
        for (const auto& p : a.pipelines) {
            ix.pipeline_ids.push_back(p.id);
            ix.stage_ids.emplace_back();
            for (const auto& st : p.stages) ix.stage_ids.back().push_back(st.id);
        }
        client_folded.resize(a.clients.size());
        ix.rows.resize(a.orders.size());
        ix.hay.reserve(a.orders.size() * 72);
        fold_append(a.profile.settings.company_code, suffix);
    }

    bool step(size_t budget) {
        switch (phase) {
            case Phase::clients: {  // client names folded once per client
                const size_t end = next + std::min(a.clients.size() - next, std::max<size_t>(budget, 1));
                for (; next < end; ++next) client_folded[next] = fold_text(a.clients[next].name);
                if (next == a.clients.size()) phase = Phase::rank;
                break;
            }
            case Phase::rank:
                rank_clients();
                next = 0;
                phase = Phase::rows;
                break;
            case Phase::rows: {
                const size_t end = next + std::min(a.orders.size() - next, std::max<size_t>(budget, 1));
                for (; next < end; ++next) row(next);
                if (next == a.orders.size()) phase = Phase::queues;
                break;
            }
            case Phase::queues:
                queues();
                next = 0;
                keyed.resize(ix.rows.size());
                phase = Phase::sort;
                break;
            case Phase::sort:
                sort_by(next++);
                if (next == ix.by.size()) phase = Phase::done;
                break;
            case Phase::done:
                break;
        }
        return phase == Phase::done;
    }

    void rank_clients() {
        std::vector<uint32_t> by_name(a.clients.size());
        for (size_t i = 0; i < by_name.size(); ++i) by_name[i] = static_cast<uint32_t>(i);
        std::sort(by_name.begin(), by_name.end(),
                  [&](uint32_t x, uint32_t y) { return client_folded[x] < client_folded[y]; });
        client_rank.assign(a.clients.size(), 0);
        for (size_t r = 0; r < by_name.size(); ++r)
            client_rank[by_name[r]] = r > 0 && client_folded[by_name[r]] == client_folded[by_name[r - 1]]
                                          ? client_rank[by_name[r - 1]]
                                          : static_cast<int32_t>(r);
    }

    void row(size_t i) {
        const Order& o = a.orders[i];
        QueryRow& r = ix.rows[i];
        r.number = o.number;
        r.deadline = o.deadline.days;
        if (o.wip_start) r.wip_start = o.wip_start->days;
        r.status = o.status;
        r.kind = o.kind;
        r.delivery = o.delivery;
        r.stage_status = o.stage_status;
        r.rush = o.rush;
        r.priority = o.priority;
        r.conflict = open_conflicts(o.conflicts) > 0;
        r.owed = o.status == Status::cancelled || o.status == Status::draft ? 0 : balance_owed(o).minor;
        r.due_now = due_now(a, o).minor;
        r.pay_status = static_cast<uint8_t>(payment_status(o));
        r.pay_kind = static_cast<uint8_t>(payment_kind(o));
        if (o.created) r.created = o.created->minutes;
        else if (!o.history.empty()) r.created = o.history.front().at.minutes;  // hand-made files without "created"
        r.team = names.id(o.team);
        r.salesperson = names.id(o.salesperson);
        r.collection = names.id(o.collection);

        const Pipeline* p = nullptr;
        for (size_t k = 0; k < a.pipelines.size(); ++k)
            if (a.pipelines[k].id == o.pipeline) {
                p = &a.pipelines[k];
                r.pipeline = static_cast<uint8_t>(std::min<size_t>(k, 254));
            }
        const int at = p ? stage_index(*p, o.stage) : -1;
        r.stage = static_cast<int16_t>(at);
        if (p && at >= 0) {
            const Stage& cur = p->stages[static_cast<size_t>(at)];
            r.stage_days = cur.days;
            r.stage_team = names.id(cur.team.empty() ? o.team : cur.team);
            for (size_t st = static_cast<size_t>(at) + 1; st < p->stages.size(); ++st)
                if (!will_skip(o, p->stages[st])) r.after_days += p->stages[st].days;
        }
        if (o.status == Status::in_production) {
            if (auto d = entered(o, p, at)) r.stage_entered = d->days;
        }

        const Client* c = a.client(o.client);
        r.client_rank = c ? client_rank[static_cast<size_t>(c - a.clients.data())] : -1;
        r.hay_begin = static_cast<uint32_t>(ix.hay.size());
        ix.hay += std::to_string(o.number);
        ix.hay += suffix;
        ix.hay += '\n';
        if (c) ix.hay += client_folded[static_cast<size_t>(c - a.clients.data())];
        ix.hay += '\n';
        fold_append(o.garment, ix.hay);
        ix.hay += '\n';
        fold_append(o.collection, ix.hay);
        if (!o.notes.empty()) {
            ix.hay += '\n';
            fold_append(o.notes, ix.hay);
        }
        r.hay_end = static_cast<uint32_t>(ix.hay.size());
        ix.hay += '\0';

        r.fit_begin = static_cast<uint32_t>(ix.fit_days.size());
        for (const auto& f : o.fittings)
            if (!f.done && !f.cancelled) ix.fit_days.push_back(date_of(f.at).days);  // still to come
        r.fit_end = static_cast<uint32_t>(ix.fit_days.size());
        r.pay_begin = static_cast<uint32_t>(ix.pay_at.size());
        for (const auto& pay : o.payments) {
            ix.pay_at.push_back(pay.at.minutes);
            ix.pay_amount.push_back(signed_amount(pay).minor);
        }
        r.pay_end = static_cast<uint32_t>(ix.pay_at.size());
    }

    // Team queues: each team works on as many orders at once as it has in progress now (at least one);
    // orders waiting to start a stage queue by rush, priority, deadline, number.
    void queues() {
        ix.team_capacity.assign(ix.names.size(), 0);
        std::vector<std::vector<uint32_t>> waiting(ix.names.size());
        for (size_t i = 0; i < ix.rows.size(); ++i) {
            const QueryRow& r = ix.rows[i];
            if (r.status != Status::in_production || r.stage < 0) continue;
            if (r.stage_status == StageStatus::in_progress) ++ix.team_capacity[r.stage_team];
            else if (r.stage_status == StageStatus::not_started) waiting[r.stage_team].push_back(static_cast<uint32_t>(i));
        }
        std::vector<int64_t> backlog(ix.names.size(), 0);
        for (size_t t = 0; t < waiting.size(); ++t) {
            auto& q = waiting[t];
            const int64_t cap = std::max<int32_t>(1, ix.team_capacity[t]);
            ix.team_capacity[t] = static_cast<int32_t>(cap);
            std::sort(q.begin(), q.end(), [&](uint32_t x, uint32_t y) {
                const QueryRow &rx = ix.rows[x], &ry = ix.rows[y];
                if (rx.rush != ry.rush) return rx.rush;
                if (rx.priority != ry.priority) return rx.priority;
                if (rx.deadline != ry.deadline) return rx.deadline < ry.deadline;
                return rx.number < ry.number;
            });
            int64_t ahead = 0;
            for (uint32_t i : q) {
                ix.rows[i].queue_wait = static_cast<int32_t>((ahead + cap - 1) / cap);
                ahead += ix.rows[i].stage_days;
            }
            backlog[t] = ahead;
        }
        // Confirmed orders have not started: they join the back of their first stage's team queue.
        for (auto& r : ix.rows)
            if (r.status == Status::confirmed && r.stage >= 0)
                r.queue_wait = static_cast<int32_t>((backlog[r.stage_team] + ix.team_capacity[r.stage_team] - 1) /
                                                    std::max<int32_t>(1, ix.team_capacity[r.stage_team]));
    }

    // One sort key: the rows in ascending order (ties by number), and each row's position in it.
    void sort_by(size_t k) {
        const size_t n = ix.rows.size();
        for (size_t i = 0; i < n; ++i) keyed[i] = {static_key(ix.rows[i], k), ix.rows[i].number, static_cast<int32_t>(i)};
        std::sort(keyed.begin(), keyed.end(), [](const Keyed& x, const Keyed& y) {
            return x.key != y.key ? x.key < y.key : x.number != y.number ? x.number < y.number : x.i < y.i;
        });
        ix.by[k].resize(n);
        ix.rank[k].resize(n);
        for (size_t p = 0; p < n; ++p) {
            ix.by[k][p] = keyed[p].i;
            ix.rank[k][static_cast<size_t>(keyed[p].i)] = static_cast<int32_t>(p);
        }
    }
};

IndexSteps::IndexSteps(const Atelier& a) : impl_(std::make_unique<Impl>(a)) {}
IndexSteps::~IndexSteps() = default;
bool IndexSteps::step(size_t budget) { return impl_->step(budget); }
bool IndexSteps::done() const { return impl_->phase == Impl::Phase::done; }
QueryIndex IndexSteps::take() {
    while (!impl_->step(SIZE_MAX)) {}
    return std::move(impl_->ix);
}

QueryIndex build_index(const Atelier& a) { return IndexSteps(a).take(); }

}  // namespace atelier

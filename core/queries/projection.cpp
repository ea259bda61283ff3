#include "core/queries/projection.hpp"

#include <algorithm>
#include <sstream>

#include "core/derive.hpp"
#include "core/rules/deadline.hpp"

namespace atelier {

std::optional<int> days_in_production(const QueryRow& r, Date today) {
    if (r.wip_start == kNoDay) return std::nullopt;
    return std::max(0, today.days - r.wip_start);
}

Stuck stuck_info(const QueryRow& r, Date today) {
    Stuck s;
    s.expected = r.stage_days;
    if (r.status != Status::in_production || r.stage_entered == kNoDay) return s;
    s.days_in_stage = std::max(0, today.days - r.stage_entered);
    if (r.stage_status == StageStatus::done || r.stage_days <= 0) return s;
    s.over = std::max(0, s.days_in_stage - r.stage_days);
    s.stuck = s.over > 0;
    return s;
}

bool is_overdue(const QueryRow& r, Date today) { return deadline_overdue(r.status, Date{r.deadline}, today); }

bool is_due_soon(const QueryRow& r, int due_soon_days, Date today) {
    return deadline_due_soon(r.status, Date{r.deadline}, today, due_soon_days);
}

bool is_completed(const QueryRow& r) { return r.status >= Status::shipped && r.status != Status::cancelled; }

Projection project(const QueryRow& r, Date today) {
    Projection p;
    if ((r.status != Status::confirmed && r.status != Status::in_production) || r.stage < 0) return p;
    p.valid = true;
    if (r.stage_status == StageStatus::not_started) {
        p.queue_days = r.queue_wait;
        p.current_days = r.stage_days;
    } else if (r.stage_status == StageStatus::in_progress) {
        const Stuck s = stuck_info(r, today);
        p.current_days = std::max(r.stage_days > 0 ? 1 : 0, r.stage_days - s.days_in_stage);
    }
    p.after_days = r.after_days;
    p.finish = add_days(today, p.queue_days + p.current_days + p.after_days);
    p.at_risk = !is_overdue(r, today) && p.finish.days > r.deadline;
    return p;
}

BackwardPlan backward_plan(const Atelier& a, const Order& o, Date today) {
    BackwardPlan plan;
    plan.anchor = o.event ? *o.event : o.deadline;
    const Pipeline* p = a.pipeline(o.pipeline);
    const int at = p ? stage_index(*p, o.stage) : -1;
    const bool open = o.status == Status::confirmed || o.status == Status::in_production || o.status == Status::draft;
    int left = 0;
    if (p && at >= 0 && open) {
        // Forward pass: what is left; backward pass: planned dates from the deadline.
        std::vector<const Stage*> todo;
        for (size_t s = static_cast<size_t>(at); s < p->stages.size(); ++s) {
            const Stage& st = p->stages[s];
            if (static_cast<int>(s) == at) {
                if (o.stage_status != StageStatus::done) todo.push_back(&st);
            } else if (!will_skip(o, st)) {
                todo.push_back(&st);
            }
        }
        Date end = o.deadline;
        plan.stages.resize(todo.size());
        for (size_t k = todo.size(); k-- > 0;) {
            const Stage& st = *todo[k];
            PlannedStage& ps = plan.stages[k];
            ps.stage = st.id;
            ps.name = st.name;
            ps.team = st.team;
            ps.days = st.days;
            ps.end = end;
            ps.start = add_days(end, -st.days);
            ps.current = st.id == o.stage;
            end = ps.start;
        }
        for (const auto& ps : plan.stages) left += ps.days;
        if (!plan.stages.empty() && plan.stages.front().current && o.stage_status == StageStatus::in_progress) {
            int in_stage = 0;
            if (auto d = stage_entered(a, o)) in_stage = std::max(0, days_between(*d, today));
            const int cur = plan.stages.front().days;
            left += std::max(cur > 0 ? 1 : 0, cur - in_stage) - cur;
        }
    }
    plan.expected_finish = add_days(today, left);
    plan.slack = days_between(plan.expected_finish, o.deadline);

    auto suggest = [&](const char* kind, int from, int to, int mid) {
        FittingSuggestion f;
        f.kind = kind;
        f.earliest = add_days(plan.anchor, -from);
        f.latest = add_days(plan.anchor, -to);
        f.suggested = add_days(plan.anchor, -mid);
        for (const auto& fi : o.fittings)
            if (fi.kind == kind && !fi.cancelled) f.scheduled = fi.at;  // a cancelled one leaves the window open
        f.late = !f.scheduled && today > f.latest;
        plan.fittings.push_back(f);
    };
    suggest("first", 70, 56, 63);
    suggest("final", 14, 7, 10);
    return plan;
}

std::string format_plan(const Atelier& a, const Order& o, const BackwardPlan& p, Date today) {
    std::ostringstream os;
    const Client* c = a.client(o.client);
    os << order_label(a.profile, o.number) << "  " << (c ? c->name : "?") << "  " << o.garment << "\n";
    os << "today " << today << "  deadline " << o.deadline;
    if (o.event) os << "  event " << *o.event;
    os << "  expected finish " << p.expected_finish << "  slack " << p.slack << (p.slack < 0 ? " (behind plan)" : "") << "\n";
    for (const auto& s : p.stages) {
        os << (s.current ? "> " : "  ") << s.start << " .. " << s.end << "  " << s.name;
        if (!s.team.empty()) os << " (" << s.team << ")";
        os << ", " << s.days << (s.days == 1 ? " day" : " days") << "\n";
    }
    for (const auto& f : p.fittings) {
        os << "  " << f.kind << " fitting: " << f.earliest << " .. " << f.latest << ", suggested " << f.suggested;
        if (f.scheduled) os << ", scheduled " << *f.scheduled;
        else if (f.late) os << ", window passed";
        os << "\n";
    }
    return os.str();
}

std::ostream& operator<<(std::ostream& os, const Stuck& s) {
    return os << "Stuck{" << (s.stuck ? "stuck" : "ok") << ", " << s.days_in_stage << "d in stage, expected " << s.expected
              << ", over " << s.over << "}";
}
std::ostream& operator<<(std::ostream& os, const Projection& p) {
    if (!p.valid) return os << "Projection{none}";
    return os << "Projection{" << p.finish << ", queue " << p.queue_days << ", current " << p.current_days << ", after "
              << p.after_days << (p.at_risk ? ", at risk" : "") << "}";
}
std::ostream& operator<<(std::ostream& os, const PlannedStage& s) {
    return os << s.stage << " " << s.start << ".." << s.end << (s.current ? " (current)" : "");
}

}  // namespace atelier

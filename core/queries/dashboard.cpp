#include "core/queries/dashboard.hpp"

#include <algorithm>

#include "core/queries/projection.hpp"
#include "core/queries/query.hpp"

namespace atelier {

int weekday(Date d) {
    const int w = (d.days + 3) % 7;  // 1970-01-01 was a Thursday
    return w < 0 ? w + 7 : w;
}

namespace {
void add(DashboardList& l, int i, const QueryRow& r) {
    l.orders.push_back(i);
    l.owed += Money{r.owed};
}
}  // namespace

Dashboard build_dashboard(const Atelier& a, const QueryIndex& ix, Date today) {
    Dashboard d;
    d.today = today;
    d.week_start = add_days(today, -weekday(today));
    d.week_end = add_days(d.week_start, 6);
    const int to_sunday = days_between(today, d.week_end);
    d.due_this_week.filter = "due-within=" + std::to_string(to_sunday);
    d.overdue.filter = "overdue";
    d.stuck.filter = "stuck";
    d.at_risk.filter = "at-risk";
    d.fittings_today.filter = "fitting-within=0";
    d.fittings_this_week.filter = "fitting-within=" + std::to_string(to_sunday);
    const Civil c = civil_from_date(today);
    const DateTime month_start = at_midnight(date_from_civil(c.year, c.month, 1));
    const DateTime tomorrow = at_midnight(add_days(today, 1));

    for (size_t k = 0; k < ix.rows.size(); ++k) {
        const QueryRow& r = ix.rows[k];
        const int i = static_cast<int>(k);
        if (is_overdue(r, today)) add(d.overdue, i, r);
        else if (is_due_soon(r, to_sunday, today)) add(d.due_this_week, i, r);
        if (r.status != Status::draft && r.status != Status::cancelled && r.owed > 0) {
            d.outstanding += Money{r.owed};
            ++d.owing_orders;
        }
        if (stuck_info(r, today).stuck) add(d.stuck, i, r);
        if (project(r, today).at_risk) add(d.at_risk, i, r);
        bool fit_today = false, fit_week = false;
        for (uint32_t f = r.fit_begin; f < r.fit_end; ++f) {
            const int32_t day = ix.fit_days[f];
            fit_today |= day == today.days;
            fit_week |= day >= today.days && day <= d.week_end.days;
        }
        if (fit_today) add(d.fittings_today, i, r);
        if (fit_week) add(d.fittings_this_week, i, r);
        bool paid_now = false;
        for (const auto& p : a.orders[k].payments)
            if (p.at >= month_start && p.at < tomorrow) {
                d.received_this_month += p.amount;
                paid_now = true;
            }
        if (paid_now) add(d.paid_this_month, i, r);
    }
    // Each list is exactly what its filter finds (drafts can be overdue, as in derive.hpp).
    for (DashboardList* l : {&d.due_this_week, &d.overdue, &d.stuck, &d.at_risk, &d.fittings_today, &d.fittings_this_week})
        sort_rows(ix, l->orders, Sort{SortKey::deadline, false}, today);
    return d;
}

nlohmann::json dashboard_to_json(const Atelier& a, const Dashboard& d) {
    auto list = [&](const DashboardList& l) {
        nlohmann::json nums = nlohmann::json::array();
        for (int i : l.orders) nums.push_back(a.orders[static_cast<size_t>(i)].number);
        nlohmann::json j = {{"count", l.orders.size()}, {"owed", l.owed.minor}, {"orders", nums}};
        if (!l.filter.empty()) j["filter"] = l.filter;
        return j;
    };
    return {{"today", format_date(d.today)},
            {"week", {format_date(d.week_start), format_date(d.week_end)}},
            {"due_this_week", list(d.due_this_week)},
            {"overdue", list(d.overdue)},
            {"stuck", list(d.stuck)},
            {"at_risk", list(d.at_risk)},
            {"fittings_today", list(d.fittings_today)},
            {"fittings_this_week", list(d.fittings_this_week)},
            {"paid_this_month", list(d.paid_this_month)},
            {"received_this_month", d.received_this_month.minor},
            {"outstanding", d.outstanding.minor},
            {"owing_orders", d.owing_orders}};
}

std::ostream& operator<<(std::ostream& os, const DashboardList& l) {
    os << "[" << l.filter << ":";
    for (int i : l.orders) os << " " << i;
    return os << "]";
}

}  // namespace atelier

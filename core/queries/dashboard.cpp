#include "core/queries/dashboard.hpp"

#include <algorithm>
#include <cstdint>

#include "core/queries/projection.hpp"
#include "core/queries/query.hpp"

namespace atelier {

namespace {
enum : uint8_t { kDue = 1, kOverdue = 2, kStuck = 4, kRisk = 8, kFitToday = 16, kFitWeek = 32, kPaid = 64, kDueNow = 128 };
}  // namespace

// Pass 1, in row order and in steps: which lists each row is on, and the sums. Pass 2, in
// deadline order, in the last step: the lists.
struct DashboardSteps::Impl {
    const QueryIndex& ix;
    Dashboard d;
    int to_sunday = 0;
    DateTime month_start, tomorrow;
    std::vector<uint8_t> on;
    size_t next = 0;
    bool finished = false;

    Impl(const QueryIndex& index, Date today) : ix(index), on(index.rows.size(), 0) {
        d.today = today;
        d.week_start = add_days(today, -weekday(today));
        d.week_end = add_days(d.week_start, 6);
        to_sunday = days_between(today, d.week_end);
        d.due_this_week.filter = "due-within=" + std::to_string(to_sunday);
        d.overdue.filter = "overdue";
        d.stuck.filter = "stuck";
        d.at_risk.filter = "at-risk";
        d.fittings_today.filter = "fitting-within=0";
        d.fittings_this_week.filter = "fitting-within=" + std::to_string(to_sunday);
        d.due_now.filter = "due-now";
        const Civil c = civil_from_date(today);
        month_start = at_midnight(date_from_civil(c.year, c.month, 1));
        tomorrow = at_midnight(add_days(today, 1));
    }

    void row(size_t k) {
        const Date today = d.today;
        const QueryRow& r = ix.rows[k];
        uint8_t m = 0;
        if (is_overdue(r, today)) m |= kOverdue;
        else if (is_due_soon(r, to_sunday, today)) m |= kDue;
        if (r.status != Status::draft && r.status != Status::cancelled && r.owed > 0) {
            d.outstanding += Money{r.owed};
            ++d.owing_orders;
        }
        if (r.status == Status::in_production) {
            if (stuck_info(r, today).stuck) m |= kStuck;
        }
        if ((r.status == Status::in_production || r.status == Status::confirmed) && project(r, today).at_risk) m |= kRisk;
        for (uint32_t f = r.fit_begin; f < r.fit_end; ++f) {
            const int32_t day = ix.fit_days[f];
            if (day == today.days) m |= kFitToday;
            if (day >= today.days && day <= d.week_end.days) m |= kFitWeek;
        }
        for (uint32_t p = r.pay_begin; p < r.pay_end; ++p)
            if (ix.pay_at[p] >= month_start.minutes && ix.pay_at[p] < tomorrow.minutes) {
                d.received_this_month += Money{ix.pay_amount[p]};
                m |= kPaid;
            }
        if (r.due_now > 0) m |= kDueNow;
        on[k] = m;
    }

    void lists() {
        // Each list is exactly what its filter finds (drafts can be overdue, as in derive.hpp).
        DashboardList* const all[] = {&d.due_this_week, &d.overdue, &d.stuck, &d.at_risk,
                                      &d.fittings_today, &d.fittings_this_week, &d.paid_this_month, &d.due_now};
        constexpr size_t kLists = std::size(all);
        size_t count[kLists] = {};
        for (size_t k = 0; k < ix.rows.size(); ++k)
            if (const uint8_t m = on[k])
                for (size_t b = 0; b < kLists; ++b)
                    if (m & (1u << b)) {
                        ++count[b];
                        all[b]->owed += Money{all[b] == &d.due_now ? ix.rows[k].due_now : ix.rows[k].owed};
                    }
        for (size_t b = 0; b < kLists; ++b) all[b]->orders.reserve(count[b]);
        for (int32_t i : ix.by[static_cast<size_t>(SortKey::deadline)])
            if (const uint8_t m = on[static_cast<size_t>(i)])
                for (size_t b = 0; b < kLists; ++b)
                    if (m & (1u << b)) all[b]->orders.push_back(i);
    }

    bool step(size_t budget) {
        if (finished) return true;
        if (next < ix.rows.size()) {
            const size_t end = next + std::min(ix.rows.size() - next, std::max<size_t>(budget, 1));
            for (; next < end; ++next) row(next);
            return false;
        }
        lists();
        finished = true;
        return true;
    }
};

DashboardSteps::DashboardSteps(const QueryIndex& ix, Date today) : impl_(std::make_unique<Impl>(ix, today)) {}
DashboardSteps::~DashboardSteps() = default;
bool DashboardSteps::step(size_t budget) { return impl_->step(budget); }
Dashboard DashboardSteps::take() {
    while (!impl_->step(SIZE_MAX)) {}
    return std::move(impl_->d);
}

Dashboard build_dashboard(const Atelier&, const QueryIndex& ix, Date today) { return DashboardSteps(ix, today).take(); }

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
            {"due_now", list(d.due_now)},
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

#pragma once
// [SECTION] Dashboard: the morning numbers. Each list carries its orders (indexes into a.orders, by deadline)
// and, where one exists, the filter that finds the same orders, so the UI can open the table on a click.
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/queries/filter.hpp"
#include "core/queries/index.hpp"

namespace atelier {

struct DashboardList {
    std::string filter;        // the --filter EXPR that lists the same orders ("" when there is none)
    std::vector<int> orders;   // indexes into a.orders
    Money owed;                // their balances
};

struct Dashboard {
    Date today;
    Date week_start;  // Monday of today's week
    Date week_end;    // its Sunday
    DashboardList due_this_week;        // due today..Sunday, not handed over, not overdue
    DashboardList overdue;
    DashboardList stuck;
    DashboardList at_risk;
    DashboardList fittings_today;       // a fitting not done, today
    DashboardList fittings_this_week;   // a fitting not done, today..Sunday
    DashboardList paid_this_month;      // orders with a payment this month
    DashboardList due_now;              // a payment milestone reached and not paid; owed: what they ask for now
    Money received_this_month;          // payments dated from the 1st of this month to today
    Money outstanding;                  // balances owed on every order not draft and not cancelled
    int owing_orders = 0;
};

Dashboard build_dashboard(const Atelier& a, const QueryIndex& ix, Date today);

// The same in steps of at most `budget` orders (the last step makes the lists), for a large
// atelier's first frame in the browser. The index must stay as it is until take(), which
// finishes what is left and gives exactly what build_dashboard gives.
class DashboardSteps {
public:
    DashboardSteps(const QueryIndex& ix, Date today);
    ~DashboardSteps();
    DashboardSteps(const DashboardSteps&) = delete;
    DashboardSteps& operator=(const DashboardSteps&) = delete;
    bool step(size_t budget);  // true once nothing is left
    Dashboard take();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

nlohmann::json dashboard_to_json(const Atelier& a, const Dashboard& d);
std::ostream& operator<<(std::ostream& os, const DashboardList& l);

}  // namespace atelier

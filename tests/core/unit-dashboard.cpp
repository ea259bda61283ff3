#include <doctest/doctest.h>

#include "core/queries/dashboard.hpp"
#include "core/queries/query.hpp"
#include "tests/core/query_fixture.hpp"

using namespace atelier;
using nlohmann::json;

namespace {
std::vector<int> nums(const Atelier& a, const std::vector<int>& idx) {
    std::vector<int> out;
    for (int i : idx) out.push_back(a.orders[static_cast<size_t>(i)].number);
    return out;
}
using V = std::vector<int>;
}  // namespace

TEST_CASE("weekday: Monday is 0") {
    CHECK(weekday(qfix::d("2026-06-08")) == 0);
    CHECK(weekday(qfix::d("2026-06-10")) == 2);
    CHECK(weekday(qfix::d("2026-06-14")) == 6);
    CHECK(weekday(qfix::d("1969-12-31")) == 2);
}

TEST_CASE("dashboard: the morning numbers, each with its orders by deadline") {
    const Atelier a = qfix::atelier_fixture();
    const QueryIndex ix = build_index(a);
    const Dashboard d = build_dashboard(a, ix, qfix::kToday);
    CHECK(d.week_start == qfix::d("2026-06-08"));
    CHECK(d.week_end == qfix::d("2026-06-14"));
    CHECK(nums(a, d.due_this_week.orders) == V{1007});
    CHECK(nums(a, d.overdue.orders) == V{1001});
    CHECK(d.overdue.owed == Money{70000});
    CHECK(nums(a, d.stuck.orders) == V{1001, 1003});
    CHECK(nums(a, d.at_risk.orders) == V{1002, 1008});
    CHECK(d.at_risk.owed == Money{300000});
    CHECK(nums(a, d.fittings_today.orders) == V{1007});
    CHECK(nums(a, d.fittings_this_week.orders) == V{1007, 1008});
    CHECK(nums(a, d.paid_this_month.orders) == V{1005, 1007, 1003});
    CHECK(d.received_this_month == Money{206000});  // 500.00 + 560.00 + 1000.00 since June 1st
    CHECK(d.outstanding == Money{370000});           // 700.00 + 2100.00 + 900.00
    CHECK(d.owing_orders == 3);
}

TEST_CASE("dashboard lists are what their filters find") {
    const Atelier a = qfix::atelier_fixture();
    const QueryIndex ix = build_index(a);
    const Dashboard d = build_dashboard(a, ix, qfix::kToday);
    for (const DashboardList* l : {&d.due_this_week, &d.overdue, &d.stuck, &d.at_risk, &d.fittings_today, &d.fittings_this_week}) {
        std::string error;
        auto f = parse_filter({l->filter}, error);
        REQUIRE_MESSAGE(f, error);
        CHECK_MESSAGE(run_query(ix, *f, Sort{SortKey::deadline, false}, qfix::kToday) == l->orders, l->filter);
    }
    CHECK(d.due_this_week.filter == "due-within=4");
    CHECK(d.fittings_this_week.filter == "fitting-within=4");
}

TEST_CASE("dashboard on another day and month") {
    const Atelier a = qfix::atelier_fixture();
    const Dashboard d = build_dashboard(a, build_index(a), qfix::d("2026-05-31"));  // a Sunday
    CHECK(d.week_start == qfix::d("2026-05-25"));
    CHECK(nums(a, d.overdue.orders) == V{});
    CHECK(nums(a, d.due_this_week.orders) == V{});
    CHECK(d.received_this_month == Money{200000});  // 05-02 240.00, 05-15 360.00, 05-21 300.00, 05-25 1100.00
    CHECK(nums(a, d.fittings_this_week.orders) == V{});
}

TEST_CASE("dashboard JSON carries counts, sums and order numbers") {
    const Atelier a = qfix::atelier_fixture();
    const json j = dashboard_to_json(a, build_dashboard(a, build_index(a), qfix::kToday));
    CHECK(j["today"] == "2026-06-10");
    CHECK(j["week"] == json::parse(R"(["2026-06-08", "2026-06-14"])"));
    CHECK(j["overdue"] == json::parse(R"({"count": 1, "owed": 70000, "orders": [1001], "filter": "overdue"})"));
    CHECK(j["at_risk"]["orders"] == json::parse("[1002, 1008]"));
    CHECK(j["received_this_month"] == 206000);
    CHECK(j["outstanding"] == 370000);
}

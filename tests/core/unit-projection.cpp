#include <doctest/doctest.h>

#include "core/queries/projection.hpp"
#include "tests/core/query_fixture.hpp"

using namespace atelier;
using qfix::d;

namespace {
struct Fx {
    Atelier a = qfix::atelier_fixture();
    QueryIndex ix = build_index(a);
    const QueryRow& row(int number) const { return ix.rows[*a.orders.index_of(number)]; }
    const Order& order(int number) const { return *a.order(number); }
};
}  // namespace

TEST_CASE("days in production count from the WIP start") {
    Fx f;
    CHECK(days_in_production(f.row(1001), qfix::kToday) == 20);
    CHECK(days_in_production(f.row(1003), qfix::kToday) == 3);
    CHECK(days_in_production(f.row(1003), d("2026-06-07")) == 0);
    CHECK_FALSE(days_in_production(f.row(1002), qfix::kToday));  // not started
}

TEST_CASE("stage entry comes from history, else from the WIP start and the stages before") {
    Fx f;
    CHECK(stage_entered(f.a, f.order(1001)) == d("2026-06-01"));
    CHECK(stage_entered(f.a, f.order(1003)) == d("2026-06-07"));  // first stage: the WIP start
    Order o = f.order(1001);
    o.history.clear();
    CHECK(stage_entered(f.a, o) == d("2026-05-26"));  // 05-21 + consult 2 + fabric 3
    o = f.order(1008);
    o.history.clear();
    CHECK(stage_entered(f.a, o) == d("2026-06-03"));  // 06-01 + consult 2; fabric was skipped
    CHECK_FALSE(stage_entered(f.a, f.order(1002)));
}

TEST_CASE("stuck: in the stage longer than its expected days, and by how much") {
    Fx f;
    Stuck s = stuck_info(f.row(1001), qfix::kToday);
    CHECK(s.stuck);
    CHECK(s.days_in_stage == 9);
    CHECK(s.expected == 5);
    CHECK(s.over == 4);
    s = stuck_info(f.row(1003), qfix::kToday);
    CHECK(s.stuck);
    CHECK(s.over == 2);
    s = stuck_info(f.row(1009), qfix::kToday);  // exactly the expected 5 days: not yet
    CHECK_FALSE(s.stuck);
    CHECK(s.days_in_stage == 5);
    CHECK(stuck_info(f.row(1009), d("2026-06-11")).stuck);
    CHECK_FALSE(stuck_info(f.row(1008), qfix::kToday).stuck);
    CHECK_FALSE(stuck_info(f.row(1006), qfix::kToday).stuck);  // cancelled
    CHECK_FALSE(stuck_info(f.row(1005), qfix::kToday).stuck);  // done
}

TEST_CASE("team queues: waiting orders line up by rush, priority, deadline; capacity is the work in progress") {
    Fx f;
    const int sewing = f.ix.name_id("sewing");
    REQUIRE(sewing > 0);
    CHECK(f.ix.team_capacity[static_cast<size_t>(sewing)] == 1);  // 1001 is in progress at sewing
    CHECK(f.row(1009).queue_wait == 0);                          // rush: first in line
    CHECK(f.row(1008).queue_wait == 5);                          // behind 1009's 5 days of sewing
    CHECK(f.row(1007).queue_wait == 0);                          // alone at finishing
    CHECK(f.row(1002).queue_wait == 0);                          // confirmed: behind an empty design queue
}

TEST_CASE("projected finish: queue + what is left of the stage + the stages after, skipping skipped optionals") {
    Fx f;
    Projection p = project(f.row(1002), qfix::kToday);  // rush: fabric skipped; 2 + 5 + 1
    CHECK(p.valid);
    CHECK(p.queue_days == 0);
    CHECK(p.current_days == 2);
    CHECK(p.after_days == 6);
    CHECK(p.finish == d("2026-06-18"));
    CHECK(p.at_risk);  // deadline 06-15
    p = project(f.row(1008), qfix::kToday);
    CHECK(p.queue_days == 5);
    CHECK(p.current_days == 5);
    CHECK(p.after_days == 1);
    CHECK(p.finish == d("2026-06-21"));
    CHECK(p.at_risk);  // deadline 06-20: the queue makes it late
    p = project(f.row(1009), qfix::kToday);
    CHECK(p.finish == d("2026-06-16"));
    CHECK_FALSE(p.at_risk);
    p = project(f.row(1001), qfix::kToday);  // overrun: at least a day left
    CHECK(p.current_days == 1);
    CHECK(p.finish == d("2026-06-12"));
    CHECK_FALSE(p.at_risk);  // already overdue, so not "at risk"
    p = project(f.row(1003), qfix::kToday);
    CHECK(p.finish == d("2026-06-15"));
    CHECK_FALSE(p.at_risk);
    CHECK_FALSE(project(f.row(1004), qfix::kToday).valid);  // draft
    CHECK_FALSE(project(f.row(1005), qfix::kToday).valid);  // collected
}

TEST_CASE("backward plan: remaining stages from the deadline, slack, fitting windows") {
    Fx f;
    BackwardPlan p = backward_plan(f.a, f.order(1008), qfix::kToday);
    REQUIRE(p.stages.size() == 2);
    CHECK(p.stages[0].stage == "sewing");
    CHECK(p.stages[0].current);
    CHECK(p.stages[0].start == d("2026-06-14"));
    CHECK(p.stages[0].end == d("2026-06-19"));
    CHECK(p.stages[1].stage == "finishing");
    CHECK(p.stages[1].start == d("2026-06-19"));
    CHECK(p.stages[1].end == d("2026-06-20"));
    CHECK(p.expected_finish == d("2026-06-16"));
    CHECK(p.slack == 4);
    CHECK(p.anchor == d("2026-06-20"));  // no event: the deadline
    REQUIRE(p.fittings.size() == 2);
    CHECK(p.fittings[0].kind == "first");
    CHECK(p.fittings[0].earliest == d("2026-04-11"));
    CHECK(p.fittings[0].latest == d("2026-04-25"));
    CHECK(p.fittings[0].suggested == d("2026-04-18"));
    CHECK(p.fittings[0].scheduled == qfix::t("2026-06-13T11:00"));
    CHECK_FALSE(p.fittings[0].late);
    CHECK(p.fittings[1].kind == "final");
    CHECK(p.fittings[1].earliest == d("2026-06-06"));
    CHECK(p.fittings[1].latest == d("2026-06-13"));
    CHECK(p.fittings[1].suggested == d("2026-06-10"));
    CHECK_FALSE(p.fittings[1].scheduled);
    CHECK_FALSE(p.fittings[1].late);
}

TEST_CASE("backward plan: behind plan has negative slack; rush skips optional stages") {
    Fx f;
    BackwardPlan p = backward_plan(f.a, f.order(1001), qfix::kToday);
    REQUIRE(p.stages.size() == 2);
    CHECK(p.stages[0].start == d("2026-06-02"));
    CHECK(p.stages[0].end == d("2026-06-07"));
    CHECK(p.expected_finish == d("2026-06-12"));
    CHECK(p.slack == -4);
    p = backward_plan(f.a, f.order(1002), qfix::kToday);
    REQUIRE(p.stages.size() == 3);
    CHECK(p.stages[0].stage == "consult");
    CHECK(p.stages[0].start == d("2026-06-07"));
    CHECK(p.stages[1].stage == "sewing");  // fabric skipped
    CHECK(p.stages[1].start == d("2026-06-09"));
    CHECK(p.slack == -3);
    // 1004's first-fitting window ended before today with nothing scheduled.
    p = backward_plan(f.a, f.order(1007), qfix::kToday);
    CHECK(p.anchor == d("2026-06-20"));  // the event
    CHECK(p.fittings[1].scheduled == qfix::t("2026-06-10T15:00"));
    Order late = f.order(1008);
    late.fittings.clear();
    p = backward_plan(f.a, late, qfix::kToday);
    CHECK(p.fittings[0].late);
    CHECK_FALSE(p.fittings[1].late);
}

TEST_CASE("the plan prints as a timeline") {
    Fx f;
    const std::string text = format_plan(f.a, f.order(1008), backward_plan(f.a, f.order(1008), qfix::kToday), qfix::kToday);
    CHECK(text ==
          "1008-ATL  Bea Dubois  Aurore A-line\n"
          "today 2026-06-10  deadline 2026-06-20  expected finish 2026-06-16  slack 4\n"
          "> 2026-06-14 .. 2026-06-19  Sewing (Sewing), 5 days\n"
          "  2026-06-19 .. 2026-06-20  Finishing (Finishing), 1 day\n"
          "  first fitting: 2026-04-11 .. 2026-04-25, suggested 2026-04-18, scheduled 2026-06-13T11:00\n"
          "  final fitting: 2026-06-06 .. 2026-06-13, suggested 2026-06-10\n");
}

// Payment schedules (issue 16): a pipeline's default shares, the milestones a new order starts
// with, a default that follows the order's total and pipeline until set by hand, and what is due
// now through the index, the due-now filter and the dashboard.
#include <doctest/doctest.h>

#include "core/queries/dashboard.hpp"
#include "core/queries/query.hpp"
#include "core/rules/schedule.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/validate/validate.hpp"
#include "tests/core/fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

// The fixture's bridal pipeline with a default schedule: 30% at order, 30% at Fitting, 40% at handover.
constexpr const char* kBridalWithSchedule = R"({"type":"pipeline.put","pipeline":{"id":"bridal","name":"Bridal","stages":[
    {"id":"design","name":"Design"},
    {"id":"cutting","name":"Cutting","team":"Cutting","freezes":true,"photo":true},
    {"id":"fitting","name":"Fitting","qc":true},
    {"id":"embroidery","name":"Embroidery","optional":true},
    {"id":"finishing","name":"Finishing","notify":"email","message":"Dear {client}, {order} is ready."}],
    "schedule":[{"label":"Deposit","when":"order","percent":30},{"label":"Fitting","when":"fitting","percent":30},
                {"label":"Balance","when":"handover","percent":40}]}})";

Pipeline shares(std::vector<MilestoneShare> s) {
    Pipeline p;
    p.id = "p";
    Stage fitting;
    fitting.id = "fitting";
    fitting.name = "Fitting";
    p.stages = {fitting};
    p.schedule = std::move(s);
    return p;
}

std::string pipeline_put_with(const std::string& schedule) {
    return R"({"type":"pipeline.put","pipeline":{"id":"bridal","name":"Bridal","stages":[{"id":"design","name":"Design"},
        {"id":"cutting","name":"Cutting","team":"Cutting","freezes":true,"photo":true},{"id":"fitting","name":"Fitting","qc":true},
        {"id":"embroidery","name":"Embroidery","optional":true},
        {"id":"finishing","name":"Finishing","notify":"email","message":"Dear {client}, {order} is ready."}],"schedule":)" +
           schedule + "}}";
}

}  // namespace

TEST_CASE("a default schedule splits the total by its shares, the last share taking the cents left at 100%") {
    const auto m = default_schedule(shares({{"Deposit", "order", 33}, {"Fitting", "fitting", 33}, {"Balance", "handover", 34}}),
                                    Money{100001});
    REQUIRE(m.size() == 3);
    CHECK(m[0] == Milestone{"Deposit", "order", Money{33000}});
    CHECK(m[1] == Milestone{"Fitting", "fitting", Money{33000}});
    CHECK(m[2] == Milestone{"Balance", "handover", Money{34001}});  // 100001 in all, not a cent lost

    // Under 100%: each share rounded down, nothing made up.
    const auto part = default_schedule(shares({{"Deposit", "order", 30}}), Money{99999});
    REQUIRE(part.size() == 1);
    CHECK(part[0].amount == Money{29999});
    // A share worth nothing (a total of 0.03 at 30%) is left out rather than a milestone of 0.00.
    CHECK(default_schedule(shares({{"Deposit", "order", 30}}), Money{3}).empty());
    // The largest total there is stays exact.
    const Money big{2 * kMoneyMaxMinor};
    const auto whole = default_schedule(shares({{"Deposit", "order", 50}, {"Balance", "handover", 50}}), big);
    CHECK(whole[0].amount + whole[1].amount == big);
}

TEST_CASE("pipeline.put refuses a default schedule that cannot be: exact messages, nothing changes") {
    Fixture f;
    const std::string before = content_snapshot(f.a());
    CHECK(f.refusal(pipeline_put_with(R"([{"label":"Deposit","when":"order","percent":0}])").c_str()) ==
          "/pipeline/schedule/0/percent: must be 1 to 100");
    CHECK(f.refusal(pipeline_put_with(R"([{"label":"Deposit","when":"order","percent":60},{"label":"Rest","when":"handover","percent":50}])").c_str()) ==
          "/pipeline/schedule: the shares add up to 110%, more than the order's total");
    CHECK(f.refusal(pipeline_put_with(R"([{"label":"Deposit","when":"sewing","percent":30}])").c_str()) ==
          "/pipeline/schedule/0/when: must be \"order\", \"handover\" or a stage of pipeline \"bridal\"");
    CHECK(f.refusal(pipeline_put_with(R"([{"label":"  ","when":"order","percent":30}])").c_str()) ==
          "/pipeline/schedule/0/label: a milestone needs a label");
    CHECK(content_snapshot(f.a()) == before);
    // Taking out a stage the default names is refused the same way.
    f.ok(kBridalWithSchedule);
    CHECK(f.refusal(R"({"type":"pipeline.put","pipeline":{"id":"bridal","name":"Bridal","stages":[{"id":"design","name":"Design"}],
        "schedule":[{"label":"Fitting","when":"fitting","percent":30}]}})") ==
          "/pipeline/schedule/0/when: must be \"order\", \"handover\" or a stage of pipeline \"bridal\"");
}

TEST_CASE("a new order starts with its pipeline's schedule, which follows its total and pipeline until set by hand") {
    Fixture f;
    CHECK(f.order(1).schedule.empty());  // made before the pipeline had a default
    f.ok(kBridalWithSchedule);
    f.ok(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-06-01","garment":"Céleste","price":"1000.00"})");
    REQUIRE(f.order(2).schedule.size() == 3);
    CHECK(f.order(2).schedule[0] == Milestone{"Deposit", "order", Money{30000}});
    CHECK(f.order(2).schedule[2] == Milestone{"Balance", "handover", Money{40000}});

    // The price changes: the default follows (a rush fee counts, it is part of the total).
    f.ok(R"({"type":"order.update","order":2,"price":"2000.00","rush":true,"rush_fee":"100.00"})");
    CHECK(f.order(2).schedule[0].amount == Money{63000});
    CHECK(f.order(2).schedule[2].amount == Money{84000});

    // Another pipeline without a default: the default goes with the old pipeline.
    f.ok(R"({"type":"pipeline.put","pipeline":{"id":"suit","name":"Suit","stages":[{"id":"measure","name":"Measure"}]}})");
    f.ok(R"({"type":"order.update","order":2,"pipeline":"suit"})");
    CHECK(f.order(2).schedule.empty());
    f.ok(R"({"type":"order.update","order":2,"pipeline":"bridal"})");
    CHECK(f.order(2).schedule.size() == 3);

    // Set by hand: it stays as set when the price changes.
    f.ok(R"({"type":"order.schedule","order":2,"milestones":[{"label":"Deposit","when":"order","amount":50000}]})");
    f.ok(R"({"type":"order.update","order":2,"price":"3000.00"})");
    REQUIRE(f.order(2).schedule.size() == 1);
    CHECK(f.order(2).schedule[0].amount == Money{50000});
    // A schedule set by hand that names a stage the new pipeline lacks still refuses the move.
    f.ok(R"({"type":"order.schedule","order":2,"milestones":[{"label":"Fitting","when":"fitting","amount":50000}]})");
    CHECK(f.refusal(R"({"type":"order.update","order":2,"pipeline":"suit"})") ==
          "/pipeline: the payment milestone \"Fitting\" is due at stage \"fitting\", which pipeline \"suit\" does not have; change the schedule first");
}

TEST_CASE("due now: the index row, the due-now filter and the dashboard's list agree with derive's due_now") {
    Fixture f;
    f.ok(kBridalWithSchedule);
    f.ok(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-06-01","garment":"Céleste","price":"1000.00"})");
    const Date today = day("2026-03-02");
    auto due_list = [&] {
        const QueryIndex ix = build_index(f.a());
        std::vector<int> numbers;
        for (int i : build_dashboard(f.a(), ix, today).due_now.orders) numbers.push_back(f.a().orders[static_cast<size_t>(i)].number);
        return numbers;
    };
    CHECK(due_list().empty());  // a draft asks for nothing yet
    f.ok(R"({"type":"order.confirm","order":2})");
    CHECK(due_now(f.a(), f.order(2)) == Money{30000});
    CHECK(due_list() == std::vector<int>{2});
    {
        const QueryIndex ix = build_index(f.a());
        const Dashboard d = build_dashboard(f.a(), ix, today);
        CHECK(d.due_now.owed == Money{30000});  // what is asked for now, not the whole balance
        CHECK(d.due_now.filter == "due-now");
        const auto json = dashboard_to_json(f.a(), d);
        CHECK(json["due_now"]["count"] == 1);
    }
    f.ok(R"({"type":"order.pay","order":2,"amount":"300.00","method":"card"})");
    CHECK(due_now(f.a(), f.order(2)).minor == 0);
    CHECK(due_list().empty());
    // At the fitting the second share is due.
    f.ok(R"({"type":"order.start","order":2})");
    f.ok(R"({"type":"order.advance","order":2})");  // design
    f.ok(R"({"type":"order.image","order":2,"image":{"id":"1111111111111111111111111111111111111111111111111111111111111111","thumb":"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","type":"image/jpeg","bytes":120000,"width":1536,"height":2048,"stage":"cutting"}})");
    f.ok(R"({"type":"order.advance","order":2})");  // cutting: now at fitting
    CHECK(due_now(f.a(), f.order(2)) == Money{30000});
    CHECK(due_list() == std::vector<int>{2});
}

TEST_CASE("the loader refuses a pipeline whose default schedule is over 100% or names no stage") {
    Fixture f;
    f.ok(kBridalWithSchedule);
    Atelier a = f.a();
    a.pipelines[0].schedule[0].percent = 50;  // 50 + 30 + 40
    Problems found;
    validate_atelier(a, found);
    bool named = false;
    for (const auto& p : found)
        if (p.path == "/pipelines/0/schedule") named = p.message == "the shares add up to 120%, more than the order's total";
    CHECK(named);
    a = f.a();
    a.pipelines[0].schedule[1].when = "sewing";
    found.clear();
    validate_atelier(a, found);
    REQUIRE_FALSE(found.empty());
    CHECK(found.front().path == "/pipelines/0/schedule/1/when");
    // And the default survives a snapshot round trip.
    Atelier back;
    Problems p;
    CHECK(read_snapshot(write_snapshot(f.a()), back, p));
    CHECK(back.pipelines[0].schedule == f.a().pipelines[0].schedule);
}

#include "fixture.hpp"

#include <set>

#include "core/demo.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("the demo is valid, deterministic for a seed and different across seeds") {
    const DemoOptions opt{2000, 42, day("2026-06-01")};
    const Atelier a = make_demo(opt);
    Problems p;
    validate_atelier(a, p);
    CHECK(p.empty());
    CHECK(write_snapshot(make_demo(opt)) == write_snapshot(a));
    CHECK(write_snapshot(make_demo(DemoOptions{2000, 43, opt.today})) != write_snapshot(a));
}

TEST_CASE("the demo spreads orders over every stage and status, and uses rush and priority sparingly") {
    const Atelier a = make_demo(DemoOptions{3000, 7, day("2026-06-01")});
    REQUIRE(a.orders.size() == 3000);
    CHECK(a.pipeline("bridal")->stages.size() == 11);
    CHECK(a.pipeline("tailoring")->stages.size() == 5);
    std::set<std::string> stages;
    std::set<Status> statuses;
    int rush = 0, priority = 0, overdue = 0, deposit = 0, fittings = 0, frozen = 0;
    for (const auto& o : a.orders) {
        if (o.status == Status::in_production) stages.insert(o.pipeline + "/" + o.stage);
        statuses.insert(o.status);
        rush += o.rush;
        priority += o.priority;
        overdue += is_overdue(o, day("2026-06-01"));
        deposit += payment_status(o) == PaymentStatus::deposit;
        fittings += !o.fittings.empty();
        frozen += o.frozen_on.has_value();
    }
    CHECK(stages.size() == 16);
    CHECK(statuses.size() == 8);
    CHECK(rush > 0);
    CHECK(rush < 300);
    CHECK(priority > 0);
    CHECK(priority < 400);
    CHECK(overdue > 0);
    CHECK(deposit > 0);
    CHECK(fittings > 0);
    CHECK(frozen > 0);
    CHECK(a.clients.size() == 1000);
    CHECK(!a.clients[0].sessions.empty());
}

TEST_CASE("demo orders accept commands: the store can work on them") {
    Store s(make_demo(DemoOptions{200, 3, day("2026-06-01")}));
    const Context ctx{"t", at("2026-06-01T10:00")};
    int advanced = 0;
    for (const auto& o : std::vector<Order>(s.state().orders)) {
        if (o.status != Status::in_production) continue;
        const Result r = s.dispatch(cmd::OrderAdvance{o.number}, ctx);
        advanced += r.ok;
    }
    CHECK(advanced > 0);
    Problems p;
    validate_atelier(s.state(), p);
    CHECK(p.empty());
}

#include "fixture.hpp"

#include <set>

#include "core/demo.hpp"
#include "core/queries/index.hpp"
#include "core/queries/projection.hpp"

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
    for (const Order& o : std::vector<Order>(s.state().orders.items())) {
        if (o.status != Status::in_production) continue;
        const Result r = s.dispatch(cmd::OrderAdvance{o.number}, ctx);
        advanced += r.ok;
    }
    CHECK(advanced > 0);
    Problems p;
    validate_atelier(s.state(), p);
    CHECK(p.empty());
}

TEST_CASE("the demo's stage entries come from history, and only a minority of orders in production is stuck") {
    const Date today = day("2026-06-01");
    const Atelier a = make_demo(DemoOptions{3000, 7, today});
    const QueryIndex ix = build_index(a);
    int in_production = 0, stuck = 0, with_entry = 0;
    for (size_t i = 0; i < a.orders.size(); ++i) {
        const Order& o = a.orders[i];
        REQUIRE(o.created.has_value());
        if (o.wip_start) CHECK(date_of(*o.created) < *o.wip_start);  // made before production started
        if (o.status != Status::in_production) continue;
        ++in_production;
        stuck += stuck_info(ix.rows[i], today).stuck;
        const Pipeline* p = a.pipeline(o.pipeline);
        if (stage_index(*p, o.stage) == 0) continue;  // entered by order.start: the WIP start
        REQUIRE(o.history.size() == 1);
        const HistoryEntry& h = o.history.back();
        CHECK((h.what == "order.advance" || h.what == "order.skip"));
        bool moved = false;
        for (const auto& c : h.changes) moved |= c.field == "stage" && c.after == "\"" + o.stage + "\"";
        CHECK(moved);
        CHECK(stage_entered(a, o) == date_of(h.at));
        CHECK(date_of(h.at) >= *o.wip_start);
        CHECK(date_of(h.at) <= today);
        ++with_entry;
    }
    CHECK(with_entry > in_production / 2);
    CHECK(stuck * 100 >= in_production * 5);
    CHECK(stuck * 100 <= in_production * 20);
}

TEST_CASE("a small seeded demo is pinned: the same draws in the same order with every compiler") {
    // GCC (native) and clang (emscripten) must give the same bytes; a reordered draw changes these.
    const Atelier a = make_demo(DemoOptions{20, 7, day("2026-06-01")});
    CHECK(a.clients[0].name == "Ilse Byrne");
    CHECK(a.clients[1].name == "Maja Hoxha");
    const Order& o = a.orders[0];
    CHECK(o.number == 10001);
    CHECK(format_date(o.deadline) == "2026-05-24");
    CHECK(o.created == at("2026-05-02T16:30"));
    CHECK(o.wip_start == day("2026-05-10"));
    CHECK(o.stage == "pattern");
}

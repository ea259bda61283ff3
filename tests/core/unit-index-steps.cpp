// The index and the dashboard built in steps (as the browser builds them across frames) are
// exactly what the one-go builds give, whatever the step size and the atelier.
#include <doctest/doctest.h>

#include "core/demo.hpp"
#include "core/laws/generate.hpp"
#include "core/queries/dashboard.hpp"
#include "core/queries/index.hpp"
#include "core/store.hpp"

using namespace atelier;

namespace {

bool same_row(const QueryRow& x, const QueryRow& y) {
    return x.number == y.number && x.deadline == y.deadline && x.wip_start == y.wip_start &&
           x.stage_entered == y.stage_entered && x.owed == y.owed && x.created == y.created &&
           x.hay_begin == y.hay_begin && x.hay_end == y.hay_end && x.fit_begin == y.fit_begin &&
           x.fit_end == y.fit_end && x.pay_begin == y.pay_begin && x.pay_end == y.pay_end &&
           x.client_rank == y.client_rank && x.stage_days == y.stage_days && x.after_days == y.after_days &&
           x.queue_wait == y.queue_wait && x.stage == y.stage && x.pipeline == y.pipeline && x.status == y.status &&
           x.kind == y.kind && x.delivery == y.delivery && x.pay_status == y.pay_status &&
           x.pay_kind == y.pay_kind && x.stage_status == y.stage_status && x.rush == y.rush &&
           x.priority == y.priority && x.team == y.team && x.salesperson == y.salesperson &&
           x.collection == y.collection && x.stage_team == y.stage_team;
}

void check_same(const QueryIndex& x, const QueryIndex& y) {
    REQUIRE(x.rows.size() == y.rows.size());
    for (size_t i = 0; i < x.rows.size(); ++i) CHECK_MESSAGE(same_row(x.rows[i], y.rows[i]), "row " << i);
    CHECK(x.hay == y.hay);
    CHECK(x.fit_days == y.fit_days);
    CHECK(x.pay_at == y.pay_at);
    CHECK(x.pay_amount == y.pay_amount);
    CHECK(x.by == y.by);
    CHECK(x.rank == y.rank);
    CHECK(x.names == y.names);
    CHECK(x.team_capacity == y.team_capacity);
    CHECK(x.pipeline_ids == y.pipeline_ids);
    CHECK(x.stage_ids == y.stage_ids);
    CHECK(x.due_soon_days == y.due_soon_days);
    CHECK(x.company_code == y.company_code);
}

// A demo atelier, then random commands (accepted or not) so the index meets edited orders too.
Atelier varied(uint64_t seed, int orders) {
    Store store(make_demo({orders, seed, date_from_civil(2026, 6, 1)}));
    laws::Rng rng{seed * 7919 + 1};
    DateTime now = at_midnight(date_from_civil(2026, 6, 1));
    for (int i = 0; i < 40; ++i) {
        const size_t type = laws::random_command_type(rng);
        store.dispatch(laws::random_command(rng, store.state(), now, type), Context{"test", now});
        now.minutes += 37;
    }
    return store.state();
}

}  // namespace

TEST_CASE("index in steps: the same index as the one-go build, for any step size") {
    for (uint64_t seed = 1; seed <= 12; ++seed) {
        const Atelier a = varied(seed, static_cast<int>(seed * 23 % 150));
        const QueryIndex whole = build_index(a);
        for (size_t budget : {size_t{1}, size_t{3}, size_t{17}, size_t{1000}}) {
            CAPTURE(seed);
            CAPTURE(budget);
            IndexSteps steps(a);
            size_t n = 1;
            while (!steps.step(budget)) ++n;
            CHECK(steps.done());
            // Clients and orders `budget` at a time, the client ranking, the queues and 8 sorts.
            const size_t expected = (a.clients.size() + budget - 1) / budget + (a.clients.empty() ? 1 : 0) + 1 +
                                    (a.orders.size() + budget - 1) / budget + (a.orders.empty() ? 1 : 0) + 1 + 8;
            CHECK(n == expected);
            check_same(steps.take(), whole);
        }
    }
}

TEST_CASE("index in steps: take() part-way finishes the steps left") {
    const Atelier a = varied(5, 120);
    IndexSteps steps(a);
    for (int i = 0; i < 30; ++i) steps.step(7);
    CHECK_FALSE(steps.done());
    check_same(steps.take(), build_index(a));
}

TEST_CASE("dashboard in steps: the same morning numbers as the one-go build") {
    for (uint64_t seed = 1; seed <= 12; ++seed) {
        const Atelier a = varied(seed, static_cast<int>(seed * 31 % 200));
        const QueryIndex ix = build_index(a);
        for (const Date today : {date_from_civil(2026, 6, 1), date_from_civil(2026, 6, 17), date_from_civil(2027, 1, 3)}) {
            const std::string whole = dashboard_to_json(a, build_dashboard(a, ix, today)).dump();
            for (size_t budget : {size_t{1}, size_t{9}, size_t{500}}) {
                CAPTURE(seed);
                CAPTURE(budget);
                DashboardSteps steps(ix, today);
                size_t n = 1;
                while (!steps.step(budget)) ++n;
                CHECK(n == (ix.rows.size() + budget - 1) / budget + 1);
                CHECK(dashboard_to_json(a, steps.take()).dump() == whole);
            }
        }
    }
}

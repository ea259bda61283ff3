// The deadline rules (core/rules/deadline.hpp), defined once and answered for an Order
// (derive.hpp) and for a QueryRow (projection.hpp) by calling them.
#include "fixture.hpp"

#include "core/demo.hpp"
#include "core/queries/index.hpp"
#include "core/queries/projection.hpp"
#include "core/rules/deadline.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("overdue: open and the deadline before today; the deadline day itself is not overdue") {
    const Date today = day("2026-06-10");
    CHECK(deadline_overdue(Status::in_production, day("2026-06-09"), today));
    CHECK(deadline_overdue(Status::draft, day("2026-01-01"), today));  // a draft left too long counts
    CHECK(deadline_overdue(Status::confirmed, day("2026-06-09"), today));
    CHECK_FALSE(deadline_overdue(Status::in_production, today, today));
    CHECK_FALSE(deadline_overdue(Status::in_production, day("2026-06-11"), today));
    for (Status handed : {Status::shipped, Status::collected, Status::invoiced, Status::paid, Status::cancelled}) {
        INFO(EnumNames<Status>::names[static_cast<size_t>(handed)]);
        CHECK_FALSE(deadline_overdue(handed, day("2026-06-01"), today));
    }
}

TEST_CASE("due soon: open, not overdue, and the deadline at most `horizon` days ahead") {
    const Date today = day("2026-06-10");
    CHECK(deadline_due_soon(Status::confirmed, today, today, 7));
    CHECK(deadline_due_soon(Status::confirmed, day("2026-06-17"), today, 7));      // exactly the horizon
    CHECK_FALSE(deadline_due_soon(Status::confirmed, day("2026-06-18"), today, 7));  // one day past it
    CHECK_FALSE(deadline_due_soon(Status::confirmed, day("2026-06-09"), today, 7));  // overdue instead
    CHECK(deadline_due_soon(Status::draft, today, today, 0));                        // 0 = today only
    CHECK_FALSE(deadline_due_soon(Status::draft, day("2026-06-11"), today, 0));
    CHECK_FALSE(deadline_due_soon(Status::shipped, day("2026-06-12"), today, 7));
    CHECK_FALSE(deadline_due_soon(Status::cancelled, day("2026-06-12"), today, 7));
    CHECK(deadline_due_soon(Status::in_production, Date{INT32_MAX}, Date{0}, INT32_MAX));  // no overflow
    CHECK_FALSE(deadline_due_soon(Status::in_production, Date{INT32_MAX}, Date{INT32_MIN + 1}, INT32_MAX));
}

TEST_CASE("the Order and the QueryRow answers are the same rule: they agree on every demo order, day by day") {
    const Atelier a = make_demo(DemoOptions{1500, 11, day("2026-06-01")});
    const QueryIndex ix = build_index(a);
    int overdue = 0, soon = 0;
    for (int k = -20; k <= 40; k += 3) {
        const Date today = add_days(day("2026-06-01"), k);
        for (size_t i = 0; i < a.orders.size(); ++i) {
            const Order& o = a.orders[i];
            const QueryRow& r = ix.rows[i];
            INFO(o.number << " on " << today);
            REQUIRE(is_overdue(o, today) == is_overdue(r, today));
            REQUIRE(is_due_soon(a, o, today) == is_due_soon(r, ix.due_soon_days, today));
            CHECK_FALSE((is_overdue(o, today) && is_due_soon(a, o, today)));
            overdue += is_overdue(o, today);
            soon += is_due_soon(a, o, today);
        }
    }
    CHECK(overdue > 0);  // the sweep saw both answers
    CHECK(soon > 0);
}

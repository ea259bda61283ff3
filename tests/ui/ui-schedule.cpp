// Issue 16: the payment schedule on the order page (from the pipeline's default, edited by hand)
// and "due now" on the order, the board card and the dashboard, driven through the locator.
#include <doctest/doctest.h>

#include "core/commands/command.hpp"
#include "core/derive.hpp"
#include "tests/ui/headless.hpp"

using atelier::Milestone;
using atelier::Money;
using atelier::View;
using atelier::test::Headless;
using atelier::test::money_of;
using atelier::test::order_of;
namespace cmd = atelier::cmd;

namespace {

// A confirmed tailoring order (the template's default: 50% at order, 50% at handover) priced
// 1000.00, its payments shown.
int tailoring_on_payments(Headless& h) {
    const int number = atelier::test::made_order(h, 100000, "Schedule suit");
    REQUIRE(h.app.dispatch(cmd::OrderConfirm{number}));
    h.app.open_order(number);
    h.frame(2);
    h.click("Payments");
    return number;
}

}  // namespace

TEST_CASE("a new order shows its pipeline's schedule and what is due now; paying it clears due now") {
    Headless h;
    atelier::test::open_demo(h.app);
    const int number = tailoring_on_payments(h);
    REQUIRE(order_of(h, number).schedule.size() == 2);
    CHECK(h.visible("Milestone 1: Deposit at order: " + money_of(h, 50000)));
    CHECK(h.visible("Milestone 2: Balance at handover: " + money_of(h, 50000)));
    CHECK(h.visible("Due now " + money_of(h, 50000)));
    h.fill("Payment amount", "500");
    h.click("Record payment");
    h.frame();
    CHECK(atelier::due_now(h.app.store.state(), order_of(h, number)).minor == 0);
    CHECK_FALSE(h.visible("Due now " + money_of(h, 50000)));
}

TEST_CASE("the schedule is edited on the order: a row changed, one added, saved as one order.schedule") {
    Headless h;
    atelier::test::open_demo(h.app);
    const int number = tailoring_on_payments(h);
    h.click("Edit schedule");
    h.fill("Milestone 1 amount", "300");
    h.click("Add milestone");
    h.fill("Milestone 3 label", "Fitting");
    h.fill("Milestone 3 amount", "200");
    h.click("Save schedule");
    const auto& s = order_of(h, number).schedule;
    REQUIRE(s.size() == 3);
    CHECK(s[0] == Milestone{"Deposit", "order", Money{30000}});
    CHECK(s[2] == Milestone{"Fitting", "handover", Money{20000}});
    h.frame();
    CHECK(h.visible("Milestone 3: Fitting at handover: " + money_of(h, 20000)));
    CHECK_FALSE(h.find("Save schedule"));  // the editor closed

    // Back to the pipeline's default in two clicks.
    h.click("Edit schedule");
    h.click("Pipeline default");
    h.click("Save schedule");
    REQUIRE(order_of(h, number).schedule.size() == 2);
    CHECK(order_of(h, number).schedule[0].amount == Money{50000});
}

TEST_CASE("a schedule over the order's total is refused next to the editor with the amounts; nothing changes") {
    Headless h;
    atelier::test::open_demo(h.app);
    const int number = tailoring_on_payments(h);
    const auto before = order_of(h, number).schedule;
    h.click("Edit schedule");
    h.fill("Milestone 2 amount", "900");
    h.click("Save schedule");
    CHECK(order_of(h, number).schedule == before);
    CHECK(h.visible("Schedule refused: the schedule totals 1400.00, more than the order's 1000.00"));
    h.fill("Milestone 2 amount", "abc");
    h.click("Save schedule");
    CHECK(h.visible("Schedule refused: milestone 2: write the amount like 250 or 250.50"));
    h.click("Remove milestone 2");
    h.click("Save schedule");
    REQUIRE(order_of(h, number).schedule.size() == 1);
}

TEST_CASE("due now shows on the board card and as a dashboard tile that opens the orders behind it") {
    Headless h;
    atelier::test::open_demo(h.app, 0);  // the demo's clients and pipelines, no other order
    const int number = tailoring_on_payments(h);
    h.nav("Board");
    REQUIRE(h.app.view == View::board);
    h.click("Tailored suit");
    const std::string where = "card " + atelier::order_label(h.app.store.state().profile, number);
    h.record_text(true);
    h.frame(2);
    std::string money_line;
    for (const auto& r : h.runs.runs)
        if (r.where == where && r.text.rfind("due now", 0) == 0) money_line = r.text;
    h.record_text(false);
    CHECK(money_line.rfind("due now " + money_of(h, 50000), 0) == 0);

    h.nav("Dashboard");
    h.click("Show Payments due now");
    h.frame(2);
    CHECK(h.app.view == View::table);
    CHECK(h.app.prefs.filter == std::vector<std::string>{"due-now"});
    CHECK(h.visible("due-now ×"));
    CHECK(h.visible("Order " + atelier::order_label(h.app.store.state().profile, number)));
}

TEST_CASE("the pipeline's default schedule is edited in Pipelines and saved with the pipeline; new orders start with it") {
    Headless h(1280, 2400);  // the bridal pipeline's eleven stages and the schedule under them
    atelier::test::open_demo(h.app, 0);
    h.frame();
    h.nav("Pipelines");
    REQUIRE(h.app.view == View::pipelines);
    REQUIRE(h.visible("Share 1 percent"));  // the bridal template: 40% at order, 30% at the first fitting, 30% at handover
    h.fill("Share 1 percent", "50");
    CHECK(h.visible("Schedule total 110%"));
    h.click("Save pipeline");
    CHECK(h.app.store.state().pipeline("bridal")->schedule[0].percent == 40);
    CHECK(h.visible("Not saved: Payment schedule for new orders: the shares add up to 110%, more than the order's total"));
    h.click("Remove share 3");
    h.click("Save pipeline");
    const auto& saved = h.app.store.state().pipeline("bridal")->schedule;
    REQUIRE(saved.size() == 2);
    CHECK(saved[0].percent == 50);
    CHECK(saved[1].when == "fitting1");

    cmd::OrderCreate c;
    c.client = h.app.store.state().clients.front().id;
    c.pipeline = "bridal";
    c.deadline = atelier::add_days(h.app.today, 90);
    c.garment = "Gown";
    c.price = Money{200000};
    const int number = h.app.store.state().profile.next_order;
    REQUIRE(h.app.dispatch(c));
    REQUIRE(order_of(h, number).schedule.size() == 2);
    CHECK(order_of(h, number).schedule[0] == Milestone{"Deposit", "order", Money{100000}});
}

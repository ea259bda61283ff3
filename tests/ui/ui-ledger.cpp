// Issue 16: refunds, voids and the cancellation fee on the order page's payments, driven like a
// person: clicks and typing through the locator, results checked in the store and on screen.
#include <doctest/doctest.h>

#include "core/commands/command.hpp"
#include "core/derive.hpp"
#include "tests/ui/headless.hpp"
#include "web/ui/widgets.hpp"

using atelier::Money;
using atelier::Status;
using atelier::test::Headless;
using atelier::test::money_of;
using atelier::test::order_of;
namespace cmd = atelier::cmd;

namespace {

// A confirmed tailoring order for the first client, priced 1000.00, its payments shown.
int order_on_payments(Headless& h) {
    const int number = atelier::test::made_order(h);
    REQUIRE(h.app.dispatch(cmd::OrderConfirm{number}));
    h.app.open_order(number);
    h.frame(2);
    h.click("Payments");
    return number;
}

void pay(Headless& h, const char* amount) {
    h.fill("Payment amount", amount);
    h.click("Record payment");
}

}  // namespace

TEST_CASE("a deposit is refunded from the ledger: prefilled with what was paid, the balance back to the total") {
    Headless h;
    atelier::test::open_demo(h.app);
    const int number = order_on_payments(h);
    CHECK(h.find("Refund…"));
    pay(h, "300");
    CHECK(h.visible("Balance owed " + money_of(h, 70000)));
    h.click("Refund…");
    CHECK(h.visible("Refund amount"));
    h.click("Record refund");  // no reason yet: asked for, nothing sent
    CHECK(order_of(h, number).payments.size() == 1);
    CHECK(h.visible("Refund refused: say why the money goes back (the reason is kept in the ledger)"));
    h.fill("Refund reason", "wedding moved to next year");
    h.click("Record refund");  // the amount as prefilled: all that was paid
    const atelier::Order& o = order_of(h, number);
    REQUIRE(o.payments.size() == 2);
    CHECK(o.payments[1].refund);
    CHECK(o.payments[1].amount == Money{30000});
    CHECK(o.payments[1].note == "wedding moved to next year");
    h.frame();
    CHECK(h.visible("Balance owed " + money_of(h, 100000)));
    CHECK(h.visible("Ledger #1: Payment " + money_of(h, 30000)));
    CHECK(h.visible("Ledger #2: Refund " + money_of(h, -30000)));
    CHECK_FALSE(h.visible("Refund amount"));  // the form closed
}

TEST_CASE("a refund above what was paid is refused next to the form, with the amounts") {
    Headless h;
    atelier::test::open_demo(h.app);
    const int number = order_on_payments(h);
    pay(h, "300");
    h.click("Refund…");
    h.fill("Refund amount", "350");
    h.fill("Refund reason", "x");
    h.click("Record refund");
    CHECK(order_of(h, number).payments.size() == 1);
    CHECK(h.visible("Refund refused: refund of 350.00 refused: only 300.00 was paid"));
    h.click("Close refund");
    CHECK_FALSE(h.visible("Refund amount"));
}

TEST_CASE("a mistaken payment is voided after a confirmation with a reason; the line stays, marked") {
    Headless h;
    atelier::test::open_demo(h.app);
    const int number = order_on_payments(h);
    pay(h, "300");
    pay(h, "30");
    h.click("Void##1");
    CHECK_FALSE(h.label_starting("Void line #2, the " + money_of(h, 3000) + " payment of ").empty());
    h.click("Void line");  // no reason: asked for
    CHECK(order_of(h, number).payments.size() == 2);
    CHECK(h.visible("Void refused: say what was wrong (the reason is kept in the ledger)"));
    h.click("Keep line");
    CHECK_FALSE(h.visible("Void line"));
    h.click("Void##1");
    h.fill("Void reason", "typed 30 for 300");
    h.click("Void line");
    const atelier::Order& o = order_of(h, number);
    REQUIRE(o.payments.size() == 3);
    CHECK(o.payments[2].voids == 1);
    CHECK(o.payments[2].correction);
    h.frame();
    CHECK(h.visible("Ledger #2: Payment " + money_of(h, 3000) + ", voided by #3"));
    CHECK(h.visible("Ledger #3: Void of #2 " + money_of(h, -3000)));
    CHECK_FALSE(h.find("Void##1"));  // voided once: no second button
    CHECK(h.find("Void##0"));
    CHECK(h.visible("Balance owed " + money_of(h, 70000)));
}

TEST_CASE("after a cancellation: fee, paid, still owed, and the fee recorded from the page") {
    Headless h;
    atelier::test::open_demo(h.app);
    const int number = order_on_payments(h);
    REQUIRE(h.app.dispatch(cmd::OrderStart{number}));
    REQUIRE(h.app.dispatch(cmd::OrderCancel{number, "client moved abroad"}));
    h.frame(2);
    const Money fee = order_of(h, number).cancel_fee;
    REQUIRE(fee.minor > 0);
    CHECK(h.visible("Cancellation fee " + money_of(h, fee.minor)));
    CHECK(h.visible("Fee still owed " + money_of(h, fee.minor)));
    h.click("Record fee payment");
    h.click("Record payment");
    CHECK(atelier::balance_owed(order_of(h, number)) == Money{});
    CHECK(order_of(h, number).payments.back().note == "cancellation fee");
    h.frame();
    CHECK(h.visible("Settled: nothing owed, nothing to refund"));
}

TEST_CASE("after a cancellation: what was paid beyond the fee is refunded with Refund the rest") {
    Headless h;
    atelier::test::open_demo(h.app);
    const int number = order_on_payments(h);
    pay(h, "1000");
    REQUIRE(h.app.dispatch(cmd::OrderStart{number}));
    REQUIRE(h.app.dispatch(cmd::OrderCancel{number, ""}));
    h.frame(2);
    const Money back = atelier::refund_due(order_of(h, number));
    REQUIRE(back.minor > 0);
    CHECK(h.visible("To refund " + money_of(h, back.minor)));
    h.click("Refund the rest");
    h.click("Record refund");  // prefilled: the rest, with the reason
    CHECK(atelier::refund_due(order_of(h, number)) == Money{});
    CHECK(order_of(h, number).payments.back().note == "cancelled: the rest after the fee");
    CHECK(order_of(h, number).status == Status::cancelled);
    h.frame();
    CHECK(h.visible("Settled: nothing owed, nothing to refund"));
}

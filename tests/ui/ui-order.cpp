// The order page and the new-order form, driven like a person: clicks and typing through the
// locator, results checked in the store and on screen.
#include <doctest/doctest.h>

#include "core/commands/command.hpp"
#include "core/derive.hpp"
#include "core/rules/badge.hpp"
#include "tests/ui/headless.hpp"
#include "web/ui/widgets.hpp"

using atelier::Money;
using atelier::Status;
using atelier::View;
using atelier::test::Headless;
using atelier::test::money_of;
using atelier::test::order_of;
namespace cmd = atelier::cmd;

namespace {

// A tailoring order for the first client, priced 1000.00, set up through commands (not under test).
int tailoring_order(Headless& h) {
    const int number = atelier::test::made_order(h);
    h.app.open_order(number);
    h.frame(2);
    return number;
}

void start(Headless& h, int number) {
    REQUIRE(h.app.dispatch(cmd::OrderConfirm{number}));
    REQUIRE(h.app.dispatch(cmd::OrderStart{number}));
    h.frame();
}

}  // namespace

TEST_CASE("a client measured through the forms gets an order with an override, confirmed, started and part paid") {
    Headless h(1280, 1000);
    atelier::test::open_demo(h.app);
    h.frame();
    h.click("New client");
    REQUIRE((h.app.views.dialogs.open == "New client"));
    h.fill("New client/Name", "Elira Hoxhá");
    h.fill("New client/Phone", "+355 69 123 4567");
    h.fill("New client/Email", "elira@example.com");
    const int id = h.app.store.state().profile.next_client;
    h.click("Create client");
    REQUIRE(h.app.view == View::client);
    REQUIRE(h.app.client == id);
    CHECK_FALSE((h.app.views.dialogs.open == "New client"));
    CHECK(h.app.store.state().client(id)->name == "Elira Hoxhá");

    h.fill("Measurement name 1", "chest");
    h.fill("Measurement value 1", "92 cm");
    h.fill("Measurement name 2", "waist");
    h.fill("Measurement value 2", "74.5");  // a bare number is centimetres
    h.click("Save measurements");
    const auto* c = h.app.store.state().client(id);
    REQUIRE(c->sessions.size() == 1);
    CHECK(atelier::format_length(*atelier::current_measurement(*c, "chest")) == "92cm");
    CHECK(atelier::format_length(*atelier::current_measurement(*c, "waist")) == "74.5cm");

    h.click("New order for this client");
    REQUIRE((h.app.views.dialogs.open == "New order"));
    h.fill("New order/Garment", "Three-piece suit");
    h.fill("New order/Deadline", "2026-07-15");
    h.fill("New order/Price", "1800");
    const int number = h.app.store.state().profile.next_order;
    h.click("Create order");
    REQUIRE(h.app.view == View::order);
    REQUIRE(h.app.order == number);
    CHECK_FALSE((h.app.views.dialogs.open == "New order"));
    CHECK(order_of(h, number).client == id);
    CHECK(order_of(h, number).price == Money{180000});
    CHECK(order_of(h, number).garment == "Three-piece suit");

    h.click("Measurements");
    CHECK(h.visible("Used chest 92cm"));
    h.fill("Override chest", "94 cm", true);
    REQUIRE(order_of(h, number).overrides.size() == 1);
    CHECK(order_of(h, number).overrides[0].name == "chest");
    CHECK(h.visible("Used chest 94cm (override)"));

    h.click("Confirm order");
    CHECK(order_of(h, number).status == Status::confirmed);
    h.click("Start production");
    CHECK(order_of(h, number).status == Status::in_production);

    h.click("Payments");
    h.fill("Payment amount", "500");
    h.click("Record payment");
    REQUIRE(order_of(h, number).payments.size() == 1);
    CHECK(order_of(h, number).payments[0].amount == Money{50000});
    CHECK(h.visible("Balance owed " + money_of(h, 130000)));
    CHECK(h.visible("Payment: deposit"));
    CHECK(h.visible("Header owes " + money_of(h, 130000)));
}

TEST_CASE("clearing an override removes it and the client's value is used again") {
    Headless h(1280, 1000);
    atelier::test::open_demo(h.app);
    const int number = tailoring_order(h);
    const auto& a = h.app.store.state();
    const auto ms = atelier::current_measurements(*a.client(order_of(h, number).client));
    REQUIRE_FALSE(ms.empty());
    const std::string name = ms.front().name;
    h.click("Measurements");
    h.fill("Override " + name, "150cm", true);
    REQUIRE(order_of(h, number).overrides.size() == 1);
    h.fill("Override " + name, "", true);
    CHECK(order_of(h, number).overrides.empty());
    // In the atelier's unit (centimetres), whichever unit the value was taken in.
    CHECK(h.visible("Used " + name + " " + atelier::format_length_as(ms.front().value, atelier::Unit::cm)));
}

TEST_CASE("cancelling asks first and states the fee; keeping it changes nothing") {
    Headless h;
    atelier::test::open_demo(h.app);
    const int number = tailoring_order(h);
    start(h, number);
    const auto quote = atelier::cancellation_quote(h.app.store.state(), order_of(h, number), h.app.now);
    REQUIRE(quote.fee.minor > 0);  // in production: a share of the price
    h.click("Cancel order");
    REQUIRE(h.app.confirm);
    CHECK(order_of(h, number).status == Status::in_production);
    CHECK(h.app.confirm->text.find("Cancellation fee: " + money_of(h, quote.fee.minor)) != std::string::npos);
    CHECK(h.app.confirm->text.find("still owes " + money_of(h, quote.still_owed.minor)) != std::string::npos);
    h.click("Please confirm/Keep as it is");
    CHECK_FALSE(h.app.confirm);
    CHECK(order_of(h, number).status == Status::in_production);

    h.click("Cancel order");
    h.click("Please confirm/Cancel order");
    CHECK(order_of(h, number).status == Status::cancelled);
    CHECK(order_of(h, number).cancel_fee == quote.fee);
    CHECK(h.visible("Status: Cancelled"));
}

TEST_CASE("a QC fail needs a note, its reason stays visible and blocks the advance until a pass") {
    Headless h;
    atelier::test::open_demo(h.app);
    const int number = tailoring_order(h);
    start(h, number);
    for (int i = 0; i < 3; ++i) REQUIRE(h.app.dispatch(cmd::OrderAdvance{number}));  // measure, cutting, sewing
    REQUIRE(order_of(h, number).stage == "fitting");
    h.frame();
    h.click("Production");
    CHECK(h.visible("Stage Fitting: current: not started"));
    CHECK(h.visible("Stage Sewing: done"));
    CHECK(h.visible("Stage Finishing: ahead"));

    h.click("QC fail");
    CHECK(order_of(h, number).qc == atelier::Qc::none);
    CHECK_FALSE(h.label_starting("Refused: a QC fail needs a note").empty());

    h.fill("QC note", "hem uneven");
    h.click("QC fail");
    CHECK(order_of(h, number).qc == atelier::Qc::fail);
    CHECK(h.visible("QC failed: hem uneven"));

    h.click("Advance stage");
    CHECK(order_of(h, number).stage == "fitting");
    CHECK(h.label_starting("Refused: ").find("last QC failed: hem uneven") != std::string::npos);

    h.click("QC pass");
    h.click("Advance stage");
    CHECK(order_of(h, number).stage == "finishing");
    h.click("History");
    CHECK(h.visible("History QC fail"));
    CHECK(h.visible("History QC pass"));
}

TEST_CASE("save changes sends only the changed fields and one undo restores them") {
    Headless h;
    atelier::test::open_demo(h.app);
    const int number = tailoring_order(h);
    const atelier::Order before = order_of(h, number);
    h.fill("Garment", "Silk gown");
    h.fill("Event date", "2026-08-01");
    h.click("Priority");
    CHECK(order_of(h, number) == before);  // a draft until saved
    h.click("Save changes");
    const auto& o = order_of(h, number);
    CHECK(o.garment == "Silk gown");
    CHECK(o.priority);
    REQUIRE(o.event);
    CHECK(atelier::format_date(*o.event) == "2026-08-01");
    CHECK(o.deadline == before.deadline);  // distinct from the event date
    REQUIRE(o.history.size() == before.history.size() + 1);
    std::vector<std::string> fields;
    for (const auto& c : o.history.back().changes) fields.push_back(c.field);
    std::sort(fields.begin(), fields.end());
    CHECK(fields == std::vector<std::string>{"event", "garment", "priority"});
    CHECK(o.history.back().what == "order.update");

    h.click("Undo");
    // As before, with the undo's own history entry.
    atelier::Order back = order_of(h, number);
    CHECK(back.history.back().what == "undo");
    back.history = before.history;
    CHECK(back == before);
    CHECK(h.find("Garment"));
}

TEST_CASE("a bad date in the form is shown and nothing is sent") {
    Headless h;
    atelier::test::open_demo(h.app);
    const int number = tailoring_order(h);
    const atelier::Order before = order_of(h, number);
    h.fill("Deadline", "2026-02-30");
    h.click("Save changes");
    CHECK(order_of(h, number) == before);
    CHECK_FALSE(h.label_starting("Not saved: Deadline").empty());
}

TEST_CASE("a refused payment is shown next to the form and nothing changes") {
    Headless h;
    atelier::test::open_demo(h.app);
    const int number = tailoring_order(h);
    start(h, number);
    h.click("Payments");
    const atelier::Order before = order_of(h, number);
    h.fill("Payment amount", "1000.01");
    h.click("Record payment");
    CHECK(order_of(h, number) == before);
    CHECK(h.label_starting("Payment refused: ").find("overpayment refused") != std::string::npos);
    REQUIRE_FALSE(h.app.toasts.empty());
    CHECK(h.app.toasts.back().error);

    h.fill("Payment amount", "-5");
    h.click("Record payment");
    CHECK(order_of(h, number) == before);
    CHECK(h.visible("Payment refused: a payment must be more than zero"));

    h.fill("Payment amount", "1000");
    h.click("Record payment");
    CHECK(atelier::balance_owed(order_of(h, number)).minor == 0);
    CHECK(h.visible("Payment: full"));
}

TEST_CASE("fittings are booked and marked done from the order") {
    Headless h;
    atelier::test::open_demo(h.app);
    const int number = tailoring_order(h);
    h.click("Fitting schedule");
    h.fill("Fitting date", "2026-06-10");
    h.fill("Fitting time", "14:30");
    h.fill("Fitting notes", "bring shoes");
    h.click("Add fitting");
    REQUIRE(order_of(h, number).fittings.size() == 1);
    const auto& f = order_of(h, number).fittings[0];
    CHECK(atelier::format_datetime(f.at) == "2026-06-10T14:30");
    CHECK(f.kind == "first");
    CHECK(f.notes == "bring shoes");
    h.click("Done");
    CHECK(order_of(h, number).fittings[0].done);

    h.fill("Fitting date", "10/06/2026");
    h.click("Add fitting");
    CHECK(order_of(h, number).fittings.size() == 1);
    CHECK_FALSE(h.label_starting("Fitting refused: ").empty());
}

TEST_CASE("the new-order form keeps a refused order open with the reason, then creates it") {
    Headless h(1280, 1000);
    atelier::test::open_demo(h.app);
    h.frame();
    h.click("New order");
    REQUIRE((h.app.views.dialogs.open == "New order"));
    h.click("New order/Create order");
    CHECK((h.app.views.dialogs.open == "New order"));
    CHECK(h.visible("Order not created: choose the client first"));

    const auto& a = h.app.store.state();
    const std::string name = a.clients.at(2).name;
    h.click("Settings");  // a view without client names behind the form: the name below is the picker's
    h.click("New order/Client");
    h.type(name);
    h.click(name);
    h.fill("New order/Deadline", "2026-09-10");
    h.fill("New order/Event date", "2026-09-01");  // the deadline after the event: refused by the core
    const size_t orders = a.orders.size();
    h.click("New order/Create order");
    CHECK((h.app.views.dialogs.open == "New order"));
    CHECK(a.orders.size() == orders);
    CHECK(h.label_starting("Order not created: ").find("after the event date") != std::string::npos);

    h.fill("New order/Deadline", "2026-08-20");
    const int number = a.profile.next_order;
    h.click("New order/Create order");
    CHECK_FALSE((h.app.views.dialogs.open == "New order"));
    REQUIRE(h.app.order == number);
    CHECK(order_of(h, number).client == a.clients.at(2).id);
    CHECK(order_of(h, number).event);
}

TEST_CASE("lifecycle: clone opens the copy; every section of a demo order draws") {
    Headless h;
    atelier::test::open_demo(h.app);
    const int number = tailoring_order(h);
    const int copy = h.app.store.state().profile.next_order;
    h.click("Clone order");
    CHECK(h.app.order == copy);
    CHECK(order_of(h, copy).garment == "Suit");
    const auto& orders = h.app.store.state().orders;
    for (size_t i = 0; i < orders.size(); i += 4) {  // every status and stage of the demo, quickly
        h.app.open_order(orders[i].number);
        for (const char* s : {"Details", "Measurements", "Payments", "Fitting schedule", "Production", "Photos", "Outbox", "History"})
            h.click(s);
    }
    (void)number;
}

TEST_CASE("the order page shows the badges core/rules/badge.hpp gives the order's row, as the board and table do") {
    Headless h;
    atelier::test::open_demo(h.app, 300);
    const auto& a = h.app.store.state();
    const atelier::QueryIndex& ix = h.app.index();
    // One demo order for each deadline badge (at risk was missing from this page before).
    for (const atelier::Badge want : {atelier::Badge::overdue, atelier::Badge::at_risk, atelier::Badge::due_soon}) {
        int number = 0;
        atelier::Badges badges;
        for (size_t i = 0; i < a.orders.size() && !number; ++i) {
            badges = atelier::order_badges(ix.rows[i], h.app.today, ix.due_soon_days);
            if (badges.deadline() && *badges.deadline() == want) number = a.orders[i].number;
        }
        const std::string label = atelier::badge_text(want).label;
        INFO(label);
        REQUIRE(number != 0);
        h.app.open_order(number);
        h.frame(2);
        for (const atelier::Badge b : badges) CHECK(h.visible(std::string("Badge ") + atelier::badge_text(b).label));
        for (const atelier::Badge other : {atelier::Badge::overdue, atelier::Badge::at_risk, atelier::Badge::due_soon})
            if (other != want) CHECK_FALSE(h.visible(std::string("Badge ") + atelier::badge_text(other).label));
    }
}

TEST_CASE("the new-order form and the order's details read dates and amounts alike: same words, an empty price is zero") {
    Headless h(1280, 1000);
    atelier::test::open_demo(h.app);
    h.frame();
    const auto& a = h.app.store.state();
    h.app.new_order(a.clients.front().id);
    h.frame(2);
    h.fill("New order/Price", "12x");
    h.click("New order/Create order");
    CHECK(h.visible("Order not created: Price: write an amount like 1200 or 1200.50"));
    h.fill("New order/Price", "");
    h.fill("New order/Event date", "someday");
    h.click("New order/Create order");
    CHECK(h.visible("Order not created: Event date: write the date as YYYY-MM-DD, or leave it empty"));
    h.fill("New order/Event date", "");
    const int number = a.profile.next_order;
    h.click("New order/Create order");
    REQUIRE(h.app.order == number);
    CHECK(order_of(h, number).price == Money{});  // left empty: zero

    // The order's details: the same words for the same mistakes, and the same empty price.
    h.fill("Price", "12x");
    h.click("Save changes");
    CHECK(h.visible("Not saved: Price: write an amount like 1200 or 1200.50"));
    h.fill("Price", "250");
    h.fill("Event date", "someday");
    h.click("Save changes");
    CHECK(h.visible("Not saved: Event date: write the date as YYYY-MM-DD, or leave it empty"));
    h.fill("Event date", "");
    h.click("Save changes");
    CHECK(order_of(h, number).price == Money{25000});
    h.fill("Price", "");
    h.click("Save changes");
    CHECK(order_of(h, number).price == Money{});  // was "Not saved: Price…" here while the new-order form took it as zero
}

TEST_CASE("on a tablet held upright the details are followed by the production; a laptop keeps it behind its button") {
    Headless h(834, 1194);
    atelier::test::open_demo(h.app);
    const int number = tailoring_order(h);
    start(h, number);
    h.frame(2);
    REQUIRE(h.visible("Save changes"));  // the details
    REQUIRE(h.visible("Production below the details"));
    const auto stage = h.app.store.state().order(number)->stage;
    h.click("Advance stage");  // acts from there as from the Production section
    CHECK(h.app.store.state().order(number)->stage != stage);

    h.resize(1280, 800);
    h.frame(2);
    CHECK(h.visible("Save changes"));
    CHECK_FALSE(h.visible("Production below the details"));
    CHECK_FALSE(h.visible("Advance stage"));
}

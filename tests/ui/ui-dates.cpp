// Dates in the forms (docs/design.md, "Dates and times"): the deadline, the event date and a
// fitting are picked on the calendar by a finger (44-px days), and typing still works.
#include <doctest/doctest.h>

#include "core/commands/command.hpp"
#include "tests/ui/headless.hpp"
#include "web/ui/style.hpp"

using atelier::View;
using atelier::test::Headless;
using atelier::test::order_of;
using atelier::test::height_of;
namespace cmd = atelier::cmd;
namespace ui = atelier::ui;

TEST_CASE("on a tablet the new order's deadline and event date are tapped on the calendar") {
    Headless h(834, 1194);
    atelier::test::open_demo(h.app);
    ui::set_touch(h.look, true);
    h.frame(2);
    h.app.new_order(h.app.store.state().clients.front().id);  // as "New order for this client"
    h.frame(4);
    h.fill("New order/Garment", "Robe de soirée");
    // The deadline starts six weeks ahead (2026-07-13): the calendar opens on July.
    h.click("New order/Pick Deadline");
    REQUIRE(h.visible("Calendar month: July 2026"));
    REQUIRE(h.visible("Day 2026-07-24"));
    CHECK(height_of(h.find("Day 2026-07-24")) >= ui::kTouchTargetPx);
    h.click("Day 2026-07-24");
    CHECK(h.app.views.new_order.deadline == "2026-07-24");
    CHECK_FALSE(h.visible("Calendar month: July 2026"));
    // The event date is empty: its calendar opens on today's month.
    h.click("New order/Pick Event date");
    REQUIRE(h.visible("Calendar month: June 2026"));
    h.click("Next month");
    h.click("Next month");
    h.click("Day 2026-08-08");
    CHECK(h.app.views.new_order.event == "2026-08-08");
    const int number = h.app.store.state().profile.next_order;
    h.click("New order/Create order");
    REQUIRE(h.app.view == View::order);
    CHECK(atelier::format_date(order_of(h, number).deadline) == "2026-07-24");
    REQUIRE(order_of(h, number).event);
    CHECK(atelier::format_date(*order_of(h, number).event) == "2026-08-08");

    // On the order page the same fields: typed this time.
    h.fill("Deadline", "2026-07-31");
    CHECK(h.visible("Pick Deadline"));
}

TEST_CASE("a fitting's day and time are picked on one calendar; the typed fields follow") {
    Headless h;
    atelier::test::open_demo(h.app);
    const auto& a = h.app.store.state();
    const int number = a.profile.next_order;
    cmd::OrderCreate c;
    c.client = a.clients.front().id;
    c.pipeline = "tailoring";
    c.deadline = atelier::add_days(h.app.today, 40);
    c.garment = "Suit";
    REQUIRE(h.app.dispatch(c));
    h.app.open_order(number);
    h.frame(2);
    h.click("Fitting schedule");
    h.click("Pick Fitting");
    h.click("Day 2026-06-11");
    h.click("Later hour");
    h.click("Later hour");
    h.click("Minutes 30");
    h.click("Done Fitting");
    h.click("Add fitting");
    REQUIRE(order_of(h, number).fittings.size() == 1);
    CHECK(atelier::format_datetime(order_of(h, number).fittings[0].at) == "2026-06-11T12:30");
    // The typed fields show what was picked, and typing over them still books.
    h.fill("Fitting time", "16:45");
    h.click("Add fitting");
    REQUIRE(order_of(h, number).fittings.size() == 2);
    CHECK(atelier::format_datetime(order_of(h, number).fittings[1].at) == "2026-06-11T16:45");
}

TEST_CASE("after a touch the board's card buttons, the table's rows and the dialog's close button are >= 44 px") {
    Headless h(834, 1194);
    atelier::test::open_demo(h.app);
    ui::set_touch(h.look, true);
    h.frame(2);
    h.nav("Board");
    const std::string start = h.label_starting("Start ");
    REQUIRE_FALSE(start.empty());
    CHECK(height_of(h.find(start)) >= ui::kTouchTargetPx);
    h.nav("Table");
    for (const char* column : {"Order 1", "Collection "}) {
        const std::string cell = h.label_starting(column);
        CAPTURE(column);
        REQUIRE_FALSE(cell.empty());
        CHECK(height_of(h.find(cell)) >= ui::kTouchTargetPx);
    }
    h.click("New client");
    h.frame(2);
    REQUIRE(h.visible("Close New client"));
    CHECK(height_of(h.find("Close New client")) >= ui::kTouchTargetPx);
    CHECK(height_of(h.find("New client/Name")) >= ui::kTouchTargetPx);
}

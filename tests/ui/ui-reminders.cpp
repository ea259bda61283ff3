// Fitting reminders written ahead, in the views (issue 21, docs/email.md): Settings → Fitting
// reminder message sets the time they go the day before; a fitting booked then has its reminder on
// the order's page with the time it goes, the dashboard lists it for a person only from that time,
// a moved fitting's old reminder shows as withdrawn, and with a server that sends email the page
// says the server sends it.
#include <doctest/doctest.h>

#include "core/rules/messages.hpp"
#include "tests/ui/headless.hpp"
#include "tests/ui/sync_wire.hpp"

using atelier::test::Headless;

namespace {

// An order of the demo's with a client preferring email and a fitting in three days at 10:00.
int order_with_fitting_in_three_days(Headless& h) {
    const int n = atelier::test::order_by_email_with_fitting(h, 3);
    h.frame();
    return n;
}

}  // namespace

TEST_CASE("Settings sets the reminder time; a booked fitting's reminder waits for it, and a moved one is withdrawn") {
    Headless h(1280, 1000);
    atelier::test::open_demo(h.app, 0);
    h.frame();
    h.nav("Settings");
    h.click("Fitting reminder message");
    h.click("Reminder time");
    h.click("07:00");  // within the list's first screenful
    h.click("Save settings");
    REQUIRE(h.app.store.state().profile.reminder_time == "07:00");
    h.frame();
    CHECK(h.drawn_text().find("07:00") != std::string::npos);  // the form shows what was saved

    const int n = order_with_fitting_in_three_days(h);
    REQUIRE(atelier::test::order_of(h, n).outbox.size() == 1);
    const atelier::Message m = atelier::test::order_of(h, n).outbox[0];
    const atelier::DateTime due{atelier::at_midnight(atelier::add_days(h.app.today, 2)).minutes + 7 * 60};
    CHECK(m.due == due);
    const std::string id = std::to_string(n) + "/0";
    // Not on the dashboard's list before its time; there from then, with the ways to send it.
    h.nav("Dashboard");
    h.frame();
    CHECK_FALSE(h.visible("WhatsApp " + id));
    h.app.now = due;
    h.app.today = atelier::date_of(due);
    h.frame(2);
    CHECK(h.visible("Messages to send"));
    CHECK(h.visible("WhatsApp " + id));
    // The order's page says when it goes.
    atelier::test::open_outbox(h, n);
    CHECK(h.visible("Due by hand " + id));
    // Moved a day: the first is withdrawn, another waits for its own time.
    atelier::cmd::FittingReschedule r;
    r.order = n;
    r.fitting = 0;
    r.at = atelier::DateTime{atelier::at_midnight(atelier::add_days(h.app.today, 5)).minutes + 10 * 60};
    REQUIRE(h.app.dispatch(r));
    h.frame(2);
    CHECK(h.visible("Withdrawn " + id));
    CHECK(h.visible("Due by hand " + std::to_string(n) + "/1"));
    h.nav("Dashboard");
    h.frame(2);
    CHECK_FALSE(h.visible("WhatsApp " + id));
}

TEST_CASE("with a server that sends email, a reminder written ahead says the server sends it at its time") {
    Headless h(1280, 1000);
    atelier::test::Wire wire(h);
    wire.server.mail = true;
    atelier::cmd::AtelierUpdate u;
    u.reminder_time = "18:00";
    u.time_zone = "Europe/Paris";
    REQUIRE(h.app.dispatch(u));
    const int n = order_with_fitting_in_three_days(h);
    wire.connect_and_upload(h);
    wire.pump(h);
    atelier::test::open_outbox(h, n);
    CHECK(h.visible("Due by server " + std::to_string(n) + "/0"));
    REQUIRE(wire.server.mail_queue().size() == 1);
    // Due 2026-06-03 at 18:00 in Paris (summer: UTC+2).
    CHECK(wire.server.mail_queue()[0]["send_after"] == "2026-06-03T16:00");
}

// Messages to the client in the views (issue 17): tomorrow's fitting reminders written from the
// dashboard, sent through the WhatsApp, email and SMS links the core makes, marked sent with the
// way used; the reminder template edited in Settings with its live preview and an unknown
// placeholder said by name; the client's preferred channel saved from the client page.
#include <doctest/doctest.h>

#include "core/rules/messages.hpp"
#include "tests/ui/headless.hpp"

using atelier::test::Headless;

namespace {

// A new order of the first client with a fitting tomorrow at 10:30; its number.
int order_with_fitting_tomorrow(Headless& h) {
    const int n = atelier::test::made_order(h, 100000, "Morning coat");
    const atelier::Date tomorrow = atelier::add_days(h.app.today, 1);
    atelier::cmd::OrderFitting f;
    f.order = n;
    f.at = atelier::DateTime{atelier::at_midnight(tomorrow).minutes + 10 * 60 + 30};
    f.kind = "first";
    REQUIRE(h.app.dispatch(f));
    h.frame();
    return n;
}

}  // namespace

TEST_CASE("tomorrow's reminders are written from the dashboard, sent by WhatsApp and marked sent") {
    Headless h;
    atelier::test::open_demo(h.app, 0);
    h.frame();
    const int n = order_with_fitting_tomorrow(h);
    const atelier::Order& o = atelier::test::order_of(h, n);
    if (h.app.store.state().client(o.client)->email.empty()) {  // the Email link needs an address
        atelier::cmd::ClientUpdate give;
        give.client = o.client;
        give.email = "client@example.com";
        REQUIRE(h.app.dispatch(give));
    }
    const atelier::Client& c = *h.app.store.state().client(o.client);
    REQUIRE_FALSE(c.phone.empty());

    h.nav("Dashboard");
    REQUIRE(h.visible("Fitting reminders for tomorrow"));
    h.click("Write reminders");
    REQUIRE(atelier::test::order_of(h, n).outbox.size() == 1);
    const atelier::Message m = atelier::test::order_of(h, n).outbox[0];
    CHECK(m.text.find(c.name) != std::string::npos);
    CHECK(m.text.find("10:30") != std::string::npos);
    h.frame();
    CHECK_FALSE(h.visible("Fitting reminders for tomorrow"));  // written once
    REQUIRE(h.visible("Messages to send"));

    const std::string id = std::to_string(n) + "/0";
    h.click("WhatsApp " + id);
    const auto wa = atelier::whatsapp_link(c.phone, h.app.store.state().profile.country, m.text);
    REQUIRE(wa);
    CHECK(h.app.last_link == *wa);
    CHECK(h.app.last_link.rfind("https://wa.me/", 0) == 0);
    h.click("Email " + id);
    CHECK(h.app.last_link.rfind("mailto:" + c.email + "?", 0) == 0);
    h.click("WhatsApp " + id);  // the way used last is the one recorded
    h.click("Mark sent " + id);
    const atelier::Message& sent = atelier::test::order_of(h, n).outbox[0];
    REQUIRE(sent.sent_at);
    CHECK(sent.sent_via == atelier::SentVia::whatsapp);
    h.frame();
    CHECK(h.visible("No messages waiting"));

    // The order page's Outbox says who sent it, and how.
    h.app.open_order(n);
    h.frame();
    h.click("Outbox");
    CHECK(h.visible("Sent " + id));
}

TEST_CASE("the reminder template: live preview, an unknown placeholder named and not saved") {
    Headless h(1280, 1000);
    atelier::test::open_demo(h.app, 0);
    h.frame();
    h.nav("Settings");
    h.click("Fitting reminder message");
    REQUIRE(h.visible("Reminder message preview"));  // the default, filled for a made-up client
    h.fill("Reminder message", "Hello {nmae}, see you {date}");
    CHECK(h.visible("Reminder message error"));
    h.click("Save settings");
    CHECK(h.app.store.state().profile.reminder_message.empty());
    CHECK(h.app.views.settings.error.english.find("{nmae}") != std::string::npos);
    h.fill("Reminder message", "Hello {client}, see you {date} at {time}");
    CHECK_FALSE(h.visible("Reminder message error"));
    CHECK(h.visible("Reminder message preview"));
    h.click("Save settings");
    CHECK(h.app.store.state().profile.reminder_message == "Hello {client}, see you {date} at {time}");
}

TEST_CASE("a client's preferred channel and language, saved from the client page") {
    Headless h;
    atelier::test::open_demo(h.app, 0);
    h.frame();
    const int id = h.app.store.state().clients.front().id;
    h.app.open_client(id);
    h.frame();
    h.click("Preferred channel");
    h.click("SMS");
    h.fill("Language", "fr");
    h.click("Save contacts");
    const atelier::Client& c = *h.app.store.state().client(id);
    CHECK(c.channel == atelier::Channel::sms);
    CHECK(c.language == "fr");
}

// Email sent by the sync server in the views (issue 21, docs/email.md): a client marked "Do not
// contact" from the client page gets nothing written and their waiting message shows as held; with a
// server that sends email, its messages say the server sends them (and leave the dashboard's list
// of messages to send), a refusal shows the mail server's reply with Retry, and a sent one says so.
#include <doctest/doctest.h>

#include "core/i18n/said_text.hpp"
#include "core/rules/messages.hpp"
#include "tests/ui/headless.hpp"
#include "tests/ui/sync_wire.hpp"

using atelier::test::Headless;
using atelier::test::Wire;

namespace {

// An order of the demo's first client with an email message in its outbox (a reminder, the client
// preferring email); its number.
int order_with_email(Headless& h) {
    const int n = atelier::test::order_by_email_with_fitting(h, 1);
    REQUIRE(h.app.dispatch(atelier::cmd::FittingRemind{n, 0}));
    REQUIRE(atelier::test::order_of(h, n).outbox.size() == 1);
    REQUIRE_FALSE(atelier::test::order_of(h, n).outbox[0].id.empty());
    h.frame();
    return n;
}

// The server's word on message 0 of order `n`, applied as its entry is (device "server").
void server_says(Headless& h, int n, const char* result, const char* reply) {
    atelier::cmd::MessageDelivery d;
    d.order = n;
    d.message = atelier::test::order_of(h, n).outbox[0].id;
    d.result = atelier::enum_from_id<atelier::MailState>(result).value();
    d.reply = reply;
    REQUIRE(h.app.store.dispatch(d, atelier::Context{"server", h.app.now, "server", 0}).ok);
    h.frame(2);
}

}  // namespace

TEST_CASE("Do not contact is set on the client page: the waiting message is held and no reminder is due") {
    Headless h;
    atelier::test::open_demo(h.app, 0);
    h.frame();
    const int n = order_with_email(h);
    const int client = atelier::test::order_of(h, n).client;
    h.app.open_client(client);
    h.frame(2);
    REQUIRE(h.visible("Do not contact: off"));
    h.click("Do not contact");
    h.frame();
    CHECK(h.visible("Do not contact: on"));
    h.click("Save contacts");
    h.frame(2);
    CHECK(h.app.store.state().client(client)->do_not_contact);
    atelier::test::open_outbox(h, n);
    CHECK(h.visible("Held " + std::to_string(n) + "/0"));
    CHECK_FALSE(h.visible("Mark sent " + std::to_string(n) + "/0"));
    CHECK(atelier::reminders_due(h.app.store.state(), h.app.today).empty());
}

TEST_CASE("with a server that sends email: handed over, refused with its reply, Retry, then sent") {
    Headless h;
    Wire wire(h);
    wire.server.mail = true;
    const int n = order_with_email(h);
    const std::string name = std::to_string(n) + "/0";
    const std::string id = atelier::test::order_of(h, n).outbox[0].id;
    h.nav("Dashboard");
    h.frame(2);
    REQUIRE(h.visible("Mark sent " + name));  // without a server: a person's to send
    wire.connect_and_upload(h);
    REQUIRE(h.app.sync.server_mail());
    wire.pump(h);
    REQUIRE(wire.server.mail_queue().size() == 1);  // handed over once, from the uploaded state
    CHECK(wire.server.mail_queue()[0]["id"] == id);
    CHECK(wire.server.mail_queue()[0]["to"] == "client@example.com");
    CHECK_FALSE(h.visible("Mark sent " + name));  // the server's now: not on the dashboard's list
    atelier::test::open_outbox(h, n);
    CHECK(h.visible("Mail by server " + name));
    CHECK_FALSE(h.visible("Mark sent " + name));

    // Refused: the mail server's reply, back to a person, and Retry asks the server again.
    wire.server.deliver(wire.server.mail_queue()[0], "refused", "550 5.1.1 <client@example.com>: no such user", 1,
                        "2026-03-02T10:05", "2026-03-02T10:05:00.000Z");
    wire.pump(h);
    CHECK(h.visible("Mail refused " + name + ": 550 5.1.1 <client@example.com>: no such user"));
    CHECK(h.visible("Mark sent " + name));
    h.click("Retry sending " + name);
    wire.pump(h);
    CHECK(wire.server.mail_retried() == std::vector<std::string>{id});

    wire.server.deliver(wire.server.mail_queue()[0], "sent", "250 2.0.0 Ok", 2, "2026-03-02T10:09", "2026-03-02T10:09:00.000Z");
    wire.pump(h);
    CHECK(h.visible("Sent " + name));
    CHECK(atelier::test::order_of(h, n).outbox[0].sent_via == atelier::SentVia::email);
    CHECK(wire.server.mail_queue().size() == 1);
}

TEST_CASE("in French the server's states are French, the mail server's reply as it said it") {
    Headless h;
    Wire wire(h);
    wire.server.mail = true;
    h.app.set_language("fr");
    const int n = order_with_email(h);
    wire.connect_and_upload(h);
    wire.pump(h);
    atelier::test::open_outbox(h, n);
    CHECK(h.drawn_text().find("Le serveur de synchronisation envoie cet e-mail") != std::string::npos);
    server_says(h, n, "refused", "550 no such user");
    CHECK(h.drawn_text().find("Le serveur de messagerie l’a refusé : 550 no such user") != std::string::npos);
}

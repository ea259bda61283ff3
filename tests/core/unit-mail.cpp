// Email the sync server sends (issue 21, docs/email.md): a message is named by the entry that wrote
// it; a client who asked not to be contacted gets nothing written and nothing handed over; the
// server's order.message_delivery is its alone, finds a message by id, and never unsends; a device
// hands the waiting email of its confirmed state to the server once, and every device sees the result.
#include <doctest/doctest.h>

#include "core/i18n/said_text.hpp"
#include "core/rules/messages.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/snapshot/state_hash.hpp"
#include "core/validate/validate.hpp"
#include "tests/core/sync_transport.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

const SyncSettings kMailServer{"http://studio:8080", "tok", "Front desk"};

// The entry's "<device>.<seq>" a result's journal line carries.
std::string entry_of(const Result& r) {
    const nlohmann::json& e = std::get<JournalAppend>(r.effects.front()).entry;
    return e["device"].get<std::string>() + "." + std::to_string(e["seq"].get<int64_t>());
}

// The server's word on a message, as its entries are applied (device "server").
Result delivery(Fixture& f, const std::string& json) {
    const Context kept = f.ctx;
    f.ctx.device = "server";
    f.ctx.who = "server";
    Result r = f.store.dispatch(parse_command(json.c_str()), f.ctx);
    f.ctx = kept;
    return r;
}

}  // namespace

TEST_CASE("a message is named by the entry that wrote it: device, seq, order and its place") {
    Fixture f;
    f.to_finishing();
    const Result r = f.ok(R"({"type":"order.advance","order":1})");
    REQUIRE(f.order(1).outbox.size() == 1);
    const Message& m = f.order(1).outbox[0];
    CHECK(m.channel == Channel::email);
    CHECK(m.id == entry_of(r) + ".1.0");
    CHECK(message_id_shape(m.id));
    CHECK(std::get<SendMessage>(r.effects[1]).message.id == m.id);
    // A reminder of the same order, from another entry: another id.
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-02T10:00","kind":"final"})");
    const Result rem = f.ok(R"({"type":"order.fitting_remind","order":1,"fitting":0})");
    CHECK(f.order(1).outbox[1].id == entry_of(rem) + ".1.1");
    // The same entry applied on another device gives the same id.
    Store other;
    Fixture g;
    g.to_finishing();
    Context on_tablet{"sofia", at("2026-03-01T09:00"), "tablet-1", 40};
    REQUIRE(g.store.dispatch(parse_command(R"({"type":"order.advance","order":1})"), on_tablet).ok);
    CHECK(g.order(1).outbox[0].id == "tablet-1.40.1.0");
    // Ids are checked like any field: shape, and once per outbox.
    Atelier bad = f.a();
    bad.orders[0].outbox[1].id = bad.orders[0].outbox[0].id;
    Problems problems;
    validate_atelier(bad, problems);
    REQUIRE_FALSE(problems.empty());
    CHECK(problems.front().path == "/orders/0/outbox/1/id");
    bad.orders[0].outbox[1].id = "a b";
    problems.clear();
    validate_atelier(bad, problems);
    REQUIRE_FALSE(problems.empty());
    CHECK(problems.front().message == "must be 1 to 100 letters, digits, _ . or -");
    CHECK(words(Language::fr, *problems.front().said) == "doit compter de 1 à 100 lettres, chiffres, _ . ou -");
}

TEST_CASE("a client who asked not to be contacted: nothing written, a reminder refused, nothing handed over") {
    Fixture f;
    f.ok(R"({"type":"client.update","client":1,"do_not_contact":true,"from":{"do_not_contact":false}})");
    CHECK(f.client(1).do_not_contact);
    f.to_finishing();
    const Result r = f.ok(R"({"type":"order.advance","order":1})");
    CHECK(f.order(1).outbox.empty());
    const Notice* said = nullptr;
    for (const Effect& e : r.effects)
        if (const auto* n = std::get_if<Notice>(&e)) said = n;
    REQUIRE(said);
    CHECK(said->text == "Léa Dubois asked not to be contacted: no message written for Finishing");
    CHECK(words(Language::de, *said->said) == "Léa Dubois möchte nicht kontaktiert werden: keine Nachricht für Finishing geschrieben");
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-02T10:00","kind":"final"})");
    CHECK(reminders_due(f.a(), day("2026-03-01")).empty());
    CHECK(f.refusal(R"({"type":"order.fitting_remind","order":1,"fitting":0})") ==
          "/order: Léa Dubois asked not to be contacted: no reminder is written");
    // Taken off again: the reminder is due and written; a message written before the mark is held.
    f.ok(R"({"type":"client.update","client":1,"do_not_contact":false})");
    CHECK(reminders_due(f.a(), day("2026-03-01")).size() == 1);
    f.ok(R"({"type":"order.fitting_remind","order":1,"fitting":0})");
    CHECK(mail_to_hand_over(f.a()).empty());  // the reminder goes by WhatsApp (no preference: the phone)
    f.ok(R"({"type":"client.update","client":1,"channel":"email"})");
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-02T16:00","kind":"final"})");
    f.ok(R"({"type":"order.fitting_remind","order":1,"fitting":1})");
    REQUIRE(mail_to_hand_over(f.a()).size() == 1);
    const Order& o = f.order(1);
    CHECK(message_way(f.a(), o, o.outbox.back(), true) == MessageWay::server);
    CHECK(message_way(f.a(), o, o.outbox.back(), false) == MessageWay::by_hand);
    CHECK(message_way(f.a(), o, o.outbox.front(), true) == MessageWay::by_hand);  // WhatsApp: a person's
    f.ok(R"({"type":"client.update","client":1,"do_not_contact":true})");
    CHECK(mail_to_hand_over(f.a()).empty());
    CHECK(message_way(f.a(), f.order(1), f.order(1).outbox.back(), true) == MessageWay::held);
    // The mark survives a merge, whichever record had it, and a snapshot.
    f.ok(R"({"type":"client.create","name":"Léa D."})");
    f.ok(R"({"type":"client.merge","client":1,"keep":2})");
    CHECK(f.client(2).do_not_contact);
    Atelier back;
    Problems problems;
    REQUIRE(snapshot_from_json(snapshot_to_json(f.a()), back, problems));
    CHECK(back.client(2)->do_not_contact);
}

TEST_CASE("the server's word on a message: its alone, found by id, sent once and never unsent") {
    Fixture f;
    f.ok(R"({"type":"client.update","client":1,"channel":"email"})");
    f.to_finishing();
    f.ok(R"({"type":"order.advance","order":1})");
    const std::string id = f.order(1).outbox[0].id;
    const std::string sent = R"({"type":"order.message_delivery","order":1,"message":")" + id + R"(","result":"sent","reply":"250 2.0.0 Ok","attempts":1})";
    // A device may not write it.
    const Result by_device = f.run(sent.c_str());
    CHECK_FALSE(by_device.ok);
    CHECK(by_device.error.message == "only the sync server records what became of an email");
    CHECK(words(Language::it, *by_device.error.said) == "solo il server di sincronizzazione registra che cosa è successo a un’e-mail");
    // Retrying first: the reply, the tries and the next one are kept; the message still waits.
    f.ctx.now = at("2026-03-01T10:00");
    REQUIRE(delivery(f, R"({"type":"order.message_delivery","order":1,"message":")" + id +
                            R"(","result":"retrying","reply":"451 4.7.1 try later","attempts":1,"next":"2026-03-01T10:01"})").ok);
    const Message& m = f.order(1).outbox[0];
    CHECK(m.mail == MailState::retrying);
    CHECK(m.mail_reply == "451 4.7.1 try later");
    CHECK(m.mail_next == at("2026-03-01T10:01"));
    CHECK_FALSE(m.sent_at);
    CHECK(mail_to_hand_over(f.a()).empty());  // the server has it: not handed again
    // Sent: it leaves the outbox, marked sent by email by the server, at the result's time.
    f.ctx.now = at("2026-03-01T10:02");
    REQUIRE(delivery(f, sent).ok);
    CHECK(f.order(1).outbox[0].mail == MailState::sent);
    CHECK(f.order(1).outbox[0].sent_at == at("2026-03-01T10:02"));
    CHECK(f.order(1).outbox[0].sent_via == SentVia::email);
    CHECK(f.order(1).outbox[0].sent_by == "server");
    CHECK_FALSE(f.order(1).outbox[0].mail_next);
    CHECK(unsent_messages(f.a()).empty());
    // A late word from another process changes nothing.
    const Atelier before = f.a();
    REQUIRE(delivery(f, R"({"type":"order.message_delivery","order":1,"message":")" + id + R"(","result":"refused","reply":"550","attempts":2})").ok);
    CHECK(f.order(1).outbox == before.order(1)->outbox);
    // Named under another order (renumbered since): found by its id. An unknown id is refused.
    f.ok(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-06-01"})");
    CHECK(delivery(f, R"({"type":"order.message_delivery","order":2,"message":")" + id + R"(","result":"sent","attempts":1})").ok);
    const Result unknown = delivery(f, R"({"type":"order.message_delivery","order":1,"message":"tablet.9.1.0","result":"sent"})");
    CHECK(unknown.error.path == "/message");
    CHECK(unknown.error.message == "no message tablet.9.1.0 in any outbox");
    // Its fields are checked.
    CHECK(delivery(f, R"({"type":"order.message_delivery","order":1,"message":")" + id + R"(","result":"none"})").error.path == "/result");
    CHECK(delivery(f, R"({"type":"order.message_delivery","order":1,"message":")" + id + R"(","result":"sent","next":"2026-03-02T10:00"})").error.path == "/next");
    CHECK(delivery(f, R"({"type":"order.message_delivery","order":1,"message":")" + id + R"(","result":"sent","attempts":1001})").error.path == "/attempts");
    CHECK(delivery(f, R"({"type":"order.message_delivery","order":1,"message":")" + id + R"(","result":"sent","reply":")" +
                          std::string(1001, 'x') + R"("})").error.path == "/reply");
}

TEST_CASE("a refused email goes back to a person; a retry asked for is sent to the server") {
    Fixture f;
    f.ok(R"({"type":"client.update","client":1,"channel":"email"})");
    f.to_finishing();
    f.ok(R"({"type":"order.advance","order":1})");
    const std::string id = f.order(1).outbox[0].id;
    REQUIRE(delivery(f, R"({"type":"order.message_delivery","order":1,"message":")" + id +
                            R"(","result":"refused","reply":"550 5.1.1 <lea@example.com>: no such user","attempts":1})").ok);
    const Order& o = f.order(1);
    CHECK(o.outbox[0].mail == MailState::refused);
    CHECK(message_way(f.a(), o, o.outbox[0], true) == MessageWay::by_hand);
    CHECK(unsent_messages(f.a()).size() == 1);
    CHECK(mail_to_hand_over(f.a()).empty());  // the server holds it: a Retry asks for it by id
    // A person may still send it by hand.
    f.ok((R"({"type":"order.message_sent","order":1,"message":0,"at":")" + format_datetime(o.outbox[0].at) + R"(","via":"email"})").c_str());
    CHECK(f.order(1).outbox[0].sent_by == "ana");
}

TEST_CASE("through sync: a stage done on the tablet is handed to the server once and the result reaches the laptop") {
    Fixture f;
    f.ok(R"({"type":"client.update","client":1,"channel":"email"})");
    LogServer server;
    server.mail = true;
    SyncDevice laptop{"laptop", "ana", f.a()}, tablet{"tablet", "sofia", Atelier{}};
    tablet.store.reset(Atelier{});
    laptop.upload(server, kMailServer);
    tablet.join(server, kMailServer);
    CHECK(tablet.sync.server_mail());
    REQUIRE(tablet.run(R"({"type":"order.confirm","order":1})").ok);
    REQUIRE(tablet.run(R"({"type":"order.start","order":1})").ok);
    REQUIRE(tablet.run(R"({"type":"order.advance","order":1})").ok);
    REQUIRE(tablet.run(R"({"type":"order.image","order":1,"image":{"id":"1111111111111111111111111111111111111111111111111111111111111111","thumb":"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","type":"image/jpeg","bytes":120000,"width":1536,"height":2048,"caption":"cut","stage":"cutting"}})").ok);
    REQUIRE(tablet.run(R"({"type":"order.advance","order":1})").ok);
    REQUIRE(tablet.run(R"({"type":"order.qc","order":1,"pass":true})").ok);
    REQUIRE(tablet.run(R"({"type":"order.advance","order":1})").ok);
    REQUIRE(tablet.run(R"({"type":"order.skip","order":1,"note":"no embroidery"})").ok);
    REQUIRE(tablet.run(R"({"type":"order.advance","order":1})").ok);  // finishing: notifies by email
    const std::string id = tablet.store.state().order(1)->outbox.at(0).id;
    CHECK(id.rfind("tablet.", 0) == 0);
    // Not handed while its entry is only on the tablet: from the confirmed state only. (The
    // requests of that tick are answered, as the pump does.)
    tablet.sync.tick(tablet.now + 1, true, tablet.store.state());
    for (const auto& req : tablet.sync.take_requests()) {
        CHECK(req.url.find("/api/v1/mail") == std::string::npos);
        const ServerReply reply = route(server, tablet.sync.settings().server, req, tablet.who);
        tablet.sync.on_reply(req.id, reply.status, reply.body.dump(), tablet.store, kVersion);
    }
    tablet.pump(server);
    laptop.pump(server);
    tablet.pump(server);
    REQUIRE(server.mail_queue().size() == 1);  // both devices handed it; the server keeps one
    const nlohmann::json& handed = server.mail_queue()[0];
    CHECK(handed["id"] == id);
    CHECK(handed["to"] == "lea@example.com");
    CHECK(handed["subject"] == "Maison Test: order 1-BFG");
    CHECK(handed["text"] == "Dear Léa Dubois, 1-BFG is ready.");
    // Refused first: every device shows the mail server's reply; the laptop's Retry asks the server
    // for it again by id; then it is sent.
    server.deliver(handed, "refused", "550 5.7.1 relay denied", 1, "2026-03-02T10:05", "2026-03-02T10:05:00.000Z");
    tablet.pump(server);
    laptop.pump(server);
    CHECK(laptop.store.state().order(1)->outbox.at(0).mail == MailState::refused);
    CHECK(tablet.store.state().order(1)->outbox.at(0).mail_reply == "550 5.7.1 relay denied");
    laptop.sync.retry_mail(id);
    laptop.pump(server);
    CHECK(server.mail_retried() == std::vector<std::string>{id});
    server.deliver(handed, "sent", "250 2.0.0 Ok: queued as 4F1C2", 2, "2026-03-02T10:09", "2026-03-02T10:09:00.000Z");
    tablet.pump(server);
    laptop.pump(server);
    for (SyncDevice* d : {&tablet, &laptop}) {
        const Message& m = d->store.state().order(1)->outbox.at(0);
        CHECK(m.mail == MailState::sent);
        CHECK(m.sent_via == SentVia::email);
        CHECK(m.mail_attempts == 2);
        CHECK(m.mail_reply == "250 2.0.0 Ok: queued as 4F1C2");
    }
    CHECK(state_hash(tablet.store.state()) == state_hash(laptop.store.state()));
    CHECK(server.mail_queue().size() == 1);
    // The server stops sending (409): the device stops handing over; messages wait for a person.
    server.mail = false;
    laptop.sync.retry_mail(id);
    laptop.pump(server);
    CHECK_FALSE(laptop.sync.server_mail());
}

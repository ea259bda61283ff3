// Fitting reminders written ahead (issue 21, docs/email.md): with a reminder time in Settings each
// booked fitting's reminder is written when it is booked, due the day before at that time; a
// moved, cancelled or done fitting, a changed address or reminder, an undo withdraws it (never
// takes it out); the sync server gets it with its time in UTC and is told of withdrawals.
#include <doctest/doctest.h>

#include "core/calendar/time_zones.hpp"
#include "core/i18n/said_text.hpp"
#include "core/rules/messages.hpp"
#include "core/snapshot/state_hash.hpp"
#include "core/validate/validate.hpp"
#include "tests/core/sync_transport.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

void valid(const Atelier& a) {
    Problems problems;
    validate_atelier(a, problems);
    INFO((problems.empty() ? std::string() : problems.front().path + ": " + problems.front().message));
    CHECK(problems.empty());
}

// The order's reminders still to go, and those withdrawn.
std::vector<const Message*> live(const Order& o) {
    std::vector<const Message*> out;
    for (const Message& m : o.outbox)
        if (scheduled_reminder(m)) out.push_back(&m);
    return out;
}
size_t withdrawn(const Order& o) {
    return static_cast<size_t>(std::count_if(o.outbox.begin(), o.outbox.end(), [](const Message& m) { return m.withdrawn; }));
}

// Léa prefers email; reminders go the day before at 18:00.
void reminders_at_six(Fixture& f) {
    f.ok(R"({"type":"client.update","client":1,"channel":"email"})");
    f.ok(R"({"type":"atelier.update","reminder_time":"18:00"})");
}

}  // namespace

TEST_CASE("a booked fitting's reminder is written ahead, due the day before at the set time") {
    Fixture f;
    reminders_at_six(f);
    const Result r = f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-05T15:00","kind":"first"})");
    REQUIRE(f.order(1).outbox.size() == 1);
    const Message& m = f.order(1).outbox[0];
    CHECK(m.due == at("2026-03-04T18:00"));
    CHECK(m.fitting == at("2026-03-05T15:00"));
    CHECK(m.at == f.ctx.now);
    CHECK(m.channel == Channel::email);
    CHECK(m.to == "lea@example.com");
    CHECK(m.text == fill_template(reminder_template(f.a().profile, client_locale(f.a().profile, &f.client(1))), f.a(), f.order(1),
                                  MessageAbout{at("2026-03-04T18:00"), nullptr, &f.order(1).fittings[0]}));
    CHECK(m.text.find("Thursday 5 March") != std::string::npos);
    CHECK_FALSE(m.id.empty());
    CHECK(std::none_of(r.effects.begin(), r.effects.end(), [](const Effect& e) { return std::holds_alternative<SendMessage>(e); }));
    valid(f.a());
    // A person sees it when it comes due, not before; the dashboard's "write reminders" has nothing to write.
    CHECK(unsent_messages(f.a(), at("2026-03-04T17:59")).empty());
    CHECK(unsent_messages(f.a(), at("2026-03-04T18:00")).size() == 1);
    CHECK(next_message_due(f.a(), at("2026-03-01T09:00")) == at("2026-03-04T18:00"));
    CHECK_FALSE(next_message_due(f.a(), at("2026-03-04T18:00")));
    CHECK(reminders_due(f.a(), Date{date_of(at("2026-03-04T09:00"))}).empty());
    CHECK(f.refusal(R"({"type":"order.fitting_remind","order":1,"fitting":0})") == "/fitting: the reminder of that fitting is already in the outbox");
    // The server gets it with its time.
    const auto handed = mail_to_hand_over(f.a());
    REQUIRE(handed.size() == 1);
    CHECK(handed[0].due == at("2026-03-04T18:00"));
    // A fitting today is too late for one.
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-01T17:00","kind":"second"})");
    CHECK(f.order(1).outbox.size() == 1);
    // The time is checked; a person reads why in their language.
    CHECK(f.refusal(R"({"type":"atelier.update","reminder_time":"25:00"})") == "/reminder_time: 25:00 is not a time of day (HH:MM, for example 18:00)");
    const Result bad = f.run(R"({"type":"atelier.update","reminder_time":"6pm"})");
    CHECK(words(Language::fr, *bad.error.said) == "6pm n’est pas une heure (HH:MM, par exemple 18:00)");
    Atelier broken = f.a();
    broken.profile.reminder_time = "18h";
    Problems problems;
    validate_atelier(broken, problems);
    REQUIRE_FALSE(problems.empty());
    CHECK(problems.front().path == "/atelier/reminder_time");
    broken = f.a();
    broken.orders[0].outbox[0].fitting.reset();
    problems.clear();
    validate_atelier(broken, problems);
    REQUIRE_FALSE(problems.empty());
    CHECK(problems.front().path == "/orders/0/outbox/0/due");
}

TEST_CASE("moved, cancelled, done, a new address, do not contact, a new time: withdrawn, and written again when it still should go") {
    Fixture f;
    reminders_at_six(f);
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-05T15:00","kind":"first"})");
    const std::string first = f.order(1).outbox[0].id;
    // Moved: the old one withdrawn (the server is told), one for the new day written.
    f.ok(R"({"type":"order.fitting_reschedule","order":1,"fitting":0,"at":"2026-03-06T10:00"})");
    REQUIRE(f.order(1).outbox.size() == 2);
    CHECK(f.order(1).outbox[0].withdrawn);
    CHECK(f.order(1).outbox[1].due == at("2026-03-05T18:00"));
    CHECK(mail_to_withdraw(f.a(), DateTime{}) == std::vector<std::string>{first});
    CHECK(mail_to_withdraw(f.a(), at("2026-03-04T18:00")).empty());  // its time is past: nothing to tell
    REQUIRE(mail_to_hand_over(f.a()).size() == 1);
    CHECK(mail_to_hand_over(f.a())[0].id == f.order(1).outbox[1].id);
    CHECK(message_way(f.a(), f.order(1), f.order(1).outbox[0], true) == MessageWay::withdrawn);
    CHECK(unsent_messages(f.a()).size() == 1);
    // The notes changed, nothing else: the reminder stands.
    f.ok(R"({"type":"order.fitting_reschedule","order":1,"fitting":0,"at":"2026-03-06T10:00","notes":"bring the shoes"})");
    CHECK(f.order(1).outbox.size() == 2);
    // A new address: written again to it.
    f.ok(R"({"type":"client.update","client":1,"email":"lea.dubois@example.com"})");
    REQUIRE(f.order(1).outbox.size() == 3);
    CHECK(f.order(1).outbox[1].withdrawn);
    CHECK(live(f.order(1)).at(0)->to == "lea.dubois@example.com");
    // Another time of day: written again for it.
    f.ok(R"({"type":"atelier.update","reminder_time":"09:30"})");
    REQUIRE(live(f.order(1)).size() == 1);
    CHECK(live(f.order(1))[0]->due == at("2026-03-05T09:30"));
    // Another text: written again with it.
    f.ok(R"({"type":"atelier.update","reminder_message":"{client}: {date} at {time}."})");
    REQUIRE(live(f.order(1)).size() == 1);
    CHECK(live(f.order(1))[0]->text == "Léa Dubois: Friday 6 March 2026 at 10:00.");
    // Asked not to be contacted: withdrawn, none written; allowed again: written again.
    f.ok(R"({"type":"client.update","client":1,"do_not_contact":true})");
    CHECK(live(f.order(1)).empty());
    f.ok(R"({"type":"client.update","client":1,"do_not_contact":false})");
    CHECK(live(f.order(1)).size() == 1);
    // Done early, or cancelled: withdrawn, nothing written.
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-10T11:00","kind":"second"})");
    CHECK(live(f.order(1)).size() == 2);
    f.ok(R"({"type":"order.fitting_done","order":1,"fitting":1})");
    f.ok(R"({"type":"order.fitting_cancel","order":1,"fitting":0,"reason":"client ill"})");
    CHECK(live(f.order(1)).empty());
    // Off: nothing more is written ahead; those still to go are withdrawn.
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-12T11:00","kind":"final"})");
    CHECK(live(f.order(1)).size() == 1);
    const size_t before = withdrawn(f.order(1));
    f.ok(R"({"type":"atelier.update","reminder_time":""})");
    CHECK(live(f.order(1)).empty());
    CHECK(withdrawn(f.order(1)) == before + 1);
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-13T11:00","kind":"final"})");
    CHECK(live(f.order(1)).empty());
    // Nothing is ever taken out, and every message has its own id.
    std::set<std::string> ids;
    for (const Message& m : f.order(1).outbox) CHECK(ids.insert(m.id).second);
    valid(f.a());
}

TEST_CASE("a reminder sent stands; a person's own reminder is not written twice") {
    Fixture f;
    f.ok(R"({"type":"client.update","client":1,"channel":"email"})");
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-05T15:00","kind":"first"})");
    f.ok(R"({"type":"order.fitting_remind","order":1,"fitting":0})");  // written by a person, no time set
    f.ok(R"({"type":"atelier.update","reminder_time":"18:00"})");
    CHECK(f.order(1).outbox.size() == 1);
    CHECK_FALSE(f.order(1).outbox[0].due);
    // One written ahead and sent by a person early: it stands when the reminder's text changes.
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-08T15:00","kind":"second"})");
    REQUIRE(f.order(1).outbox.size() == 2);
    const Message& m = f.order(1).outbox[1];
    f.ok((R"({"type":"order.message_sent","order":1,"message":1,"at":")" + format_datetime(m.at) + R"(","via":"whatsapp"})").c_str());
    f.ok(R"({"type":"atelier.update","reminder_message":"{client}, see you {date}."})");
    CHECK(f.order(1).outbox.size() == 2);
    CHECK_FALSE(f.order(1).outbox[1].withdrawn);
    valid(f.a());
}

TEST_CASE("an undo never takes a reminder out: it is withdrawn, and the redo writes another") {
    Fixture f;
    reminders_at_six(f);
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-05T15:00","kind":"first"})");
    REQUIRE(f.order(1).outbox.size() == 1);
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(f.order(1).fittings.empty());
    REQUIRE(f.order(1).outbox.size() == 1);
    CHECK(f.order(1).outbox[0].withdrawn);
    valid(f.a());
    REQUIRE(f.store.redo(f.ctx).ok);
    REQUIRE(f.order(1).fittings.size() == 1);
    REQUIRE(f.order(1).outbox.size() == 2);
    CHECK(f.order(1).outbox[0].withdrawn);
    CHECK(live(f.order(1)).size() == 1);
    CHECK(f.order(1).outbox[1].id != f.order(1).outbox[0].id);
    // Undoing a cancel: the withdrawn one stays withdrawn; another is written.
    f.ok(R"({"type":"order.fitting_cancel","order":1,"fitting":0,"reason":"moved to a call"})");
    CHECK(live(f.order(1)).empty());
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(live(f.order(1)).size() == 1);
    CHECK(f.order(1).outbox.size() == 3);
    CHECK(withdrawn(f.order(1)) == 2);
    valid(f.a());
}

TEST_CASE("an undone stage's message is withdrawn, and the redo writes it again under a new id") {
    Fixture f;
    f.ok(R"({"type":"client.update","client":1,"channel":"email"})");
    f.to_finishing();
    f.ok(R"({"type":"order.advance","order":1})");
    REQUIRE(f.order(1).outbox.size() == 1);
    const Message first = f.order(1).outbox[0];
    REQUIRE(f.store.undo(f.ctx).ok);
    REQUIRE(f.order(1).outbox.size() == 1);
    CHECK(f.order(1).outbox[0].withdrawn);
    CHECK(mail_to_withdraw(f.a(), DateTime{}) == std::vector<std::string>{first.id});
    REQUIRE(f.store.redo(f.ctx).ok);
    REQUIRE(f.order(1).outbox.size() == 2);
    CHECK(f.order(1).outbox[0].withdrawn);
    const Message& again = f.order(1).outbox[1];
    CHECK_FALSE(again.withdrawn);
    CHECK(again.text == first.text);
    CHECK(again.to == first.to);
    CHECK(again.id != first.id);
    CHECK(message_id_shape(again.id));
    valid(f.a());
}

TEST_CASE("a zone's offset follows its daylight-saving rule") {
    const TimeZoneInfo& paris = *time_zone("Europe/Paris");
    CHECK(utc_offset_at(paris, at("2026-03-29T01:59")) == 60);
    CHECK(utc_offset_at(paris, at("2026-03-29T03:00")) == 120);
    CHECK(utc_offset_at(paris, at("2026-10-25T01:59")) == 120);
    CHECK(utc_offset_at(paris, at("2026-10-25T03:00")) == 60);
    CHECK(utc_offset_at(paris, at("2026-12-07T18:00")) == 60);
    const TimeZoneInfo& london = *time_zone("Europe/London");
    CHECK(utc_offset_at(london, at("2026-07-01T12:00")) == 60);
    CHECK(utc_offset_at(london, at("2026-03-29T00:59")) == 0);
    const TimeZoneInfo& ny = *time_zone("America/New_York");
    CHECK(utc_offset_at(ny, at("2026-03-08T01:59")) == -300);
    CHECK(utc_offset_at(ny, at("2026-03-08T03:00")) == -240);
    CHECK(utc_offset_at(ny, at("2026-11-01T01:30")) == -240);
    CHECK(utc_offset_at(ny, at("2026-11-01T02:00")) == -300);
    const TimeZoneInfo& sydney = *time_zone("Australia/Sydney");
    CHECK(utc_offset_at(sydney, at("2026-01-15T12:00")) == 660);
    CHECK(utc_offset_at(sydney, at("2026-04-05T02:59")) == 660);
    CHECK(utc_offset_at(sydney, at("2026-04-05T03:00")) == 600);
    CHECK(utc_offset_at(sydney, at("2026-10-04T02:00")) == 660);
    const TimeZoneInfo& auckland = *time_zone("Pacific/Auckland");
    CHECK(utc_offset_at(auckland, at("2026-09-27T01:59")) == 720);
    CHECK(utc_offset_at(auckland, at("2026-09-27T02:00")) == 780);
    CHECK(utc_offset_at(*time_zone("Asia/Tokyo"), at("2026-07-01T12:00")) == 540);
}

TEST_CASE("through sync: the server gets a reminder with its time in UTC, and is told when it is withdrawn") {
    Fixture f;
    f.ok(R"({"type":"client.update","client":1,"channel":"email"})");
    f.ok(R"({"type":"atelier.update","reminder_time":"18:00","time_zone":"Europe/Paris"})");
    LogServer server;
    server.mail = true;
    const SyncSettings settings{"http://studio:8080", "tok", "Front desk"};
    SyncDevice laptop{"laptop", "ana", f.a()}, tablet{"tablet", "sofia", Atelier{}};
    tablet.store.reset(Atelier{});
    laptop.upload(server, settings);
    tablet.join(server, settings);
    tablet.sync.set_wall_clock(at("2026-03-02T10:00"), 60);  // the shell's, each frame
    // Booked on the tablet: due 4 March 18:00 in Paris, 17:00 UTC.
    REQUIRE(tablet.run(R"({"type":"order.fitting","order":1,"at":"2026-03-05T15:00","kind":"first"})").ok);
    tablet.pump(server);
    REQUIRE(server.mail_queue().size() == 1);
    const std::string first = server.mail_queue()[0]["id"];
    CHECK(server.mail_queue()[0]["send_after"] == "2026-03-04T17:00");
    // In summer Paris is UTC+2: the same hour is 16:00 UTC.
    REQUIRE(tablet.run(R"({"type":"order.fitting_reschedule","order":1,"fitting":0,"at":"2026-07-02T11:00"})").ok);
    tablet.pump(server);
    laptop.pump(server);
    REQUIRE(server.mail_queue().size() == 2);
    CHECK(server.mail_queue()[1]["send_after"] == "2026-07-01T16:00");
    CHECK(server.mail_withdrawn() == std::vector<std::string>{first});
    // Both devices hold the same atelier; the laptop (which did not withdraw it) tells nothing again.
    CHECK(state_hash(tablet.store.state()) == state_hash(laptop.store.state()));
    laptop.pump(server);
    CHECK(server.mail_withdrawn().size() == 1);
    // Without a time zone, the device's own offset says where UTC is.
    REQUIRE(tablet.run(R"({"type":"atelier.update","time_zone":""})").ok);
    REQUIRE(tablet.run(R"({"type":"order.fitting","order":1,"at":"2026-03-09T15:00","kind":"second"})").ok);
    tablet.pump(server);
    REQUIRE(server.mail_queue().size() == 3);
    CHECK(server.mail_queue()[2]["send_after"] == "2026-03-08T17:00");
}

TEST_CASE("a Retry that does not reach the server is asked again") {
    Fixture f;
    f.ok(R"({"type":"client.update","client":1,"channel":"email"})");
    f.to_finishing();
    LogServer server;
    server.mail = true;
    SyncDevice laptop{"laptop", "ana", f.a()};
    laptop.upload(server, SyncSettings{"http://studio:8080", "tok", "Desk"});
    REQUIRE(laptop.run(R"({"type":"order.advance","order":1})").ok);
    laptop.pump(server);
    REQUIRE(server.mail_queue().size() == 1);
    const std::string id = server.mail_queue()[0]["id"];
    laptop.sync.retry_mail(id);
    laptop.online = false;
    laptop.pump(server, 2);
    CHECK(server.mail_retried().empty());
    laptop.online = true;
    laptop.now += 120;  // past the backoff
    laptop.pump(server);
    CHECK(server.mail_retried() == std::vector<std::string>{id});
}

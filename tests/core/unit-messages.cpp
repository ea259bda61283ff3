// Messages to the client (issue 17): templates and their placeholders (an unknown one refused by
// name), the channel a message goes by, fitting reminders written once, a message marked sent by
// whom and how (found again when another device's message moved it), and the links a person opens.
#include <doctest/doctest.h>

#include "core/i18n/local_format.hpp"
#include "core/i18n/said_text.hpp"
#include "core/rules/messages.hpp"
#include "core/validate/validate.hpp"
#include "tests/core/fixture.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("placeholders: each one filled, an unknown one named, a lone brace is text") {
    CHECK(message_placeholders() == std::vector<std::string>{"client", "order", "garment", "stage", "date", "time", "balance", "atelier"});
    CHECK_FALSE(unknown_placeholder("Dear {client}, {order} {garment} {stage} {date} {time} {balance} {atelier}"));
    CHECK(unknown_placeholder("Dear {name}, {fitting}") == "name");
    CHECK(unknown_placeholder("{}") == "");
    CHECK_FALSE(unknown_placeholder("a { lone brace"));
    CHECK(english(*template_problem("Hi {nmae}")).find("unknown placeholder {nmae}") == 0);
    CHECK(!template_problem("Hi {client}\nSee you"));
    CHECK(template_problem("tab\there"));
    CHECK(template_problem(std::string(kMaxTemplateBytes + 1, 'x')));
    CHECK(english(*template_problem("\xff")) == "is not valid UTF-8");

    Fixture f;
    f.ok(R"({"type":"order.update","order":1,"garment":"Aurore gown"})");
    f.ok(R"({"type":"order.pay","order":1,"amount":100000,"method":"card"})");
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-10T14:30","kind":"first"})");
    const Atelier& a = f.a();
    const Order& o = f.order(1);
    const Stage* finishing = &a.pipeline("bridal")->stages.back();
    const std::string all = "{client}|{order}|{garment}|{stage}|{date}|{time}|{balance}|{atelier}|{other}";
    CHECK(fill_template(all, a, o, MessageAbout{at("2026-03-01T09:00"), finishing, nullptr}) ==
          "Léa Dubois|1-BFG|Aurore gown|Finishing|Tuesday 10 March 2026|14:30|€2,000.00|Maison Test|{other}");
    // After the fitting: no next fitting, so {date} is the deadline and {time} is empty.
    CHECK(fill_template("{date}|{time}", a, o, MessageAbout{at("2026-03-11T09:00"), nullptr, nullptr}) == "Friday 1 May 2026|");
    CHECK(local_weekday_date(day("2026-12-05"), Locale{}) == "Saturday 5 December 2026");
    CHECK(local_weekday_date(day("1970-01-01"), Locale{}) == "Thursday 1 January 1970");
}

TEST_CASE("saving a template with an unknown placeholder is refused with its name; nothing changes") {
    Fixture f;
    const std::string before = content_snapshot(f.a());
    Result r = f.run(R"({"type":"pipeline.put","pipeline":{"id":"x","name":"X","stages":[{"id":"a","name":"A","notify":"email","message":"Dear {clinet}"}]}})");
    CHECK_FALSE(r.ok);
    CHECK(r.error.path == "/pipeline/stages/0/message");
    CHECK(r.error.message.find("{clinet}") != std::string::npos);
    r = f.run(R"({"type":"atelier.update","reminder_message":"See you {when}"})");
    CHECK(r.error.path == "/reminder_message");
    CHECK(r.error.message.find("{when}") != std::string::npos);
    CHECK(content_snapshot(f.a()) == before);
    f.ok(R"({"type":"atelier.update","reminder_message":"{client}, see you {date} at {time}."})");
    CHECK(f.a().profile.reminder_message == "{client}, see you {date} at {time}.");
}

TEST_CASE("a stage's message goes by the client's preferred channel when they have its address") {
    Fixture f;
    f.ok(R"({"type":"client.update","client":1,"phone":"+33612345678","channel":"whatsapp","language":"fr"})");
    CHECK(f.client(1).channel == Channel::whatsapp);
    CHECK(f.client(1).language == "fr");
    f.to_finishing();
    f.ok(R"({"type":"order.advance","order":1})");
    REQUIRE(f.order(1).outbox.size() == 1);
    const Message& m = f.order(1).outbox[0];
    CHECK(m.channel == Channel::whatsapp);  // the stage says email; the client prefers WhatsApp
    CHECK(m.to == "+33612345678");
    CHECK(m.stage == "finishing");
    CHECK_FALSE(m.sent_at);
    // A preference without its address falls back to the stage's channel.
    Client c;
    c.phone = "";
    c.email = "x@example.com";
    c.channel = Channel::sms;
    CHECK(message_channel(&c, Channel::whatsapp) == Channel::email);
    CHECK(message_channel(&c, Channel::email) == Channel::email);
    c.email = "";
    CHECK(message_channel(&c, Channel::email) == Channel::none);
    CHECK(f.run(R"({"type":"client.update","client":1,"language":"french!"})").error.path == "/language");
    CHECK(valid_language("en-GB"));
    CHECK(valid_language("zh-Hant-TW"));
    CHECK_FALSE(valid_language("e"));
    CHECK_FALSE(valid_language("fr_FR"));
    CHECK_FALSE(valid_language("12"));
}

TEST_CASE("fitting reminders: due the day before, written once, not for a fitting done or cancelled") {
    Fixture f;
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-10T14:30","kind":"first"})");
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-10T17:00","kind":"second"})");
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-11T10:00","kind":"final"})");
    f.ok(R"({"type":"order.fitting_cancel","order":1,"fitting":1,"reason":"moved"})");
    CHECK(reminders_due(f.a(), day("2026-03-08")).empty());
    auto due = reminders_due(f.a(), day("2026-03-09"));
    REQUIRE(due.size() == 1);  // the cancelled one is not reminded
    CHECK(due[0].order == 1);
    CHECK(due[0].fitting == 0);
    f.ok(R"({"type":"order.fitting_remind","order":1,"fitting":0})");
    const Message& m = f.order(1).outbox.back();
    CHECK(m.fitting == at("2026-03-10T14:30"));
    CHECK(m.channel == Channel::whatsapp);  // no preference: the phone first
    CHECK(m.text.find("Tuesday 10 March 2026 at 14:30") != std::string::npos);
    CHECK(reminders_due(f.a(), day("2026-03-09")).empty());
    CHECK(f.refusal(R"({"type":"order.fitting_remind","order":1,"fitting":0})").find("already in the outbox") != std::string::npos);
    CHECK(f.run(R"({"type":"order.fitting_remind","order":1,"fitting":1})").error.message == "that fitting is cancelled");
    CHECK(f.run(R"({"type":"order.fitting_remind","order":1,"fitting":7})").error.path == "/fitting");
    // The atelier's own template, and a client with no way to reach them.
    f.ok(R"({"type":"atelier.update","reminder_message":"{client}: {date}, {time}."})");
    f.ok(R"({"type":"order.fitting_remind","order":1,"fitting":2})");
    CHECK(f.order(1).outbox.back().text == "Léa Dubois: Wednesday 11 March 2026, 10:00.");
    f.ok(R"({"type":"client.create","name":"No Contact"})");
    f.ok(R"({"type":"order.create","client":2,"pipeline":"bridal","deadline":"2026-05-01"})");
    f.ok(R"({"type":"order.fitting","order":2,"at":"2026-03-10T09:00","kind":"first"})");
    CHECK(f.refusal(R"({"type":"order.fitting_remind","order":2,"fitting":0})").find("no phone or email") != std::string::npos);
}

TEST_CASE("marking a message sent records who, when and how; once; found again when it moved") {
    Fixture f;
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-10T14:30","kind":"first"})");
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-12T14:30","kind":"second"})");
    f.ok(R"({"type":"order.fitting_remind","order":1,"fitting":0})");
    f.ctx.now = at("2026-03-01T10:00");
    f.ok(R"({"type":"order.fitting_remind","order":1,"fitting":1})");
    CHECK(unsent_messages(f.a()).size() == 2);
    f.ctx.who = "marie";
    f.ctx.now = at("2026-03-01T11:00");
    // Written as message 0 seen at 10:00: the message of 10:00 is marked (message 1), not message 0.
    f.ok(R"({"type":"order.message_sent","order":1,"message":0,"at":"2026-03-01T10:00","via":"sms"})");
    const auto& box = f.order(1).outbox;
    CHECK_FALSE(box[0].sent_at);
    CHECK(box[1].sent_at == at("2026-03-01T11:00"));
    CHECK(box[1].sent_by == "marie");
    CHECK(box[1].sent_via == SentVia::sms);
    CHECK(unsent_messages(f.a()).size() == 1);
    CHECK(f.refusal(R"({"type":"order.message_sent","order":1,"message":1,"at":"2026-03-01T10:00","via":"copy"})")
              .find("already marked sent by marie") != std::string::npos);
    CHECK(f.run(R"({"type":"order.message_sent","order":1,"message":0,"at":"2025-01-01T00:00","via":"copy"})").error.path == "/message");
    Problems bad;
    CHECK_FALSE(command_from_json(nlohmann::json::parse(R"({"type":"order.message_sent","order":1,"message":0,"at":"2026-03-01T09:00","via":"pigeon"})"), bad));
    REQUIRE_FALSE(bad.empty());
    CHECK(bad.front().path == "/via");
    Problems problems;
    validate_atelier(f.a(), problems);
    CHECK(problems.empty());
    // Undo takes the mark away, redo puts it back.
    f.store.undo(f.ctx);
    CHECK_FALSE(f.order(1).outbox[1].sent_at);
    f.store.redo(f.ctx);
    CHECK(f.order(1).outbox[1].sent_by == "marie");
}

TEST_CASE("links: wa.me with the text, sms: and mailto: with subject and body, percent-encoded") {
    CHECK(percent_encode("a b&c=d/é\n") == "a%20b%26c%3Dd%2F%C3%A9%0A");
    CHECK(international_digits("+33 6 12 34 56 78", "") == "33612345678");
    CHECK(international_digits("06 12 34 56 78", "FR") == "33612345678");
    CHECK(international_digits("0033612345678", "") == "33612345678");
    CHECK(international_digits("06 1234 5678", "IT") == "390612345678");  // Italy keeps its 0
    CHECK_FALSE(international_digits("06 12 34 56 78", ""));  // national, country unknown
    CHECK_FALSE(international_digits("call me", "FR"));
    CHECK(whatsapp_link("+33612345678", "", "Bonjour Léa, c'est prêt") ==
          "https://wa.me/33612345678?text=Bonjour%20L%C3%A9a%2C%20c%27est%20pr%C3%AAt");
    CHECK(sms_link("+447700900123", "", "Hi\nthere") == "sms:+447700900123?body=Hi%0D%0Athere");
    CHECK(email_link("lea@example.com", "Maison: order 1-BFG", "Line 1\nLine 2 & more") ==
          "mailto:lea@example.com?subject=Maison%3A%20order%201-BFG&body=Line%201%0D%0ALine%202%20%26%20more");
    CHECK_FALSE(email_link("not an address", "s", "b"));
    CHECK_FALSE(whatsapp_link("", "FR", "x"));
    Fixture f;
    CHECK(message_subject(f.a().profile, f.order(1), Locale{}) == "Maison Test: order 1-BFG");
}

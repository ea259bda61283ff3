// Messages and documents in the client's language (issue 20): a client's own language when the app
// speaks it, else the atelier's (atelier.update language); the atelier's texts written again per
// language (a stage's message, the reminder); dates, times and money in that language's way.
#include <doctest/doctest.h>

#include "core/documents/documents.hpp"
#include "core/i18n/catalogue.hpp"
#include "core/i18n/local_format.hpp"
#include "core/rules/messages.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/validate/validate.hpp"
#include "tests/core/fixture.hpp"

using namespace atelier;
using atelier::test::at;
using atelier::test::content_snapshot;
using atelier::test::day;
using atelier::test::Fixture;

namespace {
std::string says(Language l, Msg m) { return std::string(text(l, m)); }
bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// The bridal pipeline of the fixture with its finishing message written in French and German too.
const char* kTranslatedPipeline = R"({"type":"pipeline.put","pipeline":{"id":"bridal","name":"Bridal","stages":[
    {"id":"design","name":"Design"},
    {"id":"cutting","name":"Cutting","team":"Cutting","freezes":true,"photo":true},
    {"id":"fitting","name":"Fitting","qc":true},
    {"id":"embroidery","name":"Embroidery","optional":true},
    {"id":"finishing","name":"Finishing","notify":"email","message":"Dear {client}, {order} is ready: {balance} by {date}.",
     "translations":[{"language":"fr","text":"Chère {client}, {order} est prête : {balance} d'ici le {date}."},
                     {"language":"de","text":"Liebe {client}, {order} ist fertig: {balance} bis {date}."}]}]}})";
}  // namespace

TEST_CASE("the locale a client is written to: theirs when spoken, else the atelier's, else English") {
    Profile p;
    Client c;
    CHECK(client_locale(p, &c) == Locale{});
    CHECK(client_locale(p, nullptr) == Locale{});
    p.language = "de-AT";
    CHECK(client_locale(p, &c).language == Language::de);
    CHECK(client_locale(p, &c).region == "AT");
    c.language = "fr-CA";
    CHECK(client_locale(p, &c).language == Language::fr);
    CHECK(client_locale(p, &c).region == "CA");
    c.language = "pt-BR";  // not spoken by the app: the atelier's
    CHECK(client_locale(p, &c).language == Language::de);
    c.language = "qps";  // the test language is never a client's
    CHECK(client_locale(p, &c).language == Language::de);
    p.language = "qps";
    CHECK(client_locale(p, &c) == Locale{});
    c.language = "en-US";
    CHECK(client_locale(p, &c).month_first);
}

TEST_CASE("a stage's message goes out in the client's language: their text, dates and money") {
    Fixture f;
    f.ok(kTranslatedPipeline);
    f.ok(R"({"type":"client.update","client":1,"language":"fr"})");
    f.to_finishing();
    f.ok(R"({"type":"order.advance","order":1})");
    REQUIRE(f.order(1).outbox.size() == 1);
    const Locale fr = locale_for("fr");
    const std::string want = "Chère Léa Dubois, 1-BFG est prête : " + local_money(Money{300000}, "EUR", fr) + " d'ici le " +
                             local_weekday_date(day("2026-05-01"), fr) + ".";
    CHECK(f.order(1).outbox[0].text == want);
    CHECK(has(want, "3\u202F000,00\u00A0€"));
    CHECK(has(want, "vendredi 1 mai 2026"));

    // A client with no language of their own gets the atelier's: German here, its German text.
    Fixture g;
    g.ok(kTranslatedPipeline);
    g.ok(R"({"type":"atelier.update","language":"de"})");
    g.to_finishing();
    g.ok(R"({"type":"order.advance","order":1})");
    CHECK(g.order(1).outbox[0].text == "Liebe Léa Dubois, 1-BFG ist fertig: 3.000,00\u00A0€ bis Freitag, 1. Mai 2026.");

    // Italian written nowhere: the atelier's own text, with Italian dates and money.
    Fixture h;
    h.ok(kTranslatedPipeline);
    h.ok(R"({"type":"client.update","client":1,"language":"it"})");
    h.to_finishing();
    h.ok(R"({"type":"order.advance","order":1})");
    const Locale it = locale_for("it");
    CHECK(h.order(1).outbox[0].text == "Dear Léa Dubois, 1-BFG is ready: " + local_money(Money{300000}, "EUR", it) + " by " +
                                           local_weekday_date(day("2026-05-01"), it) + ".");

    // An English client of a French atelier gets the main text (no English one written), in English ways.
    Fixture e;
    e.ok(kTranslatedPipeline);
    e.ok(R"({"type":"atelier.update","language":"fr"})");
    e.ok(R"({"type":"client.update","client":1,"language":"en-GB"})");
    e.to_finishing();
    e.ok(R"({"type":"order.advance","order":1})");
    CHECK(e.order(1).outbox[0].text == "Dear Léa Dubois, 1-BFG is ready: €3,000.00 by Friday 1 May 2026.");
}

TEST_CASE("the fitting reminder: the default in the client's language, or the atelier's text in it") {
    Fixture f;
    f.ok(R"({"type":"client.update","client":1,"language":"de"})");
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-10T14:30","kind":"first"})");
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-11T10:00","kind":"final"})");
    f.ok(R"({"type":"order.fitting_remind","order":1,"fitting":0})");
    const Locale de = locale_for("de");
    const std::string text = f.order(1).outbox.back().text;
    CHECK(text == fill(says(Language::de, Msg::reminder_default),
                       {{"client", "Léa Dubois"}, {"atelier", "Maison Test"}, {"date", local_weekday_date(day("2026-03-10"), de)},
                        {"time", "14:30"}, {"garment", "Aurore"}, {"order", "1-BFG"}}));
    CHECK(text != fill(says(Language::en, Msg::reminder_default), {}));
    CHECK(has(text, "Dienstag, 10. März 2026"));
    // The atelier's own reminder with a German version: the German one.
    f.ok(R"({"type":"atelier.update","reminder_message":"{client}: {date}, {time}.","reminder_translations":[{"language":"de","text":"{client}: am {date} um {time}."}]})");
    f.ok(R"({"type":"order.fitting_remind","order":1,"fitting":1})");
    CHECK(f.order(1).outbox.back().text == "Léa Dubois: am Mittwoch, 11. März 2026 um 10:00.");
    // An American client: month first, a 12-hour clock.
    f.ok(R"({"type":"client.update","client":1,"language":"en-US"})");
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-12T15:05","kind":"extra"})");
    f.ok(R"({"type":"order.fitting_remind","order":1,"fitting":2})");
    CHECK(f.order(1).outbox.back().text == "Léa Dubois: Thursday, March 12, 2026, 3:05 PM.");
}

TEST_CASE("the email's subject and the editors' preview in the client's language") {
    Fixture f;
    const Locale fr = locale_for("fr");
    CHECK(message_subject(f.a().profile, f.order(1), fr) ==
          fill(says(Language::fr, Msg::subject_with_atelier), {{"atelier", "Maison Test"}, {"order", "1-BFG"}}));
    Profile unnamed = f.a().profile;
    unnamed.settings.name.clear();
    CHECK(message_subject(unnamed, f.order(1), fr) == fill(says(Language::fr, Msg::subject_plain), {{"order", "1-BFG"}}));
    const std::string preview = preview_message("{balance} {date}", f.a().profile, nullptr, day("2026-03-01"), "it");
    const Locale it = locale_for("it");
    CHECK(preview == local_money(Money{80000}, "EUR", it) + " " + local_weekday_date(day("2026-03-08"), it));
}

TEST_CASE("invoice, receipt and quote in the client's language; the job card in the printer's") {
    Fixture f;
    f.ok(R"({"type":"client.update","client":1,"language":"fr"})");
    f.ok(R"({"type":"atelier.update","tax_rate_bp":550})");
    f.ok(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01","garment":"Robe","price":120000})");
    f.ok(R"({"type":"order.pay","order":2,"amount":20000,"method":"carte"})");
    f.ok(R"({"type":"order.confirm","order":2})");
    const Locale fr = locale_for("fr");
    const std::string quote = quote_html(f.a(), f.order(2), Paper::a4, day("2026-03-10"));
    CHECK(has(quote, "<html lang=\"fr\">"));
    CHECK(has(quote, html_escape(fill(says(Language::fr, Msg::doc_quote_title), {{"order", "2-BFG"}}))));
    CHECK(has(quote, html_escape(fill(says(Language::fr, Msg::doc_valid_until), {{"date", local_weekday_date(day("2026-04-09"), fr)}}))));
    CHECK(has(quote, local_money(Money{120000}, "EUR", fr)));
    CHECK(has(quote, html_escape(fill(says(Language::fr, Msg::doc_tax_included), {{"rate", "5,5\u202F%"}}))));
    for (const char* english : {"Quote", "Valid until", "Already paid", "Left to pay", "Terms", "signature", "Tuesday", "EUR"})
        CHECK_MESSAGE(!has(quote, english), english);
    const std::string receipt = receipt_html(f.a(), f.order(2), 0, Paper::a4);
    CHECK(has(receipt, html_escape(fill(says(Language::fr, Msg::doc_received_by), {{"method", "carte"}, {"garment", "Robe"}}))));
    CHECK(has(receipt, html_escape(says(Language::fr, Msg::doc_balance_still_due))));
    CHECK(has(receipt, local_money(Money{100000}, "EUR", fr)));
    CHECK_FALSE(has(receipt, "Balance"));

    // The workroom prints in its own language, whoever the client is; measurements in the atelier's unit.
    const Locale de = locale_for("de");
    f.ok(R"({"type":"atelier.update","measure_unit":"in"})");
    const std::string card = job_card_html(f.a(), f.order(1), Paper::a4, "", de);
    CHECK(has(card, "<html lang=\"de\">"));
    CHECK(has(card, "Freitag, 1. Mai 2026"));
    CHECK(has(card, html_escape(says(Language::de, Msg::doc_measurements))));
    CHECK(has(card, "34.6457in"));  // 88 cm
    CHECK_FALSE(has(card, "Measurements"));
    CHECK_FALSE(has(card, "Deadline"));
    // An English client of an atelier writing German: German documents.
    Fixture g;
    g.ok(R"({"type":"atelier.update","language":"de"})");
    g.ok(R"({"type":"order.confirm","order":1})");
    CHECK(has(quote_html(g.a(), g.order(1), Paper::a4, day("2026-03-10")), "<html lang=\"de\">"));
    g.ok(R"({"type":"client.update","client":1,"language":"en"})");
    CHECK(has(quote_html(g.a(), g.order(1), Paper::a4, day("2026-03-10")), "<html lang=\"en\">"));
}

TEST_CASE("the atelier's language and the texts in other languages are checked; a refusal changes nothing") {
    Fixture f;
    const std::string before = content_snapshot(f.a());
    CHECK(write_snapshot(f.a()).find("\"language\"") == std::string::npos);  // the default is not written
    CHECK(f.refusal(R"({"type":"atelier.update","language":"french"})").rfind("/language: ", 0) == 0);
    CHECK(f.refusal(R"({"type":"atelier.update","reminder_translations":[{"language":"pt","text":"Olá {client}"}]})") ==
          "/reminder_translations/0: \"pt\" is not a language the app speaks (en, fr, it, es, de)");
    CHECK(f.refusal(R"({"type":"atelier.update","reminder_translations":[{"language":"fr-CA","text":"Bonjour"}]})").rfind("/reminder_translations/0: ", 0) == 0);
    CHECK(f.refusal(R"({"type":"atelier.update","reminder_translations":[{"language":"fr","text":"a"},{"language":"fr","text":"b"}]})") ==
          "/reminder_translations/1: the text in \"fr\" is given twice");
    CHECK(f.refusal(R"({"type":"atelier.update","reminder_translations":[{"language":"de","text":"  "}]})").find("is empty") != std::string::npos);
    CHECK(f.refusal(R"({"type":"atelier.update","reminder_translations":[{"language":"de","text":"Hallo {kunde}"}]})").find("unknown placeholder {kunde}") !=
          std::string::npos);
    CHECK(f.refusal(R"({"type":"pipeline.put","pipeline":{"id":"x","name":"X","stages":[{"id":"a","name":"A","notify":"email","message":"Hi {client}","translations":[{"language":"it","text":"Ciao {cliente}"}]}]}})")
              .rfind("/pipeline/stages/0/translations/0: unknown placeholder {cliente}", 0) == 0);
    CHECK(content_snapshot(f.a()) == before);

    // Accepted ones are kept in the snapshot and read back the same; the loader checks them too.
    f.ok(kTranslatedPipeline);
    f.ok(R"({"type":"atelier.update","language":"it","reminder_translations":[{"language":"fr","text":"Bonjour {client}"}]})");
    const std::string snap = write_snapshot(f.a());
    Atelier back;
    Problems problems;
    REQUIRE(read_snapshot(snap, back, problems));
    CHECK(write_snapshot(back) == snap);
    CHECK(back.profile.language == "it");
    std::string bad = snap;
    const std::string from = "\"language\":\"fr\",\"text\":\"Bonjour {client}\"";
    REQUIRE(bad.find(from) != std::string::npos);
    bad.replace(bad.find(from), from.size(), "\"language\":\"xx\",\"text\":\"Bonjour {client}\"");
    Atelier refused;
    Problems why;
    CHECK_FALSE(read_snapshot(bad, refused, why));
    REQUIRE_FALSE(why.empty());
    CHECK(why[0].path == "/atelier/reminder_translations/0");
}

TEST_CASE("a language is checked by one rule for the atelier and a client, and a hostile one is quoted short") {
    Fixture f;
    const std::string before = content_snapshot(f.a());
    const std::string hostile(3000, 'x');
    for (const std::string& command :
         {R"({"type":"atelier.update","language":")" + hostile + "\"}", R"({"type":"client.update","client":1,"language":")" + hostile + "\"}",
          R"({"type":"atelier.update","reminder_translations":[{"language":")" + hostile + R"(","text":"Hi"}]})"}) {
        const std::string why = f.refusal(command.c_str());
        CAPTURE(why.substr(0, 200));
        CHECK(why.find("language") != std::string::npos);
        CHECK(why.size() < 200);
    }
    // The same words for either, from the command and from the loader.
    CHECK(f.refusal(R"({"type":"atelier.update","language":"french"})") ==
          "/language: \"french\" is not a language tag (as \"fr\" or \"en-GB\"; \"\" for the atelier's)");
    CHECK(f.refusal(R"({"type":"client.update","client":1,"language":"french"})") ==
          "/language: \"french\" is not a language tag (as \"fr\" or \"en-GB\"; \"\" for the atelier's)");
    CHECK(content_snapshot(f.a()) == before);

    f.ok(R"({"type":"atelier.update","language":"de-AT"})");
    std::string snap = write_snapshot(f.a());
    const std::string from = "\"language\":\"de-AT\"";
    REQUIRE(snap.find(from) != std::string::npos);
    snap.replace(snap.find(from), from.size(), "\"language\":\"" + hostile + "\"");
    Atelier refused;
    Problems why;
    CHECK_FALSE(read_snapshot(snap, refused, why));
    REQUIRE_FALSE(why.empty());
    CHECK(why[0].path == "/atelier/language");
    CHECK(why[0].message.size() < 200);
}

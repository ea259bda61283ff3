// The catalogue (core/i18n): every language has every message, with the same placeholders and
// both plural forms; plural rules, placeholders, locale tags and the local formats of numbers,
// money, dates and times.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/commands/command.hpp"
#include "core/i18n/catalogue.hpp"
#include "core/i18n/local_format.hpp"
#include "core/i18n/names.hpp"
#include "core/json/fields.hpp"
#include "core/model/order.hpp"
#include "core/queries/index.hpp"
#include "core/queries/filter.hpp"
#include "core/queries/query.hpp"
#include "core/queries/table_columns.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/text.hpp"
#include "tests/core/fixture.hpp"

using namespace atelier;
using atelier::test::day;
using atelier::test::Fixture;

namespace {

Msg msg_at(size_t i) { return static_cast<Msg>(i); }

// The texts of `l` as its table gives them (not falling back to English).
bool has_key(Language l, Msg m, const Translation** out) {
    for (const Translation& t : translations(l))
        if (t.key == m) {
            *out = &t;
            return true;
        }
    return false;
}

}  // namespace

TEST_CASE("every language translates every message once, with the English placeholders and plural forms") {
    for (const Language l : kUserLanguages) {
        if (l == Language::en) continue;
        CAPTURE(language_code(l));
        std::set<size_t> seen;
        for (const Translation& t : translations(l)) {
            const size_t i = static_cast<size_t>(t.key);
            CHECK_MESSAGE(seen.insert(i).second, "twice: " << msg_key(t.key));
        }
        for (size_t i = 0; i < kMsgCount; ++i) {
            const Msg m = msg_at(i);
            CAPTURE(msg_key(m));
            const Translation* t = nullptr;
            REQUIRE_MESSAGE(has_key(l, m, &t), "missing: " << msg_key(m));
            const Translation en = english(m);
            CHECK(t->one != nullptr);
            CHECK(is_valid_utf8(t->one));
            CHECK(std::string(trim(t->one)).size() > 0);
            CHECK(placeholders(t->one) == placeholders(en.one));
            // A plural message has both forms in every language; a plain one has none.
            CHECK((t->other != nullptr) == msg_is_plural(m));
            if (t->other) {
                CHECK(placeholders(t->other) == placeholders(en.other));
                CHECK(is_valid_utf8(t->other));
            }
        }
    }
}

TEST_CASE("the English source names each key once and its plural messages count with {n}") {
    std::set<std::string_view> keys;
    for (size_t i = 0; i < kMsgCount; ++i) {
        const Msg m = msg_at(i);
        CHECK(keys.insert(msg_key(m)).second);
        if (msg_is_plural(m)) {
            CHECK(placeholders(english(m).one).find('n') != std::string::npos);
            CHECK(placeholders(english(m).one) == placeholders(english(m).other));
        }
    }
    CHECK(keys.size() == kMsgCount);
}

TEST_CASE("plural forms follow each language's rule") {
    CHECK(text(Language::en, Msg::board_orders, 1) == "{n} order");
    CHECK(text(Language::en, Msg::board_orders, 0) == "{n} orders");
    CHECK(text(Language::en, Msg::board_orders, 2) == "{n} orders");
    // French counts zero as one: "0 commande".
    CHECK(text(Language::fr, Msg::board_orders, 0) == "{n} commande");
    CHECK(text(Language::fr, Msg::board_orders, 1) == "{n} commande");
    CHECK(text(Language::fr, Msg::board_orders, 2) == "{n} commandes");
    CHECK(text(Language::de, Msg::board_orders, 0) == "{n} Aufträge");
    CHECK(text(Language::it, Msg::board_orders, 1) == "{n} ordine");
    CHECK(text(Language::es, Msg::board_orders, 21) == "{n} pedidos");
}

TEST_CASE("placeholders are filled by name, in any order, and a value is never read as a pattern") {
    CHECK(fill("{order} not started: {reason}", {{"reason", "no stage"}, {"order", "12-ATL"}}) == "12-ATL not started: no stage");
    CHECK(fill("{a}{a}", {{"a", "x"}}) == "xx");
    CHECK(fill("left {unknown} as is", {{"a", "x"}}) == "left {unknown} as is");
    CHECK(fill("{name}", {{"name", "{name}"}}) == "{name}");           // a client called "{name}" stays so
    CHECK(fill("unclosed {name", {{"name", "x"}}) == "unclosed {name");
    CHECK(placeholders("{b} and {a} and {b}") == "a,b");
}

TEST_CASE("the pseudo language keeps placeholders and replaces every ASCII letter") {
    for (size_t i = 0; i < kMsgCount; ++i) {
        const Msg m = msg_at(i);
        const std::string_view t = text(Language::pseudo, m, 2);
        CAPTURE(msg_key(m));
        CHECK(placeholders(t) == placeholders(english(m).other ? english(m).other : english(m).one));
        // Outside the braces no ASCII letter is left.
        int depth = 0;
        bool letter = false;
        for (char c : t) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            letter |= depth == 0 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
        }
        CHECK_FALSE(letter);
    }
    CHECK(text(Language::pseudo, Msg::nav_board) == "\xEF\xBC\xA2\xEF\xBD\x8F\xEF\xBD\x81\xEF\xBD\x92\xEF\xBD\x84");  // Ｂｏａｒｄ
}

TEST_CASE("a language tag gives the language, the region's calendar and clock") {
    CHECK(locale_for("fr-FR").language == Language::fr);
    CHECK(locale_for("fr-FR").region == "FR");
    CHECK(locale_for("de_at").region == "AT");
    CHECK(locale_for("zh-Hant-TW").language == Language::en);  // not offered: English
    CHECK(locale_for("").language == Language::en);
    CHECK(locale_for("it").region.empty());
    CHECK(locale_for("en-US").month_first);
    CHECK(locale_for("en-US").hour12);
    CHECK(locale_for("en-US").first_weekday == 6);
    CHECK(locale_for("es-MX").first_weekday == 6);
    CHECK(locale_for("en-GB").first_weekday == 0);
    CHECK_FALSE(locale_for("en-GB").month_first);
    CHECK(locale_tag(locale_for("de-CH")) == "de-CH");
    CHECK(locale_tag(locale_for("es")) == "es");
    CHECK(language_from_code("DE") == Language::de);
    CHECK_FALSE(language_from_code("pl").has_value());
}

TEST_CASE("numbers and money are written the locale's way") {
    const Locale en = locale_for("en-GB"), us = locale_for("en-US"), fr = locale_for("fr-FR"), de = locale_for("de-DE"),
                 it = locale_for("it-IT"), es = locale_for("es-ES");
    CHECK(local_integer(1234567, en) == "1,234,567");
    CHECK(local_integer(-1234, de) == "-1.234");
    CHECK(local_integer(999, fr) == "999");
    CHECK(local_integer(12345, fr) == "12\u202F345");
    CHECK(local_money(Money{123450}, "EUR", en) == "€1,234.50");
    CHECK(local_money(Money{-123450}, "GBP", en) == "-£1,234.50");
    CHECK(local_money(Money{5}, "USD", us) == "$0.05");
    CHECK(local_money(Money{123450}, "CHF", en) == "CHF 1,234.50");
    CHECK(local_money(Money{123450}, "EUR", fr) == "1\u202F234,50\u00A0€");
    CHECK(local_money(Money{123450}, "EUR", de) == "1.234,50\u00A0€");
    CHECK(local_money(Money{100000000000}, "EUR", it) == "1.000.000.000,00\u00A0€");  // the largest amount
    CHECK(local_money(Money{-5}, "CHF", es) == "-0,05\u00A0CHF");
    CHECK(local_amount(Money{0}, de) == "0,00");
    const Length bust{925000000, Unit::cm};  // 92.5 cm
    CHECK(local_length(bust, Unit::cm, en) == "92.5\u00A0cm");
    CHECK(local_length(bust, Unit::cm, fr) == "92,5\u00A0cm");
    CHECK(local_length(bust, Unit::in, de) == "36,4173\u00A0Zoll");  // rounded to four decimals
    CHECK(local_length(Length{914400000, Unit::in}, Unit::in, us) == "36\u00A0in");
    CHECK(local_length(bust, Unit::cm, locale_for("qps")).find("cm") == std::string::npos);  // the unit's word is the catalogue's
}

TEST_CASE("dates, weekdays and times are written the locale's way") {
    const Date d = date_from_civil(2026, 6, 12);
    CHECK(local_date(d, locale_for("en-GB")) == "12 Jun 2026");
    CHECK(local_date(d, locale_for("en-US")) == "Jun 12, 2026");
    CHECK(local_date(d, locale_for("fr")) == "12 juin 2026");
    CHECK(local_date(d, locale_for("it")) == "12 giu 2026");
    CHECK(local_date(d, locale_for("es")) == "12 jun 2026");
    CHECK(local_date(d, locale_for("de")) == "12. Juni 2026");
    CHECK(local_day_month(d, locale_for("de")) == "12. Juni");
    CHECK(local_date_long(d, locale_for("en-GB")) == "12 June 2026");
    CHECK(local_date_long(d, locale_for("en-US")) == "June 12, 2026");
    CHECK(local_date_long(d, locale_for("it")) == "12 giugno 2026");
    CHECK(local_day_month(d, locale_for("en-US")) == "Jun 12");
    CHECK(weekday_of(d) == 4);  // a Friday
    CHECK(weekday_name(weekday_of(d), locale_for("fr"), true) == "vendredi");
    CHECK(weekday_name(0, locale_for("de")) == "Mo.");
    CHECK(month_name(12, locale_for("es"), true) == "diciembre");
    CHECK(local_time(14 * 60 + 5, locale_for("fr")) == "14:05");
    CHECK(local_time(14 * 60 + 5, locale_for("en-US")) == "2:05 PM");
    CHECK(local_time(0, locale_for("en-US")) == "12:00 AM");
    CHECK(local_time(12 * 60, locale_for("en-US")) == "12:00 PM");
    // The week starts on Monday in Europe and on Sunday in the United States.
    CHECK(week_start(d, locale_for("fr")) == date_from_civil(2026, 6, 8));
    CHECK(week_start(d, locale_for("en-US")) == date_from_civil(2026, 6, 7));
    CHECK(week_start(date_from_civil(2026, 6, 7), locale_for("en-US")) == date_from_civil(2026, 6, 7));
    CHECK(weekday_of(date_from_civil(1969, 12, 31)) == 2);  // before 1970 too: a Wednesday
}

TEST_CASE("the English names of states and badges are the ones the CLI prints") {
    for (size_t i = 0; i < EnumNames<Status>::labels.size(); ++i) {
        const Status s = static_cast<Status>(i);
        CHECK(text(Language::en, status_msg(s)) == enum_label(s));
    }
    for (size_t i = 0; i < EnumNames<StageStatus>::labels.size(); ++i) {
        const StageStatus s = static_cast<StageStatus>(i);
        CHECK(text(Language::en, stage_status_msg(s)) == enum_label(s));
    }
    for (const Badge b : {Badge::overdue, Badge::at_risk, Badge::due_soon, Badge::conflict, Badge::rush, Badge::priority})
        CHECK(text(Language::en, badge_msg(b)) == badge_text(b).label);
    CHECK(text(Language::fr, progress_msg(Status::in_production, StageStatus::in_progress)) == "En cours");
    CHECK(text(Language::de, progress_msg(Status::confirmed, StageStatus::done)) == "Bestätigt");
}

TEST_CASE("the table's headers in English are the CSV's, and every filter and enum value has its words") {
    for (int c = 0; c < tcol::count; ++c) CHECK(text(Language::en, table_column(c).shown) == table_column(c).name);
    std::set<std::string> names;
    for (const FilterHelp& h : filter_help()) {
        const std::string expr = h.expr;
        const auto k = filter_key_named(expr.substr(0, expr.find('=')));
        REQUIRE_MESSAGE(k, expr);
        CHECK(names.insert(std::string(text(Language::fr, filter_name_msg(*k)))).second);  // told apart in the menu
        CHECK(filter_name_msg(*k) != filter_meaning_msg(*k));
    }
    CHECK_FALSE(filter_key_named("overdue=3"));
    CHECK(names.size() == filter_help().size());
    for (size_t i = 0; i < EnumNames<Kind>::labels.size(); ++i)
        CHECK(text(Language::en, kind_msg(static_cast<Kind>(i))) == EnumNames<Kind>::labels[i]);
    for (size_t i = 0; i < EnumNames<Delivery>::labels.size(); ++i)
        CHECK(text(Language::en, delivery_msg(static_cast<Delivery>(i))) == EnumNames<Delivery>::labels[i]);
    for (size_t i = 0; i < EnumNames<PaymentStatus>::labels.size(); ++i)
        CHECK(text(Language::en, payment_status_msg(static_cast<PaymentStatus>(i))) == EnumNames<PaymentStatus>::labels[i]);
    for (size_t i = 0; i < EnumNames<PaymentKind>::names.size(); ++i)  // shown as its id: "deposit"
        CHECK(text(Language::en, payment_kind_msg(static_cast<PaymentKind>(i))) == EnumNames<PaymentKind>::names[i]);
    CHECK(text(Language::it, payment_status_msg(PaymentStatus::unpaid)) == "Non pagato");
}

// Each enum's words in English are its EnumNames labels, so the CLI, the CSV and the views agree.
template <class E>
void english_is_label(Msg (*to_msg)(E)) {
    for (size_t i = 0; i < EnumNames<E>::labels.size(); ++i) CHECK(text(Language::en, to_msg(static_cast<E>(i))) == EnumNames<E>::labels[i]);
}

TEST_CASE("the reports', production's and sales' enum words in English are the labels the CLI prints") {
    english_is_label<ReportKind>(report_kind_msg);
    english_is_label<ReportRange>(report_range_msg);
    english_is_label<StyleState>(style_state_msg);
    english_is_label<ProductionState>(production_state_msg);
    english_is_label<SalesState>(sales_state_msg);
    english_is_label<TradeTerm>(trade_term_msg);
}

TEST_CASE("a history names every command and every order field it records in words of its own") {
    // Every command type has a label, each told apart from the others in English and in French.
    std::set<std::string> english, french;
    for (const std::string& type : command_types()) {
        CAPTURE(type);
        const std::optional<Msg> m = command_msg(type);
        REQUIRE(m);
        CHECK(english.insert(std::string(text(Language::en, *m))).second);
        CHECK(french.insert(std::string(text(Language::fr, *m))).second);
    }
    CHECK(text(Language::en, *command_msg("order.pay")) == "Payment recorded");
    CHECK(text(Language::en, *command_msg("order.update")) == "Details changed");
    CHECK_FALSE(command_msg("order.no_such_command"));
    CHECK_FALSE(command_msg(""));
    // Every field of an order that a history entry records (all but its history and conflicts).
    KeyCollector keys;
    Order o;
    o.fields(keys);
    for (const std::string& field : keys.keys) {
        CAPTURE(field);
        if (field == "history" || field == "conflicts") continue;
        CHECK(order_field_msg(field));
    }
    CHECK(text(Language::en, *order_field_msg("deadline")) == "Deadline");
    CHECK(text(Language::fr, *order_field_msg("deadline")) == "Échéance");
    CHECK_FALSE(order_field_msg("no_such_field"));
}

TEST_CASE("right-to-left and other scripts in client data are stored, searched and exported intact") {
    // The views draw neither right-to-left nor joined scripts (docs/i18n.md); the data is never touched.
    const std::string arabic = "محمد العلي", hebrew = "דוד כהן", greek = "Αλέξανδρος", mixed = "Łucja Dvořák-Şahin";
    Fixture f;
    for (const std::string& name : {arabic, hebrew, greek, mixed}) {
        const std::string create = nlohmann::json{{"type", "client.create"}, {"name", name}, {"language", "ar"}}.dump();
        f.ok(create.c_str());
        const int id = f.a().clients.back().id;
        CHECK(f.client(id).name == name);
        const std::string order = nlohmann::json{{"type", "order.create"}, {"client", id}, {"pipeline", "bridal"},
                                                 {"deadline", "2026-05-01"}, {"garment", name + " gown"}, {"price", 1000}}
                                      .dump();
        f.ok(order.c_str());
    }
    // Stored: the snapshot reads back to the same state, byte for byte.
    const std::string snap = write_snapshot(f.a());
    Atelier back;
    Problems problems;
    REQUIRE(read_snapshot(snap, back, problems));
    CHECK(write_snapshot(back) == snap);
    CHECK(snap.find(arabic) != std::string::npos);
    // Searched: each name finds its own order, by a part of it too.
    const QueryIndex ix = build_index(f.a());
    for (const std::string& word : {std::string("العلي"), std::string("כהן"), std::string("Αλέξανδρος"), std::string("Şahin")}) {
        std::string error;
        const auto filter = parse_filter({"text=" + word}, error);
        REQUIRE_MESSAGE(filter, error);
        const std::vector<int> rows = run_query(ix, *filter, Sort{}, day("2026-03-01"));
        CHECK_MESSAGE(rows.size() == 1, word);
    }
    // Exported: the table's CSV holds the names as they were typed.
    const std::vector<int> rows = run_query(ix, Filter{}, Sort{}, day("2026-03-01"));
    const std::string csv = table_csv(f.a(), ix, rows, {tcol::client, tcol::garment}, {',', true}, day("2026-03-01"));
    for (const std::string& name : {arabic, hebrew, greek, mixed}) CHECK(csv.find(name) != std::string::npos);
}

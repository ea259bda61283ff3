// Calendars (issue 17): fittings and deadlines as RFC 5545 iCalendar — the properties the RFC
// requires of a calendar, an event and a time zone, folded lines, escaped text, stable UIDs; the
// atelier's time zone from Settings (atelier.update time_zone), checked by the command and the loader.
#include "core/calendar/ics.hpp"
#include "core/calendar/time_zones.hpp"
#include "core/text.hpp"
#include "core/validate/validate.hpp"
#include "fixture.hpp"

#include <set>

using namespace atelier;
using namespace atelier::test;

namespace {

struct Component {
    std::string name;
    std::vector<std::pair<std::string, std::string>> props;  // name with its parameters, value
    std::vector<Component> children;
    size_t count(std::string_view prop) const {
        size_t n = 0;
        for (const auto& [k, v] : props) n += k == prop || k.rfind(std::string(prop) + ";", 0) == 0;
        return n;
    }
    std::string value(std::string_view prop) const {
        for (const auto& [k, v] : props)
            if (k == prop || k.rfind(std::string(prop) + ";", 0) == 0) return v;
        return "";
    }
    std::string key(std::string_view prop) const {
        for (const auto& [k, v] : props)
            if (k == prop || k.rfind(std::string(prop) + ";", 0) == 0) return k;
        return "";
    }
};

// Reads an .ics as RFC 5545 lays it out, failing the test on any line that breaks the format.
Component parse_ics(const std::string& text) {
    REQUIRE(text.size() >= 2);
    REQUIRE(text.substr(text.size() - 2) == "\r\n");
    std::vector<std::string> lines;
    size_t at = 0;
    while (at < text.size()) {
        const size_t end = text.find("\r\n", at);
        REQUIRE(end != std::string::npos);
        const std::string physical = text.substr(at, end - at);
        CHECK(physical.size() <= 75);                            // 3.1: lines of at most 75 octets
        CHECK(physical.find('\n') == std::string::npos);        // no bare line feeds
        if (!physical.empty() && physical[0] == ' ') {
            REQUIRE(!lines.empty());
            lines.back() += physical.substr(1);                  // unfolding
        } else {
            lines.push_back(physical);
        }
        at = end + 2;
    }
    std::vector<Component> stack{Component{"", {}, {}}};
    for (const std::string& l : lines) {
        CHECK(is_valid_utf8(l));  // folding never cut a character
        const size_t colon = l.find(':');
        REQUIRE(colon != std::string::npos);
        const std::string name = l.substr(0, colon), value = l.substr(colon + 1);
        if (name == "BEGIN") {
            stack.push_back(Component{value, {}, {}});
        } else if (name == "END") {
            REQUIRE(stack.size() > 1);
            CHECK(stack.back().name == value);
            Component done = std::move(stack.back());
            stack.pop_back();
            stack.back().children.push_back(std::move(done));
        } else {
            stack.back().props.emplace_back(name, value);
        }
    }
    REQUIRE(stack.size() == 1);
    REQUIRE(stack[0].children.size() == 1);
    return stack[0].children[0];
}

// The properties RFC 5545 requires (3.6, 3.6.1, 3.6.5), once each, and a VTIMEZONE for every TZID.
void check_rfc(const Component& cal) {
    CHECK(cal.name == "VCALENDAR");
    CHECK(cal.count("PRODID") == 1);
    CHECK(cal.value("VERSION") == "2.0");
    std::set<std::string> zones, used;
    for (const Component& c : cal.children) {
        if (c.name == "VTIMEZONE") {
            CHECK(c.count("TZID") == 1);
            zones.insert(c.value("TZID"));
            CHECK(!c.children.empty());
            for (const Component& part : c.children) {
                CHECK((part.name == "STANDARD" || part.name == "DAYLIGHT"));
                CHECK(part.count("DTSTART") == 1);
                CHECK(part.count("TZOFFSETFROM") == 1);
                CHECK(part.count("TZOFFSETTO") == 1);
            }
            continue;
        }
        REQUIRE(c.name == "VEVENT");
        CHECK(c.count("UID") == 1);
        CHECK(c.count("DTSTAMP") == 1);
        CHECK(c.value("DTSTAMP").back() == 'Z');  // 3.8.7.2: in UTC
        CHECK(c.count("DTSTART") == 1);            // required with METHOD (3.6.1)
        CHECK(c.count("DTEND") <= 1);
        for (const char* p : {"DTSTART", "DTEND"})
            if (const std::string k = c.key(p); k.find(";TZID=") != std::string::npos) used.insert(k.substr(k.find(";TZID=") + 6));
    }
    for (const std::string& z : used) CHECK(zones.count(z) == 1);
}

std::vector<const Component*> events(const Component& cal) {
    std::vector<const Component*> out;
    for (const Component& c : cal.children)
        if (c.name == "VEVENT") out.push_back(&c);
    return out;
}

}  // namespace

TEST_CASE("text is escaped and long lines are folded at 75 octets without cutting a character") {
    CHECK(ics_text("a;b,c\\d\ne\r\nf\x01") == "a\\;b\\,c\\\\d\\ne\\nf");
    const std::string longer = "SUMMARY:" + std::string(40, 'x') + std::string(30, 'x') + "ééééé";
    const std::string folded = ics_line(longer);
    CHECK(folded.find("\r\n ") != std::string::npos);
    for (size_t at = 0, end; (end = folded.find("\r\n", at)) != std::string::npos; at = end + 2) {
        CHECK(end - at <= 75);
        CHECK(is_valid_utf8(folded.substr(at, end - at)));
    }
    CHECK(ics_line("VERSION:2.0") == "VERSION:2.0\r\n");
}

TEST_CASE("the agenda holds every fitting in the atelier's zone and every open deadline as an all-day event") {
    Fixture f;
    f.ok(R"({"type":"atelier.update","time_zone":"Europe/Paris"})");
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-04-02T10:30","kind":"first","notes":"bring shoes; the veil, too"})");
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-04-09T17:45","kind":"second","minutes":90})");
    f.ok(R"({"type":"order.fitting_cancel","order":1,"fitting":1,"reason":"client ill"})");
    const Component cal = parse_ics(calendar_ics(f.a(), at("2026-03-01T09:00")));
    check_rfc(cal);
    CHECK(cal.value("X-WR-CALNAME") == "Maison Test");
    const auto ev = events(cal);
    REQUIRE(ev.size() == 3);
    CHECK(ev[0]->value("UID") == "fitting-1-0-BFG@atelier");
    CHECK(ev[0]->key("DTSTART") == "DTSTART;TZID=Europe/Paris");
    CHECK(ev[0]->value("DTSTART") == "20260402T103000");
    CHECK(ev[0]->value("DTEND") == "20260402T113000");
    CHECK(ev[0]->value("SUMMARY") == "Fitting (first): Léa Dubois — 1-BFG Aurore");
    CHECK(ev[0]->value("DESCRIPTION") == "1-BFG Aurore\\nbring shoes\\; the veil\\, too");
    CHECK(ev[0]->value("STATUS") == "CONFIRMED");
    CHECK(ev[0]->value("DTSTAMP") == "20260301T080000Z");  // 09:00 in Paris in winter
    CHECK(ev[1]->value("DTEND") == "20260409T191500");      // 90 minutes
    CHECK(ev[1]->value("STATUS") == "CANCELLED");           // a subscribed calendar takes it off
    CHECK(ev[2]->value("UID") == "deadline-1-BFG@atelier");
    CHECK(ev[2]->key("DTSTART") == "DTSTART;VALUE=DATE");
    CHECK(ev[2]->value("DTSTART") == "20260501");
    CHECK(ev[2]->value("DTEND") == "20260502");
    CHECK(ev[2]->value("DESCRIPTION") == "Event on 2026-05-20");
    // The zone's rules are in the file: CET/CEST, the EU's last Sundays of March and October.
    const Component& tz = cal.children[0];
    REQUIRE(tz.name == "VTIMEZONE");
    CHECK(tz.value("TZID") == "Europe/Paris");
    REQUIRE(tz.children.size() == 2);
    CHECK(tz.children[0].value("RRULE") == "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    CHECK(tz.children[0].value("TZOFFSETTO") == "+0200");
    CHECK(tz.children[1].value("TZOFFSETTO") == "+0100");
    // Downloaded again later: the same UIDs (a calendar updates, it does not add twice).
    const Component again = parse_ics(calendar_ics(f.a(), at("2026-03-02T09:00")));
    CHECK(events(again)[0]->value("UID") == ev[0]->value("UID"));
}

TEST_CASE("with no zone set, fittings are floating local times; a handed-over order has no deadline event") {
    Fixture f;
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-04-02T10:30","kind":"first"})");
    f.ok(R"({"type":"order.cancel","order":1,"reason":"changed her mind"})");
    const Component cal = parse_ics(calendar_ics(f.a(), at("2026-03-01T09:00")));
    check_rfc(cal);
    for (const Component& c : cal.children) CHECK(c.name != "VTIMEZONE");
    const auto ev = events(cal);
    REQUIRE(ev.size() == 1);  // the fitting; a cancelled order's deadline binds nobody
    CHECK(ev[0]->key("DTSTART") == "DTSTART");
    CHECK(ev[0]->value("DTSTART") == "20260402T103000");
    CHECK(ev[0]->value("DTSTAMP") == "20260301T090000Z");
}

TEST_CASE("one client's calendar holds only that client's orders") {
    Fixture f;
    f.ok(R"({"type":"client.create","name":"Amira Hoxha"})");
    f.ok(R"({"type":"order.create","client":2,"pipeline":"bridal","deadline":"2026-07-01","garment":"Mira"})");
    f.ok(R"({"type":"order.fitting","order":2,"at":"2026-05-02T11:00","kind":"first"})");
    const Component cal = parse_ics(calendar_ics(f.a(), at("2026-03-01T09:00"), 2));
    check_rfc(cal);
    CHECK(cal.value("X-WR-CALNAME") == "Maison Test — Amira Hoxha");
    const auto ev = events(cal);
    REQUIRE(ev.size() == 2);
    CHECK(ev[0]->value("UID") == "fitting-2-0-BFG@atelier");
    CHECK(ev[1]->value("UID") == "deadline-2-BFG@atelier");
    CHECK(calendar_file_name(f.a(), 2) == "fittings-BFG-client-2.ics");
}

TEST_CASE("every zone of the table makes a VTIMEZONE the RFC accepts, with offsets that match its rule") {
    Fixture f;
    for (const TimeZoneInfo& z : time_zones()) {
        INFO(z.name);
        f.ok(("{\"type\":\"atelier.update\",\"time_zone\":\"" + std::string(z.name) + "\"}").c_str());
        f.ok(R"({"type":"order.fitting","order":1,"at":"2026-04-02T10:30","kind":"first"})");
        const Component cal = parse_ics(calendar_ics(f.a(), at("2026-03-01T09:00")));
        check_rfc(cal);
        const Component& tz = cal.children[0];
        CHECK(tz.children.size() == (z.dst == DstRule::none ? 1u : 2u));
    }
}

TEST_CASE("the time zone is one of the table's or none: refused by the command and by the loader") {
    Fixture f;
    CHECK(f.refusal(R"({"type":"atelier.update","time_zone":"Mars/Olympus_Mons"})").find("is not one Atelier knows") != std::string::npos);
    f.ok(R"({"type":"atelier.update","time_zone":"America/New_York"})");
    CHECK(f.a().profile.time_zone == "America/New_York");
    f.ok(R"({"type":"atelier.update","time_zone":""})");
    CHECK(f.a().profile.time_zone.empty());
    Atelier bad = f.a();
    bad.profile.time_zone = "Europe/Atlantis";
    Problems p;
    validate_atelier(bad, p);
    REQUIRE(!p.empty());
    CHECK(p.front().path == "/atelier/time_zone");
}

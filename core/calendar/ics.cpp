#include "core/calendar/ics.hpp"

#include <cstdio>

#include "core/calendar/time_zones.hpp"
#include "core/rules/deadline.hpp"

namespace atelier {

namespace {

// 20260901T103000: a local date and time, as DTSTART with a TZID (or floating) wants it.
std::string local_stamp(DateTime t) {
    const Civil c = civil_from_date(date_of(t));
    const int64_t m = t.minutes - at_midnight(date_of(t)).minutes;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d00", c.year, c.month, c.day, static_cast<int>(m / 60), static_cast<int>(m % 60));
    return buf;
}

std::string date_stamp(Date d) {
    const Civil c = civil_from_date(d);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", c.year, c.month, c.day);
    return buf;
}

// DTSTAMP must be UTC: the atelier's wall clock less its standard offset (the hour of daylight
// saving is within what a stamp needs: it orders revisions, it is not shown).
std::string utc_stamp(DateTime now, const TimeZoneInfo* z) {
    return local_stamp(DateTime{now.minutes - (z ? z->offset_minutes : 0)}) + "Z";
}

struct IcsWriter {
    std::string out;
    void line(std::string_view l) { out += ics_line(l); }
    void prop(std::string_view name, std::string_view value) { line(std::string(name) + ":" + std::string(value)); }
};

std::string who(const Atelier& a, const Order& o) {
    const Client* c = a.client(o.client);
    return c ? c->name : std::string();
}

std::string what(const Atelier& a, const Order& o) {
    std::string s = order_label(a.profile, o.number);
    if (!o.garment.empty()) s += " " + o.garment;
    return s;
}

}  // namespace

std::string ics_text(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\r') {
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
            out += "\\n";
        } else if (c == '\n') {
            out += "\\n";
        } else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) {
            out += c;
        }
    }
    return out;
}

std::string ics_line(std::string_view line) {
    std::string out;
    size_t width = 0;  // octets on the current physical line
    for (size_t i = 0; i < line.size();) {
        // The whole UTF-8 character goes on one line.
        const unsigned char b = static_cast<unsigned char>(line[i]);
        size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
        n = std::min(n, line.size() - i);
        if (width + n > 75) {
            out += "\r\n ";
            width = 1;
        }
        out.append(line.substr(i, n));
        width += n;
        i += n;
    }
    out += "\r\n";
    return out;
}

std::string calendar_file_name(const Atelier& a, int client) {
    std::string s = "fittings-" + a.profile.settings.company_code;
    if (client) s += "-client-" + std::to_string(client);
    return s + ".ics";
}

std::string calendar_ics(const Atelier& a, DateTime now, int client) {
    const TimeZoneInfo* z = time_zone(a.profile.time_zone);
    const std::string code = a.profile.settings.company_code;
    IcsWriter w;
    w.line("BEGIN:VCALENDAR");
    w.prop("VERSION", "2.0");
    w.prop("PRODID", "-//Atelier//Fittings and deadlines//EN");
    w.prop("CALSCALE", "GREGORIAN");
    w.prop("METHOD", "PUBLISH");
    std::string name = a.profile.settings.name;
    if (const Client* c = client ? a.client(client) : nullptr) name += " — " + c->name;
    w.prop("X-WR-CALNAME", ics_text(name));
    if (z) {
        w.prop("X-WR-TIMEZONE", z->name);
        w.out += vtimezone(*z);
    }
    const std::string stamp = utc_stamp(now, z);
    const std::string tzid = z ? std::string(";TZID=") + z->name : std::string();
    for (const Order& o : a.orders) {
        if (client && o.client != client) continue;
        for (size_t i = 0; i < o.fittings.size(); ++i) {
            const Fitting& f = o.fittings[i];
            w.line("BEGIN:VEVENT");
            w.prop("UID", "fitting-" + std::to_string(o.number) + "-" + std::to_string(i) + "-" + code + "@atelier");
            w.prop("DTSTAMP", stamp);
            w.prop("DTSTART" + tzid, local_stamp(f.at));
            w.prop("DTEND" + tzid, local_stamp(DateTime{f.at.minutes + f.minutes}));
            std::string summary = "Fitting";
            if (!f.kind.empty()) summary += " (" + f.kind + ")";
            summary += ": " + who(a, o) + " — " + what(a, o);
            w.prop("SUMMARY", ics_text(summary));
            std::string about = what(a, o);
            if (!f.notes.empty()) about += "\n" + f.notes;
            if (f.cancelled && !f.cancel_reason.empty()) about += "\nCancelled: " + f.cancel_reason;
            w.prop("DESCRIPTION", ics_text(about));
            w.prop("LOCATION", ics_text(a.profile.settings.name));
            w.prop("STATUS", f.cancelled ? "CANCELLED" : "CONFIRMED");
            w.prop("TRANSP", "OPAQUE");
            w.line("END:VEVENT");
        }
        if (!deadline_open(o.status)) continue;
        w.line("BEGIN:VEVENT");
        w.prop("UID", "deadline-" + std::to_string(o.number) + "-" + code + "@atelier");
        w.prop("DTSTAMP", stamp);
        w.prop("DTSTART;VALUE=DATE", date_stamp(o.deadline));
        w.prop("DTEND;VALUE=DATE", date_stamp(add_days(o.deadline, 1)));
        w.prop("SUMMARY", ics_text("Due: " + what(a, o) + " — " + who(a, o)));
        if (o.event) w.prop("DESCRIPTION", ics_text("Event on " + format_date(*o.event)));
        w.prop("TRANSP", "TRANSPARENT");  // a deadline does not make anyone busy
        w.line("END:VEVENT");
    }
    w.line("END:VCALENDAR");
    return w.out;
}

}  // namespace atelier

// [SECTION] The workroom's job card: what a seamstress who never met the client needs to start,
// with no money on it.
#include "core/derive.hpp"
#include "core/documents/documents.hpp"
#include "core/documents/page.hpp"
#include "core/documents/qr.hpp"
#include "core/i18n/local_format.hpp"
#include "core/model/length.hpp"
#include "core/rules/photos.hpp"
#include "core/rules/messages.hpp"

namespace atelier {

namespace {

using doc::say;

// In the atelier's unit (Profile::measure_unit), as its views show them by default.
std::string measurements_html(const Client* c, const Order& o, Unit unit, const Locale& l) {
    std::string b = "<h2>" + say(l, Msg::doc_measurements) + "</h2>";
    const auto ms = effective_measurements(c, o);
    if (ms.empty()) return b + "<p class=\"muted\">" + say(l, Msg::doc_no_measurements) + "</p>\n";
    b += "<table><tr><th>" + say(l, Msg::doc_measurement) + "</th><th class=\"n\">" + say(l, Msg::doc_use) + "</th><th></th></tr>\n";
    for (const auto& m : ms) {
        std::string mark;
        if (m.frozen) mark = say(l, Msg::doc_frozen);
        else if (m.override_value)
            mark = say(l, Msg::doc_own_value, {{"value", m.client ? format_length_as(*m.client, unit) : fill(text(l.language, Msg::doc_no_value), {})}});
        if (m.differs_from_frozen) mark += "; " + say(l, Msg::doc_remeasured);
        b += "<tr><td>" + html_escape(m.name) + "</td><td class=\"n\">" + html_escape(format_length_as(m.used, unit)) + "</td><td class=\"mark\">" +
             mark + "</td></tr>\n";
    }
    return b + "</table>\n";
}

std::string stages_html(const Atelier& a, const Order& o, const Locale& l) {
    const Pipeline* pl = a.pipeline(o.pipeline);
    if (!pl) return "";
    std::string b = "<h2>" + say(l, Msg::doc_stages, {{"pipeline", pl->name}}) + "</h2><table><tr><th>" + say(l, Msg::doc_stage) + "</th><th>" +
                    say(l, Msg::doc_team_column) + "</th><th>" + say(l, Msg::doc_checks) + "</th><th></th></tr>\n";
    const int here = stage_index(*pl, o.stage);
    for (size_t i = 0; i < pl->stages.size(); ++i) {
        const Stage& s = pl->stages[i];
        std::string checks;
        auto check = [&](bool on, Msg m) {
            if (on) checks += (checks.empty() ? "" : " ") + say(l, m);
        };
        check(s.qc, Msg::doc_check_qc);
        check(s.photo, Msg::doc_check_photo);
        check(s.optional, Msg::doc_check_optional);
        check(s.freezes, Msg::doc_check_freezes);
        const bool current = static_cast<int>(i) == here && o.status == Status::in_production;
        b += "<tr><td>" + html_escape(s.name) + "</td><td>" + html_escape(s.team) + "</td><td>" + checks + "</td><td>" +
             (current ? "<strong>" + say(l, Msg::doc_now) + "</strong>" : "") + "</td></tr>\n";
    }
    return b + "</table>\n";
}

std::string fittings_html(const Order& o, const Locale& l) {
    std::string b;
    for (const auto& f : o.fittings) {
        if (f.cancelled) continue;
        if (b.empty()) b = "<h2>" + say(l, Msg::doc_fittings) + "</h2><table>\n";
        b += "<tr><td>" + html_escape(f.kind) + "</td><td>" + html_escape(local_weekday_date(date_of(f.at), l) + " " + local_time(minute_of_day(f.at), l)) +
             "</td><td>" + (f.done ? say(l, Msg::doc_fitting_done) : "") + "</td><td>" + doc::lines_html(f.notes) + "</td></tr>\n";
    }
    return b.empty() ? b : b + "</table>\n";
}

// The pictures the workroom works from: references, sketches and swatches before stage photos,
// each kind in the order added, at most kJobCardPhotos.
std::string photos_html(const Atelier& a, const Order& o, const Locale& l) {
    std::vector<const Image*> shown;
    for (const bool stage_photos : {false, true})
        for (const auto& im : o.images)
            if (!im.thumb.empty() && im.stage.empty() != stage_photos && shown.size() < kJobCardPhotos) shown.push_back(&im);
    if (shown.empty()) return "";
    std::string b = "<h2>" + say(l, Msg::doc_photos) + "</h2><div class=\"thumbs\">";
    for (const Image* im : shown) {
        const std::string what = photo_kind_text(a, o, *im, l.language);
        const std::string caption = im->caption.empty() ? what : what + ": " + im->caption;
        b += "<figure>" + doc::picture(im->thumb, "thumb", caption) + "<figcaption>" + html_escape(caption) + "</figcaption></figure>";
    }
    return b + "</div>\n";
}

}  // namespace

std::string order_link(const std::string& app_url, int number) {
    if (app_url.empty()) return "";
    const size_t cut = app_url.find_first_of("?#");
    return app_url.substr(0, cut) + "?order=" + std::to_string(number);
}

std::string job_card_html(const Atelier& a, const Order& o, Paper paper, const std::string& link, const Locale& l) {
    const Profile& p = a.profile;
    const Client* c = a.client(o.client);
    const std::string label = order_label(p, o.number);
    const std::string qr = link.empty() ? std::string() : qr_svg(qr_modules(link), "qr");
    auto strong_date = [&](Msg m, Date d) {
        // The date in bold inside the sentence: the pattern is filled with a marker first.
        const std::string marked = say(l, m, {{"date", "\x01"}});
        const size_t at = marked.find('\x01');
        if (at == std::string::npos) return marked;
        return marked.substr(0, at) + "<strong>" + html_escape(local_weekday_date(d, l)) + "</strong>" + marked.substr(at + 1);
    };
    std::string b = "<div class=\"head\"><div><h1>" + say(l, Msg::doc_job_card_title, {{"order", label}}) + "</h1><strong>" +
                    html_escape(doc::garment_of(o, l)) + "</strong>" + (o.quantity > 1 ? " × " + local_integer(o.quantity, l) : std::string()) +
                    "<br>" + say(l, Msg::doc_client_name, {{"name", c ? c->name : std::string()}}) + "</div><div>" +
                    strong_date(Msg::doc_deadline, o.deadline) + (o.event ? "<br>" + say(l, Msg::doc_event, {{"date", local_weekday_date(*o.event, l)}}) : std::string()) +
                    (o.rush ? "<br><strong>" + say(l, Msg::badge_rush) + "</strong>" : "") +
                    (o.team.empty() ? "" : "<br>" + say(l, Msg::doc_team, {{"team", o.team}})) + "</div>" +
                    (qr.empty() ? "" : "<div class=\"qrbox\">" + qr + "<br><span class=\"muted\">" + say(l, Msg::doc_scan_to_open) + "</span></div>") +
                    "</div>\n";
    b += measurements_html(c, o, p.measure_unit, l);
    b += stages_html(a, o, l);
    b += fittings_html(o, l);
    b += photos_html(a, o, l);
    if (!o.notes.empty()) b += "<h2>" + say(l, Msg::doc_notes) + "</h2><p>" + doc::lines_html(o.notes) + "</p>\n";
    return doc::page(fill(text(l.language, Msg::doc_job_card_title), {{"order", label}}), paper, b, l);
}

}  // namespace atelier

// [SECTION] The workroom's job card: what a seamstress who never met the client needs to start,
// with no money on it.
#include "core/derive.hpp"
#include "core/documents/documents.hpp"
#include "core/documents/page.hpp"
#include "core/documents/qr.hpp"
#include "core/model/length.hpp"
#include "core/rules/messages.hpp"
#include "core/rules/photos.hpp"

namespace atelier {

namespace {

std::string measurements_html(const Client* c, const Order& o) {
    std::string b = "<h2>Measurements</h2>";
    const auto ms = effective_measurements(c, o);
    if (ms.empty()) return b + "<p class=\"muted\">No measurements taken.</p>\n";
    b += "<table><tr><th>Measurement</th><th class=\"n\">Use</th><th></th></tr>\n";
    for (const auto& m : ms) {
        std::string mark;
        if (m.frozen) mark = "frozen at cutting";
        else if (m.override_value) mark = "this order's own (client: " + (m.client ? format_length(*m.client) : std::string("none")) + ")";
        if (m.differs_from_frozen) mark += "; re-measured since";
        b += "<tr><td>" + html_escape(m.name) + "</td><td class=\"n\">" + html_escape(format_length(m.used)) + "</td><td class=\"mark\">" +
             html_escape(mark) + "</td></tr>\n";
    }
    return b + "</table>\n";
}

std::string stages_html(const Atelier& a, const Order& o) {
    const Pipeline* pl = a.pipeline(o.pipeline);
    if (!pl) return "";
    std::string b = "<h2>Stages (" + html_escape(pl->name) + ")</h2><table><tr><th>Stage</th><th>Team</th><th>Checks</th><th></th></tr>\n";
    const int here = stage_index(*pl, o.stage);
    for (size_t i = 0; i < pl->stages.size(); ++i) {
        const Stage& s = pl->stages[i];
        std::string checks;
        if (s.qc) checks += "QC ";
        if (s.photo) checks += "photo ";
        if (s.optional) checks += "optional ";
        if (s.freezes) checks += "freezes measurements";
        const bool current = static_cast<int>(i) == here && o.status == Status::in_production;
        b += "<tr><td>" + html_escape(s.name) + "</td><td>" + html_escape(s.team) + "</td><td>" + html_escape(checks) + "</td><td>" +
             (current ? "<strong>now</strong>" : "") + "</td></tr>\n";
    }
    return b + "</table>\n";
}

std::string fittings_html(const Order& o) {
    std::string b;
    for (const auto& f : o.fittings) {
        if (f.cancelled) continue;
        if (b.empty()) b = "<h2>Fittings</h2><table>\n";
        b += "<tr><td>" + html_escape(f.kind) + "</td><td>" + long_date(date_of(f.at)) + " " + clock_time(f.at) + "</td><td>" +
             (f.done ? "done" : "") + "</td><td>" + doc::lines_html(f.notes) + "</td></tr>\n";
    }
    return b.empty() ? b : b + "</table>\n";
}

// The pictures the workroom works from: references, sketches and swatches before stage photos,
// each kind in the order added, at most kJobCardPhotos.
std::string photos_html(const Atelier& a, const Order& o) {
    std::vector<const Image*> shown;
    for (const bool stage_photos : {false, true})
        for (const auto& im : o.images)
            if (!im.thumb.empty() && im.stage.empty() != stage_photos && shown.size() < kJobCardPhotos) shown.push_back(&im);
    if (shown.empty()) return "";
    std::string b = "<h2>Photos</h2><div class=\"thumbs\">";
    for (const Image* im : shown) {
        const std::string what = photo_kind_text(a, o, *im);
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

std::string job_card_html(const Atelier& a, const Order& o, Paper paper, const std::string& link) {
    const Profile& p = a.profile;
    const Client* c = a.client(o.client);
    const std::string label = order_label(p, o.number);
    const std::string qr = link.empty() ? std::string() : qr_svg(qr_modules(link), "qr");
    std::string b = "<div class=\"head\"><div><h1>Job card " + html_escape(label) + "</h1><strong>" + html_escape(doc::garment_of(o)) +
                    "</strong>" + (o.quantity > 1 ? " × " + std::to_string(o.quantity) : std::string()) + "<br>Client: " +
                    html_escape(c ? c->name : std::string()) + "</div><div>Deadline: <strong>" + long_date(o.deadline) + "</strong>" +
                    (o.event ? "<br>Event: " + long_date(*o.event) : std::string()) + (o.rush ? "<br><strong>RUSH</strong>" : "") +
                    (o.team.empty() ? "" : "<br>Team: " + html_escape(o.team)) + "</div>" +
                    (qr.empty() ? "" : "<div class=\"qrbox\">" + qr + "<br><span class=\"muted\">Scan to open the order</span></div>") +
                    "</div>\n";
    b += measurements_html(c, o);
    b += stages_html(a, o);
    b += fittings_html(o);
    b += photos_html(a, o);
    if (!o.notes.empty()) b += "<h2>Notes</h2><p>" + doc::lines_html(o.notes) + "</p>\n";
    return doc::page("Job card " + label, paper, b);
}

}  // namespace atelier

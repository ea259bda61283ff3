#include "core/documents/documents.hpp"

#include "core/derive.hpp"
#include "core/model/length.hpp"
#include "core/rules/messages.hpp"
#include "core/text/phone.hpp"

namespace atelier {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char ch : text) {
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += ch;
        }
    }
    return out;
}

namespace {

// Multi-line text (a letterhead, notes) with its line breaks kept.
std::string lines_html(std::string_view text) {
    std::string out = html_escape(text), br;
    for (const char ch : out) br += ch == '\n' ? std::string("<br>") : std::string(1, ch);
    return br;
}

std::string money(const Profile& p, Money m) {
    // Grouped thousands, as on the screen: 12,345.67 EUR.
    std::string digits = format_money(m);
    const size_t dot = digits.find('.');
    std::string whole = digits.substr(0, dot), grouped;
    for (size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
        grouped += whole[i];
    }
    return grouped + digits.substr(dot) + " " + p.settings.currency;
}

std::string page(const std::string& title, Paper paper, const std::string& body) {
    // The look is assets/documents.css (one stylesheet, allowed by the app's Content-Security-Policy,
    // which refuses inline styles); the paper is a class it sizes the page by.
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + html_escape(title) +
           "</title><link rel=\"stylesheet\" href=\"" + kDocumentStylesheet + "\"></head><body class=\"paper-" + enum_id(paper) +
           "\">\n" + body + "</body></html>\n";
}

std::string letterhead(const Profile& p) {
    return "<div><strong>" + html_escape(p.settings.name) + "</strong><br><span class=\"muted\">" + lines_html(p.letterhead) +
           "</span></div>";
}

std::string client_block(const Atelier& a, const Client* c) {
    if (!c) return "<div></div>";
    std::string s = "<div><span class=\"muted\">Client</span><br><strong>" + html_escape(c->name) + "</strong>";
    if (!c->phone.empty()) s += "<br>" + html_escape(format_phone(c->phone, a.profile.country));
    if (!c->email.empty()) s += "<br>" + html_escape(c->email);
    return s + "</div>";
}

std::string garment_of(const Order& o) {
    std::string g = o.garment.empty() ? std::string("Made-to-measure garment") : o.garment;
    if (!o.collection.empty()) g += " (" + o.collection + ")";
    return g;
}

}  // namespace

std::string invoice_html(const Atelier& a, const Order& o, Paper paper) {
    if (o.invoice.empty() || !o.invoiced_at) return "";
    const Profile& p = a.profile;
    const Client* c = a.client(o.client);
    const std::string label = order_label(p, o.number);
    std::string b = "<div class=\"head\">" + letterhead(p) + "<div><h1>Invoice " + html_escape(o.invoice) +
                    "</h1>Date: " + long_date(date_of(*o.invoiced_at)) + "<br>Order: " + html_escape(label) + "</div></div>\n";
    b += "<div class=\"head to\">" + client_block(a, c) + "</div>\n";
    b += "<table><tr><th>Description</th><th class=\"n\">Quantity</th><th class=\"n\">Amount</th></tr>\n";
    b += "<tr><td>" + html_escape(garment_of(o)) + "</td><td class=\"n\">" + std::to_string(o.quantity) + "</td><td class=\"n\">" +
         money(p, o.price) + "</td></tr>\n";
    if (o.rush && o.rush_fee.minor > 0)
        b += "<tr><td>Rush fee</td><td class=\"n\">1</td><td class=\"n\">" + money(p, o.rush_fee) + "</td></tr>\n";
    const Money charges = order_charges(o);
    const TaxSplit split = tax_split(charges, o.tax);
    if (o.tax.rate_bp > 0) {
        const std::string rate = format_rate_bp(o.tax.rate_bp) + "%";
        b += "<tr><td>Net</td><td></td><td class=\"n\">" + money(p, split.net) + "</td></tr>\n";
        b += "<tr><td>Tax " + rate + (o.tax.included ? " (included)" : "") + "</td><td></td><td class=\"n\">" + money(p, split.tax) +
             "</td></tr>\n";
    }
    b += "<tr class=\"total\"><td>Total</td><td></td><td class=\"n\">" + money(p, charges) + "</td></tr>\n";
    for (size_t i = 0; i < o.payments.size(); ++i) {
        const Payment& pay = o.payments[i];
        if (!original_line(pay) || voided_by(o, i)) continue;
        const std::string what = pay.refund ? "Refunded" : "Paid";
        b += "<tr><td>" + what + " " + long_date(date_of(pay.at)) + (pay.method.empty() ? "" : " (" + html_escape(pay.method) + ")") +
             "</td><td></td><td class=\"n\">" + (pay.refund ? "" : "−") + money(p, pay.amount) + "</td></tr>\n";
    }
    b += "<tr class=\"total\"><td>Balance due</td><td></td><td class=\"n\">" + money(p, balance_owed(o)) + "</td></tr></table>\n";
    b += "<h2>Payment terms</h2><p>" +
         (p.payment_terms.empty() ? std::string("Payable on receipt of this invoice.") : lines_html(p.payment_terms)) + "</p>\n";
    return page("Invoice " + o.invoice, paper, b);
}

std::string receipt_html(const Atelier& a, const Order& o, int line, Paper paper) {
    if (line < 0 || static_cast<size_t>(line) >= o.payments.size()) return "";
    const Payment& pay = o.payments[static_cast<size_t>(line)];
    if (!original_line(pay) || pay.refund) return "";
    const Profile& p = a.profile;
    const std::string label = order_label(p, o.number);
    std::string b = "<div class=\"head\">" + letterhead(p) + "<div><h1>Receipt</h1>Order " + html_escape(label) + ", payment " +
                    std::to_string(line + 1) + "<br>Date: " + long_date(date_of(pay.at)) + "</div></div>\n";
    b += "<div class=\"head to\">" + client_block(a, a.client(o.client)) + "</div>\n";
    b += "<table><tr><td>Received" + (pay.method.empty() ? "" : " by " + html_escape(pay.method)) + " for " + html_escape(garment_of(o)) +
         "</td><td class=\"n\">" + money(p, pay.amount) + "</td></tr>\n";
    if (voided_by(o, static_cast<size_t>(line))) b += "<tr><td colspan=\"2\" class=\"mark\">This payment was later voided.</td></tr>\n";
    b += "<tr><td>Total of the order</td><td class=\"n\">" + money(p, order_charges(o)) + "</td></tr>\n";
    b += "<tr class=\"total\"><td>Balance still due</td><td class=\"n\">" + money(p, balance_owed(o)) + "</td></tr></table>\n";
    if (!pay.note.empty()) b += "<p class=\"muted\">" + lines_html(pay.note) + "</p>\n";
    return page("Receipt " + label, paper, b);
}

std::string job_card_html(const Atelier& a, const Order& o, Paper paper) {
    const Profile& p = a.profile;
    const Client* c = a.client(o.client);
    const std::string label = order_label(p, o.number);
    std::string b = "<div class=\"head\"><div><h1>Job card " + html_escape(label) + "</h1><strong>" + html_escape(garment_of(o)) +
                    "</strong>" + (o.quantity > 1 ? " × " + std::to_string(o.quantity) : std::string()) + "<br>Client: " +
                    html_escape(c ? c->name : std::string()) + "</div><div>Deadline: <strong>" + long_date(o.deadline) + "</strong>" +
                    (o.event ? "<br>Event: " + long_date(*o.event) : std::string()) + (o.rush ? "<br><strong>RUSH</strong>" : "") +
                    (o.team.empty() ? "" : "<br>Team: " + html_escape(o.team)) + "</div></div>\n";
    b += "<h2>Measurements</h2>";
    const auto ms = effective_measurements(c, o);
    if (ms.empty()) {
        b += "<p class=\"muted\">No measurements taken.</p>\n";
    } else {
        b += "<table><tr><th>Measurement</th><th class=\"n\">Use</th><th></th></tr>\n";
        for (const auto& m : ms) {
            std::string mark;
            if (m.frozen) mark = "frozen at cutting";
            else if (m.override_value) mark = "this order's own (client: " + (m.client ? format_length(*m.client) : std::string("none")) + ")";
            if (m.differs_from_frozen) mark += "; re-measured since";
            b += "<tr><td>" + html_escape(m.name) + "</td><td class=\"n\">" + html_escape(format_length(m.used)) + "</td><td class=\"mark\">" +
                 html_escape(mark) + "</td></tr>\n";
        }
        b += "</table>\n";
    }
    if (const Pipeline* pl = a.pipeline(o.pipeline)) {
        b += "<h2>Stages (" + html_escape(pl->name) + ")</h2><table><tr><th>Stage</th><th>Team</th><th>Checks</th><th></th></tr>\n";
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
        b += "</table>\n";
    }
    bool any = false;
    for (const auto& f : o.fittings) {
        if (f.cancelled) continue;
        if (!any) b += "<h2>Fittings</h2><table>\n";
        any = true;
        b += "<tr><td>" + html_escape(f.kind) + "</td><td>" + long_date(date_of(f.at)) + " " + clock_time(f.at) + "</td><td>" +
             (f.done ? "done" : "") + "</td><td>" + lines_html(f.notes) + "</td></tr>\n";
    }
    if (any) b += "</table>\n";
    if (!o.notes.empty()) b += "<h2>Notes</h2><p>" + lines_html(o.notes) + "</p>\n";
    return page("Job card " + label, paper, b);
}

}  // namespace atelier

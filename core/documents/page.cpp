#include "core/documents/page.hpp"

#include "core/derive.hpp"
#include "core/documents/documents.hpp"
#include "core/text/phone.hpp"

namespace atelier::doc {

std::string lines_html(std::string_view text) {
    std::string out = html_escape(text), br;
    for (const char ch : out) br += ch == '\n' ? std::string("<br>") : std::string(1, ch);
    return br;
}

std::string money(const Profile& p, Money m) { return group_thousands(format_money(m)) + " " + p.settings.currency; }

std::string page(const std::string& title, Paper paper, const std::string& body) {
    // The look is assets/documents.css (one stylesheet, allowed by the app's Content-Security-Policy,
    // which refuses inline styles); the paper is a class it sizes the page by.
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + html_escape(title) +
           "</title><link rel=\"stylesheet\" href=\"" + kDocumentStylesheet + "\"></head><body class=\"paper-" + enum_id(paper) +
           "\">\n" + body + "</body></html>\n";
}

std::string picture(const std::string& content_id, const std::string& css_class, const std::string& alt) {
    return "<img class=\"" + css_class + "\" data-photo=\"" + html_escape(content_id) + "\" alt=\"" + html_escape(alt) + "\">";
}

std::string letterhead(const Profile& p) {
    const std::string logo = p.logo.id.empty() ? std::string() : picture(p.logo.id, "logo", p.settings.name) + "<br>";
    return "<div>" + logo + "<strong>" + html_escape(p.settings.name) + "</strong><br><span class=\"muted\">" + lines_html(p.letterhead) +
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

std::string charge_rows(const Profile& p, const Order& o) {
    std::string b = "<tr><th>Description</th><th class=\"n\">Quantity</th><th class=\"n\">Amount</th></tr>\n";
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
    return b;
}

}  // namespace atelier::doc

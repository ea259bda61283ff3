#include "core/documents/page.hpp"

#include "core/derive.hpp"
#include "core/documents/documents.hpp"
#include "core/i18n/local_format.hpp"
#include "core/text/phone.hpp"

namespace atelier::doc {

std::string say(const Locale& l, Msg m, std::initializer_list<Arg> args, int64_t n) {
    return html_escape(fill(text(l.language, m, n), args));
}

std::string lines_html(std::string_view text) {
    std::string out = html_escape(text), br;
    for (const char ch : out) br += ch == '\n' ? std::string("<br>") : std::string(1, ch);
    return br;
}

std::string money(const Profile& p, Money m, const Locale& l) { return html_escape(local_money(m, p.settings.currency, l)); }

std::string page(const std::string& title, Paper paper, const std::string& body, const Locale& l) {
    // The look is assets/documents.css (one stylesheet, allowed by the app's Content-Security-Policy,
    // which refuses inline styles); the paper is a class it sizes the page by.
    return "<!doctype html>\n<html lang=\"" + html_escape(locale_tag(l)) + "\"><head><meta charset=\"utf-8\"><title>" + html_escape(title) +
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

std::string client_block(const Atelier& a, const Client* c, const Locale& l) {
    if (!c) return "<div></div>";
    std::string s = "<div><span class=\"muted\">" + say(l, Msg::doc_client) + "</span><br><strong>" + html_escape(c->name) + "</strong>";
    if (!c->phone.empty()) s += "<br>" + html_escape(format_phone(c->phone, a.profile.country));
    if (!c->email.empty()) s += "<br>" + html_escape(c->email);
    return s + "</div>";
}

std::string garment_of(const Order& o, const Locale& l) {
    std::string g = o.garment.empty() ? fill(text(l.language, Msg::doc_garment_unnamed), {}) : o.garment;
    if (!o.collection.empty()) g += " (" + o.collection + ")";
    return g;
}

std::string charge_rows(const Profile& p, const Order& o, const Locale& l) {
    auto row = [](const std::string& what, const std::string& quantity, const std::string& amount) {
        return "<tr><td>" + what + "</td><td class=\"n\">" + quantity + "</td><td class=\"n\">" + amount + "</td></tr>\n";
    };
    std::string b = "<tr><th>" + say(l, Msg::doc_description) + "</th><th class=\"n\">" + say(l, Msg::doc_quantity) +
                    "</th><th class=\"n\">" + say(l, Msg::doc_amount) + "</th></tr>\n";
    b += row(html_escape(garment_of(o, l)), local_integer(o.quantity, l), money(p, o.price, l));
    if (o.rush && o.rush_fee.minor > 0) b += row(say(l, Msg::doc_rush_fee), local_integer(1, l), money(p, o.rush_fee, l));
    const Money charges = order_charges(o);
    const TaxSplit split = tax_split(charges, o.tax);
    if (o.tax.rate_bp > 0) {
        const std::string rate = local_percent_bp(o.tax.rate_bp, l);
        b += row(say(l, Msg::doc_net), "", money(p, split.net, l));
        b += row(say(l, o.tax.included ? Msg::doc_tax_included : Msg::doc_tax, {{"rate", rate}}), "", money(p, split.tax, l));
    }
    b += "<tr class=\"total\"><td>" + say(l, Msg::doc_total) + "</td><td></td><td class=\"n\">" + money(p, charges, l) + "</td></tr>\n";
    return b;
}

}  // namespace atelier::doc

#include "core/documents/documents.hpp"

#include "core/derive.hpp"
#include "core/documents/page.hpp"
#include "core/i18n/local_format.hpp"
#include "core/rules/messages.hpp"

namespace atelier {

using doc::client_block;
using doc::garment_of;
using doc::letterhead;
using doc::lines_html;
using doc::money;
using doc::page;
using doc::say;

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

std::string invoice_html(const Atelier& a, const Order& o, Paper paper) {
    if (o.invoice.empty() || !o.invoiced_at) return "";
    const Profile& p = a.profile;
    const Client* c = a.client(o.client);
    const Locale l = client_locale(p, c);
    const std::string label = order_label(p, o.number);
    std::string b = "<div class=\"head\">" + letterhead(p) + "<div><h1>" + say(l, Msg::doc_invoice_title, {{"number", o.invoice}}) +
                    "</h1>" + say(l, Msg::doc_date, {{"date", local_weekday_date(date_of(*o.invoiced_at), l)}}) + "<br>" +
                    say(l, Msg::doc_order, {{"order", label}}) + "</div></div>\n";
    b += "<div class=\"head to\">" + client_block(a, c, l) + "</div>\n";
    b += "<table>" + doc::charge_rows(p, o, l);
    for (size_t i = 0; i < o.payments.size(); ++i) {
        const Payment& pay = o.payments[i];
        if (!original_line(pay) || voided_by(o, i)) continue;
        const std::string what = say(l, pay.refund ? Msg::doc_refunded_on : Msg::doc_paid_on, {{"date", local_weekday_date(date_of(pay.at), l)}});
        b += "<tr><td>" + what + (pay.method.empty() ? "" : " (" + html_escape(pay.method) + ")") + "</td><td></td><td class=\"n\">" +
             (pay.refund ? "" : "−") + money(p, pay.amount, l) + "</td></tr>\n";
    }
    b += "<tr class=\"total\"><td>" + say(l, Msg::doc_balance_due) + "</td><td></td><td class=\"n\">" + money(p, balance_owed(o), l) +
         "</td></tr></table>\n";
    b += "<h2>" + say(l, Msg::doc_payment_terms) + "</h2><p>" +
         (p.payment_terms.empty() ? say(l, Msg::doc_payable_on_receipt) : lines_html(p.payment_terms)) + "</p>\n";
    return page(fill(text(l.language, Msg::doc_invoice_title), {{"number", o.invoice}}), paper, b, l);
}

std::string receipt_html(const Atelier& a, const Order& o, int line, Paper paper) {
    if (line < 0 || static_cast<size_t>(line) >= o.payments.size()) return "";
    const Payment& pay = o.payments[static_cast<size_t>(line)];
    if (!original_line(pay) || pay.refund) return "";
    const Profile& p = a.profile;
    const Client* c = a.client(o.client);
    const Locale l = client_locale(p, c);
    const std::string label = order_label(p, o.number);
    std::string b = "<div class=\"head\">" + letterhead(p) + "<div><h1>" + say(l, Msg::doc_receipt) + "</h1>" +
                    say(l, Msg::doc_receipt_of, {{"order", label}, {"n", local_integer(line + 1, l)}}) + "<br>" +
                    say(l, Msg::doc_date, {{"date", local_weekday_date(date_of(pay.at), l)}}) + "</div></div>\n";
    b += "<div class=\"head to\">" + client_block(a, c, l) + "</div>\n";
    const std::string garment = garment_of(o, l);
    b += "<table><tr><td>" +
         (pay.method.empty() ? say(l, Msg::doc_received_for, {{"garment", garment}})
                             : say(l, Msg::doc_received_by, {{"method", pay.method}, {"garment", garment}})) +
         "</td><td class=\"n\">" + money(p, pay.amount, l) + "</td></tr>\n";
    if (voided_by(o, static_cast<size_t>(line))) b += "<tr><td colspan=\"2\" class=\"mark\">" + say(l, Msg::doc_voided) + "</td></tr>\n";
    b += "<tr><td>" + say(l, Msg::doc_order_total) + "</td><td class=\"n\">" + money(p, order_charges(o), l) + "</td></tr>\n";
    b += "<tr class=\"total\"><td>" + say(l, Msg::doc_balance_still_due) + "</td><td class=\"n\">" + money(p, balance_owed(o), l) +
         "</td></tr></table>\n";
    if (!pay.note.empty()) b += "<p class=\"muted\">" + lines_html(pay.note) + "</p>\n";
    return page(fill(text(l.language, Msg::doc_receipt_title), {{"order", label}}), paper, b, l);
}

}  // namespace atelier

#include "core/documents/documents.hpp"

#include "core/derive.hpp"
#include "core/documents/page.hpp"
#include "core/rules/messages.hpp"

namespace atelier {

using doc::client_block;
using doc::garment_of;
using doc::letterhead;
using doc::lines_html;
using doc::money;
using doc::page;

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
    const std::string label = order_label(p, o.number);
    std::string b = "<div class=\"head\">" + letterhead(p) + "<div><h1>Invoice " + html_escape(o.invoice) +
                    "</h1>Date: " + long_date(date_of(*o.invoiced_at)) + "<br>Order: " + html_escape(label) + "</div></div>\n";
    b += "<div class=\"head to\">" + client_block(a, c) + "</div>\n";
    b += "<table>" + doc::charge_rows(p, o);
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

}  // namespace atelier

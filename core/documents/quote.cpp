// [SECTION] The quote: what the order will cost and when it will be ready, for the client to
// accept before work starts.
#include "core/derive.hpp"
#include "core/documents/documents.hpp"
#include "core/documents/page.hpp"
#include "core/rules/messages.hpp"

namespace atelier {

std::string quote_html(const Atelier& a, const Order& o, Paper paper, Date today) {
    const Profile& p = a.profile;
    const std::string label = order_label(p, o.number);
    const Date until = add_days(today, kQuoteValidDays);
    std::string b = "<div class=\"head\">" + doc::letterhead(p) + "<div><h1>Quote " + html_escape(label) + "</h1>Date: " +
                    long_date(today) + "<br>Valid until: " + long_date(until) + "</div></div>\n";
    b += "<div class=\"head to\">" + doc::client_block(a, a.client(o.client)) + "<div><span class=\"muted\">Ready by</span><br><strong>" +
         long_date(o.deadline) + "</strong>" + (o.event ? "<br>for the event of " + long_date(*o.event) : std::string()) + "</div></div>\n";
    b += "<table>" + doc::charge_rows(p, o);
    const Money paid = amount_paid(o);
    if (paid.minor > 0) {
        b += "<tr><td>Already paid</td><td></td><td class=\"n\">−" + doc::money(p, paid) + "</td></tr>\n";
        b += "<tr class=\"total\"><td>Left to pay</td><td></td><td class=\"n\">" + doc::money(p, balance_owed(o)) + "</td></tr>\n";
    }
    b += "</table>\n";
    b += "<h2>Terms</h2><p>" + (p.payment_terms.empty() ? std::string("Payment as agreed.") : doc::lines_html(p.payment_terms)) + "</p>\n";
    b += "<p class=\"muted\">This quote is valid for " + std::to_string(kQuoteValidDays) +
         " days. Prices and dates are confirmed once it is accepted.</p>\n";
    b += "<div class=\"sign\"><div>Accepted on (date)</div><div>Client's signature</div></div>\n";
    return doc::page("Quote " + label, paper, b);
}

}  // namespace atelier

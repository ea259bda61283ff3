// [SECTION] The quote: what the order will cost and when it will be ready, for the client to
// accept before work starts.
#include "core/derive.hpp"
#include "core/documents/documents.hpp"
#include "core/documents/page.hpp"
#include "core/i18n/local_format.hpp"
#include "core/rules/messages.hpp"

namespace atelier {

std::string quote_html(const Atelier& a, const Order& o, Paper paper, Date today) {
    using doc::say;
    const Profile& p = a.profile;
    const Client* c = a.client(o.client);
    const Locale l = client_locale(p, c);
    const std::string label = order_label(p, o.number);
    const Date until = add_days(today, kQuoteValidDays);
    std::string b = "<div class=\"head\">" + doc::letterhead(p) + "<div><h1>" + say(l, Msg::doc_quote_title, {{"order", label}}) + "</h1>" +
                    say(l, Msg::doc_date, {{"date", local_weekday_date(today, l)}}) + "<br>" +
                    say(l, Msg::doc_valid_until, {{"date", local_weekday_date(until, l)}}) + "</div></div>\n";
    b += "<div class=\"head to\">" + doc::client_block(a, c, l) + "<div><span class=\"muted\">" + say(l, Msg::doc_ready_by) +
         "</span><br><strong>" + html_escape(local_weekday_date(o.deadline, l)) + "</strong>" +
         (o.event ? "<br>" + say(l, Msg::doc_for_event, {{"date", local_weekday_date(*o.event, l)}}) : std::string()) + "</div></div>\n";
    b += "<table>" + doc::charge_rows(p, o, l);
    const Money paid = amount_paid(o);
    if (paid.minor > 0) {
        b += "<tr><td>" + say(l, Msg::doc_already_paid) + "</td><td></td><td class=\"n\">−" + doc::money(p, paid, l) + "</td></tr>\n";
        b += "<tr class=\"total\"><td>" + say(l, Msg::doc_left_to_pay) + "</td><td></td><td class=\"n\">" + doc::money(p, balance_owed(o), l) +
             "</td></tr>\n";
    }
    b += "</table>\n";
    b += "<h2>" + say(l, Msg::doc_terms) + "</h2><p>" +
         (p.payment_terms.empty() ? say(l, Msg::doc_payment_as_agreed) : doc::lines_html(p.payment_terms)) + "</p>\n";
    b += "<p class=\"muted\">" + say(l, Msg::doc_quote_valid, {{"n", local_integer(kQuoteValidDays, l)}}, kQuoteValidDays) + "</p>\n";
    b += "<div class=\"sign\"><div>" + say(l, Msg::doc_accepted_on) + "</div><div>" + say(l, Msg::doc_client_signature) + "</div></div>\n";
    return doc::page(fill(text(l.language, Msg::doc_quote_title), {{"order", label}}), paper, b, l);
}

}  // namespace atelier

// Invoices and printed documents (issue 17): order.invoice gives the next number of the year with
// no gaps, never twice — an issued invoice is not undone (the rule: its number is in the client's
// hands; a refund corrects it) — and the loader holds the numbers to the same rule; the invoice,
// receipt and job card pages carry what they must and escape what the user typed.
#include <doctest/doctest.h>

#include "core/documents/documents.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/validate/validate.hpp"
#include "tests/core/fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

// Order 1 made, paid 1,000.00 of 3,000.00 and collected (handing over while owing allowed).
void collected(Fixture& f) {
    f.ok(R"({"type":"atelier.update","release_owing":true})");
    f.to_finishing();
    f.ok(R"({"type":"order.advance","order":1})");
    f.ok(R"({"type":"order.pay","order":1,"amount":100000,"method":"card"})");
    f.ok(R"({"type":"order.collect","order":1})");
}

// A copy of order 1 in the same state (clone, then the same steps).
int another_collected(Fixture& f) {
    f.ok(R"({"type":"order.clone","order":1})");
    const int n = f.a().profile.next_order - 1;
    const std::string o = std::to_string(n);
    for (const char* t : {"order.confirm", "order.start"}) f.ok(("{\"type\":\"" + std::string(t) + "\",\"order\":" + o + "}").c_str());
    f.ok(("{\"type\":\"order.move_to\",\"order\":" + o + ",\"stage\":\"fitting\"}").c_str());
    f.ok(("{\"type\":\"order.qc\",\"order\":" + o + ",\"pass\":true}").c_str());
    f.ok(("{\"type\":\"order.move_to\",\"order\":" + o + ",\"stage\":\"finishing\"}").c_str());
    f.ok(("{\"type\":\"order.advance\",\"order\":" + o + "}").c_str());
    f.ok(("{\"type\":\"order.collect\",\"order\":" + o + "}").c_str());
    return n;
}

}  // namespace

TEST_CASE("invoice numbers: per year, in order, no gaps, never taken back by undo") {
    Fixture f;
    CHECK(f.refusal(R"({"type":"order.invoice","order":1})").find("only a shipped or collected order") != std::string::npos);
    collected(f);
    f.ctx.now = at("2026-12-30T10:00");
    f.ok(R"({"type":"order.invoice","order":1})");
    CHECK(f.order(1).invoice == "2026-0001");
    CHECK(f.order(1).invoiced_at == at("2026-12-30T10:00"));
    CHECK(f.order(1).status == Status::invoiced);
    CHECK(f.refusal(R"({"type":"order.invoice","order":1})").find("only a shipped or collected") != std::string::npos);

    // Undo would take the number back: refused, and nothing changes.
    const std::string before = content_snapshot(f.a());
    const Result u = f.store.undo(f.ctx);
    CHECK_FALSE(u.ok);
    INFO(u.error.message);
    CHECK(u.error.message.find("invoice 2026-0001 of order 1-BFG is issued") != std::string::npos);
    CHECK(content_snapshot(f.a()) == before);

    const int second = another_collected(f);
    f.ok(("{\"type\":\"order.invoice\",\"order\":" + std::to_string(second) + "}").c_str());
    CHECK(f.order(second).invoice == "2026-0002");
    // A new year starts again at 0001.
    const int third = another_collected(f);
    f.ctx.now = at("2027-01-02T09:00");
    f.ok(("{\"type\":\"order.invoice\",\"order\":" + std::to_string(third) + "}").c_str());
    CHECK(f.order(third).invoice == "2027-0001");
    CHECK(f.a().profile.invoice_year == 2027);
    CHECK(f.a().profile.invoice_next == 2);
    CHECK(invoice_number(2026, 12) == "2026-0012");
    CHECK(valid_invoice_number("2026-0012"));
    CHECK_FALSE(valid_invoice_number("2026-12"));
    CHECK_FALSE(valid_invoice_number("26-00012"));
}

TEST_CASE("the loader holds invoice numbers to the rule: unique, below the counter, with their time") {
    Fixture f;
    collected(f);
    f.ok(R"({"type":"order.invoice","order":1})");
    Atelier a = f.a();
    Problems ok;
    validate_atelier(a, ok);
    CHECK(ok.empty());
    a.profile.invoice_next = 1;  // the counter behind the number given
    Problems behind;
    validate_atelier(a, behind);
    REQUIRE_FALSE(behind.empty());
    CHECK(behind.front().path == "/orders/0/invoice");
    a = f.a();
    a.orders[0].invoiced_at.reset();
    Problems no_time;
    validate_atelier(a, no_time);
    CHECK_FALSE(no_time.empty());
}

TEST_CASE("the invoice page: number, lines, tax, payments deducted, balance due, terms; user text escaped") {
    Fixture f;
    f.ok(R"({"type":"client.update","client":1,"name":"Léa <b>Dubois</b>"})");
    f.ok(R"({"type":"atelier.update","letterhead":"12 rue du Bac\n75007 Paris","payment_terms":"Within 30 days.","paper":"letter"})");
    collected(f);
    CHECK(invoice_html(f.a(), f.order(1), Paper::a4).empty());  // not invoiced yet
    f.ctx.now = at("2026-03-05T10:00");
    f.ok(R"({"type":"order.invoice","order":1})");
    const std::string html = invoice_html(f.a(), f.order(1), f.a().profile.paper);
    CHECK(html.find("Invoice 2026-0001") != std::string::npos);
    CHECK(html.find("Thursday 5 March 2026") != std::string::npos);
    CHECK(html.find("3,000.00 EUR") != std::string::npos);  // total
    CHECK(html.find("−1,000.00 EUR") != std::string::npos);  // paid, deducted
    CHECK(html.find("Balance due</td><td></td><td class=\"n\">2,000.00 EUR") != std::string::npos);
    CHECK(html.find("12 rue du Bac<br>75007 Paris") != std::string::npos);
    CHECK(html.find("Within 30 days.") != std::string::npos);
    CHECK(html.find("Léa &lt;b&gt;Dubois&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("<b>Dubois") == std::string::npos);
    CHECK(html.find("class=\"paper-letter\"") != std::string::npos);
    CHECK(html.find(std::string("href=\"") + kDocumentStylesheet + "\"") != std::string::npos);

    const std::string receipt = receipt_html(f.a(), f.order(1), 0, Paper::a4);
    CHECK(receipt.find("Received by card") != std::string::npos);
    CHECK(receipt.find("1,000.00 EUR") != std::string::npos);
    CHECK(receipt.find("Balance still due</td><td class=\"n\">2,000.00 EUR") != std::string::npos);
    CHECK(receipt_html(f.a(), f.order(1), 5, Paper::a4).empty());
}

TEST_CASE("the job card: measurements with the order's own marked, stages and teams, no money") {
    Fixture f;
    f.ok(R"({"type":"order.override","order":1,"name":"waist","value":"68cm"})");
    f.ok(R"({"type":"order.update","order":1,"notes":"Ivory silk, hand-rolled hem"})");
    const std::string card = job_card_html(f.a(), f.order(1), Paper::a4);
    CHECK(card.find("Job card 1-BFG") != std::string::npos);
    CHECK(card.find("Friday 1 May 2026") != std::string::npos);  // deadline
    CHECK(card.find("<td>bust</td><td class=\"n\">88cm</td>") != std::string::npos);
    CHECK(card.find("<td>waist</td><td class=\"n\">68cm</td><td class=\"mark\">this order&#39;s own (client: 70cm)") != std::string::npos);
    CHECK(card.find("<td>Cutting</td><td>Cutting</td><td>photo freezes measurements") != std::string::npos);
    CHECK(card.find("Ivory silk, hand-rolled hem") != std::string::npos);
    CHECK(card.find("EUR") == std::string::npos);
}

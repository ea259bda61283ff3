// Invoices and printed documents (issue 17): order.invoice gives the next number of the year with
// no gaps, never twice — an issued invoice is not undone (the rule: its number is in the client's
// hands; a refund corrects it) — and the loader holds the numbers to the same rule; the invoice,
// receipt, quote and job card pages carry what they must and escape what the user typed; the
// logo is checked as a photo is; the job card's QR code holds the order's link.
#include <doctest/doctest.h>

#include "core/documents/documents.hpp"
#include "core/documents/qr.hpp"
#include "core/json/capped.hpp"
#include "core/rules/photos.hpp"
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
    // Nor does a hand-written undo give a number (here, the one order 1 holds): refused.
    const std::string give = R"({"type":"undo","what":"order.update","changes":[{"kind":"order","id":")" + std::to_string(second) +
                             R"(","from":{"invoice":"","invoiced_at":null},"to":{"invoice":"2026-0001","invoiced_at":"2026-12-30T10:00"}}]})";
    CHECK(f.refusal(give.c_str()).find("an undo gives no invoice number") != std::string::npos);
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
    CHECK(html.find("€3,000.00") != std::string::npos);  // total
    CHECK(html.find("−€1,000.00") != std::string::npos);  // paid, deducted
    CHECK(html.find("Balance due</td><td></td><td class=\"n\">€2,000.00") != std::string::npos);
    CHECK(html.find("12 rue du Bac<br>75007 Paris") != std::string::npos);
    CHECK(html.find("Within 30 days.") != std::string::npos);
    CHECK(html.find("Léa &lt;b&gt;Dubois&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("<b>Dubois") == std::string::npos);
    CHECK(html.find("class=\"paper-letter\"") != std::string::npos);
    CHECK(html.find(std::string("href=\"") + kDocumentStylesheet + "\"") != std::string::npos);

    const std::string receipt = receipt_html(f.a(), f.order(1), 0, Paper::a4);
    CHECK(receipt.find("Received by card") != std::string::npos);
    CHECK(receipt.find("€1,000.00") != std::string::npos);
    CHECK(receipt.find("Balance still due</td><td class=\"n\">€2,000.00") != std::string::npos);
    CHECK(receipt_html(f.a(), f.order(1), 5, Paper::a4).empty());
}

TEST_CASE("the job card: measurements with the order's own marked, stages and teams, no money") {
    Fixture f;
    f.ok(R"({"type":"order.override","order":1,"name":"waist","value":"68cm"})");
    f.ok(R"({"type":"order.update","order":1,"notes":"Ivory silk, hand-rolled hem"})");
    const std::string card = job_card_html(f.a(), f.order(1), Paper::a4, "", Locale{});
    CHECK(card.find("Job card 1-BFG") != std::string::npos);
    CHECK(card.find("Friday 1 May 2026") != std::string::npos);  // deadline
    CHECK(card.find("<td>bust</td><td class=\"n\">88cm</td>") != std::string::npos);
    CHECK(card.find("<td>waist</td><td class=\"n\">68cm</td><td class=\"mark\">this order&#39;s own (client: 70cm)") != std::string::npos);
    CHECK(card.find("<td>Cutting</td><td>Cutting</td><td>photo freezes measurements") != std::string::npos);
    CHECK(card.find("Ivory silk, hand-rolled hem") != std::string::npos);
    CHECK(card.find("€") == std::string::npos);
}

namespace {

// A picture as the photo store describes one: content ids made of one repeated digit.
Image picture_of(char c, int width = 640, int height = 240) {
    Image im;
    im.id = std::string(64, c);
    im.thumb = std::string(63, c) + "0";
    im.type = "image/png";
    im.bytes = 20000;
    im.width = width;
    im.height = height;
    return im;
}

// Reads a QR code's modules back out of the SVG path qr_svg wrote ("M x yh1v1h-1z" a module).
std::vector<std::pair<int, int>> svg_modules(const std::string& svg) {
    std::vector<std::pair<int, int>> out;
    for (size_t at = svg.find(" d=\""); (at = svg.find('M', at)) != std::string::npos; ++at) {
        int x = 0, y = 0;
        if (std::sscanf(svg.c_str() + at, "M%d %dh1v1h-1z", &x, &y) == 2) out.emplace_back(x, y);
    }
    return out;
}

}  // namespace

TEST_CASE("the quote: dated, valid 30 days, lines and tax as invoiced, what was paid, ready-by date, signature") {
    Fixture f;
    f.ok(R"({"type":"atelier.update","payment_terms":"50% on acceptance."})");
    f.ok(R"({"type":"order.update","order":1,"garment":"Gown <silk>"})");
    f.ok(R"({"type":"order.pay","order":1,"amount":50000,"method":"card"})");
    const Date today = parse_date("2026-03-10").value();
    const std::string q = quote_html(f.a(), f.order(1), Paper::a4, today);
    INFO(q);
    CHECK(q.find("<h1>Quote 1-BFG</h1>") != std::string::npos);
    CHECK(q.find("Date: Tuesday 10 March 2026") != std::string::npos);
    CHECK(q.find("Valid until: Thursday 9 April 2026") != std::string::npos);
    CHECK(q.find("Gown &lt;silk&gt;") != std::string::npos);
    CHECK(q.find("<tr class=\"total\"><td>Total</td><td></td><td class=\"n\">€3,000.00</td></tr>") != std::string::npos);
    CHECK(q.find("Already paid</td><td></td><td class=\"n\">−€500.00") != std::string::npos);
    CHECK(q.find("Left to pay</td><td></td><td class=\"n\">€2,500.00") != std::string::npos);
    CHECK(q.find("Ready by</span><br><strong>Friday 1 May 2026") != std::string::npos);
    CHECK(q.find("50% on acceptance.") != std::string::npos);
    CHECK(q.find("Client&#39;s signature") != std::string::npos);
    // Nothing paid: no "left to pay" line.
    Atelier unpaid = f.a();
    unpaid.orders[0].payments.clear();
    CHECK(quote_html(unpaid, unpaid.orders[0], Paper::a4, today).find("Left to pay") == std::string::npos);
}

TEST_CASE("the logo: checked as a photo is, by the command and the loader; printed on every letterhead") {
    Fixture f;
    CHECK(f.refusal(R"({"type":"atelier.update","logo":{"id":"nothex"}})").find("SHA-256") != std::string::npos);
    Image staged = picture_of('a');
    staged.stage = "cutting";
    CHECK(f.refusal(json_text(nlohmann::json{{"type", "atelier.update"}, {"logo", to_json_value(staged)}}).c_str()).find("no stage") != std::string::npos);
    CHECK(f.a().profile.logo.id.empty());
    f.ok(json_text(nlohmann::json{{"type", "atelier.update"}, {"logo", to_json_value(picture_of('a'))}}).c_str());
    CHECK(f.a().profile.logo.id == std::string(64, 'a'));
    collected(f);
    f.ok(R"({"type":"order.invoice","order":1})");
    const std::string logo = "<img class=\"logo\" data-photo=\"" + std::string(64, 'a') + "\"";
    CHECK(invoice_html(f.a(), f.order(1), Paper::a4).find(logo) != std::string::npos);
    CHECK(receipt_html(f.a(), f.order(1), 0, Paper::a4).find(logo) != std::string::npos);
    CHECK(quote_html(f.a(), f.order(1), Paper::a4, Date{}).find(logo) != std::string::npos);
    // Stored pictures name the logo first (sync uploads it, a backup carries it).
    const auto stored = stored_pictures(f.a());
    REQUIRE_FALSE(stored.empty());
    CHECK(stored.front() == &f.a().profile.logo);

    Atelier bad = f.a();
    bad.profile.logo.thumb = "x";
    Problems problems;
    validate_atelier(bad, problems);
    REQUIRE_FALSE(problems.empty());
    CHECK(problems.front().path == "/atelier/logo/thumb");
    // Taken off with an empty picture; undo puts it back.
    f.ok(R"({"type":"atelier.update","logo":{"id":""}})");
    CHECK(f.a().profile.logo == Image{});
    CHECK(invoice_html(f.a(), f.order(1), Paper::a4).find("class=\"logo\"") == std::string::npos);
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(f.a().profile.logo.id == std::string(64, 'a'));
}

TEST_CASE("the job card: a QR code that reads back as the order's link, and the reference photos before stage photos") {
    Fixture f;
    CHECK(order_link("https://studio.example/atelier/?demo=300#x", 1) == "https://studio.example/atelier/?order=1");
    CHECK(order_link("", 1).empty());
    const std::string link = order_link("http://192.168.1.20:8080/", 1);
    const std::string card = job_card_html(f.a(), f.order(1), Paper::a4, link, Locale{});
    const size_t svg = card.find("<svg class=\"qr\"");
    REQUIRE(svg != std::string::npos);
    // The modules drawn are exactly those of the link's code (quiet zone offset).
    const QrModules q = qr_modules(link);
    REQUIRE(q.size > 0);
    std::vector<std::pair<int, int>> want;
    for (int y = 0; y < q.size; ++y)
        for (int x = 0; x < q.size; ++x)
            if (q.at(x, y)) want.emplace_back(x + kQrQuietModules, y + kQrQuietModules);
    CHECK(svg_modules(card.substr(svg, card.find("</svg>", svg) - svg)) == want);
    CHECK(qr_modules("http://192.168.1.20:8080/?order=2").dark != q.dark);
    CHECK(qr_svg(qr_modules(std::string(kMaxQrText + 1, 'a')), "qr").empty());
    CHECK(job_card_html(f.a(), f.order(1), Paper::a4, "", Locale{}).find("<svg") == std::string::npos);

    // Photos: a stage photo added first still comes after the reference and the swatch.
    Image stage_photo = picture_of('b', 2048, 1536);
    stage_photo.stage = "cutting";
    Image swatch = picture_of('c', 2048, 1536);
    swatch.kind = PhotoKind::fabric;
    swatch.caption = "Lace <Chantilly>";
    for (const Image& im : {stage_photo, picture_of('d', 2048, 1536), swatch})
        f.ok(json_text(nlohmann::json{{"type", "order.image"}, {"order", 1}, {"image", to_json_value(im)}}).c_str());
    const std::string with_photos = job_card_html(f.a(), f.order(1), Paper::a4, link, Locale{});
    const size_t ref = with_photos.find("data-photo=\"" + picture_of('d').thumb + "\"");
    const size_t lace = with_photos.find("data-photo=\"" + swatch.thumb + "\"");
    const size_t cut = with_photos.find("data-photo=\"" + stage_photo.thumb + "\"");
    REQUIRE(ref != std::string::npos);
    REQUIRE(lace != std::string::npos);
    REQUIRE(cut != std::string::npos);
    CHECK(ref < lace);
    CHECK(lace < cut);
    CHECK(with_photos.find("Fabric swatch: Lace &lt;Chantilly&gt;") != std::string::npos);
    CHECK(with_photos.find("Stage photo · Cutting") != std::string::npos);
}

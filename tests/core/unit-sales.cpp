// Sales orders (issue 18): a customer's order of styles × colours × sizes, confirmed only with its
// lines, a production order made from it in one action (lines → matrix, linked both ways), its
// state reached by the work (in production at the first batch, shipped when every piece left,
// invoiced, paid), shipping never more than was made, the ship-date risk; undo; the snapshot.
#include <doctest/doctest.h>

#include "core/production/floor.hpp"
#include "core/production/sales.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/validate/validate.hpp"
#include "tests/core/fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

struct Shop : Fixture {
    Shop() {
        ok(R"({"type":"pipeline.put","pipeline":{"id":"floor","name":"Floor","stages":[{"id":"cut","name":"Cut"},{"id":"sew","name":"Sew"}]}})");
        ok(R"({"type":"style.create","code":"SS27-DR01","name":"Wrap dress","state":"approval","pack":{"sizes":["S","M"],"colours":["Navy","Ecru"],
            "bom":[{"material":"Crepe","unit":"m","per_size":["2","2.5"]}]}})");
        ok(R"({"type":"client.create","name":"Boutique Lune"})");
    }
    int customer() const { return a().clients.back().id; }
    int sales(const std::string& lines) {
        const int n = a().profile.next_order;
        const std::string c = R"({"type":"sales.create","customer":)" + std::to_string(customer()) +
                              R"(,"season":"SS27","ship":"2026-04-15","term":"fob","payment_days":30,"lines":)" + lines + "}";
        ok(c.c_str());
        return n;
    }
    const SalesOrder& so(int n) const { return *a().sales_order(n); }
    SalesState state(int n) const { return sales_state(a(), so(n)); }
    std::string cmd(const char* type, int sales, const std::string& rest = "") const {
        return std::string(R"({"type":")") + type + R"(","sales":)" + std::to_string(sales) + rest + "}";
    }
};

constexpr const char* kLines = R"([{"style":"SS27-DR01","colour":"Navy","size":"S","quantity":10,"price":"45.00"},
                                   {"style":"SS27-DR01","colour":"Navy","size":"M","quantity":20,"price":"45.00"}])";

}  // namespace

TEST_CASE("a sales order: confirmed with its lines, a production order from it in one action, shipped no more than made, invoiced, paid") {
    Shop f;
    const int empty = f.sales("[]");
    CHECK(f.refusal(f.cmd("sales.confirm", empty).c_str()) == "/sales: a sales order is confirmed with its lines: it has none");
    const int n = f.sales(kLines);
    CHECK(*sales_total(f.so(n)) == Money{135000});
    CHECK(f.state(n) == SalesState::draft);
    CHECK(f.refusal(f.cmd("sales.produce", n, R"(,"style":"SS27-DR01","pipeline":"floor")").c_str()) ==
          "/sales: production orders are made from a confirmed sales order (it is Draft)");
    f.ok(f.cmd("sales.confirm", n).c_str());
    CHECK(f.state(n) == SalesState::confirmed);
    CHECK(f.refusal(f.cmd("sales.update", n, R"(,"lines":[])").c_str()) ==
          "/lines: the lines, the customer and the currency change only while a draft (it is Confirmed)");
    CHECK(f.refusal(f.cmd("sales.update", n, R"(,"currency":"USD")").c_str()) ==
          "/currency: the lines, the customer and the currency change only while a draft (it is Confirmed)");
    CHECK(sales_currency(f.a(), f.so(n)) == f.a().profile.settings.currency);  // none given: the atelier's

    const int po = f.a().profile.next_order;
    f.ok(f.cmd("sales.produce", n, R"(,"style":"SS27-DR01","pipeline":"floor")").c_str());
    const ProductionOrder& p = *f.a().production(po);
    CHECK(p.sales_order == n);
    CHECK(p.due == f.so(n).ship);
    REQUIRE(p.matrix.size() == 2);
    CHECK(p.matrix[1].quantity == 20);
    CHECK(f.refusal(f.cmd("sales.produce", n, R"(,"style":"SS27-DR01","pipeline":"floor")").c_str()) ==
          "/style: production order " + order_label(f.a().profile, po) + " already makes SS27-DR01 for sales order " + sales_label(f.a().profile, n));

    // Released on a Production Ready pack; the first batch puts the sales order in production.
    f.ok(R"({"type":"style.state","style":"SS27-DR01","state":"production_ready"})");
    const std::string P = std::to_string(po);
    f.ok((R"({"type":"production.release","production":)" + P + "}").c_str());
    CHECK(f.state(n) == SalesState::confirmed);
    f.ok((R"({"type":"production.batch","production":)" + P + R"(,"colour":"Navy","sizes":[{"size":"S","quantity":10},{"size":"M","quantity":20}]})").c_str());
    CHECK(f.state(n) == SalesState::in_production);
    f.ok((R"({"type":"production.progress","production":)" + P + R"(,"batch":1,"stage":"cut","done":30})").c_str());
    f.ok((R"({"type":"production.progress","production":)" + P + R"(,"batch":1,"stage":"sew","done":12})").c_str());
    CHECK(made_for(f.a(), f.so(n), "SS27-DR01", "Navy") == 12);
    // Shipping more than was made is refused; what was made ships.
    CHECK(f.refusal(f.cmd("sales.ship", n, R"(,"style":"SS27-DR01","colour":"Navy","quantity":13)").c_str()) ==
          "/quantity: shipping more than was made: 12 SS27-DR01 Navy made, 0 shipped already");
    f.ok(f.cmd("sales.ship", n, R"(,"style":"SS27-DR01","colour":"Navy","quantity":12,"tracking":"1Z1")").c_str());
    CHECK(f.refusal(f.cmd("sales.invoice", n).c_str()) == "/sales: a sales order is invoiced once all of it shipped");
    f.ok((R"({"type":"production.progress","production":)" + P + R"(,"batch":1,"stage":"sew","done":18})").c_str());
    f.ok(f.cmd("sales.ship", n, R"(,"style":"SS27-DR01","colour":"Navy","quantity":18)").c_str());
    CHECK(f.state(n) == SalesState::shipped);
    CHECK(f.refusal(f.cmd("sales.ship", n, R"(,"style":"SS27-DR01","colour":"Navy","quantity":1)").c_str()) ==
          "/sales: only a confirmed order in production ships (it is Shipped)");
    f.ok(f.cmd("sales.invoice", n).c_str());
    CHECK(f.state(n) == SalesState::invoiced);
    CHECK(valid_invoice_number(f.so(n).invoice));
    f.ok(f.cmd("sales.pay", n, R"(,"amount":"1350.00","method":"transfer")").c_str());
    CHECK(f.state(n) == SalesState::paid);
    // An issued invoice is never taken back by an undo (the payment is, first).
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(f.state(n) == SalesState::invoiced);
    CHECK_FALSE(f.store.undo(f.ctx).ok);
    Problems problems;
    validate_atelier(f.a(), problems);
    CHECK(problems.empty());
}

TEST_CASE("the ship-date risk: the date passed, or near with pieces still to make") {
    Shop f;
    const int n = f.sales(kLines);
    const Date ship = f.so(n).ship;
    CHECK_FALSE(ship_at_risk(f.a(), f.so(n), add_days(ship, 5), 7));  // a draft is no commitment yet
    f.ok(f.cmd("sales.confirm", n).c_str());
    CHECK(ship_at_risk(f.a(), f.so(n), add_days(ship, 1), 7));    // past the date
    CHECK(ship_at_risk(f.a(), f.so(n), add_days(ship, -3), 7));   // near, nothing made
    CHECK_FALSE(ship_at_risk(f.a(), f.so(n), add_days(ship, -30), 7));
    f.ok(f.cmd("sales.cancel", n, R"(,"reason":"season dropped")").c_str());
    CHECK_FALSE(ship_at_risk(f.a(), f.so(n), add_days(ship, 1), 7));
    CHECK(f.state(n) == SalesState::cancelled);
}

TEST_CASE("sales orders: bad input refused with the reason; the snapshot reads back") {
    Shop f;
    CHECK(f.refusal(R"({"type":"sales.create","customer":999,"ship":"2026-04-15"})") == "/customer: no client 999");
    CHECK(f.refusal((R"({"type":"sales.create","customer":)" + std::to_string(f.customer()) +
                     R"(,"ship":"2026-04-15","lines":[{"style":"NOPE","colour":"Navy","size":"S","quantity":1}]})").c_str()) ==
          "/lines/0/style: no style \"NOPE\"");
    const int n = f.sales(R"([{"style":"SS27-DR01","colour":"Red","size":"S","quantity":5}])");
    CHECK(f.refusal(f.cmd("sales.confirm", n).c_str()) == "/lines/0/colour: colour \"Red\" is not a colourway of SS27-DR01");
    CHECK(f.refusal(f.cmd("sales.pay", n, R"(,"amount":"0","method":"cash")").c_str()) == "/amount: a payment is more than 0");
    const std::string text = write_snapshot(f.a());
    Atelier back;
    Problems p;
    REQUIRE(read_snapshot(text, back, p));
    CHECK(back == f.a());
    CHECK(write_snapshot(back) == text);
}

TEST_CASE("the floor: a batch is a card wherever its pieces wait, each column counts them; late orders and ship dates at risk") {
    Shop f;
    f.ok(R"({"type":"style.state","style":"SS27-DR01","state":"production_ready"})");
    const int n = f.sales(kLines);
    f.ok(f.cmd("sales.confirm", n).c_str());
    const int po = f.a().profile.next_order;
    f.ok(f.cmd("sales.produce", n, R"(,"style":"SS27-DR01","pipeline":"floor","due":"2026-04-10")").c_str());
    const std::string P = std::to_string(po);
    const Date today = f.so(n).ship;  // 2026-04-15: the order is due before, the ship date is today
    CHECK(floor_board(f.a(), "floor", today).columns.at(0).cards.empty());  // nothing released yet
    f.ok((R"({"type":"production.release","production":)" + P + "}").c_str());
    f.ok((R"({"type":"production.batch","production":)" + P + R"(,"colour":"Navy","sizes":[{"size":"S","quantity":10}]})").c_str());
    f.ok((R"({"type":"production.batch","production":)" + P + R"(,"colour":"Navy","sizes":[{"size":"M","quantity":20}]})").c_str());
    f.ok((R"({"type":"production.progress","production":)" + P + R"(,"batch":2,"stage":"cut","done":15,"rejected":1})").c_str());
    FloorBoard b = floor_board(f.a(), "floor", today);
    REQUIRE(b.columns.size() == 2);
    CHECK(b.columns[0].name == "Cut");
    CHECK(b.columns[0].waiting == 10 + 4);  // batch 1 all of it, batch 2 what is left
    REQUIRE(b.columns[0].cards.size() == 2);
    CHECK(b.columns[0].cards[0].batch == 1);
    CHECK(b.columns[0].cards[1].waiting == 4);
    CHECK(b.columns[0].cards[1].late);
    REQUIRE(b.columns[1].cards.size() == 1);  // batch 2 shows at Sew too
    CHECK(b.columns[1].waiting == 15);
    CHECK(b.finished_pieces == 0);
    f.ok((R"({"type":"production.progress","production":)" + P + R"(,"batch":1,"stage":"cut","done":10})").c_str());
    f.ok((R"({"type":"production.progress","production":)" + P + R"(,"batch":1,"stage":"sew","done":10})").c_str());
    b = floor_board(f.a(), "floor", today);
    CHECK(b.finished_batches == 1);
    CHECK(b.finished_pieces == 10);
    CHECK(b.columns[1].waiting == 15);
    CHECK(floor_pipelines(f.a()) == std::vector<std::string>{"floor"});

    ProductionRisks r = production_risks(f.a(), today);
    CHECK(r.ships_at_risk == std::vector<int>{n});      // 20 of 30 still to make, shipping today
    CHECK(r.late_production == std::vector<int>{po});  // due 2026-04-10
    CHECK(production_risks(f.a(), add_days(today, -30)).ships_at_risk.empty());
    CHECK(production_risks(f.a(), add_days(today, -30)).late_production.empty());
}

TEST_CASE("a sales order in the customer's currency: its prices and payments in it, a code that is not ISO 4217 refused") {
    Shop f;
    const int n = f.a().profile.next_order;
    f.ok((R"({"type":"sales.create","customer":)" + std::to_string(f.customer()) +
          R"(,"ship":"2026-04-15","currency":"USD","lines":)" + kLines + "}").c_str());
    CHECK(f.so(n).currency == "USD");
    CHECK(sales_currency(f.a(), f.so(n)) == "USD");
    CHECK(f.refusal(f.cmd("sales.update", n, R"(,"currency":"usd")").c_str()) ==
          "/currency: the currency must be a three-letter ISO 4217 code (e.g. EUR)");
    CHECK(f.so(n).currency == "USD");
    f.ok(f.cmd("sales.update", n, R"(,"currency":"GBP")").c_str());
    CHECK(f.so(n).currency == "GBP");
    f.ok(f.cmd("sales.update", n, R"(,"currency":"")").c_str());  // back to the atelier's
    CHECK(sales_currency(f.a(), f.so(n)) == f.a().profile.settings.currency);
    CHECK(f.refusal((R"({"type":"sales.create","customer":)" + std::to_string(f.customer()) +
                     R"(,"ship":"2026-04-15","currency":"DOLLARS","lines":)" + kLines + "}").c_str()) ==
          "/currency: the currency must be a three-letter ISO 4217 code (e.g. EUR)");
}

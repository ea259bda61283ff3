// Tax (issue 16): the atelier's rate and whether prices include it, frozen on each order when it is
// made; the split of a price into net, tax and gross (rounded half up, both ways); what the client
// owes when prices exclude it; refusals and the validator; a seeded property of the split.
#include <doctest/doctest.h>

#include <cmath>

#include "core/laws/generate.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/validate/validate.hpp"
#include "tests/core/fixture.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("the split: included and excluded, rounded half up to the cent") {
    // 20%: 1,000.00 including tax is 833.33 net + 166.67 tax.
    TaxSplit s = tax_split(Money{100000}, OrderTax{2000, true});
    CHECK(s.net.minor == 83333);
    CHECK(s.tax.minor == 16667);
    CHECK(s.gross.minor == 100000);
    // 1,000.00 before 20% tax: the client pays 1,200.00.
    s = tax_split(Money{100000}, OrderTax{2000, false});
    CHECK(s.net.minor == 100000);
    CHECK(s.tax.minor == 20000);
    CHECK(s.gross.minor == 120000);
    // 5.5% of 0.10 is 0.0055: half a cent and more rounds up; 5.5% of 0.09 (0.00495) rounds down.
    CHECK(tax_split(Money{10}, OrderTax{550, false}).tax.minor == 1);
    CHECK(tax_split(Money{9}, OrderTax{550, false}).tax.minor == 0);
    // 0.01 including 100% tax: net 0.005 rounds up to 0.01, so no tax is left.
    CHECK(tax_split(Money{1}, OrderTax{10000, true}).net.minor == 1);
    // No rate: everything is net.
    s = tax_split(Money{12345}, OrderTax{});
    CHECK(s.net.minor == 12345);
    CHECK(s.tax.minor == 0);
    // The largest price there can be, at the largest rate: no overflow.
    s = tax_split(Money{kMoneyMaxMinor}, OrderTax{10000, false});
    CHECK(s.gross.minor == 2 * kMoneyMaxMinor);
    CHECK(format_rate_bp(2000) == "20.00");
    CHECK(format_rate_bp(550) == "5.50");
    CHECK(format_rate_bp(5) == "0.05");
    CHECK(parse_rate_bp("20") == 2000);
    CHECK(parse_rate_bp(" 5.5 ") == 550);
    CHECK_FALSE(parse_rate_bp("100.01"));
    CHECK_FALSE(parse_rate_bp("-1"));
    CHECK_FALSE(parse_rate_bp("twenty"));
}

TEST_CASE("an order keeps the tax it was made under; the client owes the gross when prices exclude it") {
    Fixture f;  // order 1: 3,000.00, made before any tax was set
    CHECK(f.order(1).tax == OrderTax{});
    f.ok(R"({"type":"atelier.update","tax_rate_bp":2000,"prices_include_tax":false})");
    CHECK(f.a().profile.tax_rate_bp == 2000);
    f.ok(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-06-01","garment":"Veil","price":100000})");
    const Order& veil = f.order(2);
    CHECK(veil.tax == OrderTax{2000, false});
    CHECK(order_total(veil).minor == 120000);
    CHECK(balance_owed(veil).minor == 120000);
    // Paying the gross settles it; a cent more is refused with the amounts.
    f.ok(R"({"type":"order.pay","order":2,"amount":100000,"method":"card"})");
    CHECK(f.refusal(R"({"type":"order.pay","order":2,"amount":20001,"method":"card"})").find("200.00") != std::string::npos);
    f.ok(R"({"type":"order.pay","order":2,"amount":20000,"method":"card"})");
    CHECK(balance_owed(f.order(2)).minor == 0);
    // The old order is as it was: its price includes no tax.
    CHECK(order_total(f.order(1)).minor == 300000);
    // A later change of the rate leaves both alone; a copy keeps its source's terms.
    f.ok(R"({"type":"atelier.update","tax_rate_bp":550,"prices_include_tax":true})");
    CHECK(order_total(f.order(2)).minor == 120000);
    f.ok(R"({"type":"order.clone","order":2})");
    CHECK(f.order(3).tax == OrderTax{2000, false});
    f.ok(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-06-01","garment":"Gloves","price":10550})");
    CHECK(f.order(4).tax == OrderTax{550, true});
    CHECK(tax_split(f.order(4)).tax.minor == 550);
    CHECK(order_total(f.order(4)).minor == 10550);
}

TEST_CASE("tax refusals and the validator") {
    Fixture f;
    CHECK(f.refusal(R"({"type":"atelier.update","tax_rate_bp":12000})") ==
          "/tax_rate_bp: a tax rate is 0 to 10000 basis points (0.00% to 100.00%), not 12000");
    Problems p;
    CHECK_FALSE(command_from_json(nlohmann::json::parse(R"({"type":"atelier.update","tax_rate_bp":-1})"), p));
    // The tax is set by the app: a create carrying one is refused as an unknown field.
    p.clear();
    CHECK_FALSE(command_from_json(nlohmann::json::parse(
        R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-06-01","tax":{"rate_bp":0}})"), p));
    Atelier a = f.a();
    a.orders[0].tax.rate_bp = 10001;
    p.clear();
    validate_atelier(a, p);
    REQUIRE_FALSE(p.empty());
    CHECK(p[0].path == "/orders/0/tax/rate_bp");
    a = f.a();
    a.profile.tax_rate_bp = 20000;
    p.clear();
    validate_atelier(a, p);
    REQUIRE_FALSE(p.empty());
    CHECK(p[0].path == "/atelier/tax_rate_bp");
    // Payments up to the gross are valid in a loaded file; beyond it they are not.
    a = f.a();
    a.orders[0].tax = OrderTax{2000, false};
    a.orders[0].payments.push_back(Payment{});
    a.orders[0].payments.back().amount = Money{360000};
    a.orders[0].payments.back().method = "card";
    p.clear();
    validate_atelier(a, p);
    CHECK(p.empty());
    a.orders[0].payments.back().amount = Money{360001};
    p.clear();
    validate_atelier(a, p);
    CHECK_FALSE(p.empty());
    // The snapshot keeps the tax and reads it back.
    a = f.a();
    a.orders[0].tax = OrderTax{770, false};
    Atelier back;
    Problems read;
    REQUIRE(read_snapshot(write_snapshot(a), back, read));
    CHECK(back.orders[0].tax == OrderTax{770, false});
}

TEST_CASE("property: net + tax = gross, the tax never negative nor above the rate's worth, for any price and rate") {
    laws::Rng rng{20261205};
    for (int i = 0; i < 20000; ++i) {
        const Money price{rng.chance(10) ? kMoneyMaxMinor - rng.below(1000) : int64_t{rng.below(1000000000)}};
        const OrderTax t{rng.between(0, 10000), rng.chance(50)};
        const TaxSplit s = tax_split(price, t);
        INFO("price " << price.minor << " rate " << t.rate_bp << (t.included ? " included" : " excluded"));
        REQUIRE(s.net.minor + s.tax.minor == s.gross.minor);
        REQUIRE(s.tax.minor >= 0);
        REQUIRE((t.included ? s.gross : s.net) == price);
        // Within half a cent of the exact tax (in long double: the products pass int64's range).
        const long double r = t.rate_bp / 10000.0L;
        const long double exact = t.included ? price.minor * r / (1 + r) : price.minor * r;
        REQUIRE(std::abs(static_cast<long double>(s.tax.minor) - exact) <= 0.5L + 1e-6L * exact);
    }
}

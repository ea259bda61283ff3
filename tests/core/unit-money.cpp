#include <doctest/doctest.h>

#include <sstream>

#include "core/json/fields.hpp"

using namespace atelier;

TEST_CASE("money parses decimal strings into minor units without floating point") {
    CHECK(parse_money("1234.50") == Money{123450});
    CHECK(parse_money("1234.5") == Money{123450});
    CHECK(parse_money("1234") == Money{123400});
    CHECK(parse_money("0.01") == Money{1});
    CHECK(parse_money("0.1") == Money{10});
}

TEST_CASE("money refuses negative, malformed and over-precise amounts") {
    CHECK_FALSE(parse_money("-5"));
    CHECK_FALSE(parse_money(""));
    CHECK_FALSE(parse_money("12.345"));
    CHECK_FALSE(parse_money("12."));
    CHECK_FALSE(parse_money(".5"));
    CHECK_FALSE(parse_money("1e5"));
    CHECK_FALSE(parse_money("12,50"));
    CHECK_FALSE(parse_money("99999999999999999999"));
}

TEST_CASE("money formats with two decimals and percentages round down") {
    CHECK(format_money(Money{123450}) == "1234.50");
    CHECK(format_money(Money{5}) == "0.05");
    CHECK(format_money(Money{-250}) == "-2.50");
    CHECK(percent_of(Money{999}, 50) == Money{499});
    std::ostringstream os;
    os << Money{100};
    CHECK(os.str() == "1.00");
}

TEST_CASE("money in JSON: integers or decimal strings in, integers out; negatives refused with the path") {
    Problems p;
    Reader r{p};
    PathSeg root{nullptr, "/price", 0};
    Money m;
    read_value(nlohmann::json(1999), m, root, r);
    CHECK(m == Money{1999});
    read_value(nlohmann::json("19.99"), m, root, r);
    CHECK(m == Money{1999});
    CHECK(p.empty());
    CHECK(write_value(m) == nlohmann::json(1999));
    read_value(nlohmann::json(-1), m, root, r);
    read_value(nlohmann::json(12.5), m, root, r);
    REQUIRE(p.size() == 2);
    CHECK(p[0] == Problem{"/price", "money must not be negative"});
    CHECK(p[1].path == "/price");
    CHECK(m == Money{1999});
}

TEST_CASE("issue 11: one money limit for integer and string amounts, and sums that cannot overflow") {
    bool too_large = false;
    CHECK(parse_money("1000000000.00", &too_large) == Money{kMoneyMaxMinor});
    CHECK_FALSE(too_large);
    CHECK_FALSE(parse_money("1000000000.01", &too_large));
    CHECK(too_large);
    CHECK_FALSE(parse_money("90000000000000.00", &too_large));
    CHECK(too_large);
    CHECK_FALSE(parse_money("99999999999999999999999", &too_large));
    CHECK(too_large);
    CHECK_FALSE(parse_money("12x", &too_large));
    CHECK_FALSE(too_large);

    for (const auto* text : {R"(100000000001)", R"("1000000000.01")", R"("90000000000000.00")"}) {
        Problems p;
        Reader r{p};
        Money m;
        read_value(nlohmann::json::parse(text), m, PathSeg{nullptr, "amount", 0}, r);
        REQUIRE(p.size() == 1);
        CHECK(p[0].message == "amount is too large (at most 1000000000.00)");
    }
    CHECK(checked_add(Money{kMoneyMaxMinor}, Money{kMoneyMaxMinor}) == Money{2 * kMoneyMaxMinor});
    CHECK_FALSE(checked_add(Money{INT64_MAX - 5}, Money{6}));
}

TEST_CASE("amounts with their thousands grouped, as documents, reports and the views show them") {
    CHECK(group_thousands("0.00") == "0.00");
    CHECK(group_thousands("999.99") == "999.99");
    CHECK(group_thousands("1000.00") == "1,000.00");
    CHECK(group_thousands("1234567.50") == "1,234,567.50");
    CHECK(group_thousands("-1234.50") == "-1,234.50");
    CHECK(group_thousands("-123.00") == "-123.00");
    CHECK(group_thousands("12345") == "12,345");  // a count, no decimals
    CHECK(group_thousands(format_money(Money{-123456789})) == "-1,234,567.89");
}

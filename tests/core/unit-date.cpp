#include <doctest/doctest.h>

#include "core/model/date.hpp"

using namespace atelier;

TEST_CASE("dates convert to and from the civil calendar") {
    CHECK(date_from_civil(1970, 1, 1).days == 0);
    CHECK(date_from_civil(2000, 3, 1).days == 11017);
    for (int d = -1000; d < 40000; d += 37) {
        const Civil c = civil_from_date(Date{d});
        CHECK(date_from_civil(c.year, c.month, c.day).days == d);
    }
}

TEST_CASE("dates parse strictly") {
    CHECK(parse_date("2026-02-28") == date_from_civil(2026, 2, 28));
    CHECK(parse_date("2024-02-29"));
    CHECK_FALSE(parse_date("2026-02-30"));
    CHECK_FALSE(parse_date("2026-02-29"));
    CHECK_FALSE(parse_date("2026-13-01"));
    CHECK_FALSE(parse_date("2026-1-01"));
    CHECK_FALSE(parse_date("2026-01-01T00:00"));
    CHECK_FALSE(parse_date("20260101"));
    CHECK_FALSE(parse_date(""));
    CHECK(format_date(*parse_date("2026-02-28")) == "2026-02-28");
}

TEST_CASE("date-times parse strictly and round-trip") {
    const auto t = parse_datetime("2026-03-01T09:30");
    REQUIRE(t);
    CHECK(format_datetime(*t) == "2026-03-01T09:30");
    CHECK(date_of(*t) == *parse_date("2026-03-01"));
    CHECK_FALSE(parse_datetime("2026-03-01T24:00"));
    CHECK_FALSE(parse_datetime("2026-03-01T09:60"));
    CHECK_FALSE(parse_datetime("2026-03-01 09:30"));
    CHECK(date_of(DateTime{-1}) == Date{-1});
}

TEST_CASE("date arithmetic") {
    const Date a = *parse_date("2026-02-27");
    CHECK(format_date(add_days(a, 2)) == "2026-03-01");
    CHECK(days_between(a, *parse_date("2026-03-27")) == 28);
}

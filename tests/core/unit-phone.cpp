// Phone numbers for display (core/text/phone.hpp): national in the atelier's own country,
// international and grouped elsewhere, anything else exactly as stored.
#include <doctest/doctest.h>

#include <string>

#include "core/model/client.hpp"
#include "core/text/phone.hpp"

using atelier::format_phone;

TEST_CASE("a number in the atelier's own country is shown in its national format") {
    CHECK(format_phone("+33690482234", "FR") == "06 90 48 22 34");
    CHECK(format_phone("+33142685300", "FR") == "01 42 68 53 00");
    CHECK(format_phone("+447700900123", "GB") == "07700 900123");
    CHECK(format_phone("+442079460958", "GB") == "020 7946 0958");
    CHECK(format_phone("+441214960000", "GB") == "0121 496 0000");
    CHECK(format_phone("+12125550123", "US") == "(212) 555-0123");
    CHECK(format_phone("+14165550123", "CA") == "(416) 555-0123");  // one plan for the US and Canada
    CHECK(format_phone("+393123456789", "IT") == "312 345 6789");
    CHECK(format_phone("+390612345678", "IT") == "06 12345678");    // Italian landlines keep their 0
    CHECK(format_phone("+34612345678", "ES") == "612 345 678");
    CHECK(format_phone("+4915123456789", "DE") == "0151 23456789");
    CHECK(format_phone("+493012345678", "DE") == "030 12345678");
    CHECK(format_phone("+32470123456", "BE") == "0470 12 34 56");
    CHECK(format_phone("+3221234567", "BE") == "02 123 45 67");
    CHECK(format_phone("+41781234567", "CH") == "078 123 45 67");
    CHECK(format_phone("+31612345678", "NL") == "06 12345678");
    CHECK(format_phone("+351912345678", "PT") == "912 345 678");
    CHECK(format_phone("+971501234567", "AE") == "050 123 4567");
    CHECK(format_phone("+97141234567", "AE") == "04 123 4567");
    CHECK(format_phone("+79123456789", "RU") == "8 912 345 67 89");
    CHECK(format_phone("+81312345678", "JP") == "03 1234 5678");
}

TEST_CASE("a number from another country is shown international, grouped") {
    CHECK(format_phone("+447700900123", "FR") == "+44 7700 900123");
    CHECK(format_phone("+33690482234", "GB") == "+33 6 90 48 22 34");
    CHECK(format_phone("+12125550123", "FR") == "+1 212-555-0123");
    CHECK(format_phone("+390612345678", "FR") == "+39 06 12345678");
    CHECK(format_phone("+971501234567", "FR") == "+971 50 123 4567");
    CHECK(format_phone("+41781234567", "DE") == "+41 78 123 45 67");
    // Unknown home country: every number is international.
    CHECK(format_phone("+33690482234", "") == "+33 6 90 48 22 34");
    CHECK(format_phone("+33690482234", "XX") == "+33 6 90 48 22 34");
}

TEST_CASE("a number the country's shapes miss is grouped generically, never lost") {
    // Ten digits after +33 is not a French number; every digit is still shown.
    CHECK(format_phone("+336904822345", "GB") == "+33 690 482 2345");
    CHECK(format_phone("+336904822345", "FR") == "0690 482 2345");
    CHECK(format_phone("+3120123456789", "FR") == "+31 201 2345 6789");
    CHECK(format_phone("+441632960000", "GB") == "01632 960000");
}

TEST_CASE("anything that is not E.164 with a known calling code is returned unchanged") {
    for (const char* junk : {"", "+", "hello", "0690482234", "06 90 48 22 34", "+33 6 90 48 22 34", "+33-690482234",
                             "+3312", "+99912345678", "+12345678901234567", "++33690482234", "33690482234",
                             "+33690482234 ext 2", "+٣٣٦٩٠٤٨٢٢٣٤"}) {
        CAPTURE(junk);
        CHECK(format_phone(junk, "FR") == junk);
    }
}

TEST_CASE("the calling-code table answers both ways") {
    REQUIRE(atelier::calling_code_of("+447700900123"));
    CHECK(std::string(atelier::calling_code_of("+447700900123")->country) == "GB");
    CHECK(std::string(atelier::calling_code_of("+351912345678")->country) == "PT");
    CHECK(std::string(atelier::calling_code_of("+12125550123")->country) == "US");
    CHECK(atelier::calling_code_of("+99912345678") == nullptr);
    CHECK(atelier::calling_code_of("447700900123") == nullptr);
    for (const char* c : {"FR", "GB", "US", "CA", "IT", "ES", "DE", "BE", "CH", "NL", "PT", "AE"}) {
        CAPTURE(c);
        CHECK(atelier::calling_code_for(c) != nullptr);
    }
    CHECK(atelier::calling_code_for("ZZ") == nullptr);
    CHECK(atelier::calling_code_for("") == nullptr);
}

TEST_CASE("what normalise_phone stores is what format_phone reads") {
    const auto p = atelier::normalise_phone("06.90.48.22.34");
    CHECK_FALSE(p.normalised);  // a national number cannot be normalised without a country
    CHECK(format_phone(p.value, "FR") == p.value);
    const auto q = atelier::normalise_phone("0033 6 90 48 22 34");
    REQUIRE(q.normalised);
    CHECK(format_phone(q.value, "FR") == "06 90 48 22 34");
}

#include <doctest/doctest.h>

#include "core/i18n/said_text.hpp"

#include "core/model/settings.hpp"
#include "tests/core/fixture.hpp"

using namespace atelier;
using nlohmann::json;

TEST_CASE("settings round-trip through JSON both ways") {
    const json literal = R"({"name": "Maison Hoxhá", "company_code": "BFG", "currency": "EUR"})"_json;
    Settings s;
    Problems problems;
    settings_from_json(literal, "/settings", s, problems);
    CHECK(problems.empty());
    CHECK(s == Settings{"Maison Hoxhá", "BFG", "EUR"});
    CHECK(settings_to_json(s) == literal);
}

TEST_CASE("settings reject bad fields and name the place, leaving the target untouched") {
    Settings s{"Keep", "KEP", "GBP"};
    Problems problems;
    settings_from_json(R"({"name": "  ", "company_code": "bf1", "currency": 7})"_json, "/settings", s, problems);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0] == Problem{"/settings/name", "the atelier name must not be empty"});
    CHECK(problems[1].path == "/settings/company_code");
    CHECK(problems[2] == Problem{"/settings/currency", "must be a string"});
    CHECK(s == Settings{"Keep", "KEP", "GBP"});
}

TEST_CASE("settings reject a missing field and a non-object") {
    Settings s;
    Problems problems;
    settings_from_json(R"({"name": "A", "currency": "EUR"})"_json, "/settings", s, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == Problem{"/settings/company_code", "is missing"});
    problems.clear();
    settings_from_json(json::array(), "/settings", s, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message == "expected an object");
}

TEST_CASE("company code accepts exactly three uppercase letters") {
    CHECK_FALSE(company_code_problem("BFG"));
    CHECK(company_code_problem("BF"));
    CHECK(company_code_problem("BFGX"));
    CHECK(company_code_problem("bfg"));
    CHECK(company_code_problem("ÉFG"));
}

TEST_CASE("atelier names refuse hostile strings") {
    CHECK_FALSE(atelier_name_problem("Müller née Ødegård"));
    CHECK(atelier_name_problem("bad\x01name"));
    CHECK(atelier_name_problem("\xC3\x28"));  // invalid UTF-8
    CHECK(atelier_name_problem(std::string(121, 'a')));
}

TEST_CASE("the atelier's country is optional, two letters, and checked by the command and the loader alike") {
    CHECK_FALSE(country_problem(""));
    CHECK_FALSE(country_problem("GB"));
    CHECK(country_problem("gb"));
    CHECK(country_problem("G"));
    CHECK(english(*country_problem("FRA")) == "the country must be a two-letter ISO 3166 code (e.g. FR) or empty");

    test::Fixture f;
    const std::string before = write_snapshot(f.a());
    const Result bad = f.run(R"({"type":"atelier.update","country":"France"})");
    CHECK_FALSE(bad.ok);
    CHECK(bad.error == Problem{"/country", "the country must be a two-letter ISO 3166 code (e.g. FR) or empty"});
    CHECK(write_snapshot(f.a()) == before);
    f.ok(R"({"type":"atelier.update","country":"BE"})");
    CHECK(f.a().profile.country == "BE");
    // Stored and read back; a snapshot with a bad country does not load.
    nlohmann::json j = snapshot_to_json(f.a());
    CHECK(j["atelier"]["country"] == "BE");
    Atelier out;
    Problems p;
    REQUIRE(read_snapshot(j.dump(), out, p));
    CHECK(out.profile.country == "BE");
    j["atelier"]["country"] = "Belgium";
    CHECK_FALSE(read_snapshot(j.dump(), out, p));
    REQUIRE_FALSE(p.empty());
    CHECK(p.back().path == "/atelier/country");
    // Clearing it is allowed: numbers are then all shown international.
    f.ok(R"({"type":"atelier.update","country":""})");
    CHECK_FALSE(snapshot_to_json(f.a())["atelier"].contains("country"));
}

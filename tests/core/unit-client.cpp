#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("lengths are exact in cm and in, and keep the unit entered") {
    const auto cm = parse_length("92.5cm");
    const auto in = parse_length("36.25in");
    REQUIRE(cm);
    REQUIRE(in);
    CHECK(cm->nm == 925'000'000);
    CHECK(in->nm == 920'750'000);  // 36.25 x 25.4 mm exactly
    CHECK(format_length(*cm) == "92.5cm");
    CHECK(format_length(*in) == "36.25in");
    CHECK(format_length_as(*in, Unit::cm) == "92.075cm");
    CHECK(*parse_length("2.54cm") == Length{parse_length("1in")->nm, Unit::cm});
    CHECK(format_length_as(*parse_length("1in"), Unit::cm) == "2.54cm");
    CHECK(parse_length("36.0625 in")->nm == 915'987'500);  // 36 1/16 in = 915.9875 mm
}

TEST_CASE("lengths refuse what is not a measurement") {
    CHECK_FALSE(parse_length("92.5"));
    CHECK_FALSE(parse_length("-3cm"));
    CHECK_FALSE(parse_length("0cm"));
    CHECK_FALSE(parse_length("1.23456cm"));
    CHECK_FALSE(parse_length("92.5mm"));
    CHECK_FALSE(parse_length("cm"));
    CHECK_FALSE(parse_length("2000cm"));
}

TEST_CASE("phones are normalised to E.164 where possible") {
    CHECK(normalise_phone("+33 6 12-34-56-78").value == "+33612345678");
    CHECK(normalise_phone("+33 6 12-34-56-78").normalised);
    CHECK(normalise_phone("0044 (20) 7946 0958").value == "+442079460958");
    const Phone local = normalise_phone("06 12 34 56 78");
    CHECK_FALSE(local.normalised);
    CHECK(local.value == "06 12 34 56 78");
    CHECK_FALSE(normalise_phone("+1234").normalised);
}

TEST_CASE("emails get a basic syntax check") {
    CHECK(plausible_email("lea@example.com"));
    CHECK_FALSE(plausible_email("lea@example"));
    CHECK_FALSE(plausible_email("@example.com"));
    CHECK_FALSE(plausible_email("lea example@x.com"));
    CHECK_FALSE(plausible_email("a@b@c.com"));
}

TEST_CASE("client.create: accepts, normalises the phone and warns when it cannot") {
    Fixture f;
    Result r = f.ok(R"({"type":"client.create","name":"Ana","phone":"+44 20 7946 0958"})");
    CHECK(r.warnings.empty());
    CHECK(f.client(2).phone == "+442079460958");
    CHECK(f.client(1).phone == "06 12 34 56 78");  // created in the fixture with a local number
    CHECK(f.a().profile.next_client == 3);
}

TEST_CASE("client.create: refuses an empty name and a bad email, naming the field") {
    Fixture f;
    Result r = f.run(R"({"type":"client.create","name":"  "})");
    CHECK_FALSE(r.ok);
    CHECK(r.error.path == "/name");
    r = f.run(R"({"type":"client.create","name":"Ana","email":"ana.example.com"})");
    CHECK(r.error.path == "/email");
    CHECK(f.a().clients.size() == 1);
}

TEST_CASE("a re-measure adds a session; the current value is the latest") {
    Fixture f;
    f.ok(R"({"type":"client.measure","client":1,"date":"2026-02-20","values":[{"name":"waist","value":"27.5in"}]})");
    const Client& c = f.client(1);
    CHECK(c.sessions.size() == 2);
    CHECK(current_measurement(c, "waist") == parse_length("27.5in"));
    CHECK(current_measurement(c, "bust") == parse_length("88cm"));
    CHECK_FALSE(current_measurement(c, "hips"));
    CHECK(c.history.back().what == "client.measure");
}

TEST_CASE("a correction amends a session in place and is told apart in the history") {
    Fixture f;
    f.ok(R"({"type":"client.correct","client":1,"session":0,"name":"waist","value":"71cm"})");
    const Client& c = f.client(1);
    CHECK(c.sessions.size() == 1);
    CHECK(current_measurement(c, "waist") == parse_length("71cm"));
    CHECK(c.history.back().what == "client.correct");
    REQUIRE(c.history.back().changes.size() == 1);
    CHECK(c.history.back().changes[0].field == "sessions");
}

TEST_CASE("measure and correct refuse bad input") {
    Fixture f;
    CHECK(f.run(R"({"type":"client.measure","client":9,"date":"2026-02-20","values":[{"name":"w","value":"1cm"}]})").error.path == "/client");
    CHECK(f.run(R"({"type":"client.measure","client":1,"date":"2026-02-20","values":[]})").error.path == "/values");
    CHECK(f.run(R"({"type":"client.measure","client":1,"date":"2027-01-01","values":[{"name":"w","value":"1cm"}]})").error.path == "/date");
    CHECK(f.run(R"({"type":"client.measure","client":1,"date":"2026-02-20","values":[{"name":"w","value":"1cm"},{"name":"w","value":"2cm"}]})").error.path == "/values/1/name");
    CHECK(f.run(R"({"type":"client.correct","client":1,"session":3,"name":"waist","value":"71cm"})").error.path == "/session");
    CHECK(f.client(1).sessions.size() == 1);
}

TEST_CASE("client JSON round-trips both ways") {
    const nlohmann::json literal = R"({"id":4,"name":"Léa","phone":"+33612345678",
        "sessions":[{"date":"2026-02-01","values":[{"name":"bust","value":"88cm"},{"name":"waist","value":"27.5in"}]}]})"_json;
    Client c;
    Problems p;
    CHECK(from_json_value(literal, c, "", p));
    CHECK(p.empty());
    CHECK(c.sessions[0].values[1].value.unit == Unit::in);
    CHECK(to_json_value(c) == literal);
}

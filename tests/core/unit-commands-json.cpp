#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("commands round-trip through JSON both ways") {
    const char* literals[] = {
        R"({"type":"order.pay","order":12,"amount":12345,"at":"2026-03-01T10:00","method":"card"})",
        R"({"type":"order.advance","order":3})",
        R"({"type":"order.update","order":3,"event":null,"rush":false,"price":100})",
        R"({"type":"client.measure","client":1,"date":"2026-02-01","values":[{"name":"bust","value":"36.5in"}]})",
        R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01","kind":"bulk","quantity":4})",
        R"({"type":"atelier.update","teams":["A"],"release_owing":true})",
        R"({"type":"order.override","order":1,"name":"waist"})",
    };
    for (const char* text : literals) {
        INFO(text);
        const auto literal = nlohmann::json::parse(text);
        Problems p;
        auto c = command_from_json(literal, p);
        REQUIRE(c);
        CHECK(command_to_json(*c) == literal);
        CHECK(command_from_json(command_to_json(*c), p) == c);
    }
}

TEST_CASE("order.update distinguishes a missing event (keep) from null (clear)") {
    Problems p;
    auto keep = command_from_json(R"({"type":"order.update","order":1})"_json, p);
    auto clear = command_from_json(R"({"type":"order.update","order":1,"event":null})"_json, p);
    CHECK_FALSE(std::get<cmd::OrderUpdate>(*keep).event.has_value());
    CHECK(std::get<cmd::OrderUpdate>(*clear).event.has_value());
    Fixture f;
    f.store.dispatch(*clear, f.ctx);
    CHECK_FALSE(f.order(1).event);
}

TEST_CASE("bad commands are refused with the field named") {
    struct Case { const char* text; Problem expected; };
    const Case cases[] = {
        {R"([1])", {"", "a command must be a JSON object"}},
        {R"({"order":1})", {"/type", "is missing (e.g. \"order.advance\")"}},
        {R"({"type":"order.fly"})", {"/type", "unknown command type \"order.fly\""}},
        {R"({"type":"order.pay","amount":5})", {"/order", "is missing"}},
        {R"({"type":"order.pay","order":1,"amount":-5})", {"/amount", "money must not be negative"}},
        {R"({"type":"order.pay","order":1,"amount":5,"colour":"red"})", {"/colour", "is not a known field"}},
        {R"({"type":"order.create","client":1,"pipeline":"b","deadline":"2026-02-30"})", {"/deadline", "must be a valid date \"YYYY-MM-DD\""}},
        {R"({"type":"order.create","client":1,"pipeline":"b","deadline":"2026-02-03","kind":"huge"})", {"/kind", "must be one of: mto, bulk"}},
        {R"({"type":"client.measure","client":1,"date":"2026-02-01","values":[{"name":"b","value":"3m"}]})", {"/values/0/value", "must be a length like \"92.5cm\" or \"36.25in\""}},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        Problems p;
        CHECK_FALSE(command_from_json(nlohmann::json::parse(c.text), p));
        REQUIRE(!p.empty());
        CHECK(p[0] == c.expected);
    }
}

TEST_CASE("a path prefix locates the command in a file") {
    Problems p;
    command_from_json(R"({"type":"order.pay","order":"x","amount":1})"_json, p, "line 4");
    REQUIRE(p.size() == 1);
    CHECK(p[0].path == "line 4/order");
}

TEST_CASE("every command type has a unique JSON name") {
    const auto types = command_types();
    CHECK(types.size() == std::variant_size_v<Command>);
    for (size_t i = 0; i < types.size(); ++i)
        for (size_t k = i + 1; k < types.size(); ++k) CHECK(types[i] != types[k]);
}

TEST_CASE("a failed command leaves the state byte-identical") {
    Fixture f;
    const std::string before = write_snapshot(f.a());
    const char* bad[] = {
        R"({"type":"order.pay","order":1,"amount":999999999})",
        R"({"type":"order.start","order":1})",
        R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-06-01","event":"2026-05-01"})",
        R"({"type":"client.correct","client":1,"session":0,"name":"waist","value":"70cm"})",
        R"({"type":"atelier.update","name":"ok","code":"xx"})",
    };
    for (const char* text : bad) {
        INFO(text);
        CHECK_FALSE(f.run(text).ok);
        CHECK(write_snapshot(f.a()) == before);
    }
    CHECK_FALSE(f.store.can_redo());
}

#include "fixture.hpp"

#include "core/demo.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {
Problems problems_of(const std::string& text) {
    Atelier a;
    Problems p;
    CHECK_FALSE(read_snapshot(text, a, p));
    return p;
}
bool has_problem(const Problems& ps, const std::string& path, const std::string& fragment = "") {
    for (const auto& p : ps)
        if (p.path == path && p.message.find(fragment) != std::string::npos) return true;
    return false;
}
const char* kSmall = R"({"schema":2,
 "atelier":{"name":"Maison","code":"BFG","currency":"EUR","next_order":13,"next_client":3,"teams":["Sewing"]},
 "pipelines":[{"id":"p","name":"P","stages":[{"id":"a","name":"A"},{"id":"b","name":"B","team":"Sewing"}]}],
 "clients":[{"id":1,"name":"Léa"},{"id":2,"name":"Ana"}],
 "orders":[{"number":12,"client":2,"deadline":"2026-05-01","event":"2026-05-10","pipeline":"p","stage":"b","price":1000,
            "status":"in_production","wip_start":"2026-03-01","payments":[{"amount":300,"at":"2026-03-01T10:00"}]}]})";
}  // namespace

TEST_CASE("a snapshot reads, and writes back to the same JSON") {
    Atelier a;
    Problems p;
    REQUIRE(read_snapshot(kSmall, a, p));
    CHECK(a.order(12)->client == 2);
    CHECK(a.client(2)->name == "Ana");
    CHECK(snapshot_to_json(a) == nlohmann::json::parse(kSmall));
}

TEST_CASE("round trip is lossless: read(write(x)) == x") {
    Fixture f;
    f.to_finishing();
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-04-02T10:30","kind":"first"})");
    f.ok(R"({"type":"order.advance","order":1})");
    f.ok(R"({"type":"order.clone","order":1})");
    Atelier back;
    Problems p;
    REQUIRE(read_snapshot(write_snapshot(f.a()), back, p));
    CHECK(back == f.a());
    const Atelier demo = make_demo(DemoOptions{300, 5, day("2026-06-01")});
    REQUIRE(read_snapshot(write_snapshot(demo), back, p));
    CHECK(back == demo);
    CHECK(p.empty());
}

TEST_CASE("validation names the place: dangling client, negative money, deadline after event, unknown stage, duplicate number") {
    auto edit = [](auto change) {
        nlohmann::json j = nlohmann::json::parse(kSmall);
        change(j);
        return j.dump();
    };
    CHECK(has_problem(problems_of(edit([](auto& j) { j["orders"][0]["client"] = 9; })), "/orders/0/client", "no client 9"));
    CHECK(has_problem(problems_of(edit([](auto& j) { j["orders"][0]["price"] = -5; })), "/orders/0/price", "negative"));
    CHECK(has_problem(problems_of(edit([](auto& j) { j["orders"][0]["payments"][0]["amount"] = -1; })), "/orders/0/payments/0/amount"));
    CHECK(has_problem(problems_of(edit([](auto& j) { j["orders"][0]["deadline"] = "2026-05-11"; })), "/orders/0/deadline", "after the event"));
    CHECK(has_problem(problems_of(edit([](auto& j) { j["orders"][0]["stage"] = "zz"; })), "/orders/0/stage", "no stage \"zz\""));
    CHECK(has_problem(problems_of(edit([](auto& j) { j["orders"].push_back(j["orders"][0]); })), "/orders/1/number", "used twice"));
    CHECK(has_problem(problems_of(edit([](auto& j) { j["clients"][1]["id"] = 1; })), "/clients/1/id", "used twice"));
    CHECK(has_problem(problems_of(edit([](auto& j) { j["orders"][0]["status"] = "lost"; })), "/orders/0/status", "must be one of"));
    CHECK(has_problem(problems_of(edit([](auto& j) { j["orders"][0]["deadline"] = "2026-02-30"; })), "/orders/0/deadline", "valid date"));
    CHECK(has_problem(problems_of(edit([](auto& j) { j["atelier"]["next_order"] = 5; })), "/atelier/next_order"));
    CHECK(has_problem(problems_of(edit([](auto& j) { j["orders"][0]["payments"][0]["amount"] = 5000; })), "/orders/0/payments"));
    CHECK(has_problem(problems_of(edit([](auto& j) { j["pipelines"][0]["stages"][1]["team"] = "X"; })), "/pipelines/0/stages/1/team"));
    CHECK(has_problem(problems_of(edit([](auto& j) { j["orders"][0].erase("wip_start"); })), "/orders/0/wip_start"));
    CHECK(has_problem(problems_of(edit([](auto& j) { j["orders"][0]["pipeline"] = "q"; })), "/orders/0/pipeline"));
    CHECK(has_problem(problems_of(edit([](auto& j) { j["orders"][0]["colour"] = 1; })), "/orders/0/colour", "not a known field"));
}

TEST_CASE("a truncated or non-JSON file is refused with where it broke") {
    const std::string s = kSmall;
    Problems p = problems_of(s.substr(0, s.size() / 2));
    REQUIRE(p.size() == 1);
    CHECK(p[0].message.find("not valid JSON") != std::string::npos);
    CHECK(p[0].message.find("line") != std::string::npos);
    CHECK(problems_of("[]")[0] == Problem{"", "a snapshot must be a JSON object"});
}

TEST_CASE("a newer schema is refused; an older one is migrated") {
    Problems p = problems_of(R"({"schema":3,"atelier":{}})");
    REQUIRE(p.size() == 1);
    CHECK(p[0] == Problem{"/schema", "schema 3 is newer than this version of Atelier reads (2); update Atelier to open it"});
    CHECK(problems_of(R"({"atelier":{}})")[0].path == "/schema");
    Atelier a;
    p.clear();
    CHECK(read_snapshot(R"({"schema":0,"settings":{"name":"Old","company_code":"OLD","currency":"EUR","next_order":1,"next_client":1},
                           "pipelines":[],"clients":[],"orders":[]})", a, p));
    CHECK(a.profile.settings.company_code == "OLD");
}

TEST_CASE("problems are capped so a badly broken file still gives a readable report") {
    nlohmann::json j = nlohmann::json::parse(kSmall);
    for (int i = 0; i < 200; ++i) {
        auto o = j["orders"][0];
        o["number"] = 100 + i;
        o["client"] = 99;
        j["orders"].push_back(o);
    }
    j["atelier"]["next_order"] = 1000;
    CHECK(problems_of(j.dump()).size() == 50);
}

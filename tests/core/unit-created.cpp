// Orders carry the moment they were made (schema 2): set by order.create and order.clone from the
// command's clock, migrated from the first history entry of schema-1 files, and used by the created sort.
#include "core/queries/query.hpp"
#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("order.create and order.clone date the order with the command's clock") {
    Fixture f;
    CHECK(f.order(1).created == at("2026-03-01T09:00"));
    f.ctx.now = at("2026-03-04T16:45");
    f.ok(R"({"type":"order.clone","order":1})");
    CHECK(f.order(2).created == at("2026-03-04T16:45"));
    f.ctx.now = at("2026-03-05T08:00");
    f.ok(R"({"type":"order.update","order":2,"notes":"later edits keep the date"})");
    CHECK(f.order(2).created == at("2026-03-04T16:45"));
    Atelier back;
    Problems p;
    REQUIRE(read_snapshot(write_snapshot(f.a()), back, p));
    CHECK(back.order(2)->created == at("2026-03-04T16:45"));
}

TEST_CASE("schema 1 files load: created comes from the first history entry, else stays absent") {
    const char* v1 = R"({"schema":1,
 "atelier":{"name":"Maison","code":"BFG","currency":"EUR","next_order":13,"next_client":2},
 "pipelines":[{"id":"p","name":"P","stages":[{"id":"a","name":"A"}]}],
 "clients":[{"id":1,"name":"Léa"}],
 "orders":[{"number":11,"client":1,"deadline":"2026-05-01","pipeline":"p","stage":"a",
            "history":[{"at":"2026-02-03T10:15","who":"ana","what":"order.create"},
                       {"at":"2026-02-05T09:00","who":"ana","what":"order.confirm"}]},
           {"number":12,"client":1,"deadline":"2026-05-01","pipeline":"p","stage":"a"}]})";
    Atelier a;
    Problems p;
    REQUIRE(read_snapshot(v1, a, p));
    CHECK(a.order(11)->created == at("2026-02-03T10:15"));
    CHECK_FALSE(a.order(12)->created.has_value());
    CHECK(snapshot_to_json(a)["schema"] == kSchema);
    CHECK(snapshot_to_json(a)["orders"][0]["created"] == "2026-02-03T10:15");
    CHECK_FALSE(snapshot_to_json(a)["orders"][1].contains("created"));
    // A created that is not a date-time is refused like any other field.
    std::string bad = write_snapshot(a);
    bad.replace(bad.find("\"created\":\"2026-02-03T10:15\""), 28, "\"created\":\"yesterday\"");
    Atelier none;
    CHECK_FALSE(read_snapshot(bad, none, p));
    REQUIRE(!p.empty());
    CHECK(p[0].path == "/orders/0/created");
}

TEST_CASE("the created sort uses created; undated orders first, then the first history entry as a fallback") {
    Atelier a;
    a.profile.next_order = 20;
    a.profile.next_client = 2;
    a.pipelines = {Pipeline{"p", "P", {}, {}}};
    a.pipelines[0].stages.push_back(Stage{});
    a.pipelines[0].stages[0].id = "a";
    a.clients.push_back(Client{});
    a.clients[0].id = 1;
    a.clients[0].name = "Ana";
    auto order = [&](int number, const char* created, const char* first_history) {
        Order o;
        o.number = number;
        o.client = 1;
        o.pipeline = "p";
        o.stage = "a";
        if (created) o.created = at(created);
        if (first_history) o.history.push_back(HistoryEntry{at(first_history), "ana", "order.create", {}});
        a.orders.push_back(o);
    };
    order(11, "2026-03-01T10:00", "2026-01-01T10:00");  // created wins over history
    order(12, nullptr, nullptr);                        // undated: first
    order(13, "2026-02-01T10:00", nullptr);
    order(14, nullptr, "2026-02-15T10:00");             // no created: its first history entry
    a.reindex();
    const QueryIndex ix = build_index(a);
    std::string error;
    const auto sort = parse_sort("created", error);
    REQUIRE(sort);
    std::vector<int> numbers;
    for (int i : run_query(ix, Filter{}, *sort, day("2026-06-01"))) numbers.push_back(a.orders[static_cast<size_t>(i)].number);
    CHECK(numbers == std::vector<int>{12, 13, 14, 11});
}

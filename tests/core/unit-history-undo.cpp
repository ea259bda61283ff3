#include <algorithm>

#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("each applied command appends who, when and what changed (before -> after)") {
    Fixture f;
    f.ctx = Context{"jonas", at("2026-03-02T11:15")};
    f.ok(R"({"type":"order.update","order":1,"garment":"Céleste","priority":true})");
    const HistoryEntry& h = f.order(1).history.back();
    CHECK(h.who == "jonas");
    CHECK(h.at == at("2026-03-02T11:15"));
    CHECK(h.what == "order.update");
    REQUIRE(h.changes.size() == 2);
    CHECK(h.changes[0] == FieldChange{"garment", "\"Aurore\"", "\"Céleste\""});
    CHECK(h.changes[1] == FieldChange{"priority", "", "true"});
}

TEST_CASE("the store returns a journal line with the envelope first") {
    Fixture f;
    Result r = f.ok(R"({"type":"order.confirm","order":1})");
    REQUIRE(!r.effects.empty());
    const auto* j = std::get_if<JournalAppend>(&r.effects[0]);
    REQUIRE(j);
    nlohmann::json want = R"({"id":"local.6","device":"local","seq":6,"at":"2026-03-01T09:00","who":"ana",
                              "command":{"type":"order.confirm","order":1}})"_json;
    want["app_version"] = kVersion;
    CHECK(j->entry == want);
    CHECK(f.a().clock.applied("local") == 6);  // the fixture's five commands, then this one
}

TEST_CASE("undo then redo returns to the same state; undo restores the state before") {
    Fixture f;
    const std::string s0 = undone_snapshot(f.a());
    const int64_t seq0 = f.a().clock.applied("local");
    f.ok(R"({"type":"order.pay","order":1,"amount":1000})");
    f.ok(R"({"type":"client.create","name":"Ana"})");
    f.ok(R"({"type":"order.clone","order":1})");
    const std::string s3 = undone_snapshot(f.a());
    for (int i = 0; i < 3; ++i) CHECK(f.store.undo(f.ctx).ok);
    CHECK(undone_snapshot(f.a()) == s0);
    CHECK(f.a().clock.applied("local") == seq0 + 6);  // undo entries are entries too: never a number twice
    CHECK(f.a().order(2) == nullptr);
    // The fixture's order.create is next: its order has ledger lines since (the payment and its
    // correction), which are never erased.
    const Result refused = f.store.undo(f.ctx);
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.message == "order 1-BFG has ledger lines since it was made, and a ledger is never erased; cancel the order instead");
    for (int i = 0; i < 3; ++i) CHECK(f.store.redo(f.ctx).ok);
    CHECK(undone_snapshot(f.a()) == s3);
    CHECK_FALSE(f.store.redo(f.ctx).ok);
    CHECK(f.a().order(2)->number == 2);
}

TEST_CASE("undo and redo return journal effects; a new command clears redo") {
    Fixture f;
    f.ok(R"({"type":"order.confirm","order":1})");
    Result u = f.store.undo(f.ctx);
    REQUIRE(u.ok);
    const nlohmann::json& undo = std::get<JournalAppend>(u.effects[0]).entry["command"];
    CHECK(undo == R"({"type":"undo","what":"order.confirm","changes":[{"kind":"order","id":"1",
                      "from":{"status":"confirmed"},"to":{"status":"draft"}}]})"_json);
    CHECK(u.effects.back() == Effect{Notice{"undone: order.confirm"}});
    CHECK(f.store.can_redo());
    f.ok(R"({"type":"order.update","order":1,"notes":"x"})");
    CHECK_FALSE(f.store.can_redo());
    Result r = f.store.redo(f.ctx);
    CHECK_FALSE(r.ok);
    CHECK(r.error.message == "nothing to redo");
}

TEST_CASE("undo of a created entity in the middle keeps lookups right") {
    Fixture f;
    f.ok(R"({"type":"client.create","name":"B"})");
    f.ok(R"({"type":"order.create","client":2,"pipeline":"bridal","deadline":"2026-05-01"})");
    f.store.undo(f.ctx);
    f.store.undo(f.ctx);
    CHECK(f.a().client(2) == nullptr);
    CHECK(f.a().client(1)->name == "Léa Dubois");
    // Numbers once given are never given again: the next order and client get new ones.
    CHECK(f.a().profile.next_client == 3);
    CHECK(f.a().profile.next_order == 3);
    f.ok(R"({"type":"client.create","name":"C"})");
    CHECK(f.a().client(3) != nullptr);
    CHECK(f.a().client(2) == nullptr);
}

TEST_CASE("replaying the journal rebuilds the same state") {
    Fixture f;
    std::vector<nlohmann::json> journal;
    auto keep = [&](const Result& r) { journal.push_back(std::get<JournalAppend>(r.effects[0]).entry); };
    const Atelier start = f.a();
    keep(f.ok(R"({"type":"order.confirm","order":1})"));
    f.ctx.now = at("2026-03-02T10:00");
    keep(f.ok(R"({"type":"order.start","order":1})"));
    keep(f.ok(R"({"type":"order.pay","order":1,"amount":5000})"));
    keep(f.ok(R"({"type":"order.clone","order":1})"));
    Store replay(start);
    for (const auto& line : journal) {
        Problems p;
        auto c = command_from_json(line["command"], p);
        REQUIRE(c);
        CHECK(replay.dispatch(*c, Context{line["who"], *parse_datetime(line["at"].get<std::string>())}).ok);
    }
    CHECK(write_snapshot(replay.state()) == write_snapshot(f.a()));
}

TEST_CASE("release hands the state over whole and leaves an empty store without history") {
    Fixture f;
    f.ok(R"({"type":"order.pay","order":1,"amount":1000})");
    const std::string before = write_snapshot(f.a());
    REQUIRE(f.store.can_undo());
    Atelier out = f.store.release();
    CHECK(write_snapshot(out) == before);
    CHECK(out.order(1) != nullptr);  // lookups still work on the handed-over state
    CHECK(f.a().orders.empty());
    CHECK_FALSE(f.store.can_undo());
    CHECK_FALSE(f.store.undo(f.ctx).ok);
}

TEST_CASE("the store's revision changes with every change of state and never repeats") {
    Fixture f;
    std::vector<uint64_t> seen{f.store.revision()};
    const auto changed = [&] {
        const uint64_t r = f.store.revision();
        CHECK(std::find(seen.begin(), seen.end(), r) == seen.end());
        seen.push_back(r);
    };
    f.ok(R"({"type":"order.pay","order":1,"amount":1000})");
    changed();
    CHECK(f.store.undo(f.ctx).ok);
    changed();
    CHECK(f.store.redo(f.ctx).ok);
    changed();
    // A fresh atelier with the same content is still a change: caches built before are stale.
    f.store.reset(Atelier(f.a()));
    changed();
    const uint64_t before = f.store.revision();
    (void)f.a().orders.size();  // reading leaves it alone
    CHECK(f.store.revision() == before);
}

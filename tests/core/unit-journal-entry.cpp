// Journal entries: the author fields (id, device, seq, app_version), the per-device clock they
// move, and applying an entry twice.
#include <functional>
#include <random>

#include "core/storage/journal_entry.hpp"
#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {
nlohmann::json entry_of(const Result& r) {
    REQUIRE(r.ok);
    REQUIRE(!r.effects.empty());
    return std::get<JournalAppend>(r.effects.front()).entry;
}

std::optional<JournalEntry> parse(const nlohmann::json& j, Problems& p) { return entry_from_json(j, p); }
}  // namespace

TEST_CASE("each device numbers its own entries from the atelier's clock; the id is device.seq") {
    Fixture f;
    const int64_t local = f.a().clock.applied("local");
    REQUIRE(local == 5);  // the fixture's own commands
    f.ctx.device = "tablet-1";
    const auto a = entry_of(f.ok(R"({"type":"order.confirm","order":1})"));
    CHECK(a["device"] == "tablet-1");
    CHECK(a["seq"] == 1);
    CHECK(a["id"] == "tablet-1.1");
    CHECK(a["app_version"] == kVersion);
    const auto b = entry_of(f.store.undo(f.ctx));
    CHECK(b["id"] == "tablet-1.2");
    f.ctx.device = "local";
    CHECK(entry_of(f.store.redo(f.ctx))["id"] == "local.6");
    CHECK(f.a().clock.rows == std::vector<DeviceSeq>{{"local", 6}, {"tablet-1", 2}});
}

TEST_CASE("an entry applied a second time changes nothing, whatever its kind") {
    Fixture f;
    const Atelier start = f.a();
    std::vector<nlohmann::json> log;
    log.push_back(entry_of(f.ok(R"({"type":"order.pay","order":1,"amount":1000})")));
    log.push_back(entry_of(f.store.undo(f.ctx)));
    log.push_back(entry_of(f.store.redo(f.ctx)));
    Store replica(start);
    Problems p;
    for (const auto& e : log) REQUIRE(replay_entry(replica, e, p));
    const std::string once = write_snapshot(replica.state());
    CHECK(once == write_snapshot(f.a()));
    for (const auto& e : log) CHECK(replay_entry(replica, e, p));  // skipped: true, nothing changes
    CHECK(p.empty());
    CHECK(write_snapshot(replica.state()) == once);
}

TEST_CASE("entries from another device are applied in its numbering, gaps kept; an older one is skipped") {
    Fixture f;
    Store replica(f.a());
    Fixture other;
    other.ctx.device = "phone";
    other.ok(R"({"type":"client.create","name":"Ana"})");
    other.ok(R"({"type":"client.create","name":"Bea"})");
    const auto third = entry_of(other.ok(R"({"type":"client.create","name":"Cy"})"));
    Problems p;
    REQUIRE(replay_entry(replica, third, p));  // 1 and 2 never arrived: 3 still applies
    CHECK(replica.state().clock.applied("phone") == 3);
    nlohmann::json older = third;
    older["seq"] = 2;
    older["id"] = "phone.2";
    const std::string before = write_snapshot(replica.state());
    CHECK(replay_entry(replica, older, p));
    CHECK(write_snapshot(replica.state()) == before);
    // Dispatched directly with a number the clock holds, it is refused, naming the entry.
    Context ctx = f.ctx;
    ctx.device = "phone";
    ctx.seq = 3;
    const Result r = replica.dispatch(parse_command(R"({"type":"client.create","name":"Di"})"), ctx);
    CHECK_FALSE(r.ok);
    CHECK(r.error.message == "entry phone.3 is already in this atelier");
    CHECK(write_snapshot(replica.state()) == before);
}

TEST_CASE("a line from before entries had authors still replays, and is not counted in the clock") {
    Fixture f;
    Store replica(f.a());
    const auto legacy = R"({"at":"2026-03-02T10:00","who":"ana","command":{"type":"order.confirm","order":1}})"_json;
    Problems p;
    auto e = parse(legacy, p);
    REQUIRE(e);
    CHECK(e->device.empty());
    CHECK(entry_id(*e).empty());
    CHECK(entry_to_json(*e) == legacy);  // written back as it was
    REQUIRE(apply_entry(replica, *e, p));
    CHECK(replica.state().order(1)->status == Status::confirmed);
    CHECK(replica.state().clock == f.a().clock);
}

TEST_CASE("entries round-trip through JSON with their author fields") {
    Fixture f;
    f.ctx.device = "a1b2c3d4e5f60718";
    for (const Result& r : {f.ok(R"({"type":"order.pay","order":1,"amount":250,"note":"deposit"})"), f.store.undo(f.ctx),
                            f.store.redo(f.ctx)}) {
        const auto j = entry_of(r);
        Problems p;
        auto e = parse(j, p);
        REQUIRE(e);
        CHECK(e->device == "a1b2c3d4e5f60718");
        CHECK(e->app_version == kVersion);
        CHECK(entry_to_json(*e) == j);
    }
}

TEST_CASE("malformed author fields are refused with the field and the reason") {
    const auto good = R"({"id":"tab.4","device":"tab","seq":4,"at":"2026-03-02T10:00","who":"ana",
                          "app_version":"1.2.0","command":{"type":"order.confirm","order":1}})"_json;
    Problems ok;
    REQUIRE(parse(good, ok));
    struct Case {
        const char* what;
        std::function<void(nlohmann::json&)> change;
        const char* path;
    };
    const std::vector<Case> cases = {
        {"no device", [](auto& j) { j.erase("device"); }, "/device"},
        {"no seq", [](auto& j) { j.erase("seq"); }, "/seq"},
        {"no id", [](auto& j) { j.erase("id"); }, "/id"},
        {"id of another entry", [](auto& j) { j["id"] = "tab.5"; }, "/id"},
        {"id of another device", [](auto& j) { j["id"] = "pad.4"; }, "/id"},
        {"device with a dot", [](auto& j) { j["device"] = "t.ab"; }, "/device"},
        {"device with a space", [](auto& j) { j["device"] = "my tab"; }, "/device"},
        {"empty device", [](auto& j) { j["device"] = ""; }, "/device"},
        {"device too long", [](auto& j) { j["device"] = std::string(65, 'a'); }, "/device"},
        {"device a number", [](auto& j) { j["device"] = 7; }, "/device"},
        {"seq 0", [](auto& j) { j["seq"] = 0; }, "/seq"},
        {"seq negative", [](auto& j) { j["seq"] = -4; }, "/seq"},
        {"seq a fraction", [](auto& j) { j["seq"] = 4.5; }, "/seq"},
        {"seq a string", [](auto& j) { j["seq"] = "4"; }, "/seq"},
        {"seq past 2^53", [](auto& j) { j["seq"] = (int64_t{1} << 53) + 1; }, "/seq"},
        {"app_version a number", [](auto& j) { j["app_version"] = 12; }, "/app_version"},
        {"app_version too long", [](auto& j) { j["app_version"] = std::string(41, '1'); }, "/app_version"},
    };
    for (const auto& c : cases) {
        nlohmann::json j = good;
        c.change(j);
        Problems p;
        INFO(c.what);
        CHECK_FALSE(parse(j, p));
        REQUIRE(!p.empty());
        CHECK(p.front().path == c.path);
        CHECK_FALSE(p.front().message.empty());
    }
}

TEST_CASE("a store refuses to number entries for a device id that is not one, and changes nothing") {
    Fixture f;
    const std::string before = write_snapshot(f.a());
    for (const char* bad : {"a b", "tab.1", "é", "x/y"}) {
        f.ctx.device = bad;
        INFO(bad);
        const Result r = f.store.dispatch(parse_command(R"({"type":"order.confirm","order":1})"), f.ctx);
        CHECK_FALSE(r.ok);
        CHECK(r.error.message.find("device id") != std::string::npos);
        CHECK(write_snapshot(f.a()) == before);
    }
}

TEST_CASE("the clock is stored in the snapshot, sorted, and a snapshot with a bad clock is refused") {
    Fixture f;
    f.ctx.device = "zeta";
    f.ok(R"({"type":"order.confirm","order":1})");
    f.ctx.device = "alpha";
    f.ok(R"({"type":"order.pay","order":1,"amount":100})");
    const std::string text = write_snapshot(f.a());
    CHECK(text.find(R"("clock": [{"device":"alpha","seq":1},{"device":"local","seq":5},{"device":"zeta","seq":1}])") !=
          std::string::npos);
    Atelier back;
    Problems p;
    REQUIRE(read_snapshot(text, back, p));
    CHECK(back.clock == f.a().clock);
    CHECK(write_snapshot(back) == text);

    const std::vector<std::pair<std::string, std::string>> bad = {
        {R"([{"device":"zeta","seq":1},{"device":"alpha","seq":1}])", "/clock/1/device"},
        {R"([{"device":"alpha","seq":1},{"device":"alpha","seq":2}])", "/clock/1/device"},
        {R"([{"device":"a b","seq":1}])", "/clock/0/device"},
        {R"([{"device":"alpha","seq":0}])", "/clock/0/seq"},
    };
    for (const auto& [clock, path] : bad) {
        nlohmann::json j = nlohmann::json::parse(text);
        j["clock"] = nlohmann::json::parse(clock);
        Atelier out;
        Problems q;
        const std::string shown = clock;  // INFO's lambda cannot capture a structured binding in clang 14
        INFO(shown);
        CHECK_FALSE(read_snapshot(j.dump(), out, q));
        REQUIRE(!q.empty());
        CHECK(q.front().path == path);
    }
}

TEST_CASE("property: commands from several devices, replayed in the same order, give the same bytes") {
    std::mt19937 rng(20261202);
    const char* devices[] = {"laptop", "tablet-1", "tablet-2", "tablet-3"};
    for (int round = 0; round < 20; ++round) {
        Fixture f;
        const Atelier start = f.a();
        std::vector<nlohmann::json> log;
        for (int i = 0; i < 30; ++i) {
            f.ctx.device = devices[rng() % 4];
            Result r;
            switch (rng() % 5) {
                case 0: r = f.store.undo(f.ctx); break;
                case 1: r = f.store.redo(f.ctx); break;
                case 2: r = f.store.dispatch(parse_command(R"({"type":"order.pay","order":1,"amount":100})"), f.ctx); break;
                case 3: r = f.store.dispatch(parse_command(R"({"type":"client.create","name":"Ana"})"), f.ctx); break;
                default: r = f.store.dispatch(parse_command(R"({"type":"order.update","order":1,"notes":"n"})"), f.ctx); break;
            }
            if (r.ok) log.push_back(std::get<JournalAppend>(r.effects.front()).entry);
        }
        // Two replicas, one reading every entry twice (a journal met again): the same bytes as the live store.
        Store once(start), twice(start);
        Problems p;
        for (const auto& e : log) {
            REQUIRE(replay_entry(once, nlohmann::json::parse(e.dump()), p));
            REQUIRE(replay_entry(twice, e, p));
            REQUIRE(replay_entry(twice, e, p));
        }
        CHECK(write_snapshot(once.state()) == write_snapshot(f.a()));
        CHECK(write_snapshot(twice.state()) == write_snapshot(f.a()));
    }
}

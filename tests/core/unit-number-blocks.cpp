// Numbers made on a device (core/model/number_block.hpp): blocks reserved from the atelier's
// counters, creates numbered from the author's block and journaled with the number they gave.
#include "tests/core/fixture.hpp"

#include "core/snapshot/state_hash.hpp"
#include "core/validate/validate.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

Context on(const char* device, int64_t seq = 0) { return Context{"ana", at("2026-03-01T10:00"), device, seq}; }

int created_number(const Result& r) {
    const auto& j = std::get<JournalAppend>(r.effects.front()).entry;
    const auto& c = j.at("command");
    return c.contains("number") ? c["number"].get<int>() : c.value("id", 0);
}

}  // namespace

TEST_CASE("a reserved block takes numbers from the atelier's counters; a device numbers from its own block") {
    Fixture f;
    const int next_order = f.a().profile.next_order, next_client = f.a().profile.next_client;
    f.ok(R"({"type":"numbers.reserve","device":"tablet-1","orders":100,"clients":20})");
    f.ok(R"({"type":"numbers.reserve","device":"tablet-2","orders":100,"clients":20})");
    const auto& blocks = f.a().profile.blocks;
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].orders.from == next_order);
    CHECK(blocks[1].orders.from == next_order + 100);
    CHECK(blocks[1].clients.from == next_client + 20);
    CHECK(f.a().profile.next_order == next_order + 200);

    Result a = f.store.dispatch(parse_command(R"({"type":"client.create","name":"Amira"})"), on("tablet-2"));
    REQUIRE(a.ok);
    CHECK(created_number(a) == next_client + 20);
    Result o1 = f.store.dispatch(parse_command(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01"})"), on("tablet-1"));
    Result o2 = f.store.dispatch(parse_command(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01"})"), on("tablet-2"));
    Result o3 = f.store.dispatch(parse_command(R"({"type":"order.clone","order":1})"), on("tablet-1"));
    REQUIRE((o1.ok && o2.ok && o3.ok));
    CHECK(created_number(o1) == next_order);
    CHECK(created_number(o2) == next_order + 100);
    CHECK(created_number(o3) == next_order + 1);
    // A device without a block (the laptop, no server) takes the atelier's counter.
    Result o4 = f.store.dispatch(parse_command(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01"})"), on("laptop"));
    CHECK(created_number(o4) == next_order + 200);
    CHECK(f.a().profile.next_order == next_order + 201);
}

TEST_CASE("two devices creating offline from their blocks converge in either order, numbers unchanged") {
    Fixture f;
    f.ok(R"({"type":"numbers.reserve","device":"tablet-1","orders":10,"clients":10})");
    f.ok(R"({"type":"numbers.reserve","device":"tablet-2","orders":10,"clients":10})");
    const Atelier base = f.a();
    // Each device, offline, creates two orders; the journal entries carry the numbers given.
    auto offline = [&](const char* device) {
        Store s(base);
        std::vector<JournalEntry> out;
        for (int i = 1; i <= 2; ++i) {
            Result r = s.dispatch(parse_command(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01","garment":"G"})"), on(device, i));
            REQUIRE(r.ok);
            Problems p;
            out.push_back(*entry_from_json(std::get<JournalAppend>(r.effects.front()).entry, p));
        }
        return out;
    };
    const auto one = offline("tablet-1"), two = offline("tablet-2");
    auto merged = [&](bool one_first) {
        Store s(base);
        Problems p;
        for (const auto& e : one_first ? one : two) REQUIRE(apply_entry(s, e, p));
        for (const auto& e : one_first ? two : one) REQUIRE(apply_entry(s, e, p));
        return s.state();
    };
    const Atelier x = merged(true), y = merged(false);
    CHECK(x.orders.size() == base.orders.size() + 4);
    for (const auto& e : one) CHECK(x.order(std::get<cmd::OrderCreate>(*e.command).number));
    for (const auto& e : two) CHECK(y.order(std::get<cmd::OrderCreate>(*e.command).number));
    // Different orders of arrival: the same orders under the same numbers (only their place in
    // the list differs, which the server's single order removes).
    for (const auto& o : x.orders) CHECK(y.order(o.number));
}

TEST_CASE("a number asked for must be free in the author's blocks; a spent device gives provisional numbers") {
    Fixture f;
    f.ok(R"({"type":"numbers.reserve","device":"tablet-1","orders":2,"clients":1})");
    const int from = f.a().profile.blocks[0].orders.from;
    const std::string create = R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01","number":)";
    auto ask = [&](int n) { return f.store.dispatch(parse_command((create + std::to_string(n) + "}").c_str()), on("tablet-1")); };
    CHECK(ask(from + 5).error == Problem{"/number", "order number " + std::to_string(from + 5) + " is not free: device tablet-1 has " +
                                                      std::to_string(from) + "-" + std::to_string(from + 1) + " free"});
    CHECK(ask(from + 1).ok);  // skipping one is allowed: numbers only move forward
    CHECK(ask(from).error == Problem{"/number", "order number " + std::to_string(from) + " is not free: device tablet-1 has none left"});
    const int next = f.a().profile.next_order;
    // Spent: a provisional number, above every counter, labelled as such, with a warning that says so.
    Result spent = f.store.dispatch(parse_command(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01"})"), on("tablet-1"));
    REQUIRE(spent.ok);
    CHECK(created_number(spent) == kProvisionalFrom);
    CHECK(order_label(f.a().profile, kProvisionalFrom) == "P1-" + f.a().profile.settings.company_code);
    REQUIRE(spent.warnings.size() == 1);
    CHECK(spent.warnings[0].text == "device tablet-1 has given every order number of its blocks: P1-" + f.a().profile.settings.company_code +
                                   " is provisional until its next sync gives it a number");
    CHECK(f.a().profile.next_order == next);  // the counters do not move
    // Clients share the provisional space, so one renumbering map covers both.
    Result c1 = f.store.dispatch(parse_command(R"({"type":"client.create","name":"Amira"})"), on("tablet-1"));
    Result c2 = f.store.dispatch(parse_command(R"({"type":"client.create","name":"Lena"})"), on("tablet-1"));
    REQUIRE((c1.ok && c2.ok));
    CHECK(created_number(c1) < kProvisionalFrom);  // the block's one client id
    CHECK(created_number(c2) == kProvisionalFrom + 1);
    Result clone = f.store.dispatch(parse_command(R"({"type":"order.clone","order":1})"), on("tablet-1"));
    REQUIRE(clone.ok);
    CHECK(created_number(clone) == kProvisionalFrom + 2);
    // The state is valid (provisional numbers are above the counters by design) and replays.
    Problems p;
    validate_atelier(f.a(), p);
    CHECK(p.empty());
    // A provisional number asked for must be free.
    CHECK(f.store.dispatch(parse_command((create + std::to_string(kProvisionalFrom + 1) + "}").c_str()), on("laptop")).error ==
          Problem{"/number", "provisional number " + std::to_string(kProvisionalFrom + 1) + " is taken"});
    // Without a block: any number from the counter on, below the provisional ones.
    CHECK(f.store.dispatch(parse_command((create + std::to_string(next - 1) + "}").c_str()), on("laptop")).error.path == "/number");
    CHECK(f.store.dispatch(parse_command((create + std::to_string(next + 3) + "}").c_str()), on("laptop")).ok);
    CHECK(f.a().profile.next_order == next + 4);
}

TEST_CASE("a new block leaves the numbers left in the device's older ones valid; used-up blocks are dropped") {
    Fixture f;
    CHECK(f.run(R"({"type":"numbers.reserve","device":"bad id","orders":1,"clients":1})").error.path == "/device");
    cmd::NumbersReserve negative;
    negative.device = "t";
    negative.orders = -1;
    CHECK(f.store.dispatch(negative, f.ctx).error.path == "/orders");
    CHECK(f.run(R"({"type":"numbers.reserve","device":"t","orders":1,"clients":2000000})").error.path == "/clients");
    f.ok(R"({"type":"numbers.reserve","device":"t","orders":2,"clients":0})");
    const int old_from = f.a().profile.blocks[0].orders.from;
    // The device, offline, made an order from its block; the server meanwhile handed it a new block,
    // which the log puts before the create: the create still stands, under its own number.
    const Atelier before = f.a();
    Result made = f.store.dispatch(parse_command(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01"})"), on("t", 1));
    REQUIRE(made.ok);
    Problems p;
    const JournalEntry entry = *entry_from_json(std::get<JournalAppend>(made.effects.front()).entry, p);
    f.store.reset(before);
    f.ok(R"({"type":"numbers.reserve","device":"t","orders":3,"clients":1})");
    REQUIRE(f.a().profile.blocks.size() == 2);
    REQUIRE(apply_entry(f.store, entry, p));
    CHECK(f.a().order(old_from));
    // Numbers come from the oldest block first: the old block's last one, then the new block's.
    Result next = f.store.dispatch(parse_command(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01"})"), on("t", 2));
    CHECK(created_number(next) == old_from + 1);
    Result after = f.store.dispatch(parse_command(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01"})"), on("t", 3));
    CHECK(created_number(after) == f.a().profile.blocks[1].orders.from);
    // The next reservation drops the used-up first block and keeps the one with numbers left.
    f.ok(R"({"type":"numbers.reserve","device":"t","orders":1,"clients":0})");
    REQUIRE(f.a().profile.blocks.size() == 2);
    CHECK(f.a().profile.blocks[0].orders.from == old_from + 2);
    // At least one number of either kind (the server refuses 0 and 0 too); none past the provisional ones.
    cmd::NumbersReserve huge;
    huge.device = "t";
    huge.orders = kMaxBlock;
    f.store.reset([&] {
        Atelier a = f.a();
        a.profile.next_order = kProvisionalFrom - 10;
        return a;
    }());
    CHECK(f.store.dispatch(huge, f.ctx).error == Problem{"/orders", "the atelier has no numbers left to reserve"});
}

TEST_CASE("the loader refuses overlapping blocks, a block past the counters, or next outside its range") {
    Fixture f;
    f.ok(R"({"type":"numbers.reserve","device":"tablet-1","orders":10,"clients":10})");
    f.ok(R"({"type":"numbers.reserve","device":"tablet-2","orders":10,"clients":10})");
    auto refused = [&](auto change) {
        Atelier a = f.a();
        change(a.profile.blocks);
        Problems p;
        Atelier back;
        CHECK_FALSE(read_snapshot(write_snapshot(a), back, p));
        REQUIRE_FALSE(p.empty());
        return p[0].path;
    };
    CHECK(refused([](auto& b) { b[1].orders.from -= 5; }) == "/atelier/blocks/1/orders");
    CHECK(refused([](auto& b) { b[1].clients.end += 1; }) == "/atelier/blocks/1/clients");
    CHECK(refused([](auto& b) { b[0].orders.next = b[0].orders.end + 1; }) == "/atelier/blocks/0/orders");
    CHECK(refused([](auto& b) { b[1].device = "bad id"; }) == "/atelier/blocks/1/device");
    // A device may hold two blocks (a new one before the old is used up), disjoint as any two.
    Atelier two = f.a();
    two.profile.blocks[1].device = "tablet-1";
    Problems p;
    Atelier back;
    CHECK(read_snapshot(write_snapshot(two), back, p));
    // The counters stay below the provisional numbers.
    Atelier high = f.a();
    high.profile.next_order = kProvisionalFrom + 1;
    CHECK_FALSE(read_snapshot(write_snapshot(high), back, p));
}

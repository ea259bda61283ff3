// Numbers made on a device (core/model/number_block.hpp): blocks reserved from the atelier's
// counters, creates numbered from the author's block and journaled with the number they gave.
#include "tests/core/fixture.hpp"

#include "core/snapshot/state_hash.hpp"

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

TEST_CASE("a number asked for must be free in the author's block; a spent block is refused with what to do") {
    Fixture f;
    f.ok(R"({"type":"numbers.reserve","device":"tablet-1","orders":2,"clients":1})");
    const int from = f.a().profile.blocks[0].orders.from;
    const std::string create = R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01","number":)";
    auto ask = [&](int n) { return f.store.dispatch(parse_command((create + std::to_string(n) + "}").c_str()), on("tablet-1")); };
    CHECK(ask(from + 5).error == Problem{"/number", "order number " + std::to_string(from + 5) + " is not free: the next free one of device tablet-1's block " +
                                                      std::to_string(from) + "-" + std::to_string(from + 1) + " is " + std::to_string(from)});
    CHECK(ask(from + 1).ok);  // skipping one is allowed: numbers only move forward
    CHECK(ask(from).error.path == "/number");
    Result spent = f.store.dispatch(parse_command(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01"})"), on("tablet-1"));
    CHECK(spent.error == Problem{"/number", "device tablet-1 has given every order number of its block (" + std::to_string(from) + "-" +
                                                std::to_string(from + 1) + "); it gets a new block when it next syncs"});
    // Without a block: any number from the counter on.
    const int next = f.a().profile.next_order;
    CHECK(f.store.dispatch(parse_command((create + std::to_string(next - 1) + "}").c_str()), on("laptop")).error.path == "/number");
    CHECK(f.store.dispatch(parse_command((create + std::to_string(next + 3) + "}").c_str()), on("laptop")).ok);
    CHECK(f.a().profile.next_order == next + 4);
}

TEST_CASE("numbers.reserve refusals, and a new block replaces the device's old one") {
    Fixture f;
    CHECK(f.run(R"({"type":"numbers.reserve","device":"bad id","orders":1,"clients":1})").error.path == "/device");
    cmd::NumbersReserve negative;
    negative.device = "t";
    negative.orders = -1;
    CHECK(f.store.dispatch(negative, f.ctx).error.path == "/orders");
    CHECK(f.run(R"({"type":"numbers.reserve","device":"t","orders":1,"clients":2000000})").error.path == "/clients");
    f.ok(R"({"type":"numbers.reserve","device":"t","orders":5,"clients":5})");
    f.ok(R"({"type":"numbers.reserve","device":"t","orders":5,"clients":5})");
    REQUIRE(f.a().profile.blocks.size() == 1);
    CHECK(f.a().profile.blocks[0].orders.from + 5 == f.a().profile.next_order);
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
    CHECK(refused([](auto& b) { b[1].device = "tablet-1"; }) == "/atelier/blocks/1/device");
}

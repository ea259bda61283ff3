// The state hash (core/snapshot/state_hash.hpp): SHA-256 of the canonical snapshot. Equal states
// hash equal however they were built, stored or indexed; any one field changed changes it.
#include "core/demo.hpp"
#include "core/snapshot/state_hash.hpp"
#include "core/text/sha256.hpp"
#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

Atelier demo(int orders, uint64_t seed) { return make_demo(DemoOptions{orders, seed, day("2026-06-01")}); }

Atelier reread(const std::string& text) {
    Atelier a;
    Problems problems;
    REQUIRE(read_snapshot(text, a, problems));
    return a;
}

}  // namespace

TEST_CASE("the state hash is the SHA-256 of the written snapshot") {
    const Atelier a = demo(30, 4);
    const std::string h = state_hash(a);
    CHECK(h.size() == 64);
    CHECK(h.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(h == sha256_hex(write_snapshot(a)));
    CHECK(state_hash(Atelier{}) == sha256_hex(write_snapshot(Atelier{})));
}

TEST_CASE("equal states give equal hashes") {
    CHECK(state_hash(demo(50, 7)) == state_hash(demo(50, 7)));
    CHECK(state_hash(demo(50, 7)) != state_hash(demo(50, 8)));
    CHECK(state_hash(demo(50, 7)) != state_hash(demo(51, 7)));
    // Two stores given the same commands in the same order.
    Fixture x, y;
    for (Fixture* f : {&x, &y}) {
        f->ok(R"({"type":"order.confirm","order":1})");
        f->ok(R"({"type":"order.pay","order":1,"amount":"500.00","method":"card"})");
    }
    CHECK(state_hash(x.a()) == state_hash(y.a()));
}

TEST_CASE("the hash ignores the indexes: no unordered container feeds the snapshot") {
    // Same entities, indexes built in another order into differently sized tables: if the writer
    // walked a hash map, the bucket order (and the bytes) would differ.
    const Atelier a = demo(80, 3);
    Atelier b;
    b.profile = a.profile;
    b.clock = a.clock;
    b.pipelines = std::vector<Pipeline>(a.pipelines.begin(), a.pipelines.end());
    b.orders.reserve(5000);
    b.clients.reserve(3);
    for (const auto& c : a.clients) b.clients.put(c);
    for (const auto& o : a.orders) b.orders.put(o);
    CHECK(b.orders.index().bucket_count() != a.orders.index().bucket_count());
    CHECK(b == a);
    CHECK(state_hash(b) == state_hash(a));
}

TEST_CASE("one field changed changes the hash") {
    const Atelier a = demo(40, 2);
    const std::string h = state_hash(a);
    REQUIRE(!a.orders.empty());
    REQUIRE(!a.clients.empty());
    {
        Atelier b = a;
        b.orders.back().garment += "x";
        CHECK(state_hash(b) != h);
    }
    {
        Atelier b = a;
        b.orders[0].price.minor += 1;  // one cent
        CHECK(state_hash(b) != h);
    }
    {
        Atelier b = a;
        b.clients[0].name += " ";
        CHECK(state_hash(b) != h);
    }
    {
        Atelier b = a;
        b.profile.next_order += 1;
        CHECK(state_hash(b) != h);
    }
    {
        Atelier b = a;  // same entities, another order: the order of the lists is part of the state
        std::swap(b.orders[0], b.orders[1]);
        b.reindex();
        CHECK(state_hash(b) != h);
    }
}

TEST_CASE("load, write, load keeps the hash, whatever the file's layout") {
    const Atelier a = demo(60, 9);
    const std::string h = state_hash(a);
    const std::string text = write_snapshot(a);
    CHECK(state_hash(reread(text)) == h);
    CHECK(state_hash(reread(write_snapshot(reread(text)))) == h);
    // Indented, keys as nlohmann orders them: another file, the same state.
    const std::string pretty = snapshot_to_json(a).dump(2);
    REQUIRE(pretty != text);
    CHECK(state_hash(reread(pretty)) == h);
}

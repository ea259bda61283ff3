// A read-only tab following the files another tab writes (Storage::follow).
#include "core/demo.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/store.hpp"
#include "storage_fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {
// What a second tab does: open the folder read-only, keep the state in its own store.
struct Follower {
    Storage storage;
    Store store;
    explicit Follower(Files& files) : storage(files) {
        LoadResult r = storage.open();
        REQUIRE(r.atelier);
        store.reset(std::move(*r.atelier));
    }
};
}  // namespace

TEST_CASE("a follower applies the writer's new journal entries in order and ends equal") {
    Saved s(6);  // compacts every 6 entries: the follower sees snapshots appear meanwhile
    Follower f(s.files);
    CHECK(f.storage.follow(f.store) == 0u);  // nothing new yet
    s.edit(R"({"type":"order.confirm","order":1})");
    s.edit(R"({"type":"order.pay","order":1,"amount":5000})");
    CHECK(f.storage.follow(f.store) == 2u);
    CHECK(f.store.state() == s.a());
    size_t applied = 0;
    for (int i = 0; i < 9; ++i) {
        s.edit((R"({"type":"client.create","name":"Client )" + std::to_string(i) + "\"}").c_str());
        if (i % 2 == 1) applied += f.storage.follow(f.store).value_or(1000);
    }
    s.undo();
    applied += f.storage.follow(f.store).value_or(1000);
    CHECK(applied == 10u);
    CHECK(s.storage.snapshot_seq() >= 6);  // compactions happened while the follower followed
    CHECK(write_snapshot(f.store.state()) == write_snapshot(s.a()));
    CHECK(f.storage.seq() == s.storage.seq());
    CHECK(f.storage.follow(f.store) == 0u);

    SUBCASE("a follower more than a generation behind reopens, and is equal again") {
        Follower late(s.files);
        for (int i = 0; i < 14; ++i) s.edit((R"({"type":"client.create","name":"Later )" + std::to_string(i) + "\"}").c_str());
        CHECK(late.storage.follow(late.store) == std::nullopt);
        LoadResult r = late.storage.open();
        REQUIRE(r.atelier);
        CHECK(*r.atelier == s.a());
    }
}

TEST_CASE("a follower that cannot catch up entry by entry asks for a full open") {
    Saved s(200);
    Follower f(s.files);
    s.edit(R"({"type":"order.confirm","order":1})");
    s.edit(R"({"type":"order.pay","order":1,"amount":5000})");
    const Atelier at_start = f.store.state();

    SUBCASE("an entry is missing (covered by a snapshot and removed)") {
        REQUIRE(s.files.remove(journal_name(1)));
        CHECK(f.storage.follow(f.store) == std::nullopt);
    }
    SUBCASE("an entry is damaged") {
        REQUIRE(s.files.write(journal_name(2), s.files.read(journal_name(2))->substr(0, 20)));
        CHECK(f.storage.follow(f.store) == std::nullopt);
        CHECK(f.store.state().order(1)->status == Status::confirmed);  // entry 1 was applied before the stop
    }
    SUBCASE("the writer restored a backup") {
        DemoOptions o;
        o.orders = 5;
        REQUIRE(s.storage.restore(make_demo(o)));
        CHECK(f.storage.follow(f.store) == std::nullopt);
        LoadResult again = Storage(s.files).open();
        REQUIRE(again.atelier);
        CHECK(again.atelier->orders.size() == 5u);
    }
    CHECK(f.store.state().order(1) != nullptr);
    CHECK(at_start.order(1)->status != Status::confirmed);
}

TEST_CASE("following never writes to the folder") {
    Saved s(200);
    Follower f(s.files);
    s.edit(R"({"type":"order.confirm","order":1})");
    const auto before = sorted_names(s.files);
    const std::string journal = *s.files.read(journal_name(1));
    REQUIRE(f.storage.follow(f.store) == 1u);
    CHECK(sorted_names(s.files) == before);
    CHECK(*s.files.read(journal_name(1)) == journal);
}

// Compaction in steps (Storage::begin_compact, SnapshotWriter): the browser writes a
// 100,000-order snapshot a few milliseconds at a time. Whatever the steps, the files are exactly
// those compact() writes; a compaction dropped half-way promotes nothing; one that meets a
// recorded edit is refused and the next one succeeds. Randomized: each case prints its seed.
#include "core/demo.hpp"
#include "core/rng.hpp"
#include "core/snapshot/snapshot_writer.hpp"
#include "storage_fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

DateTime fixed_clock() { return at("2026-03-01T09:00"); }

nlohmann::json garment_edit(const Atelier& a, const char* garment) {
    return {{"at", "2026-03-01T09:00"}, {"who", "ana"},
            {"command", {{"type", "order.update"}, {"order", a.orders.at(0).number}, {"garment", garment}}}};
}

// A folder with one generation of `a`, then three recorded edits (a compaction is due).
void stored(MemoryFiles& files, const Atelier& a) {
    Storage st(files, StorageOptions{3, fixed_clock});
    REQUIRE(st.open().atelier == std::nullopt);
    REQUIRE(st.compact(a));
    for (const char* garment : {"Coat", "Cape", "Gown"}) REQUIRE(st.record(garment_edit(a, garment)));
}

}  // namespace

TEST_CASE("the snapshot text written in steps of any size is the text written at once") {
    for (uint64_t seed = 1; seed <= 8; ++seed) {
        INFO("seed " << seed);
        Rng rng{seed};
        const Atelier a = make_demo(DemoOptions{static_cast<int>(rng.between(0, 60)), seed, day("2026-06-01")});
        const std::string whole = write_snapshot(a);
        SnapshotWriter w(a);
        std::string sliced;
        double last = 0;
        size_t steps = 0;
        while (!w.step(static_cast<size_t>(rng.between(1, 3000)), sliced)) {
            ++steps;
            CHECK(w.progress() >= last);
            last = w.progress();
        }
        CHECK(w.progress() == 1);
        CHECK(sliced == whole);
        CHECK(nlohmann::json::parse(sliced) == snapshot_to_json(a));
        if (a.orders.size() > 20) CHECK(steps > 3);
    }
}

TEST_CASE("compacting in steps writes exactly the files compact() writes") {
    for (uint64_t seed = 1; seed <= 6; ++seed) {
        INFO("seed " << seed);
        Rng rng{seed};
        const Atelier before = make_demo(DemoOptions{40, seed, day("2026-06-01")});
        Atelier after = before;
        after.orders[0].garment = "Coat";
        MemoryFiles at_once, stepped;
        stored(at_once, before);
        stored(stepped, before);
        Storage a(at_once, StorageOptions{3, fixed_clock}), b(stepped, StorageOptions{3, fixed_clock});
        REQUIRE(a.open().atelier);
        REQUIRE(b.open().atelier);
        REQUIRE(a.compact_due());
        REQUIRE(a.compact(after));
        auto c = b.begin_compact(after);
        size_t steps = 0;
        double last = 0;
        while (!c->step(static_cast<size_t>(rng.between(1, 4000)))) {
            ++steps;
            CHECK(c->progress() >= last);
            last = c->progress();
        }
        CHECK(c->ok());
        CHECK(steps > 10);
        CHECK(stepped.files == at_once.files);
        CHECK(b.snapshot_seq() == a.snapshot_seq());
        CHECK_FALSE(b.compact_due());
        const LoadResult r = Storage(stepped).open();
        REQUIRE(r.atelier);
        CHECK(*r.atelier == after);
    }
}

TEST_CASE("a snapshot text of several pieces (over 1 MB) is written exactly as compact() writes it") {
    // The text is kept in pieces of 1 MB (one string would copy all of it at each doubling):
    // 2,400 orders are about 2.3 MB, so the pieces' seams fall inside the orders.
    const Atelier before = make_demo(DemoOptions{2400, 5, day("2026-06-01")});
    Atelier after = before;
    after.orders.back().garment = "Coat";
    MemoryFiles at_once, stepped;
    stored(at_once, before);
    stored(stepped, before);
    Storage a(at_once, StorageOptions{3, fixed_clock}), b(stepped, StorageOptions{3, fixed_clock});
    REQUIRE(a.open().atelier);
    REQUIRE(b.open().atelier);
    REQUIRE(a.compact(after));
    auto c = b.begin_compact(after);
    Rng rng{5};
    while (!c->step(static_cast<size_t>(rng.between(1000, 60000)))) {}
    CHECK(c->ok());
    const std::string name = snapshot_name(a.snapshot_seq());
    REQUIRE(at_once.files.count(name) == 1);
    CHECK(at_once.files.at(name).size() > 2 * (1u << 20));
    CHECK(stepped.files == at_once.files);
    const LoadResult r = Storage(stepped).open();
    REQUIRE(r.atelier);
    CHECK(*r.atelier == after);
}

TEST_CASE("a compaction dropped half-way promotes nothing, and the next one clears its temporary file") {
    const Atelier a = make_demo(DemoOptions{40, 2, day("2026-06-01")});
    MemoryFiles files;
    stored(files, a);
    const auto before = files.files;
    {
        Storage st(files, StorageOptions{3, fixed_clock});
        REQUIRE(st.open().atelier);
        auto c = st.begin_compact(a);
        // Past the write of the temporary file, before the check that reads it back ends.
        while (c->progress() < 0.6) REQUIRE_FALSE(c->step(2000));
    }
    CHECK(files.files.size() == before.size() + 1);  // the temporary file, nothing renamed
    const LoadResult r = Storage(files).open();
    REQUIRE(r.atelier);
    CHECK(r.snapshot_seq == 0);
    CHECK(r.replayed == 3);
    CHECK(r.atelier->orders[0].garment == "Gown");
    Storage st(files, StorageOptions{3, fixed_clock});
    REQUIRE(st.open().atelier);
    REQUIRE(st.compact(*r.atelier));
    for (const auto& [name, text] : files.files) CHECK(name.find(".tmp") == std::string::npos);
}

TEST_CASE("an edit recorded while a compaction runs: the compaction is refused and the edit kept") {
    const Atelier a = make_demo(DemoOptions{40, 3, day("2026-06-01")});
    MemoryFiles files;
    stored(files, a);
    Storage st(files, StorageOptions{3, fixed_clock});
    const LoadResult opened = st.open();
    REQUIRE(opened.atelier);
    auto c = st.begin_compact(*opened.atelier);
    REQUIRE_FALSE(c->step(2000));
    REQUIRE(st.record(garment_edit(a, "Veil")));
    while (!c->step(2000)) {}
    CHECK_FALSE(c->ok());
    CHECK(st.error().find("changed while it was being saved") != std::string::npos);
    const LoadResult r = Storage(files).open();
    REQUIRE(r.atelier);
    CHECK(r.snapshot_seq == 0);  // the first generation still, and every edit after it
    CHECK(r.replayed == 4);
    CHECK(r.atelier->orders[0].garment == "Veil");
    CHECK(st.compact_due());
}

TEST_CASE("compacting in steps writes the snapshot in parts, never whole in one step") {
    struct Parts : MemoryFiles {
        size_t whole_snapshot_writes = 0, parts = 0, largest = 0;
        bool write(const std::string& name, std::string_view data) override {
            if (name.find("snapshot-") == 0 && data.size() > 64 * 1024 && gathered_ == 0) ++whole_snapshot_writes;
            return MemoryFiles::write(name, data);
        }
        bool begin_parts(const std::string& name, size_t total) override {
            ++gathered_;
            return MemoryFiles::begin_parts(name, total);
        }
        bool write_part(const std::string& name, size_t offset, std::string_view part) override {
            ++parts;
            largest = std::max(largest, part.size());
            return MemoryFiles::write_part(name, offset, part);
        }
        bool end_parts(const std::string& name) override {
            const bool ok = MemoryFiles::end_parts(name);  // the default ends with write(): not counted
            --gathered_;
            return ok;
        }
        int gathered_ = 0;
    } files;
    const Atelier a = make_demo(DemoOptions{300, 4, day("2026-06-01")});
    Storage st(files, StorageOptions{3, fixed_clock});
    REQUIRE(st.open().atelier == std::nullopt);
    auto c = st.begin_compact(a);
    while (!c->step(1024)) {}
    REQUIRE(c->ok());
    CHECK(files.whole_snapshot_writes == 0);
    CHECK(files.parts > 5);
    CHECK(files.largest <= 1024 * 32);
    const LoadResult r = Storage(files).open();
    REQUIRE(r.atelier);
    CHECK(*r.atelier == a);
}

TEST_CASE("a rewrite of the same point dropped half-way leaves no gap in the journal: the next edit opens cleanly") {
    const Atelier a = make_demo(DemoOptions{40, 5, day("2026-06-01")});
    MemoryFiles files;
    Storage st(files, StorageOptions{200, fixed_clock});
    REQUIRE(st.open().atelier == std::nullopt);
    REQUIRE(st.compact(a));
    st.want_snapshot();  // the frame benchmark's compaction on demand: the same point, a new name
    {
        auto c = st.begin_compact(a);
        REQUIRE_FALSE(c->step(2000));
    }  // dropped: the user edited
    REQUIRE(st.record(garment_edit(a, "Veil")));
    const LoadResult r = Storage(files).open();
    REQUIRE(r.atelier);
    CHECK(r.report == "");
    CHECK(r.unreadable == 0);
    CHECK(r.replayed == 1);
    CHECK(r.atelier->orders[0].garment == "Veil");
}

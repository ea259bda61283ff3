// Reading in slices (core/snapshot/snapshot_reader.hpp, Storage::begin_open, ValidationSteps):
// the browser opens a large atelier a few milliseconds at a time, and whatever the slices, the
// result must be exactly what the one-shot readers give — on valid, damaged and invalid input.
// Randomized: each case prints its seed.
#include <algorithm>

#include "core/demo.hpp"
#include "core/rng.hpp"
#include "core/snapshot/snapshot_reader.hpp"
#include "storage_fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

struct Outcome {
    bool ok = false;
    std::optional<Atelier> atelier;
    std::optional<Atelier> invalid;
    Problems problems;
    size_t steps = 0;
};

// Steps of random sizes between 1 and max_budget (a few bytes to many kilobytes).
Outcome read_in_slices(std::string_view text, Rng& rng, int max_budget) {
    SnapshotReader reader(text, true);
    Outcome o;
    double last = 0;
    while (!reader.step(static_cast<size_t>(rng.between(1, max_budget)))) {
        ++o.steps;
        CHECK(reader.progress() >= last);  // never goes back
        last = reader.progress();
    }
    CHECK(reader.done());
    CHECK(reader.progress() == 1);
    o.ok = reader.ok();
    if (o.ok) o.atelier = reader.take();
    o.invalid = reader.take_invalid();
    o.problems = reader.problems();
    return o;
}

Outcome read_at_once(std::string_view text) {
    Outcome o;
    Atelier a;
    o.ok = read_snapshot(text, a, o.problems, &o.invalid);
    if (o.ok) o.atelier = std::move(a);
    return o;
}

void same(const Outcome& sliced, const Outcome& whole) {
    CHECK(sliced.ok == whole.ok);
    CHECK(sliced.problems == whole.problems);
    CHECK(sliced.atelier.has_value() == whole.atelier.has_value());
    if (sliced.atelier && whole.atelier) CHECK(*sliced.atelier == *whole.atelier);
    CHECK(sliced.invalid.has_value() == whole.invalid.has_value());
    if (sliced.invalid && whole.invalid) CHECK(*sliced.invalid == *whole.invalid);
}

}  // namespace

TEST_CASE("reading_in_slices_equals_reading_at_once for any slice sizes (valid snapshots)") {
    for (uint64_t seed = 1; seed <= 12; ++seed) {
        INFO("seed " << seed);
        Rng rng{seed};
        const Atelier demo = make_demo(DemoOptions{rng.between(0, 120), seed, day("2026-06-01")});
        const std::string text = write_snapshot(demo);
        const Outcome sliced = read_in_slices(text, rng, seed % 3 == 0 ? 16 : 4096);
        const Outcome whole = read_at_once(text);
        REQUIRE(whole.ok);
        same(sliced, whole);
        CHECK(*sliced.atelier == demo);
        if (text.size() > 8192) CHECK(sliced.steps > 2);  // it really was sliced
    }
}

TEST_CASE("reading_in_slices_equals_reading_at_once on damaged and rule-breaking snapshots") {
    const Atelier demo = make_demo(DemoOptions{30, 5, day("2026-06-01")});
    const std::string text = write_snapshot(demo);
    for (uint64_t seed = 1; seed <= 150; ++seed) {
        INFO("seed " << seed);
        Rng rng{seed};
        std::string bad = text;
        switch (rng.below(4)) {
            case 0: bad.resize(static_cast<size_t>(rng.below(static_cast<int>(text.size())))); break;  // truncated
            case 1: bad[static_cast<size_t>(rng.below(static_cast<int>(text.size())))] = "x\"{}[],:0\\"[rng.below(10)]; break;
            case 2: {  // a rule broken: an order number used twice, or an unknown client
                const size_t at = text.find("\"number\":") + 9;
                bad.replace(at, bad.find(',', at) - at, rng.chance(50) ? "1" : "999999");
                break;
            }
            default: {  // a field of the wrong type somewhere
                const size_t at = text.find("\"price\":", static_cast<size_t>(rng.below(static_cast<int>(text.size() / 2))));
                if (at != std::string::npos) bad.replace(at + 8, 1, "\"x\",\"y\":");
            }
        }
        same(read_in_slices(bad, rng, rng.chance(50) ? 64 : 2048), read_at_once(bad));
    }
}

TEST_CASE("the sliced reader rejects what the DOM reader rejects, with the same first problem") {
    // An older schema goes to the one-shot DOM path within a step; the answer is the DOM reader's.
    const std::string old = R"({"schema": 1, "atelier": {"name":"A","code":"A","currency":"EUR","next_order":1,"next_client":1},)"
                            R"( "pipelines": [], "clients": [], "orders": []})";
    Rng rng{7};
    const Outcome sliced = read_in_slices(old, rng, 8);
    Atelier dom;
    Problems problems;
    const bool ok = snapshot_from_json(nlohmann::json::parse(old), dom, problems);
    CHECK(sliced.ok == ok);
    CHECK(sliced.problems == problems);
    if (ok) CHECK(*sliced.atelier == dom);
}

TEST_CASE("validation_in_steps_equals_validate_atelier, also past the limit of findings") {
    Atelier a = make_demo(DemoOptions{80, 3, day("2026-06-01")});
    // Many problems: every third order repeats a number or names a client that does not exist.
    for (size_t i = 0; i < a.orders.size(); i += 3) {
        if (i % 2) a.orders[i].number = a.orders[0].number;
        else a.orders[i].client = 987654;
    }
    a.reindex();
    for (size_t limit : {size_t{5}, size_t{50}, size_t{1000}}) {
        Problems whole;
        validate_atelier(a, whole, limit);
        REQUIRE(!whole.empty());
        for (size_t step : {size_t{1}, size_t{2}, size_t{7}, size_t{1000}}) {
            INFO("limit " << limit << ", step " << step);
            Problems sliced;
            ValidationSteps v(a, sliced, limit);
            size_t calls = 1;
            while (!v.step(step)) ++calls;
            CHECK(sliced == whole);
            if (step == 1 && limit == 1000) CHECK(calls > a.orders.size());
        }
    }
}

TEST_CASE("opening_in_steps_equals_open: the journal, damaged generations and salvage") {
    for (uint64_t seed = 1; seed <= 6; ++seed) {
        INFO("seed " << seed);
        Rng rng{seed};
        Saved s(6);
        for (int i = 0; i < 14; ++i) {
            if (i % 5 == 4) s.edit(R"({"type":"client.create","name":"Zoë Martin"})");
            else s.edit(R"({"type":"order.update","order":1,"garment":"Coat"})");
            if (i == 9) s.undo();
        }
        // Damage: the newest snapshot (falls back a generation), a journal entry, or nothing.
        auto names = sorted_names(s.files);
        if (seed % 3 == 1) {
            const auto newest = std::find_if(names.rbegin(), names.rend(), [](const std::string& n) { return n.rfind("snapshot-", 0) == 0; });
            REQUIRE(newest != names.rend());
            std::string t = *s.files.read(*newest);
            t[t.size() / 2] ^= 1;
            REQUIRE(s.files.write(*newest, t));
        } else if (seed % 3 == 2) {
            const auto last = std::find_if(names.rbegin(), names.rend(), [](const std::string& n) { return n.rfind("journal-", 0) == 0; });
            REQUIRE(last != names.rend());
            REQUIRE(s.files.write(*last, "ATELIER1 00000000 3\nxyz"));
        }
        Storage whole_storage(s.files);
        const LoadResult whole = whole_storage.open();
        Storage stepped_storage(s.files);
        auto opening = stepped_storage.begin_open();
        double last = 0;
        while (!opening->step(static_cast<size_t>(rng.between(1, 3000)))) {
            CHECK(opening->progress() >= last);
            last = opening->progress();
        }
        const LoadResult stepped = opening->take();
        REQUIRE(whole.atelier);
        REQUIRE(stepped.atelier);
        CHECK(*stepped.atelier == *whole.atelier);
        CHECK(stepped.report == whole.report);
        CHECK(stepped.replayed == whole.replayed);
        CHECK(stepped.unreadable == whole.unreadable);
        CHECK(stepped.damaged == whole.damaged);
        CHECK(stepped.previous_generation == whole.previous_generation);
        CHECK(stepped.snapshot_seq == whole.snapshot_seq);
        CHECK(stepped_storage.seq() == whole_storage.seq());
        CHECK(stepped_storage.snapshot_seq() == whole_storage.snapshot_seq());
        CHECK(stepped_storage.compact_due() == whole_storage.compact_due());
        if (seed % 3 == 0) CHECK(*stepped.atelier == s.a());
    }
}

namespace {
// Counts how the opening reads the folder: whole files, or parts of at most `largest` bytes.
struct CountingFiles : MemoryFiles {
    size_t whole_snapshot_reads = 0, parts = 0, largest = 0;
    std::optional<std::string> read(const std::string& name) override {
        if (name.rfind("snapshot-", 0) == 0) ++whole_snapshot_reads;
        return MemoryFiles::read(name);
    }
    std::optional<size_t> read_part(const std::string& name, size_t offset, size_t n, std::string& out) override {
        ++parts;
        largest = std::max(largest, n);
        return MemoryFiles::read_part(name, offset, n, out);
    }
};
}  // namespace

TEST_CASE("opening in steps copies the snapshot out of the folder in parts, never whole in one step") {
    const Atelier demo = make_demo(DemoOptions{400, 3, day("2026-06-01")});
    CountingFiles files;
    {
        Storage writer(files);
        REQUIRE(writer.open().atelier == std::nullopt);
        REQUIRE(writer.compact(demo));
    }
    files.whole_snapshot_reads = files.parts = files.largest = 0;  // the writer reads back what it wrote
    size_t snapshot_bytes = 0;
    for (const auto& [name, text] : files.files)
        if (name.rfind("snapshot-", 0) == 0) snapshot_bytes = std::max(snapshot_bytes, text.size());
    REQUIRE(snapshot_bytes > 100 * 1024);
    Storage storage(files);
    auto opening = storage.begin_open();
    while (!opening->step(1024)) {}
    const LoadResult r = opening->take();
    REQUIRE(r.atelier);
    CHECK(*r.atelier == demo);
    CHECK(files.whole_snapshot_reads == 0);
    CHECK(files.largest <= 1024 * 32);
    CHECK(files.parts >= snapshot_bytes / (1024 * 32));
}

TEST_CASE("a snapshot cut short while it is copied fails its frame check and the previous generation opens") {
    Atelier demo = make_demo(DemoOptions{30, 3, day("2026-06-01")});
    // The newest generation is cut in half after its size was taken: the copy ends early.
    struct Shrinking : MemoryFiles {
        std::string newest;
        std::optional<size_t> read_part(const std::string& name, size_t offset, size_t n, std::string& out) override {
            if (name == newest) files[name].resize(files[name].size() / 2);
            return MemoryFiles::read_part(name, offset, n, out);
        }
    } files;
    {
        Storage writer(files);
        REQUIRE(writer.open().atelier == std::nullopt);
        REQUIRE(writer.compact(demo));
        demo.orders[0].garment = "Cape";
        writer.want_snapshot();
        REQUIRE(writer.compact(demo));
    }
    for (const auto& [name, text] : files.files)
        if (name.rfind("snapshot-", 0) == 0) files.newest = name;  // the map is sorted: the last is the newest
    Storage storage(files);
    auto opening = storage.begin_open();
    while (!opening->step(512)) {}
    const LoadResult r = opening->take();
    REQUIRE(r.atelier);
    CHECK(r.previous_generation);
    CHECK(r.damaged == std::vector<std::string>{files.newest});
    CHECK(r.atelier->orders[0].garment != "Cape");
}

TEST_CASE("a long list keeps the estimate's small room instead of moving every order again at its end") {
    const Atelier demo = make_demo(DemoOptions{400, 3, day("2026-06-01")});
    const std::string text = write_snapshot(demo);
    SnapshotReader reader(text);
    while (!reader.step(4096)) {}
    REQUIRE(reader.ok());
    const Atelier a = reader.take();
    CHECK(a == demo);
    CHECK(a.orders.capacity() > a.orders.size());  // a shrink would have moved them all again
    CHECK(a.orders.capacity() <= a.orders.size() + a.orders.size() / 8 + 16);
}

// A compaction's read-back runs across frames while another read may happen between two of its
// steps (a reload of another tab's files, a backup preview): each reader keeps its own half-read
// lists. With shared scratch lists the two emptied each other's (ASan: leaks; wrong histories).
TEST_CASE("two readers stepped in turns each read their own document") {
    for (uint64_t seed = 1; seed <= 6; ++seed) {
        CAPTURE(seed);
        const Atelier x = make_demo(DemoOptions{150, seed});
        const Atelier y = make_demo(DemoOptions{90, seed + 100});
        const std::string tx = write_snapshot(x), ty = write_snapshot(y);
        SnapshotReader rx(tx), ry(ty);
        Rng rng{seed};
        bool dx = false, dy = false;
        while (!dx || !dy) {
            if (!dx) dx = rx.step(static_cast<size_t>(rng.between(1, 3000)));
            if (!dy) dy = ry.step(static_cast<size_t>(rng.between(1, 3000)));
            // And a whole read in one go in between, as a preview would do.
            if (rng.below(8) == 0) CHECK(read_at_once(tx).atelier == x);
        }
        REQUIRE(rx.ok());
        REQUIRE(ry.ok());
        CHECK(rx.take() == x);
        CHECK(ry.take() == y);
    }
}

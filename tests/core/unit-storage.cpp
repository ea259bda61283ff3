// Storage: journal files + snapshot generations in a real folder; replay equals the live state.
#include "storage_fixture.hpp"

#include "core/demo.hpp"
#include "core/storage/crc32.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("crc32 matches the standard check values") {
    CHECK(crc32("") == 0u);
    CHECK(crc32("123456789") == 0xCBF43926u);
    CHECK(crc32("The quick brown fox jumps over the lazy dog") == 0x414FA339u);
    // Incremental equals one pass, across the 8-byte stride.
    const std::string s = "Atelier: offline-first order management, 0123456789abcdef";
    for (size_t cut = 0; cut <= s.size(); ++cut)
        CHECK(crc32(std::string_view(s).substr(cut), crc32(std::string_view(s).substr(0, cut))) == crc32(s));
}

TEST_CASE("a framed file reads back, and names its kind and seq") {
    const std::string f = frame_file("journal", 42, R"({"a":1})");
    Unframed u;
    std::string why;
    REQUIRE(unframe_file(f, "journal", 42, u, why));
    CHECK(u.body == R"({"a":1})");
    CHECK_FALSE(unframe_file(f, "journal", 43, u, why));
    CHECK(why.find("not the journal its name says") != std::string::npos);
    CHECK_FALSE(unframe_file(f, "snapshot", 42, u, why));
    CHECK_FALSE(unframe_file(f.substr(0, f.size() - 1), "journal", 42, u, why));
    CHECK(why.find("truncated") != std::string::npos);
    CHECK_FALSE(unframe_file(f + "x", "journal", 42, u, why));
    CHECK_FALSE(unframe_file("", "journal", 42, u, why));
    CHECK(why == "the file is empty");
    CHECK(journal_name(42) == "journal-000000000042.atl");
    CHECK(snapshot_name(7) == "snapshot-000000000007.atl");
}

TEST_CASE("an empty folder is a first start") {
    TempDir dir;
    FolderFiles files(dir.path, false);
    Storage s(files);
    LoadResult r = s.open();
    CHECK_FALSE(r.atelier.has_value());
    CHECK(r.report.empty());
    CHECK(s.compact_due());  // the first snapshot is written as soon as there is an atelier
}

TEST_CASE("each edit is one small journal file; replay equals the live state") {
    Saved s;
    s.edit(R"({"type":"order.confirm","order":1})");
    s.ctx.now = at("2026-03-02T10:00");
    s.edit(R"({"type":"order.start","order":1})");
    s.edit(R"({"type":"order.pay","order":1,"amount":5000})");
    s.edit(R"({"type":"order.clone","order":1})");
    s.edit(R"({"type":"client.create","name":"Zoë Martin"})");
    CHECK(sorted_names(s.files) == std::vector<std::string>{
              "journal-000000000001.atl", "journal-000000000002.atl", "journal-000000000003.atl",
              "journal-000000000004.atl", "journal-000000000005.atl", "snapshot-000000000000.atl"});
    CHECK(s.files.read("journal-000000000003.atl")->size() < 400);
    LoadResult r = s.reopen();
    REQUIRE(r.atelier);
    CHECK(r.report == "");
    CHECK(r.replayed == 5);
    CHECK(write_snapshot(*r.atelier) == write_snapshot(s.a()));
    CHECK(*r.atelier == s.a());
}

TEST_CASE("undo and redo are entries that replay, also across a compaction") {
    Saved s(3);
    s.edit(R"({"type":"order.confirm","order":1})");
    s.edit(R"({"type":"client.create","name":"B"})");
    s.edit(R"({"type":"order.create","client":2,"pipeline":"bridal","deadline":"2026-05-01"})");  // compacts here
    CHECK(s.storage.snapshot_seq() == 3);
    s.undo();  // the undone step is older than the snapshot
    s.undo();
    s.redo();
    s.undo();
    s.undo();  // order.confirm: before the snapshot too
    LoadResult r = s.reopen();
    REQUIRE(r.atelier);
    CHECK(r.report == "");
    CHECK(*r.atelier == s.a());
    CHECK(r.atelier->client(2) == nullptr);
    CHECK(r.atelier->order(1)->status == s.a().order(1)->status);
    // A fresh session keeps editing after the reload: numbers continue where they were, and the
    // undone client's number is not given again.
    Store again(*r.atelier);
    CHECK(again.dispatch(parse_command(R"({"type":"client.create","name":"C"})"), s.ctx).ok);
    CHECK(again.state().client(2) == nullptr);
    CHECK(again.state().client(3) != nullptr);
}

TEST_CASE("compaction keeps two generations and the journal after the older one") {
    Saved s(4);
    for (int i = 0; i < 4; ++i) s.edit(R"({"type":"order.update","order":1,"garment":"n"})");
    // 0 (previous) and 4 (newest); journal 1..4 kept for the previous generation.
    CHECK(sorted_names(s.files) == std::vector<std::string>{
              "journal-000000000001.atl", "journal-000000000002.atl", "journal-000000000003.atl",
              "journal-000000000004.atl", "snapshot-000000000000.atl", "snapshot-000000000004.atl"});
    for (int i = 0; i < 5; ++i) s.edit(R"({"type":"order.update","order":1,"garment":"m"})");
    // 4 and 8 kept; journal <= 4 removed, snapshot 0 removed; 9 is the pending edit.
    CHECK(sorted_names(s.files) == std::vector<std::string>{
              "journal-000000000005.atl", "journal-000000000006.atl", "journal-000000000007.atl",
              "journal-000000000008.atl", "journal-000000000009.atl", "snapshot-000000000004.atl",
              "snapshot-000000000008.atl"});
    CHECK(s.storage.pending_entries() == 1);
    LoadResult r = s.reopen();
    REQUIRE(r.atelier);
    CHECK(r.snapshot_seq == 8);
    CHECK(r.replayed == 1);
    CHECK(*r.atelier == s.a());
}

TEST_CASE("a snapshot on demand writes a new generation with no edit since the last one") {
    Saved s(200);
    s.edit(R"({"type":"order.update","order":1,"garment":"n"})");
    REQUIRE(s.storage.compact(s.a()));
    const uint64_t before = s.storage.snapshot_seq();
    CHECK_FALSE(s.storage.compact_due());
    REQUIRE(s.storage.compact(s.a()));  // nothing new: nothing written
    CHECK(s.storage.snapshot_seq() == before);
    s.storage.want_snapshot();
    CHECK(s.storage.compact_due());
    REQUIRE(s.storage.compact(s.a()));
    CHECK(s.storage.snapshot_seq() == before + 1);
    CHECK_FALSE(s.storage.compact_due());
    LoadResult r = s.reopen();
    REQUIRE(r.atelier);
    CHECK(r.snapshot_seq == before + 1);
    CHECK(r.report == "");
    CHECK(*r.atelier == s.a());
}

TEST_CASE("the journal stays bounded by the threshold, whatever the number of edits") {
    Saved s(10);
    for (int i = 0; i < 95; ++i) s.edit(R"({"type":"order.update","order":1,"garment":"x"})");
    CHECK(s.files.list().size() <= 2 + 2 * 10);
    CHECK(*s.reopen().atelier == s.a());
}

TEST_CASE("a leftover temporary snapshot is ignored and cleaned up") {
    Saved s(2);
    REQUIRE(s.files.write("snapshot-000000000099.tmp", "half a snapsh"));
    s.edit(R"({"type":"order.update","order":1,"garment":"a"})");
    LoadResult r = s.reopen();
    CHECK(r.report == "");
    CHECK(*r.atelier == s.a());
    s.edit(R"({"type":"order.update","order":1,"garment":"b"})");  // compacts: removes the leftover
    for (const auto& n : s.files.list()) CHECK(n.find(".tmp") == std::string::npos);
}

TEST_CASE("a failed journal write makes a snapshot due, which then covers the edit") {
    struct Flaky : MemoryFiles {
        bool fail_next = false;
        bool write(const std::string& name, std::string_view data) override {
            if (fail_next) {
                fail_next = false;
                error = "No space left on device";
                return false;
            }
            return MemoryFiles::write(name, data);
        }
    };
    Flaky files;
    Fixture f;
    Storage st(files);
    st.open();
    REQUIRE(st.compact(f.a()));
    CHECK_FALSE(st.compact_due());
    files.fail_next = true;
    const auto r = f.ok(R"({"type":"order.confirm","order":1})");
    CHECK_FALSE(st.record(std::get<JournalAppend>(r.effects[0]).entry));
    CHECK(st.error().find("No space left") != std::string::npos);
    CHECK(st.compact_due());
    REQUIRE(st.compact(f.a()));
    Storage again(files);
    LoadResult l = again.open();
    CHECK(l.report == "");
    CHECK(*l.atelier == f.a());
}

TEST_CASE("restore replaces the stored atelier with a fresh generation") {
    Saved s(50);
    s.edit(R"({"type":"order.confirm","order":1})");
    const Atelier before = s.a();
    DemoOptions o;
    o.orders = 30;
    const Atelier demo = make_demo(o);
    REQUIRE(s.storage.restore(demo));
    LoadResult r = s.reopen();
    REQUIRE(r.atelier);
    CHECK(r.report == "");
    CHECK(*r.atelier == demo);
    // Edits on the restored atelier are journaled after it.
    s.store.reset(demo);
    s.edit(R"({"type":"client.create","name":"After Restore"})");
    CHECK(*s.reopen().atelier == s.a());

    SUBCASE("a damaged restored snapshot falls back to the atelier before the restore") {
        const std::string name = snapshot_name(s.storage.snapshot_seq());
        REQUIRE(s.files.write(name, s.files.read(name)->substr(0, 100)));
        LoadResult f = s.reopen();
        REQUIRE(f.atelier);
        CHECK(*f.atelier == before);
        CHECK(f.previous_generation);
        CHECK(f.report.find("Recovered from the previous save of 2026-03-01 09:00") == 0);
    }
}

TEST_CASE("restore in steps: the old atelier opens until the new one is promoted, then the new one") {
    Saved s(50);
    s.edit(R"({"type":"order.confirm","order":1})");
    const Atelier before = s.a();
    const Atelier demo = make_demo(DemoOptions{400});
    auto c = s.storage.begin_restore(demo);
    size_t steps = 0;
    bool done = false;
    while (!done) {
        done = c->step(4096);
        ++steps;
        if (!done) {  // the page closed now: the stored atelier is the one before, whole
            Storage other(s.files, StorageOptions{50, [] { return at("2026-03-01T09:00"); }});
            LoadResult mid = other.open();
            REQUIRE(mid.atelier);
            CHECK(*mid.atelier == before);
        }
    }
    CHECK(steps > 10);
    CHECK(c->ok());
    LoadResult r = s.reopen();
    REQUIRE(r.atelier);
    CHECK(r.report == "");
    CHECK(*r.atelier == demo);
}

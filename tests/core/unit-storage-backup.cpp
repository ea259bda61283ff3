// Backup and restore: the backup is the snapshot format; the preview validates before anything is replaced.
#include "storage_fixture.hpp"

#include "core/demo.hpp"
#include "core/storage/backup.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("a backup previews as what it holds, and restores to the same atelier") {
    DemoOptions o;
    o.orders = 40;
    const Atelier demo = make_demo(o);
    const BackupPreview p = preview_backup(backup_text(demo));
    REQUIRE(p.ok);
    CHECK(p.error == "");
    CHECK(p.name == demo.profile.settings.name);
    CHECK(p.code == demo.profile.settings.company_code);
    CHECK(p.orders == 40);
    CHECK(p.clients == demo.clients.size());
    CHECK(p.pipelines == demo.pipelines.size());
    CHECK(p.schema == kSchema);
    CHECK(p.atelier == demo);
    CHECK(p.summary().find(" orders, ") != std::string::npos);
}

TEST_CASE("the preview's summary reads as a sentence") {
    Fixture f;
    const BackupPreview p = preview_backup(backup_text(f.a()));
    REQUIRE(p.ok);
    CHECK(p.summary() == "Maison Test (BFG): 1 order, 1 client, 1 pipeline — schema " + std::to_string(kSchema));
    CHECK(backup_file_name(f.a(), day("2026-06-01")) == "atelier-BFG-2026-06-01.json");
}

TEST_CASE("an older schema is migrated and says which it was") {
    const auto p = preview_backup(R"({"schema":0,"settings":{"name":"Old House","company_code":"OLD","currency":"EUR","next_order":1,"next_client":1},
        "pipelines":[],"clients":[],"orders":[]})");
    REQUIRE(p.ok);
    CHECK(p.schema == 0);
    CHECK(p.name == "Old House");
}

TEST_CASE("the preview refuses what it cannot restore") {
    Fixture f;
    nlohmann::json good = snapshot_to_json(f.a());

    SUBCASE("malformed JSON") {
        const auto p = preview_backup(backup_text(f.a()).substr(0, 120));
        CHECK_FALSE(p.ok);
        CHECK(p.error.find("not valid JSON") != std::string::npos);
        CHECK(p.atelier == Atelier{});
    }
    SUBCASE("an empty file") { CHECK(preview_backup("").error == "The file is empty."); }
    SUBCASE("not an atelier") {
        const auto p = preview_backup(R"({"hello":"world"})");
        CHECK_FALSE(p.ok);
        CHECK(p.error.find("/schema: is missing") != std::string::npos);
    }
    SUBCASE("negative money") {
        good["orders"][0]["price"] = -100;
        const auto p = preview_backup(good.dump());
        CHECK_FALSE(p.ok);
        CHECK(p.error.find("/orders/0/price: money must not be negative") != std::string::npos);
    }
    SUBCASE("a schema newer than this version reads") {
        good["schema"] = kSchema + 1;
        const auto p = preview_backup(good.dump());
        CHECK_FALSE(p.ok);
        CHECK(p.error.find("update Atelier to open it") != std::string::npos);
    }
    SUBCASE("a negative schema") {
        good["schema"] = -1;
        CHECK_FALSE(preview_backup(good.dump()).ok);
    }
    SUBCASE("a broken cross-reference") {
        good["orders"][0]["client"] = 99;
        const auto p = preview_backup(good.dump());
        CHECK_FALSE(p.ok);
        CHECK(p.error.find("/orders/0/client: no client 99") != std::string::npos);
    }
}

TEST_CASE("a restored backup is what the folder opens next time") {
    Saved s;
    s.edit(R"({"type":"order.confirm","order":1})");
    DemoOptions o;
    o.orders = 25;
    const auto p = preview_backup(backup_text(make_demo(o)));
    REQUIRE(p.ok);
    REQUIRE(s.storage.restore(p.atelier));
    LoadResult r = s.reopen();
    REQUIRE(r.atelier);
    CHECK(*r.atelier == p.atelier);
    CHECK(r.report == "");
}

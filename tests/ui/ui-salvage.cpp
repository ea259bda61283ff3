// Salvage: an atelier opened from damaged storage is shown read-only, with what is wrong and the
// raw files on offer; nothing can be edited.
#include <doctest/doctest.h>

#include "core/commands/command.hpp"
#include "core/storage/backup.hpp"
#include "tests/ui/headless.hpp"

using atelier::test::Headless;

namespace {
// What the storage reports for a salvaged atelier (web/platform/storage.cpp).
void salvaged(atelier::App& app, bool writer) {
    app.storage.state = atelier::StorageStatus::State::read_only;
    app.storage.why = atelier::StorageStatus::ReadOnly::salvaged;
    app.storage.writer = writer;
}
}  // namespace

TEST_CASE("a salvaged atelier shows the banner with every problem and offers the raw files and a backup") {
    Headless h;
    atelier::test::open_demo(h.app, 20);
    salvaged(h.app, /*writer=*/true);
    h.app.salvage = atelier::App::Salvage{{"snapshot-000000000200.atl: the CRC does not match",
                                           "orders[3].team: no team \"Sewing\""}};
    int raw = 0, backup = 0;
    h.app.on_download_raw = [&] { ++raw; };
    h.app.on_backup = [&] { ++backup; };
    h.frame(2);
    CHECK(h.visible("Salvage banner"));
    CHECK_FALSE(h.visible("Read-only banner"));  // not "another tab": the reason is the damage
    CHECK(h.visible("Salvage problem 1"));
    CHECK(h.visible("Salvage problem 2"));
    CHECK_FALSE(h.visible("Salvage problem 3"));
    h.click("Download raw files");
    CHECK(raw == 1);
    h.click("Download backup (salvage)");
    CHECK(backup == 1);
}

TEST_CASE("a salvaged atelier refuses edits, undo and redo, with the reason") {
    Headless h;
    atelier::test::open_demo(h.app, 20);
    salvaged(h.app, /*writer=*/true);
    h.app.salvage = atelier::App::Salvage{{"journal-000000000201.atl: truncated"}};
    const auto before = h.app.store.state();
    atelier::cmd::AtelierUpdate u;
    u.name = "Changed";
    CHECK_FALSE(h.app.dispatch(u));
    CHECK(h.app.refusal().message == "The stored atelier is damaged; it is open read-only, so nothing is written over it.");
    h.app.undo();
    CHECK(h.app.store.state() == before);
}

TEST_CASE("a salvaged atelier offers Restore from backup in the writing tab only") {
    Headless h;
    atelier::test::open_demo(h.app, 20);
    salvaged(h.app, /*writer=*/true);
    h.app.salvage = atelier::App::Salvage{{"/teams: damaged"}};
    int picks = 0;
    h.app.on_restore_pick = [&] { ++picks; };
    h.frame(2);
    h.click("Restore from backup (salvage)");
    CHECK(picks == 1);
    h.click("Settings");
    h.click("Restore from backup…");
    CHECK(picks == 2);
    h.app.storage.writer = false;  // another tab writes: it is the one to restore
    h.frame();
    h.click("Restore from backup (salvage)");
    CHECK(picks == 2);
}

TEST_CASE("restoring a backup ends salvage: the atelier is read-write again") {
    Headless h;
    atelier::test::open_demo(h.app, 20);
    atelier::Atelier backup = h.app.store.state();
    backup.profile.settings.name = "From the backup";
    salvaged(h.app, /*writer=*/true);
    h.app.salvage = atelier::App::Salvage{{"/orders/3/team: no team \"Sewing\""}};
    int restored = 0;
    // As the browser's storage does: the restore ends salvage there, and its status says so.
    h.app.on_open = [&](const atelier::Atelier& a) {
        ++restored;
        CHECK(a.profile.settings.name == "From the backup");
        h.app.storage.state = atelier::StorageStatus::State::saving;
        h.app.storage.why = atelier::StorageStatus::ReadOnly::none;
    };
    h.app.restore_text = atelier::backup_text(backup);
    h.frame(2);
    h.click("Replace my atelier with this backup");
    CHECK(restored == 1);
    CHECK_FALSE(h.app.salvage);
    CHECK_FALSE(h.app.read_only());
    h.frame(2);
    CHECK_FALSE(h.visible("Salvage banner"));
    atelier::cmd::AtelierUpdate u;
    u.name = "Edited after the restore";
    CHECK(h.app.dispatch(u));
}

// Salvage: an atelier opened from damaged storage is shown read-only, with what is wrong and the
// raw files on offer; nothing can be edited.
#include <doctest/doctest.h>

#include "core/commands/command.hpp"
#include "tests/ui/headless.hpp"

using atelier::test::Headless;

TEST_CASE("a salvaged atelier shows the banner with every problem and offers the raw files and a backup") {
    Headless h;
    atelier::test::open_demo(h.app, 20);
    h.app.read_only = true;
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
    h.app.read_only = true;
    h.app.salvage = atelier::App::Salvage{{"journal-000000000201.atl: truncated"}};
    const auto before = h.app.store.state();
    atelier::cmd::AtelierUpdate u;
    u.name = "Changed";
    CHECK_FALSE(h.app.dispatch(u));
    CHECK(h.app.refusal().message == "The stored atelier is damaged; it is open read-only, so nothing is written over it.");
    h.app.undo();
    CHECK(h.app.store.state() == before);
}

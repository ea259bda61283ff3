// The frame around the views: first start, navigation, palette, undo/redo, settings, dashboard.
#include <doctest/doctest.h>

#include "core/storage/backup.hpp"
#include "tests/ui/headless.hpp"

using atelier::View;
using atelier::test::Headless;

TEST_CASE("first start creates the atelier with the chosen template, and a bad code is refused") {
    Headless h;
    CHECK_FALSE(h.app.ready);
    h.fill("Atelier name", "Maison Hoxhá");
    h.fill("Company code", "bf");  // lower case is upper-cased as typed, but two letters are too few
    h.click("Bespoke tailoring");
    h.click("Create atelier");
    CHECK_FALSE(h.app.ready);
    CHECK(h.label_starting("First start error: ").find("three letters") != std::string::npos);
    h.fill("Company code", "BFG");
    h.click("Create atelier");
    INFO(h.items());
    REQUIRE(h.app.ready);
    const auto& a = h.app.store.state();
    CHECK(a.profile.settings.name == "Maison Hoxhá");
    CHECK(a.profile.settings.company_code == "BFG");
    REQUIRE(a.pipelines.size() == 1);
    CHECK(a.pipelines[0].id == "tailoring");
    CHECK(a.pipelines[0].stages.size() == 5);
    CHECK_FALSE(h.app.store.can_undo());  // creating the atelier is not an undoable edit
}

TEST_CASE("the demo opens on the dashboard and a tile opens the table with its filter") {
    Headless h;
    h.click("Open the demo atelier");
    REQUIRE(h.app.ready);
    CHECK(h.app.view == View::dashboard);
    h.click("Show Overdue");
    CHECK(h.app.view == View::table);
    REQUIRE(h.app.prefs.filter == std::vector<std::string>{"overdue"});
}

TEST_CASE("navigation buttons switch views and board/table is remembered") {
    Headless h;
    atelier::test::open_demo(h.app);
    std::vector<atelier::UiPrefs> saved;
    h.app.on_prefs = [&](const atelier::UiPrefs& p) { saved.push_back(p); };
    h.frame();
    h.click("Table");
    CHECK(h.app.view == View::table);
    REQUIRE_FALSE(saved.empty());
    CHECK(saved.back().work_view == View::table);
    h.click("Settings");
    CHECK(h.app.view == View::settings);
    h.click("Board");
    CHECK(saved.back().work_view == View::board);
}

TEST_CASE("settings save one update; undo and redo through the keyboard") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame();
    h.click("Settings");
    h.fill("Name", "Atelier Ødegård");
    h.click("Save settings");
    CHECK(h.app.store.state().profile.settings.name == "Atelier Ødegård");
    h.click("Dashboard");  // leave the text field: Ctrl+Z in a field is the field's own undo
    h.key('Z', true);
    CHECK(h.app.store.state().profile.settings.name != "Atelier Ødegård");
    h.key('Z', true, true);
    CHECK(h.app.store.state().profile.settings.name == "Atelier Ødegård");
}

TEST_CASE("a refused settings change is shown, and nothing changes") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame();
    h.click("Settings");
    const auto before = h.app.store.state().profile;
    h.fill("Currency", "EURO");
    h.click("Save settings");
    CHECK(h.app.store.state().profile == before);
    REQUIRE_FALSE(h.app.toasts.empty());
    CHECK(h.app.toasts.back().error);
}

TEST_CASE("the palette finds an order by client name without accents and opens it") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame();
    const auto& a = h.app.store.state();
    const auto& o = a.orders.at(3);
    const std::string name = a.client(o.client)->name;
    h.key('K', true);
    REQUIRE(h.app.views.palette.open);
    h.type(std::to_string(o.number));
    const std::string label = "Order " + atelier::order_label(a.profile, o.number);
    CHECK_FALSE(h.label_starting(label + " ").empty());
    h.key(Headless::key_code(ImGuiKey_Enter));
    CHECK_FALSE(h.app.views.palette.open);
    CHECK(h.app.view == View::order);
    CHECK(h.app.order == o.number);
    (void)name;
}

TEST_CASE("what is typed at once after Ctrl+K reaches the palette: no digit is lost while the field takes the keyboard") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame();
    const auto& a = h.app.store.state();
    const int number = a.orders.at(3).number;
    const std::string digits = std::to_string(number);
    REQUIRE(digits.size() >= 3);
    ImGuiIO& io = ImGui::GetIO();
    // Ctrl+K, then the keys as a quick hand (or a slow tablet) delivers them: a frame apart.
    io.KeyCtrl = true;
    io.KeysDown[int{'K'}] = true;
    h.frame();
    io.KeysDown[int{'K'}] = false;
    io.KeyCtrl = false;
    REQUIRE(h.app.views.palette.open);
    for (const char d : digits.substr(0, digits.size() - 1)) {
        io.AddInputCharacter(static_cast<unsigned>(d));
        h.frame();
    }
    h.frame(2);
    CHECK(h.app.views.palette.query == digits.substr(0, digits.size() - 1));
    // The field has the keyboard now, with the cursor after what was typed (not all of it selected).
    CHECK(io.WantTextInput);
    h.type(digits.substr(digits.size() - 1));
    CHECK(h.app.views.palette.query == digits);
    h.key(Headless::key_code(ImGuiKey_Enter));
    CHECK(h.app.view == View::order);
    CHECK(h.app.order == number);
}

TEST_CASE("the theme switch flips light and dark and is remembered") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame();
    const bool before = h.app.prefs.dark;
    h.click("Theme");
    CHECK(h.app.prefs.dark != before);
}

TEST_CASE("prefs survive a round trip through JSON and bad values fall back") {
    atelier::UiPrefs p;
    p.work_view = View::table;
    p.dark = true;
    p.filter = {"overdue|due-soon", "team=Sewing"};
    p.sort = "owed:desc";
    p.hidden_columns = {"notes"};
    CHECK(atelier::prefs_from_json(atelier::prefs_to_json(p)) == p);
    auto j = atelier::prefs_to_json(p);
    j["filter"] = {"no-such-filter"};
    j["sort"] = 12;
    const auto q = atelier::prefs_from_json(j);
    CHECK(q.filter.empty());
    CHECK(q.sort == "deadline");
    CHECK(atelier::prefs_from_json(nlohmann::json::parse("[1,2]")) == atelier::UiPrefs{});
}

TEST_CASE("a chosen backup is previewed and replaces the atelier only after consent") {
    Headless h;
    atelier::test::open_demo(h.app, 20);
    atelier::Atelier other = h.app.store.state();
    other.profile.settings.name = "Backup Atelier";
    other.orders = std::vector<atelier::Order>(other.orders.begin(), other.orders.begin() + 5);
    int opened = 0;
    h.app.on_open = [&](const atelier::Atelier&) { ++opened; };
    h.app.restore_text = atelier::backup_text(other);
    h.frame(2);
    REQUIRE(h.visible("Restore summary"));
    h.click("Keep my atelier");
    CHECK(h.app.store.state().orders.size() == 20);
    CHECK_FALSE(h.app.restore_text);
    h.app.restore_text = atelier::backup_text(other);
    h.frame(2);
    h.click("Replace my atelier with this backup");
    CHECK(h.app.store.state().profile.settings.name == "Backup Atelier");
    CHECK(h.app.store.state().orders.size() == 5);
    CHECK(opened == 1);
}

TEST_CASE("a malformed backup is refused with the reason and nothing changes") {
    Headless h;
    atelier::test::open_demo(h.app, 20);
    const auto before = h.app.store.state();
    h.app.restore_text = "{\"schema\": 2, \"profile\": ";
    h.frame(2);
    REQUIRE(h.visible("Restore error"));
    h.click("Close");
    CHECK(h.app.store.state() == before);
}

TEST_CASE("a read-only tab shows a banner and refuses edits with the reason") {
    Headless h;
    atelier::test::open_demo(h.app, 20);
    h.app.storage.state = atelier::StorageStatus::State::read_only;  // another tab holds the writer lock
    h.app.storage.why = atelier::StorageStatus::ReadOnly::other_tab;
    h.frame(2);
    CHECK(h.visible("Read-only banner"));
    atelier::cmd::AtelierUpdate u;
    u.name = "Changed";
    CHECK_FALSE(h.app.dispatch(u));
    CHECK(h.app.store.state().profile.settings.name != "Changed");
    REQUIRE_FALSE(h.app.toasts.empty());
    CHECK(h.app.toasts.back().text.find("another tab") != std::string::npos);
    CHECK(h.app.refusal().message == "Atelier is open for editing in another tab; this tab only shows.");
    // In French the toast says it in French: the refusal is a catalogue sentence, like the core's.
    h.app.set_language("fr");
    h.frame(1);
    CHECK_FALSE(h.app.dispatch(u));
    CHECK(h.app.toasts.back().text.find("Atelier est ouvert en modification dans un autre onglet ; cet onglet ne fait qu’afficher.") !=
          std::string::npos);
    CHECK(h.app.refusal().message == "Atelier is open for editing in another tab; this tab only shows.");
}

TEST_CASE("dispatch keeps the core's reason for a refusal, for the view that acted; a success clears it") {
    Headless h;
    atelier::test::open_demo(h.app, 20);
    atelier::cmd::AtelierUpdate bad;
    bad.currency = "EURO";
    const atelier::Plan expected = atelier::plan_command(h.app.store.state(), bad, atelier::Context{h.app.who, h.app.now});
    REQUIRE_FALSE(expected.ok);
    CHECK_FALSE(h.app.dispatch(bad));
    CHECK(h.app.refusal() == expected.error);
    CHECK_FALSE(h.app.refusal().message.empty());
    REQUIRE_FALSE(h.app.toasts.empty());
    CHECK(h.app.toasts.back().text == "Not done: " + expected.error.message);

    atelier::cmd::AtelierUpdate good;
    good.name = "Renamed";
    CHECK(h.app.dispatch(good));
    CHECK(h.app.refusal() == atelier::Problem{});
}

TEST_CASE("the save indicator says what the storage reports") {
    Headless h;
    atelier::test::open_demo(h.app, 20);
    h.app.storage.state = atelier::StorageStatus::State::not_saved;
    h.app.storage.detail = "IndexedDB refused the write; retrying in 4 s";
    h.frame(2);
    CHECK(h.visible("Save status: Not saved"));
    h.app.storage.state = atelier::StorageStatus::State::saved;
    h.frame(2);
    CHECK(h.visible("Save status: Saved"));
}

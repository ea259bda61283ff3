// Settings: teams and salespeople renamed everywhere in one command, removal of one in use
// refused beside its list, the numbers kept to the core's ranges, and a draft that keeps what is
// typed while another device's settings arrive (the same setting becomes a conflict to settle).
#include <doctest/doctest.h>

#include <algorithm>

#include "core/commands/concurrent.hpp"
#include "core/model/limits.hpp"
#include "tests/ui/headless.hpp"

using atelier::test::Headless;

namespace {
size_t orders_with_team(const atelier::Atelier& a, const std::string& t) {
    return size_t(std::count_if(a.orders.begin(), a.orders.end(), [&](const auto& o) { return o.team == t; }));
}
size_t stages_with_team(const atelier::Atelier& a, const std::string& t) {
    size_t n = 0;
    for (const auto& p : a.pipelines)
        for (const auto& s : p.stages) n += s.team == t;
    return n;
}
}  // namespace

TEST_CASE("renaming a team in Settings renames it on every order, in one undo") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame();
    h.click("Settings");
    const size_t sewing = orders_with_team(h.app.store.state(), "Sewing");
    REQUIRE(sewing > 0);
    h.click("Rename team Sewing");
    h.fill("New team name", "Bridal sewing", true);
    const auto& a = h.app.store.state();
    CHECK(std::count(a.profile.teams.begin(), a.profile.teams.end(), "Bridal sewing") == 1);
    CHECK(std::count(a.profile.teams.begin(), a.profile.teams.end(), "Sewing") == 0);
    CHECK(orders_with_team(a, "Sewing") == 0);
    CHECK(orders_with_team(a, "Bridal sewing") == sewing);
    h.frame();
    CHECK(h.visible("Rename team Bridal sewing"));
    CHECK_FALSE(h.visible("New team name"));
    h.app.undo();
    CHECK(orders_with_team(h.app.store.state(), "Sewing") == sewing);
}

TEST_CASE("renaming a salesperson in Settings renames them on every order") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame();
    h.click("Settings");
    const auto count = [&](const std::string& n) {
        const auto& o = h.app.store.state().orders;
        return std::count_if(o.begin(), o.end(), [&](const auto& x) { return x.salesperson == n; });
    };
    const auto jonas = count("Jonas");
    REQUIRE(jonas > 0);
    h.click("Rename salesperson Jonas");
    h.fill("New salesperson name", "Jonas B.");
    h.click("Confirm rename salesperson");
    CHECK(count("Jonas") == 0);
    CHECK(count("Jonas B.") == jonas);
}

TEST_CASE("removing a team in use shows the core's refusal under the list and changes nothing") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame();
    h.click("Settings");
    const auto before = h.app.store.state();
    const size_t orders = orders_with_team(before, "Sewing"), stages = stages_with_team(before, "Sewing");
    REQUIRE(orders > 1);
    std::string uses = std::to_string(orders) + " orders";
    if (stages) uses += " and " + std::to_string(stages) + (stages == 1 ? " stage" : " stages");
    const std::string refusal =
        "team \"Sewing\" is used by " + uses + "; move them to another team first (or rename the team)";
    h.click("Remove team Sewing");
    CHECK(h.app.store.state() == before);
    CHECK(h.app.refusal().message == refusal);
    h.frame();
    CHECK(h.label_starting("team error: ") == "team error: " + refusal);
    CHECK(h.visible("Remove team Sewing"));
    // An unused one goes, and the refusal with it.
    h.fill("Add team", "Embroidery", true);
    CHECK(h.app.store.state().profile.teams.back() == "Embroidery");
    h.frame();
    CHECK(h.label_starting("team error: ").empty());
    h.click("Remove team Embroidery");
    CHECK(h.app.store.state().profile.teams == before.profile.teams);
}

TEST_CASE("the number fields stop at the core's range; a typed value outside is refused on save") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame();
    h.click("Settings");
    h.fill("Due-soon horizon (days)", "364");
    h.click("+");
    h.frame();
    h.click("+");  // disabled at 365
    h.click("Save settings");
    CHECK(h.app.store.state().profile.due_soon_days == atelier::kDueSoonDays.max);

    const auto before = h.app.store.state();
    h.fill("Free cancellation window (hours)", "9000");
    h.frame();
    CHECK(h.visible("Free cancellation window (hours) out of range"));
    h.click("Save settings");
    CHECK(h.app.store.state() == before);
    CHECK(h.app.refusal().message == "must be from 0 to 8760");
    h.frame();
    CHECK(h.label_starting("Settings error: ") ==
          "Settings error: Free cancellation window (hours): must be from 0 to 8760");
}

TEST_CASE("a team added while other settings are typed keeps what is typed; Save still saves it") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame();
    h.click("Settings");
    h.fill("Name", "Maison Nouvelle");
    h.fill("Add team", "Embroidery", true);
    CHECK(h.app.store.state().profile.teams.back() == "Embroidery");
    CHECK(h.app.store.state().profile.settings.name != "Maison Nouvelle");
    h.click("Save settings");
    CHECK(h.app.store.state().profile.settings.name == "Maison Nouvelle");
    CHECK(h.app.store.state().profile.teams.back() == "Embroidery");
}

TEST_CASE("adding and removing a team sends the list as shown, so another device's team added meanwhile is kept") {
    Headless h;
    atelier::test::open_demo(h.app);
    std::vector<nlohmann::json> journal;
    h.app.on_journal = [&](const nlohmann::json& e) { journal.push_back(e); };
    h.frame();
    h.click("Settings");
    const auto shown = h.app.store.state().profile.teams;
    h.fill("Add team", "Embroidery", true);
    REQUIRE(!journal.empty());
    const nlohmann::json& c = journal.back()["command"];
    CHECK(c["type"] == "atelier.update");
    CHECK(c["from"]["teams"] == nlohmann::json(shown));
    CHECK(c["teams"].back() == "Embroidery");
    h.click("Remove team Embroidery");
    CHECK(journal.back()["command"]["from"]["teams"].back() == "Embroidery");
    CHECK(h.app.store.state().profile.teams == shown);
}

namespace {
// An atelier.update arriving from the tablet (as sync will apply it), having seen the settings as they are.
void tablet_sets(Headless& h, const char* json_text) {
    atelier::Problems p;
    nlohmann::json j = nlohmann::json::parse(json_text);
    const auto seen = atelier::write_value(atelier::atelier_fields_of(h.app.store.state().profile));
    nlohmann::json from = nlohmann::json::object();
    for (auto it = j.begin(); it != j.end(); ++it)
        if (it.key() != "type") from[it.key()] = seen[it.key()];
    j["from"] = from;
    auto c = atelier::command_from_json(j, p);
    REQUIRE(c);
    REQUIRE(h.app.store.dispatch(*c, atelier::Context{"sofia", h.app.now, "tablet-2", 0}).ok);
    h.frame(2);
}
}  // namespace

TEST_CASE("a setting changed on the tablet while others are typed: the typed ones are kept, the untouched one follows") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame();
    h.click("Settings");
    h.fill("Name", "Maison Nouvelle");
    tablet_sets(h, R"({"type":"atelier.update","currency":"CHF"})");
    const auto& p = h.app.store.state().profile;
    CHECK(*h.app.views.settings.draft.name == "Maison Nouvelle");  // still typed
    CHECK(*h.app.views.settings.draft.currency == "CHF");          // followed
    h.click("Save settings");
    CHECK(p.settings.name == "Maison Nouvelle");
    CHECK(p.settings.currency == "CHF");  // the save did not put the old currency back
    CHECK(p.conflicts.empty());
    CHECK_FALSE(h.visible("Unsaved changes"));
}

TEST_CASE("the same setting changed on the tablet while typed: saved over it, the tablet's value waits in the Conflicts list") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame();
    h.click("Settings");
    const std::string before = h.app.store.state().profile.settings.name;
    h.fill("Name", "Maison Laptop");
    tablet_sets(h, R"({"type":"atelier.update","name":"Maison Tablet"})");
    CHECK(*h.app.views.settings.draft.name == "Maison Laptop");
    h.click("Save settings");
    h.frame(2);
    const auto& p = h.app.store.state().profile;
    CHECK(p.settings.name == "Maison Laptop");
    REQUIRE(p.conflicts.size() == 1);
    CHECK(h.visible("Conflicts list"));
    CHECK(h.visible("Settings conflict"));
    CHECK(h.visible("Conflicts"));  // the top bar's count
    h.click("Restore name");
    h.frame(2);
    CHECK(p.settings.name == "Maison Tablet");
    CHECK(p.conflicts[0].state == atelier::ConflictState::restored);
    CHECK_FALSE(h.visible("Conflicts list"));
    CHECK(*h.app.views.settings.draft.name == "Maison Tablet");  // the form shows what is there
    CHECK(before != "Maison Tablet");
}

// Two devices editing one order: the form sends only what the user changed, with what it showed;
// a field changed elsewhere meanwhile is kept (another field) or becomes a conflict (the same
// field) that the order page, the top bar and Settings let the user settle.
#include <doctest/doctest.h>

#include "core/commands/concurrent.hpp"
#include "tests/ui/headless.hpp"

using atelier::View;
using atelier::test::Headless;
namespace cmd = atelier::cmd;

namespace {

// An edit arriving from the tablet (as sync will apply it): it saw the order as it is now.
void tablet_sets(Headless& h, int number, void (*set)(cmd::OrderFields&)) {
    const atelier::Order* o = h.app.store.state().order(number);
    REQUIRE(o);
    cmd::OrderUpdate u;
    u.order = number;
    set(u);
    u.from = atelier::order_fields_of(*o);
    // `from` only for the fields the tablet sets.
    cmd::OrderFields seen;
    if (u.garment) seen.garment = u.from->garment;
    if (u.notes) seen.notes = u.from->notes;
    u.from = seen;
    const atelier::Context tablet{"sofia", h.app.now, "tablet-2", 0};
    REQUIRE(h.app.store.dispatch(u, tablet).ok);
    h.frame(2);
}

int open_first_draft(Headless& h) {
    const auto& a = h.app.store.state();
    for (const auto& o : a.orders)
        if (o.status == atelier::Status::draft || o.status == atelier::Status::confirmed) {
            h.app.open_order(o.number);
            h.frame(2);
            return o.number;
        }
    FAIL("the demo has no draft or confirmed order");
    return 0;
}

}  // namespace

TEST_CASE("an edit made on the tablet while the form is open is kept, and the same field becomes a conflict to settle") {
    Headless h(1280, 1000);
    atelier::test::open_demo(h.app);
    h.frame();
    const int n = open_first_draft(h);
    const auto& a = h.app.store.state();

    // Another field changed elsewhere mid-edit: Save sends only the garment, the tablet's notes stay.
    h.fill("Garment", "Mira");
    tablet_sets(h, n, [](cmd::OrderFields& f) { f.notes = "from the tablet"; });
    h.click("Save changes");
    CHECK(a.order(n)->garment == "Mira");
    CHECK(a.order(n)->notes == "from the tablet");
    CHECK(a.order(n)->conflicts.empty());
    CHECK_FALSE(h.visible("Conflict banner"));
    CHECK_FALSE(h.visible("Conflicts"));

    // The same field changed elsewhere mid-edit: the later save wins and the tablet's value is kept aside.
    h.fill("Garment", "Luna");
    tablet_sets(h, n, [](cmd::OrderFields& f) { f.garment = "Stella"; });
    h.click("Save changes");
    h.frame(2);
    CHECK(a.order(n)->garment == "Luna");
    REQUIRE(a.order(n)->conflicts.size() == 1);
    CHECK(h.visible("Conflict banner"));
    CHECK(h.visible("Badge CONFLICT"));
    CHECK(h.visible("Conflicts"));  // the top bar's count
    h.click("Restore garment");
    h.frame(2);
    CHECK(a.order(n)->garment == "Stella");
    CHECK(a.order(n)->conflicts[0].state == atelier::ConflictState::restored);
    CHECK_FALSE(h.visible("Conflict banner"));
    CHECK_FALSE(h.visible("Conflicts"));
    // Restoring is one undo step like any edit.
    h.click("Undo");
    h.frame(2);
    CHECK(a.order(n)->garment == "Luna");
    CHECK(h.visible("Conflict banner"));
}

TEST_CASE("the top bar's count opens the Conflicts list in Settings, where each is kept or opened") {
    Headless h(1280, 1000);
    atelier::test::open_demo(h.app);
    h.frame();
    const int n = open_first_draft(h);
    h.fill("Garment", "Luna");
    tablet_sets(h, n, [](cmd::OrderFields& f) { f.garment = "Stella"; });
    h.click("Save changes");
    h.frame(2);
    h.click("Conflicts");
    h.frame(2);
    REQUIRE(h.app.view == View::settings);
    CHECK(h.visible("Conflicts list"));
    const std::string label = "Open Order " + atelier::order_label(h.app.store.state().profile, n);
    CHECK(h.visible(label));
    h.click("Keep garment");
    h.frame(2);
    CHECK(h.app.store.state().order(n)->garment == "Luna");
    CHECK(h.app.store.state().order(n)->conflicts[0].state == atelier::ConflictState::kept);
    CHECK_FALSE(h.visible("Conflicts list"));
}

TEST_CASE("another device's entry comes in through apply_entry_text: checked, stored, refused with the reason") {
    Headless h(1280, 1000);
    atelier::test::open_demo(h.app);
    h.frame();
    const int n = open_first_draft(h);
    std::vector<nlohmann::json> stored;
    h.app.on_journal = [&](const nlohmann::json& e) { stored.push_back(e); };
    const std::string garment = h.app.store.state().order(n)->garment;
    nlohmann::json e = {{"id", "tablet-2.1"}, {"device", "tablet-2"}, {"seq", 1}, {"at", "2026-06-01T10:00"}, {"who", "sofia"},
                        {"command", {{"type", "order.update"}, {"order", n}, {"garment", "Stella"}, {"from", {{"garment", garment}}}}}};
    CHECK(h.app.apply_entry_text(e.dump()) == "");
    CHECK(h.app.store.state().order(n)->garment == "Stella");
    REQUIRE(stored.size() == 1);
    CHECK(stored[0]["id"] == "tablet-2.1");
    CHECK(h.app.apply_entry_text(e.dump()) == "");  // met twice: nothing more
    CHECK(stored.size() == 1);
    CHECK(h.app.apply_entry_text("{not json") == "the entry is not JSON");
    e["seq"] = 2;
    e["id"] = "tablet-2.2";
    e["command"]["price"] = -5;
    CHECK(h.app.apply_entry_text(e.dump()).rfind("/command/price", 0) == 0);
    e["command"].erase("price");
    e.erase("id");
    e.erase("device");
    e.erase("seq");
    CHECK(h.app.apply_entry_text(e.dump()) == "the entry has no device and seq: another device's entries always do");
    CHECK(stored.size() == 1);
}

// Views own their state (issue 12): each App holds its own Views, and opening another atelier is
// the one thing that resets them; what the user chose to keep (UiPrefs) survives.
#include <doctest/doctest.h>

#include "tests/ui/headless.hpp"

using atelier::View;
using atelier::test::Headless;

TEST_CASE("two apps in one process do not share view state: board filter, Settings draft, items drawn") {
    Headless one, two;
    atelier::test::open_demo(one.app);
    atelier::test::open_demo(two.app);
    one.app.show(View::board);
    two.app.show(View::board);
    one.frame();
    two.frame();
    const std::string totals = two.label_starting("Board totals");

    one.fill("Board filter", "no order is called this");
    two.frame(2);
    CHECK(one.app.views.board.filter == "no order is called this");
    CHECK(two.app.views.board.filter.empty());
    // The other board still shows every card, and its items are its own (one locator per app).
    CHECK(two.app.views.board.cache.shown > 0);
    CHECK(one.app.views.board.cache.shown == 0);
    CHECK(two.label_starting("Board totals") == totals);

    one.click("Settings");
    one.fill("Name", "Maison Une");
    two.click("Settings");
    two.frame();
    CHECK(*one.app.views.settings.draft.name == "Maison Une");
    CHECK(*two.app.views.settings.draft.name == two.app.store.state().profile.settings.name);
    CHECK(*two.app.views.settings.draft.name != "Maison Une");
    // Drawing the second did not disturb the first: its draft is still there to save.
    one.click("Save settings");
    CHECK(one.app.store.state().profile.settings.name == "Maison Une");
    CHECK(two.app.store.state().profile.settings.name != "Maison Une");
}

TEST_CASE("opening another atelier resets every view (a half-typed order, a table search); prefs stay") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame();
    h.click("Table");
    h.fill("Search orders", "hoxha");
    CHECK(h.app.views.table.search == "hoxha");
    h.click("Overdue");  // a quick filter: remembered in the prefs
    REQUIRE(h.app.prefs.filter == std::vector<std::string>{"overdue"});
    h.click("New order");
    REQUIRE((h.app.views.dialogs.open == "New order"));
    h.fill("New order/Garment", "Half-typed gown");
    CHECK(h.app.views.new_order.c.garment == "Half-typed gown");

    atelier::test::open_demo(h.app, 40);  // what a restore or the demo button does
    h.frame();
    CHECK_FALSE((h.app.views.dialogs.open == "New order"));
    CHECK(h.app.views.new_order.c.garment.empty());
    CHECK(h.app.views.table.search.empty());
    CHECK(h.app.prefs.filter == std::vector<std::string>{"overdue"});
    CHECK(h.app.prefs.work_view == View::table);

    // The form opens empty and the table draws with no search, only the remembered filter.
    h.click("New order");
    REQUIRE((h.app.views.dialogs.open == "New order"));
    CHECK(h.app.views.new_order.c.garment.empty());
    h.click("Close");
    h.app.show(View::table);
    h.frame(2);
    CHECK(h.find("Search orders"));
    CHECK(h.app.views.table.cached_search.empty());
}

TEST_CASE("views cache by the store's revision: an undo is seen by the table at once") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.app.show(View::table);
    h.frame(2);
    const uint64_t r0 = h.app.store.revision();
    CHECK(h.app.views.table.revision == r0);
    const int number = h.app.store.state().orders.front().number;
    atelier::cmd::OrderUpdate rename;
    rename.order = number;
    rename.garment = "Renamed gown";
    REQUIRE(h.app.dispatch(rename));
    h.frame(2);
    CHECK(h.app.store.revision() != r0);
    CHECK(h.app.views.table.revision == h.app.store.revision());
    h.app.undo();
    h.frame(2);
    CHECK(h.app.views.table.revision == h.app.store.revision());
}

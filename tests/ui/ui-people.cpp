// People and roles (issue 16) through the views: the list started and filled in Settings, the lock
// screen (wrong PIN, right PIN, the person switched, undo forgotten), the idle lock, and staff
// seeing no money and no settings anywhere while still doing the work (history names them).
#include <doctest/doctest.h>

#include <algorithm>

#include "core/rules/roles.hpp"
#include "tests/ui/headless.hpp"

using atelier::test::Headless;

namespace {

// Settings → People and roles on the demo: Ana the owner (this device), Marie staff with PIN 2468.
void people_listed(Headless& h) {
    atelier::test::open_demo(h.app);
    h.frame();
    h.nav("Settings");
    h.click("People and roles");
    h.fill("Your name", "Ana");
    h.click("Start the list");
    h.fill("Name##new person", "Marie");
    h.click("Role##new person");
    h.click("Staff##Role##new person 2");
    h.fill("PIN##new person", "2468");
    h.click("Add person");
}

void unlock_as(Headless& h, const char* name, const char* pin) {
    h.click(std::string(name) + "##unlock");
    if (*pin) h.fill("PIN##unlock", pin);
    h.click(std::string("Unlock as ") + name);
}

// Every text run drawn last frame, joined: what the user could read on the canvas-drawn parts.
std::string drawn_text(const Headless& h) {
    std::string all;
    for (const auto& r : h.runs.runs) all += r.text + "\n";
    return all;
}

}  // namespace

TEST_CASE("the owner lists the people in Settings: roles and a PIN kept as its hash") {
    Headless h;
    people_listed(h);
    const auto& people = h.app.store.state().profile.people;
    REQUIRE(people.size() == 2);
    CHECK(people[0].name == "Ana");
    CHECK(people[0].role == atelier::Role::owner);
    CHECK(people[1].name == "Marie");
    CHECK(people[1].role == atelier::Role::staff);
    CHECK(people[1].pin == atelier::pin_hash("Marie", "2468"));
    CHECK(h.app.who == "Ana");  // the one who started the list works here
    CHECK(h.visible("Working here: Ana (Owner)"));
    CHECK(h.visible("PIN set Marie"));
    // A PIN that is not 4-12 digits is not kept.
    h.click("Set PIN for Ana");
    h.fill("New PIN for Ana", "12");
    h.click("Save PIN for Ana");
    CHECK(h.visible("People error: a PIN is 4 to 12 digits"));
    CHECK(h.app.store.state().profile.people[0].pin.empty());
    // The last owner stays an owner: the core's refusal is shown beside the list.
    h.click("Role of Ana");
    h.click("Staff##Role of Ana 2");
    CHECK(h.visible("People error: \"Ana\" is the only owner: make someone else an owner first"));
    CHECK(h.app.store.state().profile.people[0].role == atelier::Role::owner);
}

TEST_CASE("the lock screen: a wrong PIN keeps it locked, the right one switches the person and forgets undo") {
    Headless h;
    people_listed(h);
    REQUIRE(h.app.store.can_undo());
    h.click("Lock now");
    REQUIRE(h.app.locked);
    CHECK(h.visible("Locked. Who is working?"));
    CHECK_FALSE(h.visible("Board"));  // nothing of the atelier shows
    unlock_as(h, "Marie", "1357");
    CHECK(h.visible("Lock error: that PIN does not open Marie"));
    CHECK(h.app.locked);
    // The reason is the app's own sentence, worded in the device's language; its mark stays English.
    h.app.set_language("fr");
    h.frame(2);
    unlock_as(h, "Marie", "1357");
    CHECK(h.drawn_text().find("ce code PIN n’ouvre pas Marie") != std::string::npos);
    CHECK(h.visible("Lock error: that PIN does not open Marie"));
    h.app.set_language("en");
    h.frame(2);
    unlock_as(h, "Marie", "2468");
    CHECK_FALSE(h.app.locked);
    CHECK(h.app.who == "Marie");
    CHECK(h.app.role() == atelier::Role::staff);
    CHECK(h.app.prefs.person == "Marie");   // remembered on this device
    CHECK_FALSE(h.app.store.can_undo());    // Ana's steps are not Marie's to undo
    // Ana has no PIN: picking her unlocks.
    h.app.lock();
    h.frame();
    unlock_as(h, "Ana", "");
    CHECK(h.app.who == "Ana");
}

TEST_CASE("idle for the atelier's lock minutes locks the device") {
    Headless h;
    people_listed(h);
    h.fill("Lock after idle minutes (0 = never)", "5");
    h.click("Save lock");
    REQUIRE(h.app.store.state().profile.lock_minutes == 5);
    h.app.last_input = h.app.seconds - 4 * 60;  // four minutes idle: still open
    h.frame();
    CHECK_FALSE(h.app.locked);
    h.app.last_input = h.app.seconds - 5 * 60 - 1;
    h.frame(2);
    CHECK(h.app.locked);
    CHECK(h.visible("Locked. Who is working?"));
}

TEST_CASE("staff see no money and no settings anywhere, and their work is theirs in the history") {
    Headless h;
    people_listed(h);
    const int n = atelier::test::made_order(h, 250000, "Morning coat");
    h.app.lock();
    h.frame();
    unlock_as(h, "Marie", "2468");
    REQUIRE(h.app.role() == atelier::Role::staff);
    const std::string label = atelier::order_label(h.app.store.state().profile, n);

    // Board: cards without "owes", "due now" or "paid up"; the header without the sum owed.
    h.record_text(true);
    h.nav("Board");
    h.click("Tailored suit");
    h.frame();
    const std::string board = drawn_text(h);
    CHECK(std::count_if(h.runs.runs.begin(), h.runs.runs.end(), [](const auto& r) { return r.where.rfind("card ", 0) == 0; }) > 5);
    CHECK(board.find("owes") == std::string::npos);
    CHECK(board.find("due now") == std::string::npos);
    CHECK(board.find("paid up") == std::string::npos);
    CHECK(board.find("EUR") == std::string::npos);

    // Table: no money columns, even from the Columns menu.
    h.nav("Table");
    h.frame();
    CHECK(h.visible("Client"));
    CHECK(h.visible("Overdue"));
    CHECK_FALSE(h.visible("Owes"));  // the quick filter, and the menu's money filters
    h.click("Add filter");
    CHECK(h.visible("stuck"));
    CHECK_FALSE(h.visible("owes"));
    CHECK_FALSE(h.visible("payment=…"));
    h.key(Headless::key_code(ImGuiKey_Escape));
    CHECK_FALSE(h.visible("Price"));
    CHECK_FALSE(h.visible("Owed"));
    CHECK_FALSE(h.visible("Deposit paid"));
    h.click("Columns");
    CHECK_FALSE(h.visible("Price##column"));
    CHECK(h.visible("Notes##column"));
    h.key(Headless::key_code(ImGuiKey_Escape));  // the menu closes

    // Dashboard: the work, not the money.
    h.nav("Dashboard");
    CHECK(h.visible("Show Overdue"));
    CHECK_FALSE(h.visible("Balance outstanding"));
    CHECK_FALSE(h.visible("Show Payments due now"));

    // The order page: no totals, no Payments, no price fields, no cancel; the work goes on.
    h.app.open_order(n);
    h.frame();
    CHECK_FALSE(h.visible("Payments"));
    CHECK_FALSE(h.visible("Price"));
    CHECK_FALSE(h.visible("Cancel order"));
    CHECK(h.label_starting("Header owes").empty());
    h.fill("Notes", "Silk lining from the Lyon supplier");
    h.click("Save changes");
    CHECK(atelier::test::order_of(h, n).notes == "Silk lining from the Lyon supplier");
    CHECK(atelier::test::order_of(h, n).history.back().who == "Marie");

    // Settings: this device only; no Pipelines in the top bar.
    h.nav("Settings");
    CHECK(h.visible("Working here: Marie (Staff)"));
    CHECK_FALSE(h.visible("Save settings"));
    CHECK_FALSE(h.visible("People and roles"));
    CHECK_FALSE(h.visible("Pipelines"));
    // And a command that slips through is refused by the core, with the reason.
    CHECK_FALSE(h.app.dispatch(atelier::cmd::OrderPay{n, atelier::Money{1000}, std::nullopt, "cash", ""}));
    CHECK(h.app.refusal().message == "staff may not record payments (order.pay); an owner or a manager can");
}

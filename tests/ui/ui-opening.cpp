// Opening a stored atelier across frames (web/platform/storage.cpp steps core's Storage::Opening):
// the page draws "Opening your atelier…" with its progress meanwhile, and a command that arrives
// before the atelier is open is refused with the reason — never applied to the empty state and
// then lost under the loaded one.
#include <doctest/doctest.h>

#include "core/demo.hpp"
#include "tests/ui/headless.hpp"

using atelier::test::Headless;

namespace {
atelier::Atelier small_demo() {
    atelier::DemoOptions o;
    o.orders = 20;
    return atelier::make_demo(o);
}
// An edit the tests try before and after the atelier can take it.
atelier::Command new_client() {
    atelier::Problems problems;
    auto c = atelier::command_from_json({{"type", "client.create"}, {"name", "Zoë Martin"}}, problems);
    REQUIRE(c);
    return *c;
}
}  // namespace

TEST_CASE("while the atelier opens, the page shows the progress and nothing else") {
    Headless h;
    h.app.loading = true;
    h.app.storage.open_progress = 0.4;
    h.frame(2);
    CHECK(h.visible("Opening progress"));
    CHECK_FALSE(h.visible("Open the demo atelier"));  // not the first-start screen
    h.app.storage.open_progress = -1;                 // reading IndexedDB, not yet opening
    h.frame(2);
    CHECK_FALSE(h.visible("Opening progress"));
}

TEST_CASE("a command before the atelier is open is refused with the reason, and one after it is kept") {
    Headless h;
    h.app.loading = true;
    std::vector<nlohmann::json> journal;
    h.app.on_journal = [&](const nlohmann::json& e) { journal.push_back(e); };
    h.frame(2);
    const atelier::Command c = new_client();
    CHECK_FALSE(h.app.dispatch(c));
    CHECK(h.app.refusal().message.find("still opening") != std::string::npos);
    REQUIRE_FALSE(h.app.toasts.empty());
    CHECK(h.app.toasts.back().error);
    CHECK(journal.empty());  // nothing went to storage, so nothing is lost when the load replaces the state
    CHECK(h.app.store.state().clients.empty());

    const atelier::Atelier stored = small_demo();
    h.app.load(stored);
    h.frame(2);
    CHECK(h.app.store.state() == stored);
    REQUIRE(h.app.dispatch(c));
    CHECK(journal.size() == 1);
    CHECK(h.app.store.state().clients.size() == stored.clients.size() + 1);
}

// The browser shell builds the opened atelier's index and dashboard in slices (App::prepare):
// until they are built the page still shows the opening, commands are refused as above, and
// the first frame of the board finds both ready instead of building them in one long task.
TEST_CASE("prepared in steps: the board comes once the index and dashboard are built, a slice at a time") {
    Headless h;
    h.app.prepare_in_steps = true;
    atelier::DemoOptions o;
    o.orders = 3000;
    const atelier::Atelier stored = atelier::make_demo(o);
    h.app.loading = true;
    h.app.load(stored);
    CHECK(h.app.loading);
    h.frame(2);
    CHECK(h.visible("Opening"));
    CHECK_FALSE(h.visible("Atelier"));
    const atelier::Command c = new_client();
    CHECK_FALSE(h.app.dispatch(c));

    // Slices of 3 steps each (3,000 orders at 500 a step, 8 sorts, then the dashboard): several
    // slices, each leaving the app still opening until the last.
    int slices = 0;
    bool done = false;
    while (!done && slices < 100) {
        int steps = 0;
        done = h.app.prepare([&] { return steps++ < 3; });
        ++slices;
        if (!done) CHECK(h.app.loading);
    }
    CHECK(done);
    CHECK(slices > 3);
    CHECK_FALSE(h.app.loading);
    // What was prepared is what a build in one go gives.
    const atelier::QueryIndex whole = atelier::build_index(h.app.store.state());
    CHECK(h.app.index().by == whole.by);
    CHECK(h.app.index().hay == whole.hay);
    CHECK(atelier::dashboard_to_json(h.app.store.state(), h.app.dashboard()).dump() ==
          atelier::dashboard_to_json(h.app.store.state(), atelier::build_dashboard(h.app.store.state(), whole, h.app.today)).dump());
    h.frame(2);
    CHECK_FALSE(h.visible("Opening"));
    CHECK(h.visible("Atelier"));
    CHECK(h.app.dispatch(c));
}

TEST_CASE("while an opened atelier is still being saved, an edit is refused with the reason and nothing is recorded") {
    Headless h;
    std::vector<nlohmann::json> journal;
    h.app.on_journal = [&](const nlohmann::json& e) { journal.push_back(e); };
    h.app.open(small_demo());
    h.app.storage.restore_progress = 0.36;  // what the browser shell reports while it writes it
    h.frame(2);
    const atelier::Command c = new_client();
    CHECK_FALSE(h.app.dispatch(c));
    CHECK(h.app.refusal().message.find("still being saved (36 %)") != std::string::npos);
    CHECK(journal.empty());
    h.app.storage.restore_progress = -1;  // written
    CHECK(h.app.dispatch(c));
    CHECK(journal.size() == 1);
}

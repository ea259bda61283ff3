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
    atelier::Problems problems;
    const auto c = atelier::command_from_json({{"type", "client.create"}, {"name", "Zoë Martin"}}, problems);
    REQUIRE(c);
    CHECK_FALSE(h.app.dispatch(*c));
    CHECK(h.app.refusal().message.find("still opening") != std::string::npos);
    REQUIRE_FALSE(h.app.toasts.empty());
    CHECK(h.app.toasts.back().error);
    CHECK(journal.empty());  // nothing went to storage, so nothing is lost when the load replaces the state
    CHECK(h.app.store.state().clients.empty());

    const atelier::Atelier stored = small_demo();
    h.app.load(stored);
    h.frame(2);
    CHECK(h.app.store.state() == stored);
    REQUIRE(h.app.dispatch(*c));
    CHECK(journal.size() == 1);
    CHECK(h.app.store.state().clients.size() == stored.clients.size() + 1);
}

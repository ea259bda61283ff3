// The app's dialogs (docs/design.md, "Dialogs"): + Order, + Client, confirmations and the QC note
// open as modal dialogs — the app behind does not react, Escape and the close button close them,
// the first field has the keyboard, and only one is open at a time.
#include <doctest/doctest.h>

#include "core/commands/command.hpp"
#include "tests/ui/headless.hpp"

using atelier::Status;
using atelier::View;
using atelier::test::Headless;
namespace cmd = atelier::cmd;

namespace {
constexpr int kEscape = 256;  // GLFW key code, as the browser shell delivers it

const std::string& open_dialog(const Headless& h) { return h.app.views.dialogs.open; }
}  // namespace

TEST_CASE("+ Order opens a modal dialog: the app behind does not react, the garment takes the typing") {
    Headless h(1280, 800);
    atelier::test::open_demo(h.app);
    h.frame(2);
    h.click("New order");
    REQUIRE(open_dialog(h) == "New order");
    REQUIRE(h.visible("New order/Garment"));
    CHECK(h.visible("Close New order"));
    // Typing goes straight into the first field: no click needed.
    h.frame(2);
    CHECK(ImGui::GetIO().WantTextInput);
    h.type("Robe du soir");
    CHECK(h.app.views.new_order.c.garment == "Robe du soir");
    // The top bar is behind the backdrop: a click on Board does nothing.
    h.click("Board");
    CHECK(h.app.view == View::dashboard);
    CHECK(open_dialog(h) == "New order");
    // Escape closes it, as "keep as it is"; nothing was created.
    const int next = h.app.store.state().profile.next_order;
    h.key(kEscape);
    CHECK(open_dialog(h).empty());
    CHECK_FALSE(h.visible("New order/Garment"));
    CHECK(h.app.store.state().profile.next_order == next);
    // Opened again it starts afresh, and now the app behind reacts again.
    h.click("New order");
    CHECK(h.app.views.new_order.c.garment.empty());
    h.click("Close New order");
    CHECK(open_dialog(h).empty());
    h.click("Board");
    CHECK(h.app.view == View::board);
}

TEST_CASE("+ Client: the name has the keyboard; the close button closes; one dialog at a time") {
    Headless h(1280, 800);
    atelier::test::open_demo(h.app);
    h.frame(2);
    h.click("New client");
    REQUIRE(open_dialog(h) == "New client");
    h.frame(2);  // an auto-sized dialog is measured in hidden frames first
    h.type("Anaïs");
    CHECK(h.app.views.new_client.c.name == "Anaïs");
    // Another form asked for (a shortcut, the palette) is refused, never stacked, and the user told.
    h.app.new_order();
    h.frame(2);
    CHECK(open_dialog(h) == "New client");
    CHECK_FALSE(h.visible("New order/Garment"));
    CHECK(h.visible("Finish or close \"New client\" first"));
    h.click("Close New client");
    CHECK(open_dialog(h).empty());
    CHECK_FALSE(h.visible("New client/Name"));
}

TEST_CASE("a confirmation is a dialog: Escape keeps the order as it is, the button runs the command") {
    Headless h(1280, 800);
    atelier::test::open_demo(h.app);
    const auto& a = h.app.store.state();
    int number = 0;
    for (const auto& o : a.orders)
        if (o.status == Status::in_production) number = o.number;
    REQUIRE(number);
    h.app.open_order(number);
    h.frame(2);
    h.click("Cancel order");
    REQUIRE(open_dialog(h) == "Please confirm");
    CHECK(h.visible("Close Please confirm"));
    h.key(kEscape);
    CHECK(open_dialog(h).empty());
    CHECK_FALSE(h.app.confirm);
    CHECK(h.app.store.state().order(number)->status == Status::in_production);
    h.click("Cancel order");
    h.click("Close Please confirm");
    CHECK_FALSE(h.app.confirm);
    CHECK(h.app.store.state().order(number)->status == Status::in_production);
    h.click("Cancel order");
    h.click("Please confirm/Cancel order");
    CHECK(open_dialog(h).empty());
    CHECK(h.app.store.state().order(number)->status == Status::cancelled);
}

// Empty states: a view with nothing to show says what to do next and offers the button that does
// it — the first order, the first client, or clearing the filter that hides everything.
#include <doctest/doctest.h>

#include "core/templates.hpp"
#include "tests/ui/headless.hpp"
#include "web/ui/views.hpp"

using atelier::View;
using atelier::test::Headless;
namespace ui = atelier::ui;

namespace {

// A fresh atelier: one pipeline, no clients, no orders.
void open_empty(atelier::App& app) {
    atelier::Atelier a;
    a.profile.settings.name = "Atelier Vide";
    a.profile.settings.company_code = "VID";
    a.profile.settings.currency = "EUR";
    a.pipelines = {atelier::tailoring_pipeline()};
    a.reindex();
    app.open(a);
    app.toasts.clear();
}

}  // namespace

TEST_CASE("with no orders the board and the table say so, and their + Order opens the new-order dialog") {
    Headless h;
    open_empty(h.app);
    h.frame(2);
    for (const char* view : {"Board", "Table"}) {
        INFO(view);
        h.nav(view);
        REQUIRE(h.visible("No orders yet — + Order creates the first"));
        const std::string button = std::string("+ Order##") + (view == std::string("Board") ? "board" : "table") + " empty";
        h.click(button);
        h.frame();
        CHECK(h.app.views.dialogs.open == ui::kNewOrderDialog);
        h.key(Headless::key_code(ImGuiKey_Escape));
        h.frame(2);
        REQUIRE(h.app.views.dialogs.open.empty());
    }
}

TEST_CASE("with no clients the list says so, and its + Client opens the new-client dialog") {
    Headless h;
    open_empty(h.app);
    h.frame(2);
    h.nav("Clients");
    REQUIRE(h.app.view == View::clients);
    REQUIRE(h.visible("No clients yet — + Client creates the first"));
    h.click("+ Client##clients empty");
    h.frame();
    CHECK(h.app.views.dialogs.open == ui::kNewClientDialog);
}

TEST_CASE("the demo's views show no empty state: there is something to show") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame(2);
    for (const char* view : {"Board", "Table", "Clients"}) {
        INFO(view);
        h.nav(view);
        CHECK(h.label_starting("No orders").empty());
        CHECK(h.label_starting("No clients").empty());
    }
}

TEST_CASE("a board filter that hides every card says so, and Clear filter brings the cards back") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame(2);
    h.nav("Board");
    h.fill("Board filter", "zzzqqq");
    h.frame();
    const std::string said = h.label_starting("No orders on ");
    CHECK(said.find("match “zzzqqq”") != std::string::npos);
    h.click("Clear filter##board");
    h.frame();
    CHECK(h.app.views.board.filter.empty());
    CHECK(h.label_starting("No orders on ").empty());
    CHECK(h.app.views.board.cache.shown > 0);
}

TEST_CASE("a table search and filter that match nothing are named, and Clear filter clears both") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame(2);
    h.app.prefs.filter = {"status=confirmed"};
    h.nav("Table");
    h.fill("Search orders", "zzzqqq");
    h.frame();
    CHECK(h.visible("No orders match “zzzqqq” and Status: Confirmed"));
    h.click("Clear filter##table");
    h.frame();
    CHECK(h.app.prefs.filter.empty());
    CHECK(h.app.views.table.search.empty());
    CHECK(h.label_starting("No orders match").empty());
    CHECK(h.app.views.table.rows.size() == h.app.store.state().orders.size());
}

TEST_CASE("a client search with no result says so, and Clear search lists every client again") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame(2);
    h.nav("Clients");
    h.fill("Search clients", "zzzqqq");
    h.frame();
    CHECK(h.visible("No clients match “zzzqqq”"));
    h.click("Clear search##clients");
    h.frame();
    CHECK(h.app.views.clients.search.empty());
    CHECK(h.visible(h.app.store.state().clients.front().name));
}

TEST_CASE("a board pipeline with nothing on it says so, and its + Order (and the top bar's) start on that pipeline") {
    Headless h;
    atelier::test::open_demo(h.app);
    atelier::Pipeline evening = atelier::tailoring_pipeline();  // a pipeline just made: no order on it
    evening.id = "evening";
    evening.name = "Evening wear";
    const bool put = h.app.dispatch(atelier::cmd::PipelinePut{evening});
    INFO(h.app.refusal().message);
    REQUIRE(put);
    h.frame(2);
    h.nav("Board");
    // Before: the first pipeline has cards, so no such sentence.
    CHECK(h.label_starting("Nothing on the ").empty());
    h.click("Evening wear##pipeline-evening");
    REQUIRE(h.visible("Nothing on the Evening wear board — + Order starts an order on it"));
    h.click("+ Order##board pipeline empty");
    h.frame();
    REQUIRE(h.app.views.dialogs.open == ui::kNewOrderDialog);
    CHECK(h.app.views.new_order.c.pipeline == "evening");
    h.key(Headless::key_code(ImGuiKey_Escape));
    h.frame(2);
    // The top bar's + Order, looking at Tailoring, starts on Tailoring (not the first pipeline).
    h.click("Tailored suit##pipeline-tailoring");
    h.click("New order");
    h.frame();
    REQUIRE(h.app.views.dialogs.open == ui::kNewOrderDialog);
    CHECK(h.app.views.new_order.c.pipeline == "tailoring");
}

TEST_CASE("+ Order in an atelier without any pipeline says what to do first and leads to Pipelines") {
    Headless h;
    atelier::Atelier a;
    a.profile.settings.name = "Atelier Sans";
    a.profile.settings.company_code = "SAN";
    a.profile.settings.currency = "EUR";
    a.reindex();
    h.app.open(a);
    h.app.toasts.clear();
    h.frame(2);
    h.click("New order");
    h.frame();
    REQUIRE(h.app.views.dialogs.open == ui::kNewOrderDialog);
    CHECK(h.visible("New order: no pipeline"));
    CHECK_FALSE(h.visible("New order/Garment"));  // no form that can only be refused
    h.click("New order/Go to Pipelines");
    h.frame();
    CHECK(h.app.views.dialogs.open.empty());
    CHECK(h.app.view == View::pipelines);
}

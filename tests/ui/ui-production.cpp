// Production through the real view (issue 18): a style made and taken to Production Ready, its bill
// of materials, a production order from the matrix, a release refused before Production Ready with
// the core's reason, released after, a batch through every stage, completion, the materials summary
// and its CSV; the top bar shows Production once the atelier has a style.
#include <doctest/doctest.h>

#include "core/commands/command.hpp"
#include "core/production/floor.hpp"
#include "core/production/history.hpp"
#include "core/production/materials.hpp"
#include "core/production/sales.hpp"
#include "core/production/rules.hpp"
#include "tests/ui/headless.hpp"

using atelier::View;
using atelier::test::Headless;
namespace cmd = atelier::cmd;

namespace {

void run_json(Headless& h, const char* text) {
    atelier::Problems p;
    const auto c = atelier::command_from_json(nlohmann::json::parse(text), p);
    REQUIRE(c);
    REQUIRE(h.app.dispatch(*c));
}

// The demo atelier with a two-stage Floor pipeline, a Production Ready wrap dress (Navy and Ecru,
// S and M) and a shop to sell it to; the shop's client id.
int wholesale_floor(Headless& h) {
    atelier::test::open_demo(h.app, 20);
    run_json(h, R"({"type":"pipeline.put","pipeline":{"id":"floor","name":"Floor","stages":[{"id":"cut","name":"Cut"},{"id":"sew","name":"Sew"}]}})");
    run_json(h, R"({"type":"style.create","code":"SS27-DR01","name":"Wrap dress","state":"production_ready","pack":{"sizes":["S","M"],"colours":["Navy","Ecru"]}})");
    run_json(h, R"({"type":"client.create","name":"Boutique Lune"})");
    return h.app.store.state().clients.back().id;
}

}  // namespace

TEST_CASE("Production: a style to Production Ready, a production order released, a batch through the floor, the materials") {
    Headless h;
    h.resize(1280, 2400);
    atelier::test::open_demo(h.app, 20);
    atelier::Pipeline floor;
    floor.id = "floor";
    floor.name = "Floor";
    for (const char* id : {"cut", "sew", "qc"}) {
        atelier::Stage st;
        st.id = st.name = id;
        floor.stages.push_back(st);
    }
    REQUIRE(h.app.dispatch(cmd::PipelinePut{floor}));
    h.frame();
    CHECK_FALSE(h.visible("Production"));  // not a producer yet: not in the top bar
    h.key('K', true);
    h.type("Go to production");
    h.key(Headless::key_code(ImGuiKey_Enter));
    h.frame();
    REQUIRE(h.app.view == View::production);
    CHECK(h.visible("No styles"));

    h.click("New style");
    h.frame();
    h.fill("Style code", "SS27-DR01");
    h.fill("Style name", "Wrap dress");
    h.fill("Style sizes", "S, M, L");
    h.fill("Style colourways", "Navy, Ecru");
    h.click("Create style");
    h.frame();
    const atelier::Style* s = h.app.store.state().style("SS27-DR01");
    REQUIRE(s);
    CHECK(s->pack().sizes == std::vector<std::string>{"S", "M", "L"});
    CHECK(h.visible("Production"));  // a producer now

    h.fill("BOM material", "Viscose crepe");
    h.fill("BOM quantities", "2.1, 2.25, 2.4");
    h.click("Add material");
    h.frame();
    REQUIRE(h.app.store.state().style("SS27-DR01")->pack().bom.size() == 1);
    CHECK(h.visible("BOM Viscose crepe"));

    h.click("New production order");
    h.frame();
    h.fill("Matrix Navy S", "10");
    h.fill("Matrix Navy M", "20");
    h.fill("Matrix Ecru L", "5");
    h.click("Create production order");
    h.frame();
    REQUIRE(h.app.store.state().productions.size() == 1);
    const int n = h.app.store.state().productions.front().number;
    const std::string label = atelier::production_label(h.app.store.state().profile, n);
    h.click("Production " + label);
    h.frame();
    CHECK(h.visible("Required Viscose crepe"));

    // Released too early: the core's reason, and nothing changes.
    h.click("Release");
    h.frame();
    REQUIRE(h.visible("Production problem"));
    CHECK(h.app.refusal().message.find("released only on a Production Ready tech pack") != std::string::npos);
    CHECK(h.app.store.state().production(n)->state == atelier::ProductionState::draft);

    h.click("Move to Design");
    h.frame();
    h.click("Move to Approval");
    h.frame();
    h.click("Move to Production Ready");
    h.frame();
    CHECK(h.app.store.state().style("SS27-DR01")->state == atelier::StyleState::production_ready);
    h.click("Release");
    h.frame();
    CHECK(h.app.store.state().production(n)->state == atelier::ProductionState::released);
    CHECK(h.app.store.state().production(n)->version == 1);

    // A batch of what is left of Navy (S 10, M 20), then through the three stages.
    h.click("Start batch");
    h.frame();
    const atelier::ProductionOrder* po = h.app.store.state().production(n);
    REQUIRE(po->batches.size() == 1);
    CHECK(atelier::pieces(po->batches[0]) == 30);
    CHECK(po->state == atelier::ProductionState::in_progress);
    h.fill("Batch pieces 1", "2");
    h.click("Batch reject 1");  // two pieces spoilt at cutting
    h.frame();
    for (int stage = 0; stage < 3; ++stage) {
        h.click("Batch done 1");
        h.frame();
    }
    h.click("Batch colour");
    h.click("Batch colour Ecru");
    h.frame();
    h.click("Start batch");
    h.frame();
    for (int stage = 0; stage < 3; ++stage) {
        h.click("Batch done 2");
        h.frame();
    }
    po = h.app.store.state().production(n);
    const atelier::Pipeline& pl = *h.app.store.state().pipeline("floor");
    INFO(atelier::write_value(po->batches).dump());
    CHECK(atelier::batch_finished(po->batches[0], pl));
    CHECK(atelier::batch_made(po->batches[0], pl) == 28);
    CHECK(atelier::batch_finished(po->batches[1], pl));
    h.click("Complete");
    h.frame();
    CHECK(h.app.store.state().production(n)->state == atelier::ProductionState::completed);

    h.click("Export materials CSV");
    CHECK(h.app.last_download_name == "materials-" + atelier::order_label(h.app.store.state().profile, n) + ".csv");
    CHECK(h.app.last_download == atelier::materials_csv(atelier::materials_of(h.app.store.state(), *h.app.store.state().production(n))));
    CHECK(h.app.last_download.find("Viscose crepe,fabric,m,,78,") != std::string::npos);

    // Its history, newest first, in the floor's words.
    h.click("Production history");
    h.frame();
    CHECK(h.visible("Production history 1"));
    const auto lines = atelier::production_history(h.app.store.state(), *h.app.store.state().production(n));
    REQUIRE_FALSE(lines.empty());
    CHECK(lines.front().what == "production.complete");
    CHECK(lines[1].details == "batch 2 (Ecru): 5 done at qc");
}

TEST_CASE("Sales orders through the view: a customer's lines, confirmed, a production order in one click, the floor, shipping what was made, "
          "the dashboard's ship-date risk and the palette") {
    Headless h;
    h.resize(1280, 2400);
    const int shop = wholesale_floor(h);
    h.frame();
    h.nav("Production");
    h.frame();
    h.click("Tab Sales orders");
    h.frame();
    h.click("New sales order");
    h.frame();
    h.click("Customer");
    h.frame();
    h.fill("Find customer", "lune");
    h.frame();
    h.click("Customer Boutique Lune");
    h.frame();
    h.fill("Sales season", "SS27");
    h.fill("Sales currency", "usd");  // the shop pays in dollars; typed in capitals whatever the keyboard
    h.fill("Sales price", "45.00");
    h.fill("Sales Navy S", "10");
    h.fill("Sales Navy M", "20");
    h.click("Add sales lines");
    h.frame();
    CHECK(h.visible("Sales lines"));
    h.click("Create sales order");
    h.frame();
    REQUIRE(h.app.store.state().sales.size() == 1);
    const atelier::SalesOrder& so = h.app.store.state().sales.front();
    const int n = so.number;
    CHECK(so.customer == shop);
    CHECK(so.currency == "USD");
    CHECK(so.lines.size() == 2);
    CHECK(h.visible("Sales state"));
    CHECK(h.visible("Confirm sales order"));
    h.click("Confirm sales order");
    h.frame();
    CHECK(atelier::sales_state(h.app.store.state(), *h.app.store.state().sales_order(n)) == atelier::SalesState::confirmed);

    // One click: the production order, its matrix the lines, linked both ways.
    h.click("Sales pipeline");
    h.frame();
    h.click("Sales pipeline Floor");
    h.frame();
    h.click("Make production order SS27-DR01");
    h.frame();
    REQUIRE(h.app.store.state().productions.size() == 1);
    const atelier::ProductionOrder& po = h.app.store.state().productions.front();
    CHECK(po.sales_order == n);
    CHECK(atelier::pieces(po.matrix) == 30);
    CHECK_FALSE(h.visible("Make production order SS27-DR01"));  // made: not offered twice
    const std::string po_label = atelier::production_label(h.app.store.state().profile, po.number);
    h.click("Sales production " + po_label);  // the link to it
    h.frame(2);
    CHECK(h.visible("Production state"));
    CHECK(h.visible("Production sales order"));  // and back
    h.click("Release");
    h.frame();
    h.click("Start batch");
    h.frame();
    REQUIRE(h.app.store.state().production(po.number)->batches.size() == 1);

    // The floor: the batch's 30 pieces wait at Cut.
    h.click("Tab Floor");
    h.frame();
    const std::string num = atelier::order_label(h.app.store.state().profile, po.number);
    CHECK(h.visible("Floor card Cut " + num + " 1"));
    CHECK(h.label_starting("Floor column Cut") == "Floor column Cut");
    const atelier::FloorBoard board = atelier::floor_board(h.app.store.state(), "floor", h.app.today);
    CHECK(board.columns[0].waiting == 30);
    h.click("Floor card Cut " + num + " 1");
    h.frame(2);
    CHECK(h.visible("Batch done 1"));
    h.click("Batch done 1");  // all 30 cut
    h.frame();
    h.fill("Batch pieces 1", "12");
    h.click("Batch done 1");  // 12 sewn
    h.frame();

    // Shipping more than was made is refused with the core's words; what was made ships.
    h.click("Production sales order");
    h.frame(2);
    h.fill("Ship pieces SS27-DR01 Navy", "13");
    h.click("Ship SS27-DR01 Navy");
    h.frame();
    CHECK(h.visible("Sales problem"));
    CHECK(h.app.refusal().message.find("shipping more than was made") != std::string::npos);
    h.fill("Ship pieces SS27-DR01 Navy", "12");
    h.click("Ship SS27-DR01 Navy");
    h.frame();
    CHECK(atelier::shipped(*h.app.store.state().sales_order(n)) == 12);

    // The customer moves the ship date: typed in the field, then Change ship date.
    const atelier::Date later = atelier::add_days(h.app.store.state().sales_order(n)->ship, 14);
    h.fill("New ship date", atelier::format_date(later));
    h.click("Change ship date");
    h.frame();
    CHECK(h.app.store.state().sales_order(n)->ship == later);

    // The dashboard: the ship date is near with pieces to make — at risk; a click opens it.
    h.app.today = atelier::add_days(h.app.store.state().sales_order(n)->ship, -2);
    h.nav("Dashboard");
    h.frame(2);
    CHECK(h.visible("Ship dates at risk " + std::to_string(n)));
    h.click("Ship dates at risk " + std::to_string(n));
    h.frame(2);
    CHECK(h.app.view == View::production);
    CHECK(h.visible("Ship date at risk"));

    // Every production order in a table: 12 of 30 made so far; a row opens the order.
    h.nav("Production");
    h.frame();
    h.click("Tab All production orders");
    h.frame(2);
    REQUIRE(h.visible("Row " + po_label));
    CHECK(h.app.views.production.table.front().made == 12);
    h.app.views.production.production = 0;
    h.click("Row " + po_label);
    h.frame(2);
    CHECK(h.app.views.production.production == po.number);
    CHECK(h.visible("Production state"));

    // The palette finds the style, the production order and the sales order.
    h.nav("Dashboard");
    h.frame();
    h.key('K', true);
    h.type("wrap dress");
    h.frame(2);
    REQUIRE_FALSE(h.app.views.palette.entries.empty());
    CHECK(h.app.views.palette.entries.front().label.rfind("Style SS27-DR01", 0) == 0);
    h.key(Headless::key_code(ImGuiKey_Escape));
    h.frame();
    h.key('K', true);
    h.type("lune");
    h.frame(2);
    bool sales_found = false;
    for (const auto& e : h.app.views.palette.entries) sales_found |= e.label.rfind(atelier::sales_label(h.app.store.state().profile, n), 0) == 0;
    CHECK(sales_found);
    h.key(Headless::key_code(ImGuiKey_Escape));
    h.frame();
    h.app.views.production.production = 0;
    h.key('K', true);
    h.type(num);
    h.frame(2);
    REQUIRE_FALSE(h.app.views.palette.entries.empty());
    CHECK(h.app.views.palette.entries.front().label.rfind(po_label, 0) == 0);
    h.key(Headless::key_code(ImGuiKey_Enter));
    h.frame(2);
    CHECK(h.app.view == View::production);
    CHECK(h.app.views.production.production == po.number);
    CHECK(h.visible("Production state"));
}

TEST_CASE("a style's sketches: Add sketches or photos asks the picker for the style, the files arrive as its photos, Remove asks first; staff only see them") {
    Headless h;
    h.resize(1280, 2400);
    atelier::test::open_demo(h.app, 20);
    run_json(h, R"({"type":"style.create","code":"SS27-DR01","name":"Wrap dress","pack":{"sizes":["S"],"colours":["Navy"]}})");
    int picks = 0;
    h.app.on_photo_pick = [&](bool) { ++picks; };
    h.app.on_photo = [](const std::string&) { return atelier::PhotoTexture{atelier::PhotoTexture::State::ready, 7, 1600, 1200}; };
    h.frame();
    h.nav("Production");
    h.frame();
    h.click("Add style photos");
    CHECK(picks == 1);
    REQUIRE(h.app.photo_target);
    CHECK(h.app.photo_target->style == "SS27-DR01");
    atelier::PhotoFile f;
    f.ok = true;
    f.name = "sketch.webp";
    f.image.id = std::string(64, 'e');
    f.image.thumb = std::string(63, 'e') + "0";
    f.image.type = "image/webp";
    f.image.bytes = 90000;
    f.image.width = 1600;
    f.image.height = 1200;
    h.app.photos_added({f});
    const atelier::Style& s = *h.app.store.state().style("SS27-DR01");
    REQUIRE(s.images.size() == 1);
    CHECK(s.images[0].kind == atelier::PhotoKind::sketch);
    h.app.photos_added({f});  // the same file again: said, not added twice
    CHECK(h.app.store.state().style("SS27-DR01")->images.size() == 1);
    CHECK(h.app.toasts.back().text == "sketch.webp is already on SS27-DR01");
    h.frame();
    CHECK(h.visible("Style photo 1"));
    h.click("Remove style photo 1");
    h.frame();
    REQUIRE(h.app.confirm);
    CHECK(h.app.confirm->title == "Remove photo?");
    h.click("Please confirm/Remove photo");
    h.frame();
    CHECK(h.app.store.state().style("SS27-DR01")->images.empty());

    // Staff see the pictures and no button the core would refuse them.
    h.app.photos_added({f});
    run_json(h, R"({"type":"person.put","name":"owner","role":"owner"})");
    run_json(h, R"({"type":"person.put","name":"Marie","role":"staff"})");
    h.app.who = "Marie";
    REQUIRE(h.app.role() == atelier::Role::staff);
    h.frame(2);
    CHECK(h.visible("Style photo 1"));
    CHECK_FALSE(h.visible("Add style photos"));
    CHECK_FALSE(h.visible("Take style photo"));
    CHECK_FALSE(h.visible("Remove style photo 1"));
}

TEST_CASE("the first start offers the producer demo: styles, production orders with batches on the floor, sales orders, the dashboard's risks") {
    Headless h;
    h.resize(1280, 1200);
    h.click("Open the producer demo");
    REQUIRE(h.app.ready);
    const atelier::Atelier& a = h.app.store.state();
    CHECK(a.styles.size() == 500);
    CHECK(a.productions.size() == 2000);
    CHECK_FALSE(a.sales.empty());
    CHECK(h.app.view == View::dashboard);
    h.frame();
    CHECK(h.visible("Ship dates at risk count"));
    CHECK(h.visible("Production late count"));
    h.nav("Production");
    h.frame();
    h.click("Tab Floor");
    h.frame(2);
    CHECK(h.label_starting("Floor card ") != "");
}

TEST_CASE("staff on the production floor: batches and pieces, and no button the core would refuse them") {
    Headless h;
    h.resize(1280, 2400);
    const int shop = wholesale_floor(h);
    const int so = h.app.store.state().profile.next_order;
    const std::string S = std::to_string(so);
    run_json(h, (R"({"type":"sales.create","customer":)" + std::to_string(shop) +
                 R"(,"season":"SS27","ship":"2027-04-15","term":"fob","payment_days":30,"lines":[{"style":"SS27-DR01","colour":"Navy","size":"S","quantity":10,"price":"45.00"}]})")
                    .c_str());
    run_json(h, (R"({"type":"sales.confirm","sales":)" + S + "}").c_str());
    const int po = h.app.store.state().profile.next_order;
    run_json(h, (R"({"type":"sales.produce","sales":)" + S + R"(,"style":"SS27-DR01","pipeline":"floor"})").c_str());
    run_json(h, (R"({"type":"production.release","production":)" + std::to_string(po) + "}").c_str());
    run_json(h, R"({"type":"person.put","name":"owner","role":"owner"})");
    run_json(h, R"({"type":"person.put","name":"Marie","role":"staff"})");
    h.app.who = "Marie";
    REQUIRE(h.app.role() == atelier::Role::staff);

    h.frame();
    h.nav("Production");
    h.frame();
    atelier::ui::show_production_order(h.app.store.state(), h.app.views.production, po);
    h.frame(2);
    CHECK(h.visible("Production state"));
    for (const char* refused : {"New style", "New version", "New production order", "Cancel production order"})
        CHECK_MESSAGE(!h.visible(refused), refused);
    // What staff do: start a batch and move its pieces.
    h.click("Start batch");
    h.frame();
    REQUIRE(h.app.store.state().production(po)->batches.size() == 1);
    h.click("Batch done 1");
    h.frame();
    CHECK(h.app.store.state().production(po)->batches[0].progress.size() == 1);
    CHECK(h.app.store.state().production(po)->history.back().who == "Marie");
    CHECK(h.visible("Batch done 1"));
    CHECK_FALSE(h.visible("Complete"));
    // A draft order of a style in Design: neither planned nor released by staff, its tech pack not edited.
    h.app.who = "owner";
    run_json(h, R"({"type":"style.create","code":"AW27-CT02","name":"Coat","pack":{"sizes":["S"],"colours":["Camel"]}})");
    const int draft = h.app.store.state().profile.next_order;
    run_json(h, R"({"type":"production.create","style":"AW27-CT02","pipeline":"floor","due":"2027-03-01","matrix":[{"colour":"Camel","size":"S","quantity":4}]})");
    h.app.who = "Marie";
    atelier::ui::show_production_order(h.app.store.state(), h.app.views.production, draft);
    h.frame(2);
    CHECK(h.visible("Production state"));
    CHECK(h.visible("Style state"));
    for (const char* refused : {"Move to Design", "Plan", "Release", "BOM material", "Add material", "Cancel production order"})
        CHECK_MESSAGE(!h.visible(refused), refused);

    h.click("Tab Sales orders");
    h.frame(2);
    atelier::ui::show_sales_order(h.app.views.production, so);
    h.frame(2);
    CHECK(h.visible("Sales state"));
    for (const char* refused : {"New sales order", "Create sales order", "Change ship date", "Confirm sales order", "Invoice sales order",
                                "Record sales payment", "Cancel sales order"})
        CHECK_MESSAGE(!h.visible(refused), refused);
    CHECK(h.visible("Shipped SS27-DR01 Navy"));     // the shipping table is shown to staff,
    CHECK_FALSE(h.visible("Ship SS27-DR01 Navy"));  // without the Ship button an owner has on the same row
}

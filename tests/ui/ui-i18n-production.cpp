// Production in other languages (docs/i18n.md): the Styles, Sales orders, Floor and All production
// orders tabs draw every word of their own through the catalogue — drawn in the pseudo language, no
// ASCII word is left that is not the atelier's data — in the states that show their texts: a tech
// pack with its bill of materials, the new-order matrix, a production order, a batch on the floor,
// a sales order from draft to invoiced, the view's own refusals; at desktop and tablet widths.
// Left English on purpose: the core's "PO 12-BFG" / "SO 12-BFG" labels (production_label,
// sales_label), so those two words are let through. And in French, the words and numbers are French
// while the English names of the widgets still answer.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/commands/command.hpp"
#include "core/i18n/local_format.hpp"
#include "core/production/sales.hpp"
#include "tests/ui/headless.hpp"
#include "tests/ui/i18n_check.hpp"

using atelier::View;
using atelier::test::Headless;
using atelier::test::i18n::words_not_from_catalogue;

namespace {

void run_json(Headless& h, const std::string& text) {
    atelier::Problems p;
    const auto c = atelier::command_from_json(nlohmann::json::parse(text), p);
    REQUIRE(c);
    INFO(text);
    REQUIRE(h.app.dispatch(*c));
}

// The demo atelier with a two-stage pipeline "floor" whose names are not English words of the
// views ("Workroom line": Cutting table, Sewing line), and a shop to sell to; the shop's id.
int producer(Headless& h) {
    atelier::test::open_demo(h.app, 20);
    run_json(h, R"({"type":"pipeline.put","pipeline":{"id":"floor","name":"Workroom line","stages":[{"id":"cut","name":"Cutting table"},{"id":"sew","name":"Sewing line"}]}})");
    run_json(h, R"({"type":"client.create","name":"Boutique Lune"})");
    return h.app.store.state().clients.back().id;
}

// A style with a bill of materials (two sizes, two colourways), in `state`.
void style(Headless& h, const char* state) {
    run_json(h, std::string(R"({"type":"style.create","code":"SS27-DR01","name":"Wrap dress","season":"SS27","state":")") + state +
                    R"(","pack":{"sizes":["S","M"],"colours":["Navy","Ecru"],"bom":[{"material":"Viscose crepe","unit":"m","per_size":["2.1","2.25"],"supplier":"Tissages Martin","waste_percent":8}]}})");
}

// check_translated, letting through what the core still says in English: "PO"/"SO" of an order's
// label and its notices ("invoice … issued for sales order …", shown as toasts: cleared first).
// The new style form's sizes ("XS, S, M, L, XL") are a typed default; a table cell clipped at its
// edge may cut the company code ("BF" of "BFG").
void check_view(Headless& h, const std::string& where, std::string_view typed = "") {
    CAPTURE(where);
    h.app.toasts.clear();
    const std::string code = h.app.store.state().profile.settings.company_code;
    std::string left;
    for (const auto& f : words_not_from_catalogue(h, std::string(typed) + "\nXS, S, M, L, XL")) {
        const std::string word = f.substr(0, f.find(' '));
        if (word != "PO" && word != "SO" && code.rfind(word, 0) != 0) left += f + "\n";
    }
    CHECK_MESSAGE(left.empty(), "drawn without the catalogue:\n" << left);
}

void open_production(Headless& h) {
    h.app.view = View::production;
    h.frame(2);
    REQUIRE(h.app.view == View::production);
}

}  // namespace

TEST_CASE("the check finds the Styles tab's English words, and none of them in the pseudo language") {
    Headless h(1280, 2400);
    producer(h);
    style(h, "design");
    h.app.set_language("qps");
    open_production(h);
    REQUIRE(h.visible("Style state"));
    CHECK(words_not_from_catalogue(h).empty());
    h.app.set_language("en");  // English is not the pseudo language: its words are found
    h.frame(2);
    bool found = false;
    for (const auto& f : words_not_from_catalogue(h)) found |= f.rfind("Bill   in:", 0) == 0;
    CHECK(found);
}

TEST_CASE("the Styles tab draws every word of its own through the catalogue: no style, a tech pack, a refused quantity, a production order and its batches") {
    for (const float w : {1280.f, 768.f}) {
        CAPTURE(w);
        Headless h(w, 2400);
        producer(h);
        h.app.set_language("qps");
        open_production(h);
        REQUIRE(h.visible("No styles"));
        check_view(h, "no style yet");
        h.click("New style");
        h.frame(2);
        REQUIRE(h.visible("Style code"));
        check_view(h, "new style form");

        style(h, "design");
        h.frame(2);
        REQUIRE(h.visible("BOM Viscose crepe"));
        REQUIRE(h.visible("Move to Approval"));
        check_view(h, "a style in Design with its bill of materials");
        // The view's own refusal: quantities that are not numbers (the material's row of fields is
        // wider than a tablet: its button is reached on the desktop).
        if (w > 1000) {
            h.fill("BOM quantities", "abc");
            h.click("Add material");
            h.frame(2);
            REQUIRE(h.visible("Production problem"));
            check_view(h, "quantities refused", "abc");
            h.fill("BOM quantities", "");
        }

        h.click("New production order");
        h.frame(2);
        REQUIRE(h.visible("Matrix Navy S"));
        check_view(h, "new production order form");
        h.fill("Due##po", "2027-13-45");  // no such day: the view's own refusal
        h.click("Create production order");
        h.frame(2);
        REQUIRE(h.visible("Production problem"));
        REQUIRE(h.app.store.state().productions.empty());
        check_view(h, "due date refused", "2027-13-45");
        h.fill("Due##po", "2027-03-01");
        h.fill("Matrix Navy S", "10");
        h.fill("Matrix Ecru M", "5");
        h.click("Create production order");
        h.frame(2);
        REQUIRE(h.app.store.state().productions.size() == 1);
        REQUIRE(h.visible("Production state"));
        REQUIRE(h.visible("Export materials CSV"));
        check_view(h, "a draft production order with its materials");

        h.click("Move to Approval");
        h.frame(2);
        h.click("Move to Production Ready");
        h.frame(2);
        h.click("Release");
        h.frame(2);
        const int n = h.app.store.state().productions.front().number;
        REQUIRE(h.app.store.state().production(n)->state == atelier::ProductionState::released);
        REQUIRE(h.visible("Start batch"));
        check_view(h, "released: frozen tech pack, a batch to start");
        h.click("Start batch");
        h.frame(2);
        REQUIRE(h.visible("Batch done 1"));
        check_view(h, "a batch waiting at the first stage");
        h.fill("Batch pieces 1", "2");
        h.click("Batch reject 1");
        h.frame(2);
        REQUIRE(h.app.store.state().production(n)->batches[0].progress.size() == 1);
        check_view(h, "a batch with pieces rejected and waiting");
        h.click("Batch done 1");
        h.frame(2);
        h.click("Batch done 1");
        h.frame(2);
        REQUIRE(h.visible("Complete"));
        check_view(h, "the batch finished, the order to complete");
    }
}

TEST_CASE("a style's sketches and their removal draw every word of their own through the catalogue") {
    for (const float w : {1280.f, 768.f}) {
        CAPTURE(w);
        Headless h(w, 2400);
        producer(h);
        style(h, "design");
        int picks = 0;
        h.app.on_photo_pick = [&](bool) { ++picks; };
        h.app.on_photo = [](const std::string&) { return atelier::PhotoTexture{atelier::PhotoTexture::State::ready, 7, 1600, 1200}; };
        h.app.set_language("qps");
        open_production(h);
        REQUIRE(h.visible("Add style photos"));
        check_view(h, "no sketch yet");
        h.click("Add style photos");
        REQUIRE(picks == 1);
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
        h.app.toasts.clear();  // "1 photo added to …" is the app's (web/app_photos.cpp), not this view's
        h.frame(2);
        REQUIRE(h.visible("Style photo 1"));
        h.click("Remove style photo 1");
        h.frame(2);
        REQUIRE(h.app.confirm);
        check_view(h, "remove a sketch: the confirmation");
        h.click("Please confirm/Remove photo");  // the button keeps its English name
        h.frame(2);
        CHECK(h.app.store.state().style("SS27-DR01")->images.empty());
    }
}

TEST_CASE("the Sales orders, Floor and All production orders tabs draw every word of their own through the catalogue") {
    for (const float w : {1280.f, 768.f}) {
        CAPTURE(w);
        Headless h(w, 2400);
        const int shop = producer(h);
        style(h, "production_ready");
        const int so = h.app.store.state().profile.next_order;
        run_json(h, R"({"type":"sales.create","customer":)" + std::to_string(shop) +
                        R"(,"season":"SS27","ship":"2027-04-15","term":"fob","payment_days":30,"lines":[{"style":"SS27-DR01","colour":"Navy","size":"S","quantity":10,"price":"45.00"}]})");
        h.app.set_language("qps");
        open_production(h);
        h.click("Tab Sales orders");
        h.frame(2);
        atelier::ui::show_sales_order(h.app.views.production, so);
        h.frame(2);
        REQUIRE(h.visible("Confirm sales order"));
        check_view(h, "a draft sales order");
        // The new-order form, refused twice in the view's words.
        h.click("New sales order");
        h.frame(2);
        REQUIRE(h.visible("Sales Navy S"));
        h.fill("Sales price", "abc");
        h.click("Add sales lines");
        h.frame(2);
        REQUIRE(h.visible("Sales problem"));
        check_view(h, "new sales order form: the price refused", "abc");
        h.fill("Sales price", "45.00");
        h.fill("Sales Navy M", "4");
        h.click("Add sales lines");
        h.frame(2);
        REQUIRE(h.visible("Sales lines"));
        h.click("Create sales order");
        h.frame(2);
        REQUIRE(h.visible("Sales problem"));  // no customer chosen
        check_view(h, "new sales order form with lines: no customer", "45.00");
        h.click("Customer");
        h.frame(2);
        check_view(h, "the customer list", "45.00");
        h.fill("Find customer", "lune");
        h.frame(2);
        h.click("Customer Boutique Lune");
        h.frame(2);

        h.click("Confirm sales order");
        h.frame(2);
        REQUIRE(atelier::sales_state(h.app.store.state(), *h.app.store.state().sales_order(so)) == atelier::SalesState::confirmed);
        REQUIRE(h.visible("Make production order SS27-DR01"));
        check_view(h, "a confirmed sales order");
        h.app.today = atelier::add_days(h.app.store.state().sales_order(so)->ship, -2);
        h.frame(2);
        REQUIRE(h.visible("Ship date at risk"));
        check_view(h, "the ship date at risk");

        h.click("Tab Floor");
        h.frame(2);
        REQUIRE(h.visible("Floor empty"));
        check_view(h, "nothing on the floor");  // a toast may still name the sales order
        h.click("Tab Sales orders");
        h.frame(2);
        h.click("Sales pipeline");
        h.frame(2);
        h.click("Sales pipeline Workroom line");
        h.frame(2);
        const int po = h.app.store.state().profile.next_order;
        h.click("Make production order SS27-DR01");
        h.frame(2);
        REQUIRE(h.app.store.state().production(po));
        check_view(h, "its production order made");
        run_json(h, R"({"type":"production.release","production":)" + std::to_string(po) + "}");
        atelier::ui::show_production_order(h.app.store.state(), h.app.views.production, po);
        h.frame(2);
        h.click("Start batch");
        h.frame(2);
        REQUIRE(h.app.store.state().production(po)->batches.size() == 1);
        h.click("Tab Floor");
        h.frame(2);
        REQUIRE(h.visible("Floor finished"));
        REQUIRE(h.label_starting("Floor card ") != "");
        check_view(h, "a batch on the floor");
        h.click("Tab All production orders");
        h.frame(2);
        REQUIRE(h.label_starting("Row ") != "");
        check_view(h, "every production order");
        h.click("Open orders only");
        h.frame(2);
        check_view(h, "open production orders only");

        // Made, shipped, invoiced: the shipping table, the invoice and the payment terms.
        atelier::ui::show_production_order(h.app.store.state(), h.app.views.production, po);
        h.frame(2);
        h.click("Batch done 1");
        h.frame(2);
        h.click("Batch done 1");
        h.frame(2);
        atelier::ui::show_sales_order(h.app.views.production, so);
        h.frame(2);
        const int64_t pieces = atelier::sales_pieces(*h.app.store.state().sales_order(so));
        REQUIRE(h.visible("Ship pieces SS27-DR01 Navy"));
        check_view(h, "made, to ship");
        if (w > 1000) {  // the Ship button; on the tablet its narrow column may clip it: shipped by the command
            h.fill("Ship pieces SS27-DR01 Navy", std::to_string(pieces));
            h.click("Ship SS27-DR01 Navy");
        } else {
            run_json(h, R"({"type":"sales.ship","sales":)" + std::to_string(so) + R"(,"style":"SS27-DR01","colour":"Navy","quantity":)" +
                            std::to_string(pieces) + "}");
        }
        h.frame(2);
        REQUIRE(atelier::shipped(*h.app.store.state().sales_order(so)) == pieces);
        REQUIRE(h.visible("Invoice sales order"));
        check_view(h, "a shipped sales order");
        h.click("Invoice sales order");
        h.frame(2);
        REQUIRE_FALSE(h.app.store.state().sales_order(so)->invoice.empty());
        REQUIRE(h.visible("Record sales payment"));
        check_view(h, "an invoiced sales order, to pay in 30 days");
        h.fill("Sales payment amount", "abc");
        h.click("Record sales payment");
        h.frame(2);
        REQUIRE(h.visible("Sales problem"));
        check_view(h, "a payment refused", "abc");
    }
}

TEST_CASE("in French the Styles and Sales orders tabs are French, with French numbers and dates, and their English names answer") {
    Headless h(1280, 2400);
    const int shop = producer(h);
    style(h, "design");
    run_json(h, R"({"type":"production.create","style":"SS27-DR01","pipeline":"floor","due":"2027-03-01","matrix":[{"colour":"Navy","size":"S","quantity":1200}]})");
    h.app.set_language("fr");
    open_production(h);
    std::string drawn = h.drawn_text();
    const atelier::Locale fr = atelier::locale_for("fr");
    CHECK(drawn.find("Modèles") != std::string::npos);
    CHECK(drawn.find("Nomenclature") != std::string::npos);
    CHECK(drawn.find("Bill of materials") == std::string::npos);
    CHECK(drawn.find("Fournisseur") != std::string::npos);
    CHECK(drawn.find("Croquis et photos") != std::string::npos);
    CHECK(drawn.find("2,1 / 2,25") != std::string::npos);  // quantities with the French decimal comma
    CHECK(drawn.find("Passer à « Validation »") != std::string::npos);
    CHECK(drawn.find("SS27-DR01 · version 1 · Conception") != std::string::npos);
    // The production order's row: its state, its due date the French way, its pieces grouped.
    CHECK(drawn.find("Brouillon · échéance " + atelier::local_date(atelier::date_from_civil(2027, 3, 1), fr) + " · 1 200 pièces") !=
          std::string::npos);
    h.click("Move to Approval");  // the stable English name answers
    h.frame(2);
    CHECK(h.app.store.state().style("SS27-DR01")->state == atelier::StyleState::approval);
    drawn = h.drawn_text();
    CHECK(drawn.find("SS27-DR01 · version 1 · Validation") != std::string::npos);

    const int so = h.app.store.state().profile.next_order;
    run_json(h, R"({"type":"sales.create","customer":)" + std::to_string(shop) +
                    R"(,"season":"SS27","ship":"2027-04-15","term":"fob","payment_days":30,"lines":[{"style":"SS27-DR01","colour":"Navy","size":"S","quantity":10,"price":"45.00"}]})");
    h.click("Tab Sales orders");
    h.frame(2);
    atelier::ui::show_sales_order(h.app.views.production, so);
    h.frame(2);
    drawn = h.drawn_text();
    CHECK(drawn.find("Commandes clients") != std::string::npos);
    CHECK(drawn.find("Nouvelle commande client") != std::string::npos);
    CHECK(drawn.find("Brouillon · Boutique Lune · expédition " + atelier::local_date(atelier::date_from_civil(2027, 4, 15), fr) +
                     " · FOB · 10 pièces") != std::string::npos);
    CHECK(drawn.find("Sales orders") == std::string::npos);
    REQUIRE(h.visible("Confirm sales order"));
    h.click("Confirm sales order");
    h.frame(2);
    CHECK(atelier::sales_state(h.app.store.state(), *h.app.store.state().sales_order(so)) == atelier::SalesState::confirmed);
    CHECK(h.drawn_text().find("Confirmée · Boutique Lune") != std::string::npos);
}

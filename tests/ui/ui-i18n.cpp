// The views in other languages (docs/i18n.md). Drawn in the pseudo language — every catalogue
// text with its letters replaced by full-width ones — a translated view may draw no ASCII word
// that is not the atelier's own data: such a word was drawn without the catalogue. What was
// drawn is read back from the frame's draw lists (Headless::drawn_text). And in French,
// the words, dates and amounts are French, and the choice is kept across a restart.
#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>

#include "core/commands/command.hpp"
#include "core/derive.hpp"
#include "core/i18n/said_text.hpp"
#include "core/rules/rework.hpp"
#include "core/snapshot/snapshot.hpp"
#include "tests/ui/headless.hpp"
#include "tests/ui/i18n_check.hpp"
#include "web/ui/i18n.hpp"

using atelier::View;
using atelier::test::Headless;

using atelier::test::i18n::check_translated;
using atelier::test::i18n::demo_in;
using atelier::test::i18n::words_not_from_catalogue;

TEST_CASE("the check finds a word drawn without the catalogue") {
    Headless h(800, 600);
    atelier::test::open_demo(h.app, 10);
    h.app.set_language("qps");
    h.scene = [] {
        ImGui::Begin("probe", nullptr, ImGuiWindowFlags_NoTitleBar);
        ImGui::TextUnformatted(atelier::ui::tr(atelier::Msg::nav_board));
        ImGui::Text("Hello %d", 3);
        ImGui::End();
    };
    h.frame(2);
    const std::vector<std::string> found = words_not_from_catalogue(h);
    REQUIRE(found.size() == 1);
    CHECK(found[0].rfind("Hello", 0) == 0);
}

TEST_CASE("the top bar, the dashboard, the board and its messages draw every word of their own through the catalogue") {
    for (const float w : {1280.f, 768.f}) {
        CAPTURE(w);
        Headless h(w, 900);
        demo_in(h, "qps");
        REQUIRE(h.app.view == View::dashboard);
        check_translated(h, "dashboard");
        if (h.visible("More top bar")) {  // the tablet's overflow menu
            h.click("More top bar");
            h.frame(2);
            check_translated(h, "top bar menu");
            h.key(256);  // Escape (GLFW's code) closes the menu
            h.frame(1);
        }
        h.nav("Board");
        h.frame(2);
        REQUIRE(h.app.view == View::board);
        check_translated(h, "board");
        // A filter matching nothing: the board says so in the catalogue's words.
        h.fill("Board filter", "zzzz-no-such-order");
        h.frame(2);
        check_translated(h, "board, nothing matching", "zzzz-no-such-order");
        h.nav("Fittings");
        h.frame(2);
        REQUIRE(h.app.view == View::fittings);
        check_translated(h, "fittings agenda");
    }
}

// An order in production the demo holds with nothing but the order page's own words on its header:
// no conflict or rework (their texts are the core's, still English), a tax rate, a client.
int plain_order_in_production(const Headless& h) {
    const atelier::Atelier& a = h.app.store.state();
    for (const atelier::Order& o : a.orders)
        if (o.status == atelier::Status::in_production && o.conflicts.empty() && !atelier::open_rework(a, o) && a.client(o.client) &&
            o.event)
            return o.number;
    return 0;
}

// A window as tall as the order's details in `language` at width `w`: Save changes in view, the
// production section (not translated yet) not drawn under them.
std::unique_ptr<Headless> order_page_window(float w, const char* language, int& number) {
    for (const float height : {720.f, 800.f, 880.f, 960.f, 1040.f}) {
        auto h = std::make_unique<Headless>(w, height);
        atelier::test::open_demo(h->app, 60);
        number = plain_order_in_production(*h);
        REQUIRE(number > 0);
        h->app.set_language(language);
        h->app.open_order(number);
        h->frame(3);
        if (h->visible("Save changes") && !h->visible("Production below the details")) return h;
    }
    FAIL("no window height shows the whole details form and nothing under it");
    return nullptr;
}

TEST_CASE("the order page's header, actions and details draw every word of their own through the catalogue") {
    for (const float w : {1280.f, 768.f}) {
        CAPTURE(w);
        int n = 0;
        auto window = order_page_window(w, "qps", n);
        Headless& h = *window;
        check_translated(h, "order page");
        // An emptied event date shows its hint, and the change shows "unsaved" (a refusal's
        // words are the catalogue's too: form_*_format, checked with every key by unit-i18n).
        h.fill("Event date", "");
        h.frame(2);
        REQUIRE(h.visible("Unsaved changes"));
        check_translated(h, "order page, edited");
    }
}

// The order page's sections with something in each: a payment and a refund form, a void asked
// for, the schedule, a fitting being moved, a photo the device does not hold, the production plan.
// The history is checked on its own (below): a payment's, a fitting's and a photo's values are
// JSON cut at 60 bytes and wrapped, which the check cannot tell from words.
TEST_CASE("the order page's sections draw every word of their own through the catalogue") {
    for (const float w : {1280.f, 768.f}) {
        CAPTURE(w);
        Headless h(w, 1600);
        atelier::test::open_demo(h.app, 60);
        const int n = plain_order_in_production(h);
        REQUIRE(n > 0);
        REQUIRE(h.app.dispatch(atelier::cmd::OrderPay{n, atelier::Money{1000}, std::nullopt, "card", ""}));
        REQUIRE(h.app.dispatch(atelier::cmd::OrderFitting{n, atelier::test::at(2026, 6, 3, 10, 30), "first", ""}));
        const atelier::cmd::OrderImage photo{n, atelier::test::made_up_image("image/jpeg", 640, 480, 1000)};
        INFO(h.app.refusal().message);
        REQUIRE(h.app.dispatch(photo));
        h.app.set_language("qps");
        h.app.open_order(n);
        h.frame(3);
        h.click("Measurements");
        h.frame(2);
        check_translated(h, "measurements");
        h.click("Payments");
        h.frame(2);
        check_translated(h, "payments");
        h.click("Refund…");
        h.click("Void##0");
        h.click("Edit schedule");
        h.frame(2);
        check_translated(h, "payments, refund, void and schedule forms open");
        h.click("Fitting schedule");
        h.frame(2);
        check_translated(h, "fittings");
        h.click("Reschedule fitting 0");
        h.frame(2);
        check_translated(h, "fittings, moving one");
        h.click("Production");
        h.frame(2);
        check_translated(h, "production");
        h.click("Photos");
        h.frame(2);
        check_translated(h, "photos");
        h.click("Photo Photo 1");
        h.frame(2);
        check_translated(h, "photo viewer");
    }
}

// The history: its What column names each change in words ("order.update": Details changed) and
// its Details each field by the order form's word ("garment": Garment), the values as recorded
// (the atelier's data); the production log's events in words. In French, French.
TEST_CASE("the order page's history draws every word of its own through the catalogue") {
    Headless h(1280, 1600);
    atelier::test::open_demo(h.app, 60);
    const int n = plain_order_in_production(h);
    REQUIRE(n > 0);
    atelier::cmd::OrderUpdate u;
    u.order = n;
    u.garment = "Redingote";
    u.priority = !atelier::test::order_of(h, n).priority;
    INFO(h.app.refusal().message);
    REQUIRE(h.app.dispatch(u));
    h.app.set_language("qps");
    h.app.open_order(n);
    h.frame(3);
    h.click("History");
    h.frame(2);
    REQUIRE(h.visible("History order.update"));  // the mark keeps the command's type
    check_translated(h, "history");
    h.app.set_language("fr");
    h.frame(3);
    const std::string drawn = h.drawn_text();
    CHECK(drawn.find("Détails modifiés") != std::string::npos);
    CHECK(drawn.find("Vêtement : ") != std::string::npos);
    CHECK(drawn.find("order.update") == std::string::npos);
}

TEST_CASE("first start and the palette draw every word of their own through the catalogue") {
    {
        Headless h(1280, 900);
        h.app.set_language("qps");
        h.frame(2);
        REQUIRE_FALSE(h.app.ready);
        check_translated(h, "first start", h.app.views.start.currency);
        h.fill("Company code", "bf");
        h.click("Create atelier");  // refused by the core, in the catalogue's words
        h.frame(2);
        REQUIRE_FALSE(h.app.ready);
        check_translated(h, "first start refused", h.app.views.start.currency + "\nbf BF");  // the code as typed, upper-cased
    }
    {
        Headless h(1280, 900);
        h.app.set_language("fr");
        h.frame(2);
        const std::string drawn = h.drawn_text();
        CHECK(drawn.find("Bienvenue dans Atelier") != std::string::npos);
        CHECK(drawn.find("Créer l’atelier") != std::string::npos);
        CHECK(drawn.find("Tailleur sur mesure") != std::string::npos);
        h.fill("Atelier name", "Maison Hoxhá");
        h.fill("Company code", "BFG");
        h.click("Bespoke tailoring");  // the stable names answer in French too
        h.click("Create atelier");
        REQUIRE(h.app.ready);
        REQUIRE_FALSE(h.app.toasts.empty());
        CHECK(h.app.toasts.back().text == "Bienvenue chez Maison Hoxhá. Votre circuit Tailleur sur mesure est prêt à être ajusté.");
    }
    Headless h(1280, 900);
    demo_in(h, "qps");
    h.key('K', true);
    REQUIRE(h.app.views.palette.open);
    h.frame(2);
    check_translated(h, "palette, every action");
    h.type("an");
    h.frame(2);
    check_translated(h, "palette, orders and clients found", "an");
    h.type("zzqq");
    h.frame(2);
    check_translated(h, "palette, nothing found", "anzzqq");
}

TEST_CASE("in French the order page's words, dates and amounts are French") {
    int n = 0;
    auto window = order_page_window(1280, "fr", n);
    Headless& h = *window;
    const atelier::Order& o = atelier::test::order_of(h, n);
    const std::string drawn = h.drawn_text();
    CHECK(drawn.find("Commande " + atelier::order_label(h.app.store.state().profile, n)) != std::string::npos);
    CHECK(drawn.find(atelier::local_date(o.deadline, atelier::locale_for("fr"))) != std::string::npos);
    CHECK(h.visible("Save changes"));  // the stable names still answer
    CHECK(h.visible("Deadline"));
    const atelier::Msg kind = o.kind == atelier::Kind::bulk ? atelier::Msg::kind_bulk : atelier::Msg::kind_mto;
    CHECK(drawn.find(std::string(atelier::text(atelier::Language::fr, kind))) != std::string::npos);
    CHECK(drawn.find(std::string(atelier::text(atelier::Language::fr, atelier::Msg::order_section_payments))) != std::string::npos);
    CHECK(drawn.find("Payments") == std::string::npos);
    // The payments: the ledger's words, the method and the balance the French way.
    REQUIRE(h.app.dispatch(atelier::cmd::OrderPay{n, atelier::Money{123450}, std::nullopt, "transfer", ""}));
    h.click("Payments");
    h.frame(2);
    const std::string payments = h.drawn_text();
    std::string owed = atelier::local_money(atelier::balance_owed(atelier::test::order_of(h, n)),
                                            h.app.store.state().profile.settings.currency, atelier::locale_for("fr"));
    for (const std::string space : {"\u202F", "\u00A0"})  // drawn as gaps: read back as plain spaces
        for (size_t at = owed.find(space); at != std::string::npos; at = owed.find(space)) owed.replace(at, space.size(), " ");
    CHECK(payments.find("Reste dû " + owed) != std::string::npos);
    CHECK(payments.find("Registre") != std::string::npos);
    CHECK(payments.find("virement") != std::string::npos);
    CHECK(payments.find("transfer") == std::string::npos);
    CHECK(payments.find("Ledger") == std::string::npos);
}

TEST_CASE("the agenda's week and the date picker start on the locale's first day") {
    Headless h(1280, 900);
    atelier::test::open_demo(h.app, 60);  // today: Monday 1 June 2026
    h.app.set_language("en-US");
    h.app.prefs.fittings_week = true;
    h.frame(2);
    h.nav("Fittings");
    h.frame(2);
    // A US week runs Sunday to Saturday, written the US way.
    CHECK(h.visible("Agenda Week of Sunday May 31, 2026 to Saturday June 6, 2026"));
    h.app.set_language("fr");
    h.frame(2);
    CHECK(h.visible("Agenda Semaine du lundi 1 juin 2026 au dimanche 7 juin 2026"));
    h.app.set_language("de");
    h.frame(2);
    CHECK(h.visible("Agenda Woche vom Montag, 1. Juni 2026 bis Sonntag, 7. Juni 2026"));
}

TEST_CASE("in French the top bar, dashboard and board speak French, with French dates and amounts") {
    Headless h(1280, 900);
    demo_in(h, "fr-FR");
    CHECK(h.visible("Tableau de bord"));
    CHECK(h.visible("Tableau"));
    CHECK(h.visible("+ Commande"));
    CHECK(h.visible("Board"));  // the stable name still answers, for tests
    CHECK(h.drawn_text().find("Aujourd’hui, 1 juin 2026") != std::string::npos);
    h.nav("Board");
    h.frame(2);
    REQUIRE(h.app.view == View::board);
    h.frame(1);
    const std::string drawn = h.drawn_text();
    const size_t due = drawn.find("pour le "), money = drawn.find(",00 €");
    CHECK(due != std::string::npos);
    CHECK(money != std::string::npos);  // a no-break space is drawn as a gap, as a space is
    CHECK(atelier::test::money_of(h, 123450) == "1\u202F234,50\u00A0€");
}

TEST_CASE("the language is the browser's until one is chosen, and the choice is kept") {
    Headless h(1280, 900);
    atelier::test::open_demo(h.app, 10);
    h.app.browser_language = "de-AT";
    h.app.apply_language();
    h.frame(2);
    CHECK(h.visible("Übersicht"));
    h.nav("Settings");
    h.frame(2);
    h.click("Language");
    h.frame(2);
    h.click("Language: it");
    h.frame(2);
    CHECK(h.app.prefs.language == "it");
    CHECK(h.visible("Impostazioni"));
    // As the web shell stores and restores the preferences.
    const atelier::UiPrefs back = atelier::prefs_from_json(atelier::prefs_to_json(h.app.prefs));
    CHECK(back.language == "it");
    CHECK(atelier::prefs_from_json(nlohmann::json{{"language", "fr\"><script>"}}).language.empty());
    h.click("Language");
    h.frame(2);
    h.click("Language: browser");
    h.frame(2);
    CHECK(h.app.prefs.language.empty());
    CHECK(h.visible("Einstellungen"));
}

// An order in production past its first stage, with a stage to be sent back to and no conflict
// or rework (their texts are the core's, still English).
int order_to_send_back(const Headless& h) {
    const atelier::Atelier& a = h.app.store.state();
    for (const atelier::Order& o : a.orders)
        if (o.status == atelier::Status::in_production && o.conflicts.empty() && !atelier::open_rework(a, o) &&
            !atelier::rework_targets(a, o).empty())
            return o.number;
    return 0;
}

TEST_CASE("the table, its filter bar, menus, cell editors and the send-back dialog draw every word of their own through the catalogue") {
    for (const float w : {1920.f, 768.f}) {
        CAPTURE(w);
        Headless h(w, 900);
        atelier::test::open_demo(h.app, 60);
        const int n = order_to_send_back(h);
        REQUIRE(n > 0);
        const std::string label = atelier::order_label(h.app.store.state().profile, n);
        h.app.set_language("qps");
        h.frame(2);
        // Chips of every shape: an either-or, days counted, a choice, one left out.
        h.app.prefs.filter = {"active|due-within=30", "!cancelled", "payment=unpaid|payment=deposit"};
        h.nav("Table");
        h.frame(2);
        REQUIRE(h.app.view == View::table);
        check_translated(h, "table with filters");
        h.click("Add filter");
        h.frame(2);
        check_translated(h, "add filter menu");
        const auto* overdue = h.find("overdue");
        REQUIRE(overdue);
        h.move_mouse(ImVec2((overdue->x0 + overdue->x1) / 2, (overdue->y0 + overdue->y1) / 2));
        h.frame(2);
        check_translated(h, "a filter's meaning");
        h.click("payment=…");
        h.frame(2);
        check_translated(h, "a filter's values");
        h.key(256);
        h.key(256);
        h.frame(2);
        h.click("Columns");
        h.frame(2);
        check_translated(h, "columns menu");
        h.key(256);
        h.frame(2);
        h.click("Export CSV");
        h.frame(2);
        check_translated(h, "export menu");
        h.click("Semicolon-separated");
        h.frame(2);
        check_translated(h, "exported", h.app.last_download_name);
        h.app.prefs.filter.clear();
        if (w > 1000) {  // the stage and team cells are in view
            h.fill("Search orders", label);
            h.frame(2);
            h.double_click("Team " + label);
            h.frame(2);
            check_translated(h, "team list", label);
            h.key(256);
            h.frame(2);
            h.double_click("Stage " + label);
            h.frame(2);
            check_translated(h, "stage list", label);
            const atelier::Order& o = atelier::test::order_of(h, n);
            const atelier::Pipeline* p = h.app.store.state().pipeline(o.pipeline);
            const int back = atelier::rework_targets(h.app.store.state(), o).back();
            const atelier::Stage& s = p->stages[size_t(back)];
            h.click(s.name + (s.optional ? " (optional)" : "") + "##stage-option");
            h.frame(2);
            REQUIRE(h.app.views.dialogs.open == "Send back");
            check_translated(h, "send-back dialog", label);
            h.fill("Send back/Reason", "lapels again");
            h.click("Send back/Send it back");
            h.frame(2);
            REQUIRE(atelier::test::order_of(h, n).stage == s.id);
            h.app.toasts.clear();  // the core's notice of the rework, still English (docs/i18n.md)
            check_translated(h, "sent back", label);
        }
        h.fill("Search orders", "zzzz-no-such-order");
        h.app.prefs.filter = {"overdue"};
        h.frame(2);
        check_translated(h, "table, nothing matching", "zzzz-no-such-order\n" + h.app.last_download_name);
    }
}

TEST_CASE("in French the table's headers, dates, counts and filters are French") {
    Headless h(1920, 900);
    demo_in(h, "fr");
    h.nav("Table");
    h.record_text(true);
    h.frame(2);
    std::string drawn = h.drawn_text();
    CHECK(drawn.find("60 sur 60 commandes") != std::string::npos);
    CHECK(drawn.find("Échéance") != std::string::npos);
    CHECK(drawn.find("Deadline") == std::string::npos);
    // Dates the French way, never ISO in a cell.
    const atelier::Atelier& a = h.app.store.state();
    CHECK(drawn.find(atelier::local_date(a.orders.front().deadline, atelier::locale_for("fr"))) != std::string::npos);
    for (const auto& r : h.runs.runs)
        if (r.where.rfind("table ", 0) == 0) CHECK_MESSAGE(r.text.find("2026-") == std::string::npos, r.text);
    h.click("Overdue");  // the stable name answers; the chip is in words, named by its EXPR
    h.frame(2);
    CHECK(h.app.prefs.filter == std::vector<std::string>{"overdue"});
    REQUIRE(h.visible("overdue ×"));
    drawn = h.drawn_text();
    CHECK(drawn.find("En retard ×") != std::string::npos);
    h.app.prefs.filter = {"!rush", "payment=unpaid", "due-within=7"};
    h.frame(2);
    drawn = h.drawn_text();
    REQUIRE(h.visible("!rush ×"));
    CHECK(h.find("!rush ×")->label.rfind("pas Urgent ×###", 0) == 0);
    CHECK(drawn.find("pas Urgent ×") != std::string::npos);  // its g's descender cut by the chip, read whole
    CHECK(drawn.find("Paiement : Impayée ×") != std::string::npos);
    CHECK(drawn.find("À rendre sous : 7 jours ×") != std::string::npos);
}

// A client of the demo with orders and measurements and no conflict (its banner's sentence is
// the core's, still English), and one with no orders, if the demo has one.
int client_with(const Headless& h, bool orders) {
    const atelier::Atelier& a = h.app.store.state();
    for (const atelier::Client& c : a.clients) {
        const bool has = std::any_of(a.orders.begin(), a.orders.end(), [&](const auto& o) { return o.client == c.id; });
        if (has == orders && c.conflicts.empty() && (!orders || !c.sessions.empty())) return c.id;
    }
    return 0;
}

TEST_CASE("the clients list, a client page, merging and the new-client form draw every word of their own through the catalogue") {
    for (const float w : {1280.f, 768.f}) {
        CAPTURE(w);
        Headless h(w, 1400);
        atelier::test::open_demo(h.app, 60);
        const int id = client_with(h, true);
        REQUIRE(id > 0);
        h.app.set_language("qps");
        h.frame(2);
        h.nav("Clients");
        h.frame(2);
        REQUIRE(h.app.view == View::clients);
        check_translated(h, "clients list");
        h.fill("Search clients", "zzzz-no-such-client");
        h.frame(2);
        check_translated(h, "clients list, nothing matching", "zzzz-no-such-client");
        h.app.open_client(id);
        h.frame(3);
        check_translated(h, "client page");
        h.fill("Measurement value 1", "abc");
        h.click("Save measurements");
        h.frame(2);
        REQUIRE_FALSE(h.app.views.client.measure_error.empty());
        check_translated(h, "a measurement refused", "abc");
        h.click("Merge into");
        h.frame(2);
        check_translated(h, "merge list", "abc");
        const atelier::Client& other = h.app.store.state().clients.front().id != id ? h.app.store.state().clients.front()
                                                                                     : h.app.store.state().clients.back();
        h.click("Merge into " + other.name);
        h.frame(2);
        h.click("Merge…");
        h.frame(2);
        check_translated(h, "merge confirmation", "abc");
        h.key(256);
        h.frame(2);
        if (const int lone = client_with(h, false)) {
            h.app.open_client(lone);
            h.frame(3);
            h.click("Delete client…");
            h.frame(2);
            check_translated(h, "delete confirmation", "abc");
            h.key(256);
            h.frame(2);
        }
        h.app.new_client();
        h.frame(2);
        check_translated(h, "new client form", "abc");
    }
}

TEST_CASE("in French the clients list and a client page are French, with French dates") {
    Headless h(1280, 1400);
    demo_in(h, "fr", "Clients");
    const atelier::Atelier& a = h.app.store.state();
    const std::string all = std::to_string(a.clients.size());
    std::string drawn = h.drawn_text();
    CHECK(drawn.find(all + " sur " + all + " clients") != std::string::npos);
    CHECK(drawn.find("Téléphone") != std::string::npos);
    CHECK(drawn.find("Phone") == std::string::npos);
    const int id = client_with(h, true);
    REQUIRE(id > 0);
    h.app.open_client(id);
    h.frame(3);
    drawn = h.drawn_text();
    CHECK(drawn.find("Coordonnées") != std::string::npos);
    const atelier::Client& c = *a.client(id);
    CHECK(drawn.find("Séance du " + atelier::local_date(c.sessions.back().date, atelier::locale_for("fr")) + " (actuelle)") !=
          std::string::npos);
    CHECK(h.visible("Save contacts"));  // the stable names still answer
}

TEST_CASE("the new-order form draws every word of its own through the catalogue, a rush order with its tax line too") {
    for (const float w : {1280.f, 768.f}) {
        CAPTURE(w);
        Headless h(w, 1200);
        atelier::test::open_demo(h.app, 60);
        atelier::cmd::AtelierUpdate tax;
        tax.tax_rate_bp = 2000;
        tax.prices_include_tax = false;
        REQUIRE(h.app.dispatch(tax));
        h.app.set_language("qps");
        h.app.new_order();
        h.frame(2);
        check_translated(h, "new order form");
        h.fill("New order/Price", "1000");
        h.click("New order/Rush");
        h.frame(2);
        REQUIRE(h.label_starting("New order tax: + 20.00% tax: the client pays") != "");
        check_translated(h, "new order form, priced and rush", "1000");
    }
}

TEST_CASE("a refusal of the core shows in the device's language while its English stays the CLI's") {
    Headless h(1280, 900);
    atelier::test::open_demo(h.app, 20);
    const int n = plain_order_in_production(h);
    REQUIRE(n > 0);
    h.app.set_language("fr");
    h.frame(2);
    // A payment of nothing: refused by the core.
    REQUIRE_FALSE(h.app.dispatch(atelier::cmd::OrderPay{n, atelier::Money{0}, std::nullopt, "card", ""}));
    const atelier::Problem& why = h.app.refusal();
    REQUIRE(why.said.has_value());
    const std::string french = atelier::words(atelier::Language::fr, *why.said);
    CHECK(french != why.message);  // the English, as the CLI prints it
    REQUIRE_FALSE(h.app.toasts.empty());
    CHECK(h.app.toasts.back().error);
    CHECK(h.app.toasts.back().text.find(french) != std::string::npos);
    CHECK(h.app.toasts.back().text.find(why.message) == std::string::npos);
}

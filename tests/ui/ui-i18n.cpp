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
#include "core/rules/rework.hpp"
#include "core/snapshot/snapshot.hpp"
#include "tests/ui/headless.hpp"
#include "web/ui/i18n.hpp"

using atelier::View;
using atelier::test::Headless;

namespace {

// Each run of two or more ASCII letters in `text`, in order.
std::vector<std::string> ascii_words(std::string_view text) {
    std::vector<std::string> out;
    std::string w;
    for (const char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            w += c;
            continue;
        }
        if (w.size() >= 2) out.push_back(w);
        w.clear();
    }
    if (w.size() >= 2) out.push_back(w);
    return out;
}

// Every string the atelier holds (names, garments, stage names, notes, message texts...): a view
// may draw them in any language.
void collect(const nlohmann::json& j, std::vector<std::string>& out) {
    if (j.is_string()) {
        if (j.get_ref<const std::string&>().size() >= 2) out.push_back(j.get<std::string>());
    } else if (j.is_structured()) {
        for (const auto& v : j) collect(v, out);
    }
}

struct Data {
    std::vector<std::string> strings;  // longest first, so a name is taken out before a part of it
    std::string joined;                // all of them, one per line: a wrapped line is a substring
    std::set<std::string> words;
};

Data data_of(const atelier::Atelier& a, std::string_view typed) {
    Data d;
    collect(atelier::snapshot_to_json(a), d.strings);
    if (typed.size() >= 2) d.strings.emplace_back(typed);
    std::sort(d.strings.begin(), d.strings.end(), [](const auto& x, const auto& y) { return x.size() > y.size(); });
    for (const auto& s : d.strings) {
        d.joined += s + "\n";
        for (auto& w : ascii_words(s)) d.words.insert(w);
    }
    return d;
}

// A word drawn cut short ("Isold…" of "Isolde") is data when a data word starts with it.
bool cut_data_word(const std::set<std::string>& words, const std::string& w) {
    const auto it = words.lower_bound(w);
    return it != words.end() && it->rfind(w, 0) == 0;
}

// The words drawn last frame that are neither the atelier's data nor `typed` (what the test typed),
// each with the line it came from. A line that is part of a data string (a wrapped message) is
// data; otherwise the data strings in it are taken out and every ASCII word left is reported.
std::vector<std::string> words_not_from_catalogue(Headless& h, std::string_view typed = "") {
    const Data data = data_of(h.app.store.state(), typed);
    h.frame(1);
    const std::string all = h.drawn_text();
    std::vector<std::string> found;
    size_t start = 0;
    while (start < all.size()) {
        const size_t end = std::min(all.find('\n', start), all.size());
        const std::string line = all.substr(start, end - start);
        start = end + 1;
        if (data.joined.find(line) != std::string::npos) continue;
        // Cut with "…" where its box ends: the beginning of a data string.
        const std::string_view ellipsis = "…";
        if (line.size() > ellipsis.size() && line.compare(line.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0) {
            const std::string head = line.substr(0, line.size() - ellipsis.size());
            if (data.joined.rfind(head, 0) == 0 || data.joined.find("\n" + head) != std::string::npos) continue;
        }
        std::string rest = line;
        for (const auto& s : data.strings)
            for (size_t at = rest.find(s); at != std::string::npos; at = rest.find(s, at)) rest.replace(at, s.size(), "\t");
        for (const auto& w : ascii_words(rest)) {
            const bool cut = rest.find(w + "…") != std::string::npos;
            if (!(cut && cut_data_word(data.words, w))) found.push_back(w + "   in: " + line);
        }
    }
    return found;
}

void check_translated(Headless& h, const std::string& where, std::string_view typed = "") {
    CAPTURE(where);
    const std::vector<std::string> found = words_not_from_catalogue(h, typed);
    std::string all;
    for (const auto& f : found) all += f + "\n";
    CHECK_MESSAGE(found.empty(), "drawn without the catalogue:\n" << all);
}

}  // namespace

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
        atelier::test::open_demo(h.app, 60);
        h.app.set_language("qps");
        h.frame(2);
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
// The history is left out: its What column names commands by their type ("order.pay").
TEST_CASE("the order page's sections draw every word of their own through the catalogue") {
    for (const float w : {1280.f, 768.f}) {
        CAPTURE(w);
        Headless h(w, 1600);
        atelier::test::open_demo(h.app, 60);
        const int n = plain_order_in_production(h);
        REQUIRE(n > 0);
        REQUIRE(h.app.dispatch(atelier::cmd::OrderPay{n, atelier::Money{1000}, std::nullopt, "card", ""}));
        REQUIRE(h.app.dispatch(atelier::cmd::OrderFitting{n, atelier::test::at(2026, 6, 3, 10, 30), "first", ""}));
        atelier::cmd::OrderImage photo{n, {}};
        photo.image.id = std::string(64, 'a');
        photo.image.thumb = std::string(64, 'b');
        photo.image.type = "image/jpeg";
        photo.image.bytes = 1000;
        photo.image.width = 640;
        photo.image.height = 480;
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

TEST_CASE("first start and the palette draw every word of their own through the catalogue") {
    {
        Headless h(1280, 900);
        h.app.set_language("qps");
        h.frame(2);
        REQUIRE_FALSE(h.app.ready);
        check_translated(h, "first start", h.app.views.start.currency);
        h.fill("Company code", "bf");
        h.click("Create atelier");  // refused: the core's reason is English until refusals are codes
        REQUIRE_FALSE(h.app.ready);
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
    atelier::test::open_demo(h.app, 60);
    h.app.set_language("qps");
    h.frame(2);
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
    atelier::test::open_demo(h.app, 60);
    h.app.set_language("fr-FR");
    h.frame(2);
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

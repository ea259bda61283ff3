// Settings in other languages (docs/i18n.md): the atelier's settings, the fees by stage, people
// and roles, the lock screen, sync and storage drawn in the pseudo language draw no word of their
// own outside the catalogue; the core's refusals stay as the core words them, inside a translated
// sentence. In French the words are French and the widgets still answer to their English names.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/model/atelier.hpp"
#include "core/rules/messages.hpp"
#include "core/i18n/said_text.hpp"
#include "tests/ui/headless.hpp"
#include "tests/ui/i18n_check.hpp"

using atelier::test::Headless;
using atelier::test::i18n::demo_in;
using atelier::test::i18n::words_not_from_catalogue;

namespace {

// The pseudo-language check, where two words are not the catalogue's: the name of the language
// chosen, shown by the Language menu as its own name ("Pseudo", as "Français" in French), and the
// name this device works under (the app's, before anyone is listed).
void check_settings(Headless& h, const std::string& where, std::string_view typed = "") {
    CAPTURE(where);
    std::string all;
    for (const std::string& f : words_not_from_catalogue(h, typed)) {
        const std::string word = f.substr(0, f.find("   in: "));
        if (word == "Pseudo" || word == h.app.who) continue;
        all += f + "\n";
    }
    CHECK_MESSAGE(all.empty(), "drawn without the catalogue:\n" << all);
}

// The first pipeline's first stage without a fee, chosen in the fees' add row.
void choose_first_stage(Headless& h) {
    const atelier::Atelier& a = h.app.store.state();
    const atelier::Pipeline& p = a.pipelines.front();
    const atelier::Stage* free = nullptr;
    for (const atelier::Stage& s : p.stages) {
        bool has = false;
        for (const atelier::StageFee& f : a.profile.stage_fees) has = has || (f.pipeline == p.id && f.stage == s.id);
        if (!has && !free) free = &s;
    }
    REQUIRE(free);
    h.click("Fee pipeline");
    h.frame(1);
    h.click(p.name + "##fee pipeline " + p.id);
    h.frame(1);
    h.click("Fee stage");
    h.frame(1);
    h.click(free->name + "##fee stage " + free->id);
    h.frame(1);
}

}  // namespace

TEST_CASE("Settings draws every word of its own through the catalogue: sections, folded parts, errors") {
    for (const float w : {1280.f, 768.f}) {
        CAPTURE(w);
        Headless h(w, 2400);
        demo_in(h, "qps", "Settings");
        check_settings(h, "settings");

        h.click("Documents");
        h.click("Fitting reminder message");
        h.frame(2);
        // The reminder's preview is the client's message, in the atelier's language (English here).
        const atelier::Profile& prof = h.app.store.state().profile;
        const std::string preview = atelier::preview_message(atelier::default_reminder(atelier::client_locale(prof, nullptr).language),
                                                             prof, nullptr, h.app.today);
        check_settings(h, "documents and reminder open", preview);

        // A typed value outside the range: marked in the catalogue's words, then refused on save by
        // the core, whose reason (a catalogue sentence too) is worded inside the translated "Not saved".
        h.fill("Free cancellation window (hours)", "9000");
        h.frame(2);
        REQUIRE(h.visible("Free cancellation window (hours) out of range"));
        check_settings(h, "a number out of range", preview);
        h.click("Save settings");
        h.frame(2);
        const std::string reason = h.app.refusal().message;
        REQUIRE_FALSE(reason.empty());
        REQUIRE(h.label_starting("Settings error: ") == "Settings error: Free cancellation window (hours): " + reason);
        check_settings(h, "settings not saved", preview);
        h.click("Discard changes");  // the refusal stays shown until the next save
        h.frame(2);

        // The fees by stage, opened, with the view's own refusal of a malformed amount.
        h.click("Cancellation fees by stage");
        h.frame(2);
        check_settings(h, "fees by stage", preview);
        choose_first_stage(h);
        h.click("Fixed amount##fee");
        h.fill("Fee amount", "12,5x");
        h.click("Add fee");
        h.frame(2);
        REQUIRE(h.visible("Fee error: write the amount like 250 or 250.50"));
        check_settings(h, "fee not added", preview);  // what was typed, "12,5x", has no word
    }
}

TEST_CASE("people and roles, a removal asked for, and the lock screen are drawn through the catalogue") {
    for (const float w : {1280.f, 768.f}) {
        CAPTURE(w);
        Headless h(w, 2400);
        demo_in(h, "qps", "Settings");
        h.click("People and roles");
        h.frame(2);
        check_settings(h, "nobody listed");

        h.fill("Your name", "Ana");
        h.click("Start the list");
        h.frame(2);
        h.fill("Name##new person", "Marie");
        h.click("Role##new person");
        h.frame(2);
        check_settings(h, "role menu open", "Marie");
        h.click("Staff##Role##new person 2");
        h.fill("PIN##new person", "12");  // too short: the view's own refusal
        h.click("Add person");
        h.frame(2);
        REQUIRE(h.visible("People error: a PIN is 4 to 12 digits"));
        check_settings(h, "a PIN refused", "Marie");
        h.fill("PIN##new person", "2468");
        h.click("Add person");
        h.frame(2);
        REQUIRE(h.app.store.state().profile.people.size() == 2);
        check_settings(h, "two people listed");

        h.click("Set PIN for Ana");
        h.frame(2);
        check_settings(h, "a new PIN typed");

        h.click("Remove Marie");
        h.frame(2);
        check_settings(h, "removal asked");
        h.key(256);  // Escape: nothing removed
        h.frame(2);
        REQUIRE(h.app.store.state().profile.people.size() == 2);

        h.click("Lock now");
        h.frame(2);
        REQUIRE(h.visible("Locked. Who is working?"));
        check_settings(h, "locked");
        h.click("Marie##unlock");
        h.fill("PIN##unlock", "1111");
        h.click("Unlock as Marie");
        h.frame(2);
        // The app's reason (App::unlock) is its own, inside the translated "Not unlocked".
        const std::string why = h.label_starting("Lock error: ").substr(std::string("Lock error: ").size());
        REQUIRE_FALSE(why.empty());
        check_settings(h, "wrong PIN", why);
    }
}

TEST_CASE("in French, Settings speaks French and its widgets keep their English names") {
    Headless h(1280, 2400);
    demo_in(h, "fr", "Settings");
    h.click("Cancellation fees by stage");
    h.click("People and roles");
    h.frame(2);
    const std::string drawn = h.drawn_text();
    CHECK(drawn.find("Échéances") != std::string::npos);
    CHECK(drawn.find("Règle d’annulation") != std::string::npos);
    CHECK(drawn.find("Frais d’annulation par étape") != std::string::npos);
    CHECK(drawn.find("Personnes et rôles") != std::string::npos);
    CHECK(drawn.find("Stockage sur cet appareil") != std::string::npos);
    CHECK(drawn.find("Télécharger une sauvegarde") != std::string::npos);
    CHECK(drawn.find("Save settings") == std::string::npos);
    CHECK(h.visible("Save settings"));
    CHECK(h.visible("Download backup"));

    // A refusal: the field and the core's reason in French.
    h.fill("Free cancellation window (hours)", "9000");
    h.frame(2);
    CHECK(h.drawn_text().find("doit être compris entre 0 et 8") != std::string::npos);
    h.click("Save settings");
    h.frame(2);
    const std::string reason = h.app.refusal().message;
    CHECK(h.drawn_text().find("Non enregistré : Délai d’annulation gratuite") != std::string::npos);
    REQUIRE(h.app.refusal().said.has_value());
    const std::string french = atelier::words(atelier::Language::fr, *h.app.refusal().said);
    CHECK(french != reason);
    CHECK(h.drawn_text().find(french) != std::string::npos);
    CHECK(h.drawn_text().find(reason) == std::string::npos);
    // The mark stays English for tests and the locator.
    CHECK(h.label_starting("Settings error: ") == "Settings error: Free cancellation window (hours): " + reason);
}

TEST_CASE("what the storage says of this tab is a catalogue sentence: the browser's reason inside stays its own") {
    const auto not_saved = [](Headless& h) {
        h.app.storage.state = atelier::StorageStatus::State::not_saved;
        h.app.storage.said = atelier::say(atelier::Msg::storage_not_saved_retry_in, {{"reason", "QuotaExceededError"}, {"seconds", "4"}});
        h.app.storage.detail = atelier::english(*h.app.storage.said);
        h.frame(2);
    };
    {
        Headless h(1280, 2400);
        demo_in(h, "qps", "Settings");
        not_saved(h);
        check_settings(h, "not saved, retrying", "QuotaExceededError");
    }
    Headless h(1280, 2400);
    demo_in(h, "fr", "Settings");
    not_saved(h);
    CHECK(h.app.storage.detail == "Not saved: QuotaExceededError; retrying in 4 s");
    const std::string drawn = h.drawn_text();
    CHECK(drawn.find("Non enregistré : QuotaExceededError ; nouvel essai dans 4 s") != std::string::npos);
    CHECK(drawn.find("retrying in") == std::string::npos);
}

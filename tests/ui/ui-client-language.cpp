// The atelier's language for its clients and texts in other languages (issue 20): Settings sets the
// language messages and documents are written in; the reminder and a stage's message get a field
// per other language with its own preview; the job card prints in the device's language.
#include <doctest/doctest.h>

#include "core/i18n/catalogue.hpp"
#include "core/i18n/local_format.hpp"
#include "tests/ui/headless.hpp"

using atelier::test::Headless;
namespace cmd = atelier::cmd;

TEST_CASE("Settings: clients and documents in French; the reminder written again in German") {
    Headless h(1280, 1600);
    atelier::test::open_demo(h.app);
    h.frame();
    h.nav("Settings");
    h.frame(2);
    h.click("Documents");
    h.click("Client language");
    h.click("Client language: fr");
    h.click("Save settings");
    REQUIRE(h.app.store.state().profile.language == "fr");
    h.frame(2);
    h.click("Fitting reminder message");
    h.click("Reminder message other languages");
    // French is the atelier's own now: a field for each other language, none for French.
    CHECK(h.visible("Reminder message in de"));
    CHECK(h.visible("Reminder message in en"));
    CHECK_FALSE(h.visible("Reminder message in fr"));
    h.fill("Reminder message in it", "Ciao {cliente}");
    CHECK(h.visible("Reminder message in it error"));
    h.fill("Reminder message in it", "");
    CHECK_FALSE(h.visible("Reminder message in it error"));
    h.fill("Reminder message in de", "Hallo {client}, bis {date} um {time}.");
    CHECK(h.visible("Reminder message in de preview"));
    h.click("Save settings");
    const auto& texts = h.app.store.state().profile.reminder_translations;
    REQUIRE(texts.size() == 1);
    CHECK(texts[0].language == "de");
    CHECK(texts[0].text == "Hallo {client}, bis {date} um {time}.");
    // Back to English: the default choice writes no language.
    h.click("Client language");
    h.click("Client language: en");
    h.click("Save settings");
    CHECK(h.app.store.state().profile.language.empty());
}

TEST_CASE("a stage's message written again for Spanish clients is saved with the pipeline") {
    Headless h(1280, 1000);
    atelier::test::open_demo(h.app);
    h.frame();
    h.nav("Pipelines");
    h.click("Pipeline Tailored suit");
    h.click("Stage Finishing");
    h.click("Message Finishing other languages");
    CHECK_FALSE(h.visible("Message Finishing in en"));  // English is the atelier's own
    h.fill("Message Finishing in es", "Estimado/a {client}, su traje {order} está listo.");
    CHECK(h.visible("Message Finishing in es preview"));
    h.click("Save pipeline");
    const atelier::Pipeline* p = h.app.store.state().pipeline("tailoring");
    REQUIRE(p);
    const atelier::Stage& s = p->stages.back();
    REQUIRE(s.translations.size() == 1);
    CHECK(s.translations[0].language == "es");
    CHECK(s.translations[0].text == "Estimado/a {client}, su traje {order} está listo.");
    CHECK(s.message == "Dear {client}, your suit {order} is ready.");  // the main text unchanged
}

TEST_CASE("the job card prints in the device's language, the quote in the client's") {
    Headless h(1280, 1000);
    atelier::test::open_demo(h.app, 0);
    h.frame();
    const int n = atelier::test::made_order(h, 100000, "Morning coat");
    REQUIRE(h.app.dispatch(cmd::OrderConfirm{n}));
    h.app.set_language("de");
    h.app.open_order(n);
    h.frame(2);
    h.click("Print job card");
    CHECK(h.app.last_document.find("<html lang=\"de\">") != std::string::npos);
    const std::string title = atelier::fill(atelier::text(atelier::Language::de, atelier::Msg::doc_job_card_title),
                                            {{"order", atelier::order_label(h.app.store.state().profile, n)}});
    CHECK(h.app.last_document.find("<h1>" + title + "</h1>") != std::string::npos);
    // The client has no language and the atelier writes English: the quote is English.
    h.click("Print quote");
    CHECK(h.app.last_document.find("<html lang=\"en\">") != std::string::npos);
    const int client = h.app.store.state().order(n)->client;
    cmd::ClientUpdate u;
    u.client = client;
    u.language = "it";
    REQUIRE(h.app.dispatch(u));
    h.frame(2);
    h.click("Print quote");
    CHECK(h.app.last_document.find("<html lang=\"it\">") != std::string::npos);
}

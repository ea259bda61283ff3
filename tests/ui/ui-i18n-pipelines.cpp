// Pipelines, the Import CSV dialog and Reports in other languages (docs/i18n.md): drawn in the
// pseudo language, these views draw no ASCII word of their own outside the catalogue
// (tests/ui/i18n_check.hpp); in French their words are French and the stable English names
// still answer.
//
// The core's own sentences drawn there — what names a stage, an import row's problems, a report's
// title, columns and note — are catalogue sentences too (core/said.hpp): nothing is passed as data
// but what the test typed and the atelier's own names.
#include <doctest/doctest.h>

#include <string>

#include "core/reports/report.hpp"
#include "tests/ui/headless.hpp"
#include "tests/ui/i18n_check.hpp"

using atelier::View;
using atelier::test::Headless;
using atelier::test::i18n::check_translated;
using atelier::test::i18n::demo_in;

namespace {

}  // namespace

TEST_CASE("a new pipeline being edited, its stage and its payment schedule draw every word of their own through the catalogue") {
    for (const float w : {1280.f, 768.f}) {
        CAPTURE(w);
        Headless h(w, 1000);
        demo_in(h, "qps", "Pipelines", 40);
        REQUIRE(h.app.view == View::pipelines);
        // Names of digits only: the ids made from them ("2026", "1234") are no words either.
        h.click("New pipeline");
        h.fill("New pipeline name", "2026");
        h.frame(2);
        check_translated(h, "the new-pipeline form");
        h.click("Create pipeline");
        h.frame(2);
        REQUIRE(h.visible("Unsaved changes"));
        check_translated(h, "a new pipeline, no stages yet");
        h.click("Add stage");
        h.frame(2);
        h.fill("Stage name 1", "1234");
        h.fill("Colour 1234", "#123456");  // the default colour's hex digits read as a word ("EBF")
        h.frame(2);
        REQUIRE(h.visible("Stage 1234"));
        // The schedule: a deposit at order, a balance at handover, over 100% (said by the view).
        h.click("Add share");
        h.frame(1);
        h.click("Add share");
        h.frame(2);
        REQUIRE(h.visible("Share 2 label"));
        REQUIRE(h.visible("Schedule total 110%"));
        check_translated(h, "a stage's settings and a schedule over the total");
    }
}

TEST_CASE("the Import CSV dialog draws every word of its own through the catalogue") {
    for (const float w : {1280.f, 768.f}) {
        CAPTURE(w);
        Headless h(w, 900);
        demo_in(h, "qps", "Table", 40);
        const auto& a = h.app.store.state();
        REQUIRE_FALSE(a.clients.empty());
        REQUIRE_FALSE(a.orders.empty());
        const std::string known = a.clients.front().name, garment = a.orders.front().garment;
        // The file's own cells (headers, values) are what the test typed: the whole file is passed
        // as typed, a cell drawn alone is part of it. The client already in the atelier is offered
        // for merge; the other is new.
        const std::string csv = "Client,Deadline,Garment\n" + known + ",2026-09-01," + garment + "\nΣοφία Παπαδοπούλου,2026-09-02," +
                                garment + "\n";
        h.app.csv_file = csv;
        h.frame(3);
        REQUIRE(h.visible("Import rows"));
        REQUIRE_FALSE(h.label_starting("Import summary: 2 rows").empty());
        check_translated(h, "a file's columns and rows", csv);
        h.click("Cancel##import");
        h.frame(2);
        REQUIRE_FALSE(h.visible("Import rows"));

        // A row with a problem, worded by the core in the catalogue's words.
        const std::string bad = csv + "Ola,31/02/2026," + garment + "\n";
        h.app.csv_file = bad;
        h.frame(3);
        const std::string line = h.label_starting("Import line 4: ");
        REQUIRE_FALSE(line.empty());
        REQUIRE(h.visible("Only rows with problems"));
        check_translated(h, "a file with a row with problems", bad);
    }
}

TEST_CASE("Reports' pickers and a custom period refused by the view draw every word of their own through the catalogue") {
    for (const float w : {1280.f, 768.f}) {
        CAPTURE(w);
        Headless h(w, 900);
        demo_in(h, "qps");
        h.nav("Reports");
        REQUIRE(h.app.view == View::reports);
        h.click("Report period");
        h.click("Period Custom");
        h.fill("From##report", "2026-12-31");
        h.fill("To##report", "2026-01-01");
        h.frame(2);
        // The period ends before it starts: the view says so and draws no report (whose words are
        // the core's).
        REQUIRE(h.visible("Report problem"));
        REQUIRE_FALSE(h.visible("Report title"));
        check_translated(h, "reports, a reversed custom period");
        // Each report itself, over a whole year: its title, columns, totals and note.
        h.fill("From##report", "2026-01-01");
        h.fill("To##report", "2026-12-31");
        for (size_t k = 0; k < atelier::EnumNames<atelier::ReportKind>::names.size(); ++k) {
            const auto kind = static_cast<atelier::ReportKind>(k);
            h.click("Report");
            h.click(atelier::enum_label(kind));
            h.frame(2);
            REQUIRE(h.visible("Report title"));
            check_translated(h, std::string("the report ") + atelier::enum_label(kind));
        }
    }
}

TEST_CASE("in French the pipelines view speaks French and its stable English names still answer") {
    Headless h(1280, 1000);
    demo_in(h, "fr", "Pipelines", 40);
    REQUIRE(h.app.view == View::pipelines);
    std::string drawn = h.drawn_text();
    CHECK(drawn.find("Nouveau circuit") != std::string::npos);
    CHECK(drawn.find("Enregistrer le circuit") != std::string::npos);
    CHECK(drawn.find("Échéancier des nouvelles commandes") != std::string::npos);
    CHECK(drawn.find("Ajouter une étape") != std::string::npos);
    CHECK(drawn.find("Add stage") == std::string::npos);
    // "Add stage" still finds the button: a new stage, named in French.
    h.click("Add stage");
    h.frame(2);
    CHECK(h.visible("Unsaved changes"));
    drawn = h.drawn_text();
    CHECK(drawn.find("Modifications non enregistrées") != std::string::npos);
    CHECK(drawn.find("Nouvelle étape") != std::string::npos);
    // The schedule's shares and what they add up to.
    h.click("Add share");
    h.frame(2);
    drawn = h.drawn_text();
    CHECK(drawn.find(" % du total de la commande") != std::string::npos);
    CHECK(drawn.find("à la commande") != std::string::npos);
}

// The pipelines view: create, rename, reorder by drag and by arrows, stage properties, and the
// core's refusals (stage in use, unknown team) shown where the user acted, with nothing changed.
#include <doctest/doctest.h>

#include "core/commands/command.hpp"
#include "core/json/fields.hpp"
#include "core/rules/stage_uses.hpp"
#include "core/storage/journal_entry.hpp"
#include "tests/ui/headless.hpp"

using atelier::Channel;
using atelier::Pipeline;
using atelier::View;
using atelier::test::Headless;

namespace {

void open_pipelines(Headless& h) {
    atelier::test::open_demo(h.app);
    h.frame();
    h.nav("Pipelines");  // in the top bar's menu on a portrait tablet
    REQUIRE(h.app.view == View::pipelines);
}

const Pipeline& pipeline(Headless& h, const char* id) {
    const Pipeline* p = h.app.store.state().pipeline(id);
    REQUIRE(p);
    return *p;
}

std::vector<std::string> stage_ids(const Pipeline& p) {
    std::vector<std::string> ids;
    for (const auto& s : p.stages) ids.push_back(s.id);
    return ids;
}

int orders_in(Headless& h, const std::string& pipeline, const std::string& stage) {
    int n = 0;
    for (const auto& o : h.app.store.state().orders) n += o.pipeline == pipeline && o.stage == stage;
    return n;
}

}  // namespace

TEST_CASE("a new pipeline from scratch with two stages is saved by one pipeline.put") {
    Headless h;
    open_pipelines(h);
    const size_t before = h.app.store.state().pipelines.size();
    h.click("New pipeline");
    h.fill("New pipeline name", "Robe de soirée");
    h.click("Create pipeline");
    INFO(h.items());
    CHECK(h.visible("Unsaved changes"));
    CHECK(h.app.store.state().pipelines.size() == before);  // a draft until saved
    h.click("Add stage");
    h.fill("Stage name 1", "Draping");
    h.click("Add stage");
    h.fill("Stage name 2", "Hemming");
    h.click("Add stage");
    CHECK(h.visible("Stage New stage 3"));
    h.click("Delete stage New stage 3");  // only in the draft: removed without asking
    CHECK_FALSE(h.app.confirm);
    CHECK_FALSE(h.visible("Stage New stage 3"));
    h.click("Save pipeline");
    REQUIRE(h.app.store.state().pipelines.size() == before + 1);
    const Pipeline& p = pipeline(h, "robe-de-soiree");  // the id follows the name, accents folded
    CHECK(p.name == "Robe de soirée");
    CHECK(stage_ids(p) == std::vector<std::string>{"draping", "hemming"});
    CHECK(p.stages[0].name == "Draping");
    CHECK(p.stages[1].name == "Hemming");
    CHECK_FALSE(h.visible("Unsaved changes"));
    CHECK(h.visible("Pipeline Robe de soirée"));

    // A second one with the same name gets its own id.
    h.click("New pipeline");
    h.fill("New pipeline name", "Robe de soirée");
    h.click("Create pipeline");
    h.click("Add stage");
    h.click("Save pipeline");
    CHECK(h.app.store.state().pipeline("robe-de-soiree-2") != nullptr);
}

TEST_CASE("a new pipeline from a template starts with its stages") {
    Headless h;
    open_pipelines(h);
    h.click("New pipeline");
    h.fill("New pipeline name", "Bridal two");
    h.click("Start from");
    h.click("Bridal couture");
    h.click("Create pipeline");
    h.click("Save pipeline");
    const Pipeline& p = pipeline(h, "bridal-two");
    CHECK(p.stages.size() == 11);
    CHECK(p.name == "Bridal two");
}

TEST_CASE("renaming a pipeline saves the name; discard drops the draft") {
    Headless h;
    open_pipelines(h);
    h.click("Pipeline Tailored suit");
    h.fill("Pipeline name", "Bespoke suit");
    CHECK(h.visible("Unsaved changes"));
    CHECK(pipeline(h, "tailoring").name == "Tailored suit");
    h.click("Save pipeline");
    CHECK(pipeline(h, "tailoring").name == "Bespoke suit");
    CHECK(h.visible("Pipeline Bespoke suit"));

    h.fill("Pipeline name", "Something else");
    h.click("Discard changes");
    CHECK_FALSE(h.visible("Unsaved changes"));
    h.click("Save pipeline");  // disabled: nothing to save
    CHECK(pipeline(h, "tailoring").name == "Bespoke suit");

    // Undo of the save shows the old name again.
    h.click("Undo");
    CHECK(pipeline(h, "tailoring").name == "Tailored suit");
    CHECK(h.visible("Pipeline Tailored suit"));
}

TEST_CASE("dragging a stage row reorders the stages, and so does Move up") {
    Headless h;
    open_pipelines(h);
    h.click("Pipeline Tailored suit");
    REQUIRE(stage_ids(pipeline(h, "tailoring")) ==
            std::vector<std::string>{"measure", "cutting", "sewing", "fitting", "finishing"});
    h.drag("Stage Finishing", "Stage Cutting");
    CHECK(h.visible("Unsaved changes"));
    CHECK(stage_ids(pipeline(h, "tailoring"))[1] == "cutting");  // only the draft changed
    h.click("Save pipeline");
    CHECK(stage_ids(pipeline(h, "tailoring")) ==
          std::vector<std::string>{"measure", "finishing", "cutting", "sewing", "fitting"});

    h.drag("Stage Measure", "Stage Fitting");
    h.click("Move up Sewing");
    h.click("Save pipeline");
    CHECK(stage_ids(pipeline(h, "tailoring")) ==
          std::vector<std::string>{"finishing", "sewing", "cutting", "fitting", "measure"});
    h.click("Move down Finishing");
    h.click("Save pipeline");
    CHECK(stage_ids(pipeline(h, "tailoring"))[0] == "sewing");
}

TEST_CASE("stage flags, days, notification and team are saved") {
    Headless h;
    open_pipelines(h);
    h.click("Pipeline Tailored suit");
    h.click("Stage Cutting");
    const auto before = pipeline(h, "tailoring").stages[1];
    REQUIRE(before.id == "cutting");
    h.click("QC gate Cutting");
    h.click("Photo required Cutting");
    h.click("Optional Cutting");
    h.fill("Expected days Cutting", "4");
    h.click("Team Cutting");
    h.click("Finishing");  // the team combo offers the atelier's teams
    h.click("Notify Cutting");
    h.click("WhatsApp");
    h.fill("Message Cutting", "Hello {client}, {order} is cut ({stage}).");
    h.click("Save pipeline");
    const auto& s = pipeline(h, "tailoring").stages[1];
    INFO(h.items());
    CHECK(s.qc == !before.qc);
    CHECK(s.photo == !before.photo);
    CHECK(s.optional == !before.optional);
    CHECK(s.freezes == before.freezes);
    CHECK(s.days == 4);
    CHECK(s.team == "Finishing");
    CHECK(s.notify == Channel::whatsapp);
    CHECK(s.message == "Hello {client}, {order} is cut ({stage}).");

    h.click("QC gate Cutting");
    h.click("Save pipeline");
    CHECK(pipeline(h, "tailoring").stages[1].qc == before.qc);
}

TEST_CASE("a colour typed as hex is saved as #RRGGBB and round-trips through the colour editor") {
    Headless h;
    open_pipelines(h);
    h.click("Pipeline Tailored suit");
    h.click("Stage Sewing");
    h.fill("Colour Sewing", "#12ab3c");
    h.click("Save pipeline");
    CHECK(pipeline(h, "tailoring").stages[2].colour == "#12AB3C");
    // Reloaded from the state, the colour editor shows it without changing it.
    h.frame(3);
    CHECK_FALSE(h.visible("Unsaved changes"));

    // A colour that is not #RRGGBB is refused by the core, visibly, and nothing changes.
    h.fill("Colour Sewing", "#12AB3");
    h.click("Save pipeline");
    CHECK(pipeline(h, "tailoring").stages[2].colour == "#12AB3C");
    INFO(h.items());
    CHECK(h.label_starting("Not saved: Stage 3 (Sewing)").find("#RRGGBB") != std::string::npos);
}

TEST_CASE("deleting a stage no order is in asks first and, confirmed, the stage is gone") {
    Headless h;
    open_pipelines(h);
    h.click("Pipeline Tailored suit");
    h.click("Add stage");
    h.fill("Stage name 6", "Pressing");
    h.click("Save pipeline");
    REQUIRE(pipeline(h, "tailoring").stages.size() == 6);
    REQUIRE(pipeline(h, "tailoring").stages[5].id == "pressing");

    h.click("Delete stage Pressing");
    REQUIRE(h.app.confirm);
    CHECK(h.app.confirm->text.find("No order is in this stage") != std::string::npos);
    CHECK(pipeline(h, "tailoring").stages.size() == 6);  // nothing yet
    h.click("Keep as it is");
    CHECK_FALSE(h.app.confirm);
    CHECK(pipeline(h, "tailoring").stages.size() == 6);

    h.fill("Pipeline name", "Bespoke suit");  // an unsaved edit goes with the deletion
    h.click("Delete stage Pressing");
    h.click("Please confirm/Delete stage");
    CHECK_FALSE(h.app.confirm);
    CHECK(stage_ids(pipeline(h, "tailoring")) ==
          std::vector<std::string>{"measure", "cutting", "sewing", "fitting", "finishing"});
    CHECK(pipeline(h, "tailoring").name == "Bespoke suit");
    h.frame(2);
    CHECK_FALSE(h.visible("Stage Pressing"));
    CHECK_FALSE(h.visible("Unsaved changes"));  // all of the draft was saved with it
}

TEST_CASE("deleting a stage orders are in is refused with the reason visible, and nothing changes") {
    Headless h;
    open_pipelines(h);
    h.click("Pipeline Tailored suit");
    const int n = orders_in(h, "tailoring", "sewing");
    REQUIRE(n > 0);
    h.click("Stage Sewing");
    CHECK(h.visible(std::to_string(n) + (n == 1 ? " order is" : " orders are") + " in this stage."));
    const auto before = h.app.store.state();
    h.click("Delete stage Sewing");
    REQUIRE(h.app.confirm);
    CHECK(h.app.confirm->text.find(std::to_string(n)) == 0);
    CHECK(h.app.confirm->text.find("the core will refuse") != std::string::npos);
    h.click("Please confirm/Delete stage");
    CHECK(h.app.store.state() == before);
    REQUIRE_FALSE(h.app.toasts.empty());
    CHECK(h.app.toasts.back().error);
    CHECK(h.app.toasts.back().text.find("cannot be removed: it is named by") != std::string::npos);
    INFO(h.items());
    CHECK(h.label_starting("Not deleted: ").find("cannot be removed: it is named by") != std::string::npos);
    CHECK(h.visible("Stage Sewing"));
}

TEST_CASE("a stage naming an unknown team is refused visibly, with a way to Settings") {
    Headless h;
    open_pipelines(h);
    const auto before = h.app.store.state();
    h.click("New pipeline");
    h.fill("New pipeline name", "Quick fixes");
    h.click("Start from");
    h.click("Alterations");  // its team "Alterations" is not one of the demo's teams
    h.click("Create pipeline");
    INFO(h.items());
    CHECK(h.visible("Unknown team Alterations"));
    h.click("Save pipeline");
    CHECK(h.app.store.state() == before);
    CHECK(h.label_starting("Not saved: Stage 1 (Pin & mark): no team \"Alterations\"") != "");
    REQUIRE_FALSE(h.app.toasts.empty());
    CHECK(h.app.toasts.back().error);

    // The hint leads to Settings, and the draft is still there when the user comes back.
    h.click("Open Settings");
    CHECK(h.app.view == View::settings);
    h.click("Pipelines");
    CHECK(h.visible("Unknown team Alterations"));

    // Picking a known team for every stage lets it save.
    for (const char* stage : {"Pin & mark", "Alter", "Press & check"}) {
        h.click(std::string("Stage ") + stage);
        h.click(std::string("Team ") + stage);
        h.click("Sewing");
    }
    CHECK_FALSE(h.visible("Unknown team Alterations"));
    h.click("Save pipeline");
    CHECK(pipeline(h, "quick-fixes").stages[0].team == "Sewing");
    CHECK(pipeline(h, "quick-fixes").stages[2].team == "Sewing");
}

TEST_CASE("a stage id orders refer to is fixed; a new stage's id follows its name") {
    Headless h;
    open_pipelines(h);
    h.click("Pipeline Tailored suit");
    h.click("Stage Sewing");
    REQUIRE(orders_in(h, "tailoring", "sewing") > 0);
    h.fill("Stage id Sewing", "stitching");  // disabled: typing goes nowhere
    CHECK_FALSE(h.visible("Unsaved changes"));
    // Why, from the count pipeline.put checks (core/rules/stage_uses.hpp).
    const auto& a = h.app.store.state();
    const std::string why = "Fixed: named by " + atelier::stage_uses_text(a.profile, atelier::stage_uses(a, "tailoring").at("sewing"));
    CHECK(h.visible(why));
    CHECK(why.find(" orders standing at it") != std::string::npos);
    h.click("Add stage");
    h.fill("Stage name 6", "Final press");
    h.click("Save pipeline");
    CHECK(pipeline(h, "tailoring").stages[5].id == "final-press");
}

TEST_CASE("on a portrait tablet the editor sits under the stages and still works") {
    Headless h(768, 1024);
    open_pipelines(h);
    h.click("Pipeline Tailored suit");
    h.click("Stage Fitting");
    const auto* row = h.find("Stage Fitting");
    const auto* qc = h.find("QC gate Fitting");
    REQUIRE(row);
    REQUIRE(qc);
    CHECK(qc->y0 > row->y1);  // stacked, not side by side
    CHECK(qc->x1 <= 768);
    const bool before = pipeline(h, "tailoring").stages[3].qc;
    h.click("QC gate Fitting");
    h.click("Save pipeline");
    CHECK(pipeline(h, "tailoring").stages[3].qc == !before);
}

TEST_CASE("deleting the only stage says up front that the core will refuse, and nothing changes") {
    Headless h;
    open_pipelines(h);
    h.click("New pipeline");
    h.fill("New pipeline name", "Repairs");
    h.click("Create pipeline");
    h.click("Add stage");
    h.fill("Stage name 1", "Mend");
    h.click("Save pipeline");
    REQUIRE(stage_ids(pipeline(h, "repairs")) == std::vector<std::string>{"mend"});
    h.click("Delete stage Mend");
    REQUIRE(h.app.confirm);
    CHECK(h.app.confirm->text.find("the core will refuse: a pipeline needs at least one stage") != std::string::npos);
    h.click("Please confirm/Delete stage");
    CHECK(stage_ids(pipeline(h, "repairs")) == std::vector<std::string>{"mend"});
    CHECK(h.label_starting("Not deleted: ").find("at least one stage") != std::string::npos);
}

TEST_CASE("a stage id change pipeline.put refuses (the id is in use) is shown beside Save, and nothing changes") {
    Headless h;
    open_pipelines(h);
    h.click("Pipeline Tailored suit");
    h.click("Stage Sewing");
    // A draft made before the stage came into use: the id was free to edit then (here: set directly).
    const auto before = h.app.store.state();
    Pipeline renamed = pipeline(h, "tailoring");
    const size_t at = static_cast<size_t>(atelier::stage_index(renamed, "sewing"));
    renamed.stages[at].id = "stitching";
    REQUIRE_FALSE(h.app.dispatch(atelier::cmd::PipelinePut{renamed}));
    CHECK(h.app.refusal().path == "/pipeline/stages/" + std::to_string(at) + "/id");
    CHECK(h.app.refusal().message.rfind("stage id \"sewing\" cannot change to \"stitching\": it is named by ", 0) == 0);
    CHECK(h.app.store.state() == before);
    REQUIRE_FALSE(h.app.toasts.empty());
    CHECK(h.app.toasts.back().text.find("cannot change to \"stitching\"") != std::string::npos);
}

TEST_CASE("a saved pipeline is sent with the pipeline as the draft started from, so another device's stage edit is kept") {
    Headless h;
    open_pipelines(h);
    std::vector<nlohmann::json> journal;
    h.app.on_journal = [&](const nlohmann::json& e) { journal.push_back(e); };
    h.click("Pipeline Tailored suit");
    const Pipeline before = pipeline(h, "tailoring");
    h.fill("Pipeline name", "Bespoke suit");
    const atelier::Atelier before_save = h.app.store.state();
    h.click("Save pipeline");
    REQUIRE(!journal.empty());
    const nlohmann::json c = journal.back()["command"];
    CHECK(c["type"] == "pipeline.put");
    CHECK(c["pipeline"]["name"] == "Bespoke suit");
    CHECK(c["from"] == atelier::write_value(before));
    // The same entry met after another device renamed a stage keeps that stage's new name.
    Pipeline edited = before;
    edited.stages.front().name = "Measuring";
    atelier::Store tablet(before_save);
    const atelier::Context ctx{"sofia", *atelier::parse_datetime("2026-03-02T09:30"), "tablet", 0};
    REQUIRE(tablet.dispatch(atelier::cmd::PipelinePut{edited, before}, ctx).ok);
    atelier::Problems problems;
    const auto entry = atelier::entry_from_json(journal.back(), problems);
    REQUIRE(entry);
    REQUIRE(atelier::apply_entry(tablet, *entry, problems));
    CHECK(tablet.state().pipeline("tailoring")->name == "Bespoke suit");
    CHECK(tablet.state().pipeline("tailoring")->stages.front().name == "Measuring");
}

TEST_CASE("unsaved edits survive another device's pipeline change arriving: it shows in the stages left alone, Save keeps both") {
    Headless h;
    open_pipelines(h);
    h.click("Pipeline Tailored suit");
    const Pipeline before = pipeline(h, "tailoring");
    REQUIRE(before.stages.size() >= 2);
    h.fill("Pipeline name", "Bespoke suit");  // typed, not saved
    // The tablet renames the second stage; its entry arrives while the draft is open.
    Pipeline edited = before;
    edited.stages[1].name = "Basting";
    const atelier::Context tablet{"sofia", h.app.now, "tablet-2", 0};
    REQUIRE(h.app.store.dispatch(atelier::cmd::PipelinePut{edited, before}, tablet).ok);
    h.frame(2);
    CHECK(h.visible("Unsaved changes"));
    CHECK(h.app.views.pipelines.d.p.name == "Bespoke suit");          // typed: kept
    CHECK(h.app.views.pipelines.d.p.stages[1].name == "Basting");     // left alone: follows
    h.click("Save pipeline");
    h.frame(2);
    CHECK(pipeline(h, "tailoring").name == "Bespoke suit");
    CHECK(pipeline(h, "tailoring").stages[1].name == "Basting");
    CHECK_FALSE(h.visible("Unsaved changes"));
}

TEST_CASE("a new pipeline being typed is not dropped when another device's entry arrives") {
    Headless h;
    open_pipelines(h);
    h.click("New pipeline");
    h.fill("New pipeline name", "Robe de soirée");
    h.click("Create pipeline");
    h.click("Add stage");
    h.fill("Stage name 1", "Draping");
    const atelier::Context tablet{"sofia", h.app.now, "tablet-2", 0};
    atelier::cmd::AtelierUpdate u;
    u.buffer_days = 4;
    REQUIRE(h.app.store.dispatch(u, tablet).ok);
    h.frame(2);
    CHECK(h.app.views.pipelines.d.is_new);
    REQUIRE(h.app.views.pipelines.d.p.stages.size() == 1);
    h.click("Save pipeline");
    h.frame(2);
    const Pipeline* saved = nullptr;
    for (const auto& p : h.app.store.state().pipelines)
        if (p.name == "Robe de soirée") saved = &p;
    REQUIRE(saved);
    CHECK(saved->stages.front().name == "Draping");
    CHECK_FALSE(h.app.views.pipelines.d.is_new);
    CHECK_FALSE(h.visible("Unsaved changes"));
}

TEST_CASE("the same stage saved on two devices: the banner keeps the other stage, Restore puts it back, the Conflicts list leads here") {
    Headless h;
    open_pipelines(h);
    h.click("Pipeline Tailored suit");
    const Pipeline before = pipeline(h, "tailoring");
    const std::string first = before.stages[0].id;
    h.fill("Stage name 1", "Measuring");  // typed here
    Pipeline theirs = before;               // and on the tablet, the same stage
    theirs.stages[0].name = "Taking measures";
    const atelier::Context tablet{"sofia", h.app.now, "tablet-2", 0};
    REQUIRE(h.app.store.dispatch(atelier::cmd::PipelinePut{theirs, before}, tablet).ok);
    h.frame(2);
    CHECK(h.app.views.pipelines.d.p.stages[0].name == "Measuring");  // the typed value stays in the draft
    h.click("Save pipeline");
    h.frame(2);
    CHECK(pipeline(h, "tailoring").stages[0].name == "Measuring");
    REQUIRE(pipeline(h, "tailoring").conflicts.size() == 1);
    CHECK(h.visible("Conflict banner"));
    CHECK(h.visible("Conflicts"));  // the top bar's count
    // From the Conflicts list in Settings, "Open" comes back here.
    h.click("Conflicts");
    h.frame(2);
    REQUIRE(h.app.view == View::settings);
    h.click("Open Pipeline Tailored suit");
    h.frame(2);
    REQUIRE(h.app.view == View::pipelines);
    h.click("Restore stages/" + first);
    h.frame(2);
    CHECK(pipeline(h, "tailoring").stages[0].name == "Taking measures");
    CHECK(pipeline(h, "tailoring").conflicts[0].state == atelier::ConflictState::restored);
    CHECK_FALSE(h.visible("Conflict banner"));
    CHECK(h.app.views.pipelines.d.p.stages[0].name == "Taking measures");
    CHECK_FALSE(h.visible("Unsaved changes"));
}

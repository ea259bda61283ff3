// Production through the real view (issue 18): a style made and taken to Production Ready, its bill
// of materials, a production order from the matrix, a release refused before Production Ready with
// the core's reason, released after, a batch through every stage, completion, the materials summary
// and its CSV; the top bar shows Production once the atelier has a style.
#include <doctest/doctest.h>

#include "core/production/materials.hpp"
#include "core/production/rules.hpp"
#include "tests/ui/headless.hpp"

using atelier::View;
using atelier::test::Headless;
namespace cmd = atelier::cmd;

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
}

// A stage anything names keeps its id and its place (core/rules/stage_uses.hpp): pipeline.put
// refuses to change the id or to remove the stage, saying what names it and which orders.
#include "fixture.hpp"

#include "core/rules/stage_uses.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {
// The bridal pipeline of the fixture with stage `i`'s id replaced by `id`.
cmd::PipelinePut bridal_with_id(const Atelier& a, size_t i, const char* id) {
    Pipeline p = *a.pipeline("bridal");
    p.stages.at(i).id = id;
    return cmd::PipelinePut{p};
}
}  // namespace

TEST_CASE("stage uses: orders standing at it, milestones, photos, log entries and fees, with the orders named") {
    Fixture f;
    f.to_finishing();  // order 1: photo at cutting, QC log at fitting, skip log at embroidery, standing at finishing
    f.ok(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-06-01","garment":"Bis","price":1000})");
    f.ok(R"({"type":"order.schedule","order":2,"milestones":[{"label":"Deposit","when":"order","amount":500},{"label":"At fitting","when":"fitting","amount":500}]})");
    f.ok(R"({"type":"atelier.update","stage_fees":[{"pipeline":"bridal","stage":"fitting","percent":60}]})");
    const auto uses = stage_uses(f.a(), "bridal");
    const StageUses& design = uses.at("design");  // order 2, a draft, stands at the first stage
    CHECK(design.orders == 1);
    CHECK(design.naming == 1);
    CHECK(design.first[0] == 2);
    CHECK(uses.at("cutting").images == 1);
    CHECK(uses.at("cutting").logs == 0);
    CHECK(uses.at("fitting").logs == 1);  // the QC pass
    CHECK(uses.at("fitting").milestones == 1);
    CHECK(uses.at("fitting").fees == 1);
    CHECK(uses.at("fitting").naming == 2);  // orders 1 and 2 (the fee names no order)
    CHECK(uses.at("embroidery").logs == 1);
    CHECK(uses.at("finishing").orders == 1);
    CHECK_FALSE(uses.count("order"));  // milestone moments are not stages
    CHECK(stage_uses(f.a(), "no-such-pipeline").empty());

    CHECK(stage_uses_text(f.a().profile, uses.at("fitting")) ==
          "1 payment milestone, 1 production log entry and 1 cancellation fee (orders 1-BFG, 2-BFG)");
    CHECK(stage_uses_text(f.a().profile, uses.at("cutting")) == "1 photo (order 1-BFG)");
    CHECK(stage_uses_text(f.a().profile, StageUses{}) == "");
    StageUses many;
    many.orders = 5;
    many.naming = 5;
    many.first = {10, 11, 12};
    CHECK(stage_uses_text(f.a().profile, many) == "5 orders standing at it (orders 10-BFG, 11-BFG, 12-BFG and 2 more)");
    CHECK_FALSE(stage_in_use_refusal(f.a().profile, "x", StageUses{}));
}

TEST_CASE("pipeline.put refuses to change a stage id in use, naming what uses it; an unused id may change") {
    Fixture f;
    f.start_production();  // order 1 stands at design
    const Atelier before = f.a();
    Result r = f.store.dispatch(bridal_with_id(f.a(), 0, "sketch"), f.ctx);
    REQUIRE_FALSE(r.ok);
    CHECK(r.error == Problem{"/pipeline/stages/0/id",
                             "stage id \"design\" cannot change to \"sketch\": it is named by 1 order standing at it (order 1-BFG)"});
    CHECK(f.a() == before);

    // Embroidery: nothing names it yet, so its id may change.
    r = f.store.dispatch(bridal_with_id(f.a(), 3, "beading"), f.ctx);
    INFO(r.error);
    CHECK(r.ok);
    CHECK(f.a().pipeline("bridal")->stages[3].id == "beading");
}

TEST_CASE("pipeline.put refuses to change the id of a stage only a log entry or a photo names") {
    Fixture f;
    f.to_finishing();
    Result r = f.store.dispatch(bridal_with_id(f.a(), 1, "cut"), f.ctx);
    REQUIRE_FALSE(r.ok);
    CHECK(r.error.message == "stage id \"cutting\" cannot change to \"cut\": it is named by 1 photo (order 1-BFG)");
    r = f.store.dispatch(bridal_with_id(f.a(), 3, "beading"), f.ctx);
    REQUIRE_FALSE(r.ok);
    CHECK(r.error.message == "stage id \"embroidery\" cannot change to \"beading\": it is named by 1 production log entry (order 1-BFG)");
    // Removing it instead (one stage fewer) says so.
    Pipeline p = *f.a().pipeline("bridal");
    p.stages.erase(p.stages.begin() + 3);
    r = f.store.dispatch(cmd::PipelinePut{p}, f.ctx);
    REQUIRE_FALSE(r.ok);
    CHECK(r.error == Problem{"/pipeline/stages", "stage \"embroidery\" cannot be removed: it is named by 1 production log entry (order 1-BFG)"});
}

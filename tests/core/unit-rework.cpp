// order.rework (issue 16): an order in production sent back to an earlier stage with a reason —
// logged, undoable, measurements and milestones as docs/commands.md says, then forward again.
#include "core/rules/rework.hpp"
#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

// Order 1 at Fitting (QC stage), cut (frozen), in progress, QC failed.
void at_fitting_qc_failed(Fixture& f) {
    f.start_production();
    f.ok(R"({"type":"order.advance","order":1})");  // design
    f.ok(R"({"type":"order.image","order":1,"image":{"id":"1111111111111111111111111111111111111111111111111111111111111111","thumb":"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","type":"image/jpeg","bytes":120000,"width":1536,"height":2048,"stage":"cutting"}})");
    f.ok(R"({"type":"order.advance","order":1})");  // cutting: freezes
    f.ok(R"({"type":"order.qc","order":1,"pass":false,"note":"hem uneven"})");
}

}  // namespace

TEST_CASE("a QC fail sends the order back: the stage becomes current, not started, QC reset, logged with from, to and reason") {
    Fixture f;
    at_fitting_qc_failed(f);
    f.ctx = Context{"jonas", at("2026-03-05T11:00")};
    const Result r = f.ok(R"({"type":"order.rework","order":1,"stage":"cutting","kind":"qc_fail","reason":"hem uneven: recut the back panel"})");
    const Order& o = f.order(1);
    CHECK(o.stage == "cutting");
    CHECK(o.stage_status == StageStatus::not_started);
    CHECK(o.qc == Qc::none);
    CHECK(o.status == Status::in_production);
    REQUIRE_FALSE(o.log.empty());
    CHECK(o.log.back() == LogEntry{Event::rework, "cutting", at("2026-03-05T11:00"), "hem uneven: recut the back panel", {}, "fitting",
                                   ReworkKind::qc_fail});
    CHECK(write_value(o.log.back()) == nlohmann::json::parse(R"({"event":"rework","stage":"cutting","at":"2026-03-05T11:00",
        "note":"hem uneven: recut the back panel","from":"fitting","rework":"qc_fail"})"));
    CHECK(o.history.back().what == "order.rework");
    CHECK(o.history.back().who == "jonas");
    // Cutting is redone: the measurements are unfrozen and freeze again there.
    CHECK_FALSE(o.frozen_on);
    CHECK(o.frozen.empty());
    CHECK(std::find(r.effects.begin(), r.effects.end(), Effect{Notice{"measurements unfrozen: they freeze again at \"Cutting\""}}) !=
          r.effects.end());
    CHECK(std::find(r.effects.begin(), r.effects.end(), Effect{Notice{"order 1-BFG sent back to \"Cutting\""}}) != r.effects.end());
}

TEST_CASE("going back to a stage after the cut keeps the measurements frozen: the garment was cut from them") {
    Fixture f;
    at_fitting_qc_failed(f);
    f.ok(R"({"type":"order.qc","order":1,"pass":true})");
    f.ok(R"({"type":"order.advance","order":1})");  // fitting -> embroidery
    const auto frozen = f.order(1).frozen;
    const auto frozen_on = f.order(1).frozen_on;
    REQUIRE(frozen_on);
    f.ok(R"({"type":"order.rework","order":1,"stage":"fitting","kind":"client_change","reason":"lower the neckline"})");
    CHECK(f.order(1).frozen_on == frozen_on);
    CHECK(f.order(1).frozen == frozen);
    CHECK(f.order(1).log.back().from == "embroidery");
    CHECK(f.order(1).log.back().rework == ReworkKind::client_change);
}

TEST_CASE("unfrozen measurements freeze again, from the values of that day, when the freezing stage is redone") {
    Fixture f;
    at_fitting_qc_failed(f);
    f.ok(R"({"type":"order.rework","order":1,"stage":"design","kind":"client_change","reason":"new neckline"})");
    f.ok(R"({"type":"client.measure","client":1,"date":"2026-03-01","values":[{"name":"bust","value":"90cm"},{"name":"waist","value":"70cm"}]})");
    f.ok(R"({"type":"order.advance","order":1})");      // design again
    f.ok(R"({"type":"order.stage_start","order":1})");  // cutting again: freezes
    REQUIRE(f.order(1).frozen_on);
    CHECK(f.order(1).frozen.front().value == *parse_length("90cm"));
}

TEST_CASE("refusals: not in production, unknown stage, not earlier, empty reason, and nothing changes") {
    Fixture f;
    CHECK(f.refusal(R"({"type":"order.rework","order":1,"stage":"design","kind":"other","reason":"x"})") ==
          "/order: order 1-BFG is not in production (it is draft): only an order in production can be sent back");
    at_fitting_qc_failed(f);
    const std::string before = content_snapshot(f.a());
    CHECK(f.refusal(R"({"type":"order.rework","order":1,"stage":"sewing","kind":"other","reason":"x"})") ==
          "/stage: no stage \"sewing\" in pipeline \"bridal\"");
    CHECK(f.refusal(R"({"type":"order.rework","order":1,"stage":"fitting","kind":"other","reason":"x"})") ==
          "/stage: order 1-BFG is at \"Fitting\": it can only be sent back to an earlier stage, not to \"Fitting\"");
    CHECK(f.refusal(R"({"type":"order.rework","order":1,"stage":"finishing","kind":"other","reason":"x"})") ==
          "/stage: order 1-BFG is at \"Fitting\": it can only be sent back to an earlier stage, not to \"Finishing\"");
    CHECK(f.refusal(R"({"type":"order.rework","order":1,"stage":"design","kind":"other","reason":"  "})") ==
          "/reason: say why the order goes back (what is to be redone)");
    CHECK(f.refusal(R"({"type":"order.rework","order":9,"stage":"design","kind":"other","reason":"x"})") == "/order: no order 9");
    CHECK(content_snapshot(f.a()) == before);
    Problems p;
    CHECK_FALSE(command_from_json(nlohmann::json::parse(R"({"type":"order.rework","order":1,"stage":"design","kind":"whim","reason":"x"})"), p));
    CHECK_FALSE(command_from_json(nlohmann::json::parse(R"({"type":"order.rework","order":1,"stage":"design","kind":"other"})"), p));
}

TEST_CASE("the command's JSON both ways") {
    const char* text = R"({"type":"order.rework","order":12,"stage":"sewing","kind":"qc_fail","reason":"hem uneven"})";
    const Command c = parse_command(text);
    CHECK(c == Command{cmd::OrderRework{12, "sewing", ReworkKind::qc_fail, "hem uneven"}});
    CHECK(command_to_json(c) == nlohmann::json::parse(text));
}

TEST_CASE("a finished order can be sent back to any stage, its last one included, and is logged as from handover") {
    Fixture f;
    f.to_finishing();
    f.ok(R"({"type":"order.advance","order":1})");  // finishing: production finished
    REQUIRE(production_finished(f.a(), f.order(1)));
    CHECK(rework_targets(f.a(), f.order(1)).size() == 5);
    f.ok(R"({"type":"order.rework","order":1,"stage":"finishing","kind":"client_change","reason":"shorten the sleeves"})");
    CHECK(f.order(1).log.back().from == "handover");
    CHECK(f.order(1).stage == "finishing");
    CHECK(f.order(1).stage_status == StageStatus::not_started);
    CHECK_FALSE(f.run(R"({"type":"order.collect","order":1})").ok);  // production is no longer finished
}

TEST_CASE("undo puts the order back where it was; redo sends it back again") {
    Fixture f;
    at_fitting_qc_failed(f);
    const std::string before = undone_snapshot(f.a());
    f.ok(R"({"type":"order.rework","order":1,"stage":"cutting","kind":"qc_fail","reason":"recut"})");
    const std::string after = undone_snapshot(f.a());
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(undone_snapshot(f.a()) == before);
    CHECK(f.order(1).stage == "fitting");
    CHECK(f.order(1).qc == Qc::fail);
    CHECK(f.order(1).frozen_on);
    REQUIRE(f.store.redo(f.ctx).ok);
    CHECK(undone_snapshot(f.a()) == after);
}

TEST_CASE("forward, back, forward again reaches the end; the Rework badge stays until the stage it left is passed") {
    Fixture f;
    at_fitting_qc_failed(f);
    CHECK(open_rework(f.a(), f.order(1)) == nullptr);
    f.ok(R"({"type":"order.rework","order":1,"stage":"cutting","kind":"qc_fail","reason":"hem uneven"})");
    REQUIRE(open_rework(f.a(), f.order(1)));
    CHECK(rework_badge(*open_rework(f.a(), f.order(1))) == "Rework: hem uneven");
    f.ok(R"({"type":"order.advance","order":1})");  // cutting again (its photo is there)
    CHECK(open_rework(f.a(), f.order(1)));          // at fitting, not yet passed
    CHECK_FALSE(f.run(R"({"type":"order.advance","order":1})").ok);  // the QC was reset: a pass is needed again
    f.ok(R"({"type":"order.qc","order":1,"pass":true})");
    f.ok(R"({"type":"order.advance","order":1})");  // fitting passed
    CHECK(open_rework(f.a(), f.order(1)) == nullptr);
    f.ok(R"({"type":"order.move_to","order":1,"stage":"finishing","note":"no embroidery"})");
    f.ok(R"({"type":"order.advance","order":1})");
    CHECK(production_finished(f.a(), f.order(1)));
    f.ok(R"({"type":"order.pay","order":1,"amount":300000})");
    f.ok(R"({"type":"order.collect","order":1})");
    CHECK(f.order(1).status == Status::collected);
}

TEST_CASE("a payment milestone already reached stays due after a send-back; one not reached is not") {
    Fixture f;
    f.ok(R"({"type":"order.schedule","order":1,"milestones":[{"label":"Fitting","when":"fitting","amount":100000},{"label":"Finishing","when":"finishing","amount":50000}]})");
    at_fitting_qc_failed(f);
    CHECK(due_now(f.a(), f.order(1)) == Money{100000});
    f.ok(R"({"type":"order.rework","order":1,"stage":"design","kind":"client_change","reason":"new neckline"})");
    CHECK(due_now(f.a(), f.order(1)) == Money{100000});  // money asked for is not un-asked
}

TEST_CASE("the handover milestone of a finished order stays due when it is sent back") {
    Fixture f;
    f.ok(R"({"type":"order.schedule","order":1,"milestones":[{"label":"Balance","when":"handover","amount":300000}]})");
    f.to_finishing();
    f.ok(R"({"type":"order.advance","order":1})");
    CHECK(due_now(f.a(), f.order(1)) == Money{300000});
    f.ok(R"({"type":"order.rework","order":1,"stage":"fitting","kind":"qc_fail","reason":"stain on the skirt"})");
    CHECK(due_now(f.a(), f.order(1)) == Money{300000});
}

TEST_CASE("the stage a send-back left is a use of that stage: the pipeline cannot drop it") {
    Fixture f;
    at_fitting_qc_failed(f);
    f.ok(R"({"type":"order.qc","order":1,"pass":true})");
    f.ok(R"({"type":"order.advance","order":1})");  // at embroidery
    f.ok(R"({"type":"order.rework","order":1,"stage":"fitting","kind":"other","reason":"beading loose"})");
    f.ok(R"({"type":"order.qc","order":1,"pass":true})");
    f.ok(R"({"type":"order.advance","order":1})");  // at embroidery again, the log names it as `from`
    f.ok(R"({"type":"order.skip","order":1,"note":"none"})");
    // Embroidery is named by the skip and by the send-back's `from`.
    const Result r = f.run(R"({"type":"pipeline.put","pipeline":{"id":"bridal","name":"Bridal","stages":[
        {"id":"design","name":"Design"},{"id":"cutting","name":"Cutting","team":"Cutting","freezes":true,"photo":true},
        {"id":"fitting","name":"Fitting","qc":true},
        {"id":"finishing","name":"Finishing","notify":"email","message":"Dear {client}, {order} is ready."}]}})");
    CHECK_FALSE(r.ok);
    CHECK(r.error.message.find("2 production log entries") != std::string::npos);
}

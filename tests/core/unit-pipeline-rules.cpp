#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("a Draft order cannot enter production; a confirmed one can and gets its WIP start date") {
    Fixture f;
    Result r = f.run(R"({"type":"order.start","order":1})");
    CHECK_FALSE(r.ok);
    CHECK(r.error.message.find("a Draft order cannot enter production") != std::string::npos);
    CHECK(f.order(1).status == Status::draft);
    f.ok(R"({"type":"order.confirm","order":1})");
    CHECK(f.order(1).status == Status::confirmed);
    CHECK(f.run(R"({"type":"order.confirm","order":1})").error.path == "/order");
    f.ok(R"({"type":"order.start","order":1})");
    CHECK(f.order(1).status == Status::in_production);
    CHECK(f.order(1).wip_start == day("2026-03-01"));
    CHECK(f.order(1).stage_status == StageStatus::in_progress);
}

TEST_CASE("stage status: not started, in progress, done") {
    Fixture f;
    f.start_production();
    f.ok(R"({"type":"order.advance","order":1})");
    CHECK(f.order(1).stage == "cutting");
    CHECK(f.order(1).stage_status == StageStatus::not_started);
    f.ok(R"({"type":"order.stage_start","order":1})");
    CHECK(f.order(1).stage_status == StageStatus::in_progress);
    CHECK(f.run(R"({"type":"order.stage_start","order":1})").error.path == "/order");
}

TEST_CASE("a photo-required stage cannot be done without a photo") {
    Fixture f;
    f.start_production();
    f.ok(R"({"type":"order.advance","order":1})");
    Result r = f.run(R"({"type":"order.advance","order":1})");
    CHECK_FALSE(r.ok);
    CHECK(r.error.message == "stage \"Cutting\" cannot be done without a photo");
    f.ok(R"({"type":"order.image","order":1,"image":{"id":"1111111111111111111111111111111111111111111111111111111111111111","thumb":"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","type":"image/jpeg","bytes":120000,"width":1536,"height":2048,"caption":"panels","stage":"cutting"}})");
    f.ok(R"({"type":"order.advance","order":1})");
    CHECK(f.order(1).stage == "fitting");
}

TEST_CASE("images: duplicate ids and unknown stages are refused") {
    Fixture f;
    f.ok(R"({"type":"order.image","order":1,"image":{"id":"1111111111111111111111111111111111111111111111111111111111111111","thumb":"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","type":"image/jpeg","bytes":120000,"width":1536,"height":2048,"caption":"sketch"}})");
    CHECK(f.run(R"({"type":"order.image","order":1,"image":{"id":"1111111111111111111111111111111111111111111111111111111111111111","thumb":"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","type":"image/jpeg","bytes":120000,"width":1536,"height":2048}})").error.path == "/image/id");
    CHECK(f.run(R"({"type":"order.image","order":1,"image":{"id":"2222222222222222222222222222222222222222222222222222222222222222","thumb":"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","type":"image/jpeg","bytes":120000,"width":1536,"height":2048,"stage":"moon"}})").error.path == "/image/stage");
}

TEST_CASE("a requires-QC stage cannot be left without a QC pass; a fail is recorded with a note and blocks") {
    Fixture f;
    f.start_production();
    f.ok(R"({"type":"order.advance","order":1})");
    f.ok(R"({"type":"order.image","order":1,"image":{"id":"1111111111111111111111111111111111111111111111111111111111111111","thumb":"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","type":"image/jpeg","bytes":120000,"width":1536,"height":2048,"stage":"cutting"}})");
    f.ok(R"({"type":"order.advance","order":1})");
    CHECK(f.order(1).stage == "fitting");
    CHECK(f.run(R"({"type":"order.advance","order":1})").error.message ==
          "stage \"Fitting\" requires a QC pass before it can be left");
    CHECK(f.run(R"({"type":"order.qc","order":1,"pass":false})").error.path == "/note");
    f.ok(R"({"type":"order.qc","order":1,"pass":false,"note":"hem uneven"})");
    CHECK(f.order(1).log.back() == LogEntry{Event::qc_fail, "fitting", f.ctx.now, "hem uneven", {}});
    CHECK(f.run(R"({"type":"order.advance","order":1})").error.message ==
          "stage \"Fitting\" requires a QC pass before it can be left (last QC failed: hem uneven)");
    f.ok(R"({"type":"order.qc","order":1,"pass":true})");
    f.ok(R"({"type":"order.advance","order":1})");
    CHECK(f.order(1).stage == "embroidery");
    CHECK(f.order(1).qc == Qc::none);
}

TEST_CASE("QC on a stage that does not require it is refused") {
    Fixture f;
    f.start_production();
    CHECK(f.run(R"({"type":"order.qc","order":1,"pass":true})").error.message == "stage \"design\" does not require QC");
}

TEST_CASE("optional stages may be skipped (recorded); others may not") {
    Fixture f;
    f.start_production();
    CHECK(f.run(R"({"type":"order.skip","order":1})").error.message == "stage \"Design\" is not optional and cannot be skipped");
}

TEST_CASE("skipping an optional stage moves on and logs it") {
    Fixture g;
    g.to_finishing();
    CHECK(g.order(1).stage == "finishing");
    const auto& log = g.order(1).log;
    REQUIRE(log.size() == 2);
    CHECK(log[1].event == Event::skipped);
    CHECK(log[1].stage == "embroidery");
    CHECK(log[1].note == "no embroidery");
}

TEST_CASE("completing a notify stage puts a message in the outbox and returns it as an effect") {
    Fixture f;
    f.to_finishing();
    Result r = f.ok(R"({"type":"order.advance","order":1})");
    const Order& o = f.order(1);
    REQUIRE(o.outbox.size() == 1);
    CHECK(o.outbox[0].channel == Channel::email);
    CHECK(o.outbox[0].to == "lea@example.com");
    CHECK(o.outbox[0].text == "Dear Léa Dubois, 1-BFG is ready.");
    bool sent = false;
    for (const auto& e : r.effects)
        if (auto* m = std::get_if<SendMessage>(&e)) sent = m->order == 1 && m->message == o.outbox[0];
    CHECK(sent);
    CHECK(o.stage_status == StageStatus::done);
    CHECK(f.run(R"({"type":"order.advance","order":1})").error.message.find("production is finished") != std::string::npos);
}

TEST_CASE("advancing a non-notify stage sends nothing") {
    Fixture f;
    f.start_production();
    Result r = f.ok(R"({"type":"order.advance","order":1})");
    for (const auto& e : r.effects) CHECK_FALSE(std::holds_alternative<SendMessage>(e));
    CHECK(f.order(1).outbox.empty());
}

TEST_CASE("pipeline.put validates stages and will not strand an order") {
    Fixture f;
    CHECK(f.run(R"({"type":"pipeline.put","pipeline":{"id":"x","name":"X","stages":[]}})").error.path == "/pipeline/stages");
    CHECK(f.run(R"({"type":"pipeline.put","pipeline":{"id":"Bad Id","name":"X","stages":[{"id":"a","name":"A"}]}})").error.path == "/pipeline/id");
    CHECK(f.run(R"({"type":"pipeline.put","pipeline":{"id":"x","name":"X","stages":[{"id":"a","name":"A"},{"id":"a","name":"B"}]}})").error.path == "/pipeline/stages/1/id");
    CHECK(f.run(R"({"type":"pipeline.put","pipeline":{"id":"x","name":"X","stages":[{"id":"a","name":"A","colour":"red"}]}})").error.path == "/pipeline/stages/0/colour");
    CHECK(f.run(R"({"type":"pipeline.put","pipeline":{"id":"x","name":"X","stages":[{"id":"a","name":"A","notify":"whatsapp"}]}})").error.path == "/pipeline/stages/0/message");
    CHECK(f.run(R"({"type":"pipeline.put","pipeline":{"id":"bridal","name":"B","stages":[{"id":"other","name":"O"}]}})").error.message ==
          "stage \"design\" cannot be removed: it is named by 1 order standing at it (order 1-BFG)");
    f.ok(R"({"type":"pipeline.put","pipeline":{"id":"tailoring","name":"Tailoring","stages":[{"id":"cut","name":"Cut","team":"Cutting"}]}})");
    CHECK(f.a().pipelines.size() == 2);
}

TEST_CASE("measurements are frozen when a freezing stage is passed; a later re-measure shows as a difference") {
    Fixture f;
    f.ok(R"({"type":"order.override","order":1,"name":"bust","value":"90cm"})");
    f.start_production();
    f.ok(R"({"type":"order.advance","order":1})");
    CHECK_FALSE(f.order(1).frozen_on);
    f.ok(R"({"type":"order.stage_start","order":1})");  // cutting starts: frozen now
    REQUIRE(f.order(1).frozen_on);
    CHECK(f.order(1).frozen.size() == 2);
    f.ok(R"({"type":"client.measure","client":1,"date":"2026-03-01","values":[{"name":"waist","value":"68cm"}]})");
    Result r = f.ok(R"({"type":"order.override","order":1,"name":"bust","value":"91cm"})");
    CHECK(r.warnings.size() == 1);
    const auto rows = effective_measurements(f.a().client(1), f.order(1));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].name == "bust");
    CHECK(rows[0].used == *parse_length("90cm"));   // frozen override, not the new one
    CHECK(rows[0].override_value == parse_length("91cm"));
    CHECK(rows[0].differs_from_frozen);
    CHECK(rows[1].name == "waist");
    CHECK(rows[1].client == parse_length("68cm"));
    CHECK(rows[1].used == *parse_length("70cm"));
    CHECK(rows[1].differs_from_frozen);
    CHECK(current_measurement(f.client(1), "bust") == parse_length("88cm"));  // overrides never touch the client
}

TEST_CASE("before cutting, the order uses the override over the client's latest value") {
    Fixture f;
    f.ok(R"({"type":"order.override","order":1,"name":"waist","value":"69cm"})");
    auto rows = effective_measurements(f.a().client(1), f.order(1));
    CHECK(rows[1].used == *parse_length("69cm"));
    CHECK_FALSE(rows[1].differs_from_frozen);
    f.ok(R"({"type":"order.override","order":1,"name":"waist"})");
    rows = effective_measurements(f.a().client(1), f.order(1));
    CHECK(rows[1].used == *parse_length("70cm"));
    CHECK(f.run(R"({"type":"order.override","order":1,"name":"waist"})").error.path == "/name");
}

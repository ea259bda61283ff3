// Pipeline archive and the tracking number as an order field (issue 16).
#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

const char* kArchive = R"({"type":"pipeline.put","pipeline":{"id":"bridal","name":"Bridal","archived":true,"stages":[
    {"id":"design","name":"Design"},
    {"id":"cutting","name":"Cutting","team":"Cutting","freezes":true,"photo":true},
    {"id":"fitting","name":"Fitting","qc":true},
    {"id":"embroidery","name":"Embroidery","optional":true},
    {"id":"finishing","name":"Finishing","notify":"email","message":"Dear {client}, {order} is ready."}]}})";

}  // namespace

TEST_CASE("an archived pipeline takes no new order, and its orders go on as before") {
    Fixture f;
    f.start_production();
    f.ok(kArchive);
    CHECK(f.a().pipeline("bridal")->archived);
    const char* why = "pipeline \"Bridal\" is archived; unarchive it in Pipelines to use it for new orders";
    CHECK(f.run(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-06-01"})").error == Problem{"/pipeline", why});
    CHECK(f.run(R"({"type":"order.clone","order":1})").error == Problem{"/pipeline", why});
    f.ok(R"({"type":"order.update","order":1,"notes":"still moving"})");
    f.ok(R"({"type":"order.advance","order":1})");
    CHECK(f.order(1).stage == "cutting");
    // Unarchived by the same put, without the flag.
    f.ok(R"({"type":"pipeline.put","pipeline":{"id":"bridal","name":"Bridal","stages":[
        {"id":"design","name":"Design"},
        {"id":"cutting","name":"Cutting","team":"Cutting","freezes":true,"photo":true},
        {"id":"fitting","name":"Fitting","qc":true},
        {"id":"embroidery","name":"Embroidery","optional":true},
        {"id":"finishing","name":"Finishing","notify":"email","message":"Dear {client}, {order} is ready."}]}})");
    f.ok(R"({"type":"order.clone","order":1})");
}

TEST_CASE("an order moved into an archived pipeline is refused") {
    Fixture f;
    f.ok(R"({"type":"pipeline.put","pipeline":{"id":"suits","name":"Suits","archived":true,"stages":[{"id":"cut","name":"Cut"}]}})");
    CHECK(f.run(R"({"type":"order.update","order":1,"pipeline":"suits"})").error.message ==
          "pipeline \"Suits\" is archived; unarchive it in Pipelines to use it for new orders");
}

TEST_CASE("archiving on one device and renaming on another keeps both") {
    Fixture f;
    Pipeline seen = *f.a().pipeline("bridal");
    Pipeline renamed = seen;
    renamed.name = "Bridal couture";
    REQUIRE(f.store.dispatch(cmd::PipelinePut{renamed, seen}, f.ctx).ok);
    Pipeline archived = seen;
    archived.archived = true;
    REQUIRE(f.store.dispatch(cmd::PipelinePut{archived, seen}, f.ctx).ok);
    CHECK(f.a().pipeline("bridal")->name == "Bridal couture");
    CHECK(f.a().pipeline("bridal")->archived);
}

TEST_CASE("the tracking number is corrected by order.update, after shipping too") {
    Fixture f;
    f.to_finishing();
    f.ok(R"({"type":"order.advance","order":1})");
    f.ok(R"({"type":"order.pay","order":1,"amount":300000})");
    f.ok(R"({"type":"order.ship","order":1,"tracking":"1Z99"})");
    f.ok(R"({"type":"order.update","order":1,"tracking":"1Z999","from":{"tracking":"1Z99"}})");
    CHECK(f.order(1).tracking == "1Z999");
    CHECK(f.order(1).history.back().changes == std::vector<FieldChange>{{"tracking", "\"1Z99\"", "\"1Z999\""}});
    CHECK(f.run(R"({"type":"order.update","order":1,"tracking":"bad\u0007"})").error.path == "/tracking");
    // A device that saw another number: the edit applies and the other number is kept in a conflict.
    f.ok(R"({"type":"order.update","order":1,"tracking":"1Z5","from":{"tracking":"1Z1"}})");
    REQUIRE(f.order(1).conflicts.size() == 1);
    CHECK(f.order(1).conflicts[0].field == "tracking");
}

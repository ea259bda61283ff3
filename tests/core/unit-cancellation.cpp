#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("cancelling an unpaid order is free") {
    Fixture f;
    Result r = f.ok(R"({"type":"order.cancel","order":1,"reason":"changed her mind"})");
    CHECK(f.order(1).status == Status::cancelled);
    CHECK(f.order(1).cancel_fee == Money{});
    CHECK(f.order(1).log.back().note == "changed her mind (nothing paid)");
    CHECK(f.run(R"({"type":"order.cancel","order":1})").error.message == "order 1-BFG is cancelled");
    // Issue 16: a cancelled order takes payments up to its fee; this one has none to pay.
    CHECK(f.run(R"({"type":"order.pay","order":1,"amount":1})").error.message ==
          "overpayment refused: 0.01 is more than the 0.00 still owed of the 0.00 cancellation fee");
}

TEST_CASE("paid but not started: free within the window after payment, a fee after it") {
    Fixture f;
    f.ok(R"({"type":"order.confirm","order":1})");
    f.ok(R"({"type":"order.pay","order":1,"amount":90000,"at":"2026-03-01T09:00"})");
    const Order& o = f.order(1);
    CancelQuote q = cancellation_quote(f.a(), o, at("2026-03-03T09:00"));  // 48 h: still free
    CHECK(q.fee == Money{});
    CHECK(q.refund == Money{90000});
    q = cancellation_quote(f.a(), o, at("2026-03-03T09:01"));
    CHECK(q.fee == Money{30000});  // 10 % of 3000.00
    CHECK(q.refund == Money{60000});
    f.ctx.now = at("2026-03-05T12:00");
    f.ok(R"({"type":"order.cancel","order":1})");
    CHECK(f.order(1).cancel_fee == Money{30000});
}

TEST_CASE("the free window is configurable") {
    Fixture f;
    f.ok(R"({"type":"atelier.update","free_cancel_hours":120})");
    f.ok(R"({"type":"order.pay","order":1,"amount":90000,"at":"2026-03-01T09:00"})");
    CHECK(cancellation_quote(f.a(), f.order(1), at("2026-03-05T09:00")).fee == Money{});
}

TEST_CASE("in production: the atelier's rule by stage, fixed or percentage, capped at the price") {
    Fixture f;
    f.ok(R"({"type":"atelier.update","stage_fees":[
        {"pipeline":"bridal","stage":"design","amount":50000},
        {"pipeline":"bridal","stage":"cutting","amount":900000},
        {"pipeline":"bridal","stage":"fitting","percent":80}]})");
    f.start_production();
    CHECK(cancellation_quote(f.a(), f.order(1), f.ctx.now).fee == Money{50000});
    f.ok(R"({"type":"order.advance","order":1})");
    CHECK(cancellation_quote(f.a(), f.order(1), f.ctx.now).fee == Money{300000});  // capped at 100 %
    f.ok(R"({"type":"order.image","order":1,"image":{"id":"3333333333333333333333333333333333333333333333333333333333333333","thumb":"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","type":"image/jpeg","bytes":120000,"width":1536,"height":2048,"stage":"cutting"}})");
    f.ok(R"({"type":"order.advance","order":1})");
    const CancelQuote q = cancellation_quote(f.a(), f.order(1), f.ctx.now);
    CHECK(q.fee == Money{240000});
    CHECK(q.still_owed == Money{240000});
    Result r = f.ok(R"({"type":"order.cancel","order":1})");
    CHECK(f.order(1).cancel_fee == Money{240000});
    CHECK(f.order(1).log.back().event == Event::cancelled);
    CHECK(f.order(1).log.back().amount == Money{240000});
    bool noticed = false;
    for (const auto& e : r.effects)
        if (auto* n = std::get_if<Notice>(&e)) noticed = n->text == "order 1-BFG cancelled; fee 2400.00, refund 0.00";
    CHECK(noticed);
}

TEST_CASE("in production without a stage rule: the default percentage") {
    Fixture f;
    f.start_production();
    CHECK(cancellation_quote(f.a(), f.order(1), f.ctx.now).fee == Money{150000});
}

TEST_CASE("fee rules are validated") {
    Fixture f;
    CHECK(f.run(R"({"type":"atelier.update","stage_fees":[{"pipeline":"bridal","stage":"moon","percent":5}]})").error.path == "/stage_fees/0/stage");
    CHECK(f.run(R"({"type":"atelier.update","stage_fees":[{"pipeline":"bridal","stage":"design","percent":101}]})").error.path == "/stage_fees/0/percent");
    CHECK(f.run(R"({"type":"atelier.update","production_cancel_percent":150})").error.path == "/production_cancel_percent");
}

TEST_CASE("a handed-over order cannot be cancelled") {
    Fixture f;
    f.ok(R"({"type":"atelier.update","release_owing":true})");
    f.to_finishing();
    f.ok(R"({"type":"order.advance","order":1})");
    f.ok(R"({"type":"order.collect","order":1})");
    CHECK(f.run(R"({"type":"order.cancel","order":1})").error.message == "order 1-BFG has already been handed over");
}

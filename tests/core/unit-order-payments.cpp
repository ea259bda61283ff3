#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

TEST_CASE("order.create: numbered per atelier, shown with the company code, starts as a draft") {
    Fixture f;
    const Order& o = f.order(1);
    CHECK(order_label(f.a().profile, o.number) == "1-BFG");
    CHECK(o.status == Status::draft);
    CHECK(o.stage == "design");
    CHECK(f.a().profile.next_order == 2);
    f.ok(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01"})");
    CHECK(f.a().order(2));
}

TEST_CASE("order.create: a deadline after the event is refused; one inside the buffer warns") {
    Fixture f;
    Result r = f.run(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-21","event":"2026-05-20"})");
    CHECK_FALSE(r.ok);
    CHECK(r.error.path == "/deadline");
    CHECK(r.error.message == "the deadline 2026-05-21 is after the event date 2026-05-20");
    r = f.ok(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-19","event":"2026-05-20"})");
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].text == "the deadline is less than 3 days before the event");
}

TEST_CASE("order.create: references and kinds are checked") {
    Fixture f;
    CHECK(f.run(R"({"type":"order.create","client":7,"pipeline":"bridal","deadline":"2026-05-01"})").error.path == "/client");
    CHECK(f.run(R"({"type":"order.create","client":1,"pipeline":"nope","deadline":"2026-05-01"})").error.path == "/pipeline");
    CHECK(f.run(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01","quantity":3})").error.path == "/quantity");
    CHECK(f.run(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01","team":"Nobody"})").error.path == "/team");
    CHECK(f.ok(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-05-01","kind":"bulk","quantity":30})").ok);
    CHECK(f.a().orders.size() == 2);
}

TEST_CASE("payments: deposit, balance, status and kind derive from the ledger") {
    Fixture f;
    const Order& o = f.order(1);
    CHECK(payment_status(o) == PaymentStatus::unpaid);
    CHECK(payment_kind(o) == PaymentKind::none);
    CHECK(balance_owed(o) == Money{300000});
    f.ok(R"({"type":"order.pay","order":1,"amount":"900.00","method":"card","note":"deposit"})");
    CHECK(payment_status(f.order(1)) == PaymentStatus::deposit);
    CHECK(payment_kind(f.order(1)) == PaymentKind::deposit);
    CHECK(deposit_paid(f.order(1)) == Money{90000});
    CHECK(balance_owed(f.order(1)) == Money{210000});
    f.ok(R"({"type":"order.pay","order":1,"amount":210000})");
    CHECK(payment_status(f.order(1)) == PaymentStatus::paid);
    CHECK(payment_kind(f.order(1)) == PaymentKind::full);
    CHECK(balance_owed(f.order(1)) == Money{});
}

TEST_CASE("payments: overpayment and zero are refused") {
    Fixture f;
    Result r = f.run(R"({"type":"order.pay","order":1,"amount":300001})");
    CHECK_FALSE(r.ok);
    CHECK(r.error.path == "/amount");
    CHECK(r.error.message == "overpayment refused: 3000.01 is more than the 3000.00 still owed");
    CHECK(f.run(R"({"type":"order.pay","order":1,"amount":0})").error.path == "/amount");
    CHECK(f.order(1).payments.empty());
}

TEST_CASE("rush fee adds to the total; lowering the price below what is paid is refused") {
    Fixture f;
    f.ok(R"({"type":"order.update","order":1,"rush":true,"rush_fee":20000,"priority":true})");
    CHECK(order_total(f.order(1)) == Money{320000});
    CHECK(f.order(1).priority);
    f.ok(R"({"type":"order.pay","order":1,"amount":320000})");
    Result r = f.run(R"({"type":"order.update","order":1,"price":100})");
    CHECK(r.error.path == "/price");
}

TEST_CASE("payment schedule: what is due now follows the stages reached") {
    Fixture f;
    f.ok(R"({"type":"order.schedule","order":1,"milestones":[
        {"label":"Deposit","when":"order","amount":90000},
        {"label":"Fitting","when":"fitting","amount":120000},
        {"label":"Balance","when":"handover","amount":90000}]})");
    CHECK(due_now(f.a(), f.order(1)) == Money{});  // drafts owe nothing yet
    f.start_production();
    CHECK(due_now(f.a(), f.order(1)) == Money{90000});
    f.ok(R"({"type":"order.pay","order":1,"amount":90000})");
    CHECK(due_now(f.a(), f.order(1)) == Money{});
    f.ok(R"({"type":"order.advance","order":1})");
    f.ok(R"({"type":"order.image","order":1,"image":{"id":"1111111111111111111111111111111111111111111111111111111111111111","thumb":"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","type":"image/jpeg","bytes":120000,"width":1536,"height":2048,"stage":"cutting"}})");
    f.ok(R"({"type":"order.advance","order":1})");
    CHECK(f.order(1).stage == "fitting");
    CHECK(due_now(f.a(), f.order(1)) == Money{120000});
}

TEST_CASE("payment schedule: refused when over the total or tied to an unknown stage") {
    Fixture f;
    CHECK(f.run(R"({"type":"order.schedule","order":1,"milestones":[{"label":"All","when":"order","amount":300001}]})").error.path == "/milestones");
    CHECK(f.run(R"({"type":"order.schedule","order":1,"milestones":[{"label":"X","when":"moon","amount":1}]})").error.path == "/milestones/0/when");
    CHECK(f.order(1).schedule.empty());
}

TEST_CASE("handing over while owing is refused unless the atelier allows it, then recorded") {
    Fixture f;
    f.to_finishing();
    f.ok(R"({"type":"order.advance","order":1})");
    CHECK(production_finished(f.a(), f.order(1)));
    Result r = f.run(R"({"type":"order.ship","order":1,"tracking":"1Z999"})");
    CHECK_FALSE(r.ok);
    CHECK(r.error.message.find("still owes 3000.00") != std::string::npos);
    f.ok(R"({"type":"atelier.update","release_owing":true})");
    r = f.ok(R"({"type":"order.ship","order":1,"tracking":"1Z999"})");
    CHECK(r.warnings.size() == 1);
    CHECK(f.order(1).status == Status::shipped);
    CHECK(f.order(1).log.back().event == Event::released_owing);
    CHECK(f.order(1).log.back().amount == Money{300000});
}

TEST_CASE("commercial status advances with the work: ship, invoice, full payment") {
    Fixture f;
    f.to_finishing();
    f.ok(R"({"type":"order.advance","order":1})");
    f.ok(R"({"type":"order.pay","order":1,"amount":300000})");
    CHECK(f.run(R"({"type":"order.ship","order":1,"tracking":""})").error.path == "/tracking");
    f.ok(R"({"type":"order.ship","order":1,"tracking":"1Z999"})");
    CHECK(f.order(1).status == Status::shipped);
    CHECK(f.order(1).tracking == "1Z999");
    f.ok(R"({"type":"order.invoice","order":1})");
    CHECK(f.order(1).status == Status::paid);  // nothing owed: invoiced and paid at once
}

TEST_CASE("invoiced then paid when the balance arrives after the invoice") {
    Fixture f;
    f.ok(R"({"type":"atelier.update","release_owing":true})");
    f.to_finishing();
    f.ok(R"({"type":"order.advance","order":1})");
    f.ok(R"({"type":"order.collect","order":1})");
    CHECK(f.order(1).status == Status::collected);
    CHECK(f.run(R"({"type":"order.collect","order":1})").error.path == "/order");
    f.ok(R"({"type":"order.invoice","order":1})");
    CHECK(f.order(1).status == Status::invoiced);
    f.ok(R"({"type":"order.pay","order":1,"amount":300000})");
    CHECK(f.order(1).status == Status::paid);
}

TEST_CASE("an order cannot be shipped before production is finished or invoiced before handover") {
    Fixture f;
    f.start_production();
    CHECK(f.run(R"({"type":"order.ship","order":1,"tracking":"X"})").error.message.find("not finished") != std::string::npos);
    CHECK(f.run(R"({"type":"order.invoice","order":1})").error.path == "/order");
}

TEST_CASE("fittings are added and marked done") {
    Fixture f;
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-04-02T10:30","kind":"first"})");
    f.ok(R"({"type":"order.fitting_done","order":1,"fitting":0,"notes":"take in waist 1cm"})");
    CHECK(f.order(1).fittings[0].done);
    CHECK(f.run(R"({"type":"order.fitting_done","order":1,"fitting":0})").error.path == "/fitting");
    CHECK(f.run(R"({"type":"order.fitting_done","order":1,"fitting":4})").error.path == "/fitting");
    CHECK(f.run(R"({"type":"order.fitting","order":1,"at":"2026-04-02T10:30","kind":""})").error.path == "/kind");
}

TEST_CASE("clone: a new draft with a new number and the same specification") {
    Fixture f;
    f.ok(R"({"type":"order.override","order":1,"name":"waist","value":"69cm"})");
    f.start_production();
    f.ok(R"({"type":"order.pay","order":1,"amount":1000})");
    Result r = f.ok(R"({"type":"order.clone","order":1})");
    const Order& c = f.order(2);
    CHECK(c.status == Status::draft);
    CHECK(c.garment == "Aurore");
    CHECK(c.price == Money{300000});
    CHECK(c.stage == "design");
    CHECK(c.payments.empty());
    CHECK(c.overrides == f.order(1).overrides);
    CHECK_FALSE(c.wip_start);
    CHECK(f.run(R"({"type":"order.clone","order":9})").error.path == "/order");
}

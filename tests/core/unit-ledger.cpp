// Issue 16: the corrections an atelier makes every day, on money. The ledger is only ever added to:
// a refund is money given back, a void a correcting line that names the mistaken one; once an order
// is cancelled its charges are the fee, paid with order.pay, the rest given back with order.refund.
// One law: balance = charges - payments + refunds (core/derive.hpp).
#include <doctest/doctest.h>

#include <algorithm>
#include <iostream>
#include <random>

#include "core/validate/validate.hpp"
#include "tests/core/fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

void require_ledger_valid(const Atelier& a) {
    Problems p;
    validate_atelier(a, p);
    INFO(p.size() << " problems, first: " << (p.empty() ? Problem{} : p.front()));
    REQUIRE(p.empty());
}

// A refusal: its path and exact message, and nothing changed.
void refused(Fixture& f, const char* json_text, const char* path, const std::string& message) {
    const std::string before = write_snapshot(f.a());
    Result r = f.run(json_text);
    INFO(json_text);
    CHECK_FALSE(r.ok);
    CHECK(r.error.path == path);
    CHECK(r.error.message == message);
    CHECK(write_snapshot(f.a()) == before);
}

// Order 1 (3000.00) confirmed with a 900.00 deposit.
void with_deposit(Fixture& f) {
    f.ok(R"({"type":"order.confirm","order":1})");
    f.ok(R"({"type":"order.pay","order":1,"amount":"900.00","method":"card","note":"deposit"})");
}

}  // namespace

TEST_CASE("order.refund: a deposit given back is a line of its own; the balance returns to the total") {
    Fixture f;
    with_deposit(f);
    f.ok(R"({"type":"order.refund","order":1,"amount":"900.00","method":"transfer","reason":"client changed the date"})");
    const Order& o = f.order(1);
    REQUIRE(o.payments.size() == 2);
    CHECK_FALSE(o.payments[0].refund);
    CHECK(o.payments[1].refund);
    CHECK_FALSE(o.payments[1].correction);
    CHECK(o.payments[1].amount == Money{90000});
    CHECK(o.payments[1].method == "transfer");
    CHECK(o.payments[1].note == "client changed the date");
    CHECK(o.payments[1].at == f.ctx.now);
    CHECK(ledger_sums(o).payments == Money{90000});
    CHECK(ledger_sums(o).refunds == Money{90000});
    CHECK(amount_paid(o) == Money{});
    CHECK(balance_owed(o) == Money{300000});
    CHECK(refundable(o) == Money{});
    require_ledger_valid(f.a());
}

TEST_CASE("order.refund: part of what was paid; the rest stays paid") {
    Fixture f;
    with_deposit(f);
    f.ok(R"({"type":"order.refund","order":1,"amount":"100.00","method":"cash","reason":"deposit typed 100 too high","at":"2026-03-02T10:00"})");
    CHECK(f.order(1).payments[1].at == at("2026-03-02T10:00"));
    CHECK(amount_paid(f.order(1)) == Money{80000});
    CHECK(balance_owed(f.order(1)) == Money{220000});
    CHECK(refundable(f.order(1)) == Money{80000});
}

TEST_CASE("order.refund: each refusal names the amounts") {
    Fixture f;
    refused(f, R"({"type":"order.refund","order":1,"amount":"10.00","method":"cash","reason":"x"})", "/amount",
            "refund of 10.00 refused: nothing was paid");
    with_deposit(f);
    refused(f, R"({"type":"order.refund","order":1,"amount":"950.00","method":"cash","reason":"x"})", "/amount",
            "refund of 950.00 refused: only 900.00 was paid");
    refused(f, R"({"type":"order.refund","order":1,"amount":0,"method":"cash","reason":"x"})", "/amount", "must be more than zero");
    refused(f, R"({"type":"order.refund","order":1,"amount":"10.00","method":" ","reason":"x"})", "/method", "must not be empty");
    refused(f, R"({"type":"order.refund","order":1,"amount":"10.00","method":"cash","reason":""})", "/reason", "must not be empty");
    refused(f, R"({"type":"order.refund","order":9,"amount":"10.00","method":"cash","reason":"x"})", "/order", "no order 9");
    Problems p;
    CHECK_FALSE(command_from_json(nlohmann::json::parse(R"({"type":"order.refund","order":1,"amount":"10.00","method":"cash"})"), p));
    REQUIRE_FALSE(p.empty());
    CHECK(p.front().path == "/reason");
}

TEST_CASE("order.refund on a paid order: the order is owed again, so it is no longer paid") {
    Fixture f;
    f.ok(R"({"type":"atelier.update","release_owing":true})");
    f.to_finishing();
    f.ok(R"({"type":"order.advance","order":1})");
    f.ok(R"({"type":"order.collect","order":1})");
    f.ok(R"({"type":"order.invoice","order":1})");
    f.ok(R"({"type":"order.pay","order":1,"amount":300000,"method":"card"})");
    REQUIRE(f.order(1).status == Status::paid);
    f.ok(R"({"type":"order.refund","order":1,"amount":"200.00","method":"card","reason":"a hem was not done"})");
    CHECK(f.order(1).status == Status::invoiced);
    CHECK(balance_owed(f.order(1)) == Money{20000});
    require_ledger_valid(f.a());
}

TEST_CASE("order.void: a mistaken payment is voided by a correcting line that names it, once") {
    Fixture f;
    with_deposit(f);
    f.ok(R"({"type":"order.pay","order":1,"amount":"90.00","method":"cash"})");
    f.ok(R"({"type":"order.void","order":1,"line":1,"amount":"90.00","reason":"typed 90 for 900"})");
    const Order& o = f.order(1);
    REQUIRE(o.payments.size() == 3);
    CHECK(o.payments[2].correction);
    CHECK_FALSE(o.payments[2].refund);
    CHECK(o.payments[2].voids == 1);
    CHECK(o.payments[2].amount == Money{9000});
    CHECK(o.payments[2].method == "cash");
    CHECK(o.payments[2].note == "typed 90 for 900");
    CHECK(voided_by(o, 1) == size_t{2});
    CHECK_FALSE(voided_by(o, 0));
    CHECK(amount_paid(o) == Money{90000});
    require_ledger_valid(f.a());
    refused(f, R"({"type":"order.void","order":1,"line":1,"amount":"90.00","reason":"again"})", "/line",
            "the 90.00 payment of 2026-03-01T09:00 is already voided (by line 2)");
    refused(f, R"({"type":"order.void","order":1,"line":2,"amount":"90.00","reason":"x"})", "/line",
            "line 2 on order 1-BFG is a correction of another line; only a payment or a refund can be voided");
}

TEST_CASE("order.void: each refusal names the line and the amounts") {
    Fixture f;
    with_deposit(f);
    refused(f, R"({"type":"order.void","order":1,"line":3,"amount":"900.00","reason":"x"})", "/line", "no ledger line 3 on order 1-BFG (it has 1)");
    refused(f, R"({"type":"order.void","order":1,"line":0,"amount":"90.00","reason":"x"})", "/amount",
            "line 0 on order 1-BFG is the 900.00 payment of 2026-03-01T09:00, not 90.00: the ledger changed since; look again");
    refused(f, R"({"type":"order.void","order":1,"line":0,"amount":"900.00","reason":" "})", "/reason", "must not be empty");
    f.ok(R"({"type":"order.refund","order":1,"amount":"300.00","method":"cash","reason":"part back"})");
    refused(f, R"({"type":"order.void","order":1,"line":0,"amount":"900.00","reason":"x"})", "/line",
            "void of the 900.00 payment of 2026-03-01T09:00 refused: only 600.00 is paid after the refunds; void the refund first");
}

TEST_CASE("order.void of a refund: decided allowed (a refund typed wrong), as a correction of its own kind") {
    Fixture f;
    with_deposit(f);
    f.ok(R"({"type":"order.refund","order":1,"amount":"90.00","method":"cash","reason":"meant 9.00"})");
    f.ok(R"({"type":"order.void","order":1,"line":1,"amount":"90.00","reason":"typed 90 for 9"})");
    const Order& o = f.order(1);
    CHECK(o.payments[2].refund);
    CHECK(o.payments[2].correction);
    CHECK(o.payments[2].voids == 1);
    CHECK(ledger_sums(o).refunds == Money{});
    CHECK(amount_paid(o) == Money{90000});
    require_ledger_valid(f.a());
    // A voided refund cannot lift what was paid above the total.
    f.ok(R"({"type":"order.refund","order":1,"amount":"900.00","method":"cash","reason":"all back"})");
    f.ok(R"({"type":"order.pay","order":1,"amount":"3000.00","method":"card"})");
    refused(f, R"({"type":"order.void","order":1,"line":3,"amount":"900.00","reason":"x"})", "/line",
            "void of the 900.00 refund of 2026-03-01T09:00 refused: what was paid would reach 3900.00, above the order's total of 3000.00");
}

TEST_CASE("undo of a refund and of a void: correcting lines of their own kind; redo; the history shows every line") {
    Fixture f;
    with_deposit(f);
    f.ok(R"({"type":"order.refund","order":1,"amount":"900.00","method":"cash","reason":"back"})");
    REQUIRE(f.store.undo(f.ctx).ok);
    {
        const Order& o = f.order(1);
        REQUIRE(o.payments.size() == 3);
        CHECK(o.payments[2].refund);
        CHECK(o.payments[2].correction);
        CHECK(o.payments[2].note == "undo of the 900.00 entry of 2026-03-01T09:00");
        CHECK(amount_paid(o) == Money{90000});
    }
    f.ok(R"({"type":"order.void","order":1,"line":0,"amount":"900.00","reason":"never paid"})");
    CHECK(amount_paid(f.order(1)) == Money{});
    CHECK(voided_by(f.order(1), 0) == size_t{3});
    REQUIRE(f.store.undo(f.ctx).ok);
    {
        const Order& o = f.order(1);
        REQUIRE(o.payments.size() == 5);
        CHECK(o.payments[4].voids == 0);
        CHECK_FALSE(o.payments[4].correction);  // reinstates line 0
        CHECK_FALSE(voided_by(o, 0));
        CHECK(amount_paid(o) == Money{90000});
        require_ledger_valid(f.a());
    }
    REQUIRE(f.store.redo(f.ctx).ok);
    CHECK(voided_by(f.order(1), 0) == size_t{5});
    CHECK(amount_paid(f.order(1)) == Money{});
    require_ledger_valid(f.a());
    std::vector<std::string> whats;
    for (const auto& h : f.order(1).history) whats.push_back(h.what);
    CHECK(std::count(whats.begin(), whats.end(), "order.refund") == 1);
    CHECK(std::count(whats.begin(), whats.end(), "order.void") == 1);
}

TEST_CASE("cancellation: the fee is charged, paid with order.pay up to what is owed, the rest refunded") {
    Fixture f;
    f.start_production();  // 50 % once in production: a 1500.00 fee
    f.ok(R"({"type":"order.pay","order":1,"amount":"1000.00","method":"card"})");
    f.ok(R"({"type":"order.cancel","order":1})");
    const Order& o = f.order(1);
    CHECK(o.cancel_fee == Money{150000});
    CHECK(order_charges(o) == Money{150000});
    CHECK(balance_owed(o) == Money{50000});
    CHECK(refund_due(o) == Money{});
    refused(f, R"({"type":"order.pay","order":1,"amount":"600.00","method":"cash"})", "/amount",
            "overpayment refused: 600.00 is more than the 500.00 still owed of the 1500.00 cancellation fee");
    refused(f, R"({"type":"order.refund","order":1,"amount":"1.00","method":"cash","reason":"x"})", "/amount",
            "refund of 1.00 refused: nothing was paid beyond the 1500.00 cancellation fee");
    f.ok(R"({"type":"order.pay","order":1,"amount":"500.00","method":"cash","note":"cancellation fee"})");
    CHECK(balance_owed(f.order(1)) == Money{});
    CHECK(f.order(1).status == Status::cancelled);
    require_ledger_valid(f.a());
}

TEST_CASE("cancellation: what was paid beyond the fee is refunded, no more") {
    Fixture f;
    f.ok(R"({"type":"order.confirm","order":1})");
    f.ok(R"({"type":"order.pay","order":1,"amount":"900.00","at":"2026-02-01T09:00","method":"card"})");
    f.ok(R"({"type":"order.cancel","order":1})");  // paid more than 48 h ago: 10 %, 300.00
    CHECK(f.order(1).cancel_fee == Money{30000});
    CHECK(refund_due(f.order(1)) == Money{60000});
    CHECK(balance_owed(f.order(1)) == Money{});
    refused(f, R"({"type":"order.refund","order":1,"amount":"650.00","method":"card","reason":"cancelled"})", "/amount",
            "refund of 650.00 refused: only 600.00 was paid beyond the 300.00 cancellation fee");
    refused(f, R"({"type":"order.pay","order":1,"amount":"0.01","method":"cash"})", "/amount",
            "overpayment refused: 0.01 is more than the 0.00 still owed of the 300.00 cancellation fee");
    f.ok(R"({"type":"order.refund","order":1,"amount":"600.00","method":"card","reason":"cancelled: the rest"})");
    CHECK(refund_due(f.order(1)) == Money{});
    CHECK(amount_paid(f.order(1)) == Money{30000});
    require_ledger_valid(f.a());
}

TEST_CASE("ledger JSON both ways: refund and void lines; lines from before read as they always did") {
    Payment p{Money{9000}, at("2026-03-01T09:00"), "cash", "typed wrong", true};
    p.refund = true;
    p.voids = 1;
    const nlohmann::json j = write_value(p);
    CHECK(j == nlohmann::json::parse(
                   R"({"amount":9000,"at":"2026-03-01T09:00","method":"cash","note":"typed wrong","correction":true,"refund":true,"voids":1})"));
    Problems problems;
    Reader r{problems};
    Payment back;
    read_fields(j, back, PathSeg{nullptr, "", 0}, r);
    CHECK(problems.empty());
    CHECK(back == p);
    Payment old;
    read_fields(nlohmann::json::parse(R"({"amount":"10.00","at":"2026-03-01T09:00","correction":true})"), old, PathSeg{nullptr, "", 0}, r);
    CHECK(problems.empty());
    CHECK_FALSE(old.refund);
    CHECK_FALSE(old.voids);
    CHECK(signed_amount(old) == Money{-1000});
    // Commands both ways.
    for (const char* text : {R"({"type":"order.refund","order":1,"amount":90000,"method":"cash","reason":"back","at":"2026-03-02T10:00"})",
                             R"({"type":"order.void","order":1,"line":2,"amount":9000,"reason":"typed wrong"})"}) {
        const Command c = parse_command(text);
        CHECK(command_to_json(c) == nlohmann::json::parse(text));
    }
}

TEST_CASE("validator: a void names an earlier original line of its kind and amount, and a line stands voided once") {
    Fixture f;
    with_deposit(f);
    auto problems_of = [&](const char* payments) {
        Atelier a = f.a();
        Problems none;
        Reader r{none};
        a.orders[0].payments.clear();
        read_value(nlohmann::json::parse(payments), a.orders[0].payments, PathSeg{nullptr, "", 0}, r);
        REQUIRE(none.empty());
        Problems p;
        validate_atelier(a, p);
        return p;
    };
    const char* pay = R"({"amount":"900.00","at":"2026-03-01T09:00"})";
    auto one = [&](const std::string& rest) { return problems_of(("[" + std::string(pay) + "," + rest + "]").c_str()); };
    CHECK(one(R"({"amount":"900.00","at":"2026-03-01T09:00","correction":true,"voids":0})").empty());
    Problems p = one(R"({"amount":"900.00","at":"2026-03-01T09:00","correction":true,"voids":1})");
    REQUIRE(!p.empty());
    CHECK(p.front() == Problem{"/orders/0/payments/1/voids", "must name an earlier line of the ledger"});
    p = one(R"({"amount":"90.00","at":"2026-03-01T09:00","correction":true,"voids":0})");
    REQUIRE(!p.empty());
    CHECK(p.front() == Problem{"/orders/0/payments/1/voids", "does not match the line it names (its kind and amount)"});
    p = one(R"({"amount":"900.00","at":"2026-03-01T09:00","correction":true,"refund":true,"voids":0})");
    CHECK(std::find(p.begin(), p.end(), Problem{"/orders/0/payments/1/voids", "does not match the line it names (its kind and amount)"}) != p.end());
    p = problems_of(R"([{"amount":"900.00","at":"2026-03-01T09:00"},{"amount":"900.00","at":"2026-03-01T09:00"},
                        {"amount":"900.00","at":"2026-03-01T09:00","correction":true,"voids":0},
                        {"amount":"900.00","at":"2026-03-01T09:00","correction":true,"voids":0}])");
    REQUIRE(!p.empty());
    CHECK(p.front() == Problem{"/orders/0/payments/0", "is voided 2 times: a line stands voided once or not at all"});
    p = one(R"({"amount":"1000.00","at":"2026-03-01T09:00","refund":true})");
    REQUIRE(!p.empty());
    CHECK(p.front() == Problem{"/orders/0/payments", "the refunds exceed the payments by 100.00"});
}

// The law, driven by random sequences of pay/refund/void/cancel (and undo) on one order: after every
// accepted or refused command, balance - refund_due == charges - payments + refunds (summed here from
// the lines themselves), the balance is never negative, an open order is never owed money back,
// and the state passes the validator.
TEST_CASE("property: balance_equals_charges_minus_payments_plus_refunds after any pay/refund/void/cancel") {
    const unsigned first = std::random_device{}();
    for (unsigned run = 0; run < 60; ++run) {
        const unsigned seed = first + run;
        INFO("seed " << seed);
        std::mt19937 rng(seed);
        auto below = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
        Fixture f;
        f.ok(R"({"type":"order.confirm","order":1})");
        if (below(2)) f.ok(R"({"type":"order.start","order":1})");
        int ours = 0;  // steps of this loop on the undo stack
        for (int step = 0; step < 40; ++step) {
            const Order& o = f.order(1);
            nlohmann::json c;
            const int kind = below(100);
            const int64_t owed = balance_owed(o).minor, back = refundable(o).minor;
            auto some = [&](int64_t most) { return most > 0 && below(5) ? 1 + static_cast<int64_t>(rng() % static_cast<uint64_t>(most)) : 1 + below(400000); };
            if (kind < 35) c = {{"type", "order.pay"}, {"order", 1}, {"amount", some(owed)}, {"method", "cash"}};
            else if (kind < 60) c = {{"type", "order.refund"}, {"order", 1}, {"amount", some(back)}, {"method", "card"}, {"reason", "r"}};
            else if (kind < 85 && !o.payments.empty()) {
                const int line = below(static_cast<int>(o.payments.size()));
                c = {{"type", "order.void"}, {"order", 1}, {"line", line}, {"amount", o.payments[static_cast<size_t>(line)].amount.minor}, {"reason", "v"}};
            } else if (kind < 90) c = {{"type", "order.cancel"}, {"order", 1}};
            else if (ours > 0) {  // only this loop's steps: an undo of the set-up could take the order away
                if (f.store.undo(f.ctx).ok) --ours;
                c = nullptr;
            }
            if (!c.is_null() && f.run(c.dump().c_str()).ok) ++ours;
            f.ctx.now.minutes += 60 * below(30);
            const Order& n = f.order(1);
            INFO("step " << step << ": " << c.dump());
            int64_t payments = 0, refunds = 0;
            for (const auto& p : n.payments) {
                const int64_t m = p.correction ? -p.amount.minor : p.amount.minor;
                (p.refund ? refunds : payments) += m;
            }
            const int64_t charges = n.status == Status::cancelled ? n.cancel_fee.minor : order_total(n).minor;
            CHECK(balance_owed(n).minor - refund_due(n).minor == charges - payments + refunds);
            CHECK(balance_owed(n).minor >= 0);
            CHECK(payments - refunds >= 0);
            if (n.status != Status::cancelled) CHECK(refund_due(n).minor == 0);
            Problems p;
            validate_atelier(f.a(), p);
            CHECK(p.empty());
        }
    }
}

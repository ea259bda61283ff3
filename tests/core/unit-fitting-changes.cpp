// Fittings that move or fall through (issue 16): a length, reschedule, cancel with a reason, a
// warning when two booked fittings of the atelier overlap; the loader's rules for the new fields.
#include "core/queries/query.hpp"
#include "core/rules/fittings.hpp"
#include "core/rules/rework.hpp"
#include "core/validate/validate.hpp"
#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

// A second order, for clashes across orders.
void second_order(Fixture& f) {
    f.ok(R"({"type":"order.create","client":1,"pipeline":"bridal","deadline":"2026-06-01","garment":"Céleste","price":100000})");
}

}  // namespace

TEST_CASE("a fitting is booked for 60 minutes unless told; the length is written only when not the default") {
    Fixture f;
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-04-02T10:30","kind":"first"})");
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-04-09T10:30","kind":"second","minutes":90})");
    CHECK(f.order(1).fittings[0].minutes == 60);
    CHECK(f.order(1).fittings[1].minutes == 90);
    CHECK(write_value(f.order(1).fittings[0]) == nlohmann::json::parse(R"({"at":"2026-04-02T10:30","kind":"first"})"));
    CHECK(write_value(f.order(1).fittings[1]) == nlohmann::json::parse(R"({"at":"2026-04-09T10:30","kind":"second","minutes":90})"));
    CHECK(f.refusal(R"({"type":"order.fitting","order":1,"at":"2026-04-02T10:30","kind":"first","minutes":2})") ==
          "/minutes: must be from 5 to 480 minutes");
}

TEST_CASE("reschedule: a new time, length and notes; warns on an overlap with any order's booked fitting") {
    Fixture f;
    second_order(f);
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-04-02T10:30","kind":"first","notes":"bring the shoes"})");
    f.ok(R"({"type":"order.fitting","order":2,"at":"2026-04-03T14:00","kind":"final"})");
    Result r = f.ok(R"({"type":"order.fitting_reschedule","order":1,"fitting":0,"at":"2026-04-03T13:30","minutes":45})");
    const Fitting& fit = f.order(1).fittings[0];
    CHECK(fit.at == at("2026-04-03T13:30"));
    CHECK(fit.minutes == 45);
    CHECK(fit.notes == "bring the shoes");  // absent notes: kept
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].text == "the fitting overlaps the final fitting of 2-BFG (2026-04-03T14:00, 60 min)");
    CHECK(f.order(1).history.back().what == "order.fitting_reschedule");
    // Touching end to start is no overlap; its own old time is none either.
    r = f.ok(R"({"type":"order.fitting_reschedule","order":1,"fitting":0,"at":"2026-04-03T13:00","minutes":60,"notes":""})");
    CHECK(r.warnings.empty());
    CHECK(f.order(1).fittings[0].notes.empty());
}

TEST_CASE("booking over a cancelled fitting does not warn; over a booked one it does (a warning, not a refusal)") {
    Fixture f;
    second_order(f);
    f.ok(R"({"type":"order.fitting","order":2,"at":"2026-04-03T14:00","kind":"final"})");
    Result r = f.ok(R"({"type":"order.fitting","order":1,"at":"2026-04-03T14:30","kind":"first"})");
    CHECK(r.warnings.size() == 1);
    CHECK(f.order(1).fittings.size() == 1);
    f.ok(R"({"type":"order.fitting_cancel","order":2,"fitting":0,"reason":"the client is ill"})");
    r = f.ok(R"({"type":"order.fitting","order":1,"at":"2026-04-03T14:00","kind":"second","minutes":45})");
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].text == "the fitting overlaps the first fitting of 1-BFG (2026-04-03T14:30, 60 min)");
    CHECK(overlapping_fittings(f.a(), at("2026-04-03T14:00"), 45, std::nullopt) == std::vector<FittingRef>{{1, 0}, {1, 1}});
    // Ending when another starts is no overlap.
    CHECK(overlapping_fittings(f.a(), at("2026-04-03T13:30"), 30, std::nullopt).empty());
}

TEST_CASE("cancel: kept with its reason, struck from the agenda's clashes; refusals name the rule") {
    Fixture f;
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-04-02T10:30","kind":"first"})");
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-04-09T10:30","kind":"final"})");
    CHECK(f.refusal(R"({"type":"order.fitting_cancel","order":1,"fitting":0,"reason":" "})") == "/reason: say why the fitting is cancelled");
    CHECK(f.refusal(R"({"type":"order.fitting_cancel","order":1,"fitting":2,"reason":"ill"})") == "/fitting: the order has no fitting 2");
    f.ok(R"({"type":"order.fitting_cancel","order":1,"fitting":0,"reason":"the client is ill"})");
    const Fitting& fit = f.order(1).fittings[0];
    CHECK(fit.cancelled);
    CHECK(fit.cancel_reason == "the client is ill");
    CHECK(write_value(fit) == nlohmann::json::parse(R"({"at":"2026-04-02T10:30","kind":"first","cancelled":true,"cancel_reason":"the client is ill"})"));
    CHECK(f.refusal(R"({"type":"order.fitting_cancel","order":1,"fitting":0,"reason":"again"})") == "/fitting: that fitting is already cancelled");
    CHECK(f.refusal(R"({"type":"order.fitting_reschedule","order":1,"fitting":0,"at":"2026-04-03T10:00"})") ==
          "/fitting: a cancelled fitting cannot be rescheduled; book a new one");
    CHECK(f.refusal(R"({"type":"order.fitting_done","order":1,"fitting":0})") == "/fitting: that fitting is cancelled");
    f.ok(R"({"type":"order.fitting_done","order":1,"fitting":1})");
    CHECK(f.refusal(R"({"type":"order.fitting_reschedule","order":1,"fitting":1,"at":"2026-04-10T10:00"})") ==
          "/fitting: a done fitting cannot be rescheduled");
    CHECK(f.refusal(R"({"type":"order.fitting_cancel","order":1,"fitting":1,"reason":"ill"})") == "/fitting: a done fitting cannot be cancelled");
}

TEST_CASE("reschedule refusals: no such fitting, bad length, nothing changed") {
    Fixture f;
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-04-02T10:30","kind":"first"})");
    CHECK(f.refusal(R"({"type":"order.fitting_reschedule","order":1,"fitting":5,"at":"2026-04-03T10:00"})") ==
          "/fitting: the order has no fitting 5");
    CHECK(f.refusal(R"({"type":"order.fitting_reschedule","order":1,"fitting":0,"at":"2026-04-03T10:00","minutes":600})") ==
          "/minutes: must be from 5 to 480 minutes");
    CHECK(f.refusal(R"({"type":"order.fitting_reschedule","order":1,"fitting":0,"at":"2026-04-02T10:30"})") ==
          "/at: the fitting is already booked then, for 60 minutes");
}

TEST_CASE("undo and redo of a reschedule and a cancel") {
    Fixture f;
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-04-02T10:30","kind":"first"})");
    const std::string s0 = undone_snapshot(f.a());
    f.ok(R"({"type":"order.fitting_reschedule","order":1,"fitting":0,"at":"2026-04-04T09:00","minutes":30})");
    const std::string s1 = undone_snapshot(f.a());
    f.ok(R"({"type":"order.fitting_cancel","order":1,"fitting":0,"reason":"ill"})");
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(undone_snapshot(f.a()) == s1);
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(undone_snapshot(f.a()) == s0);
    REQUIRE(f.store.redo(f.ctx).ok);
    CHECK(undone_snapshot(f.a()) == s1);
}

TEST_CASE("the commands' JSON both ways") {
    const char* r = R"({"type":"order.fitting_reschedule","order":3,"fitting":1,"at":"2026-04-04T09:00","minutes":30,"notes":"moved"})";
    CHECK(parse_command(r) == Command{cmd::FittingReschedule{3, 1, at("2026-04-04T09:00"), 30, std::string("moved")}});
    CHECK(command_to_json(parse_command(r)) == nlohmann::json::parse(r));
    const char* c = R"({"type":"order.fitting_cancel","order":3,"fitting":1,"reason":"ill"})";
    CHECK(parse_command(c) == Command{cmd::FittingCancel{3, 1, "ill"}});
    CHECK(command_to_json(parse_command(c)) == nlohmann::json::parse(c));
}

TEST_CASE("the loader: old fittings load with 60 minutes; a bad length, a reasonless or done cancellation are refused") {
    Fixture f;
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-04-02T10:30","kind":"first"})");
    Atelier a = f.a();
    Problems p;
    validate_atelier(a, p);
    CHECK(p.empty());
    Order& o = *a.orders.find(1);
    o.fittings[0].minutes = 0;
    o.fittings[0].cancelled = true;
    o.fittings[0].done = true;
    validate_atelier(a, p);
    std::vector<std::string> got;
    for (const auto& x : p) got.push_back(x.path + ": " + x.message);
    CHECK(got == std::vector<std::string>{"/orders/0/fittings/0/minutes: must be from 5 to 480 minutes",
                                          "/orders/0/fittings/0/cancelled: a fitting cannot be both done and cancelled",
                                          "/orders/0/fittings/0/cancel_reason: a cancelled fitting needs its reason"});
}

TEST_CASE("the loader: a rework entry names a known stage it left, why and the reason") {
    Fixture f;
    f.start_production();
    Atelier a = f.a();
    Order& o = *a.orders.find(1);
    o.log.push_back(LogEntry{Event::rework, "design", at("2026-03-01T10:00"), "", {}, "sewing", std::nullopt});
    o.log.push_back(LogEntry{Event::skipped, "design", at("2026-03-01T10:00"), "", {}, "cutting", ReworkKind::other});
    o.log.push_back(LogEntry{Event::rework, "design", at("2026-03-01T10:00"), "recut", {}, "handover", ReworkKind::qc_fail});
    Problems p;
    validate_atelier(a, p);
    std::vector<std::string> got;
    for (const auto& x : p) got.push_back(x.path + ": " + x.message);
    CHECK(got == std::vector<std::string>{"/orders/0/log/0/from: no stage \"sewing\"",
                                          "/orders/0/log/0/rework: a rework entry says why (qc_fail, client_change or other)",
                                          "/orders/0/log/0/note: a rework entry needs its reason",
                                          "/orders/0/log/1/event: only a rework entry names the stage it left and why"});
}

TEST_CASE("a cancelled fitting no longer counts in fitting-within (the dashboard's fittings today and this week)") {
    Fixture f;
    f.ok(R"({"type":"order.fitting","order":1,"at":"2026-03-02T10:00","kind":"first"})");
    std::string error;
    const auto filter = parse_filter({"fitting-within=3"}, error);
    REQUIRE_MESSAGE(filter, error);
    CHECK(run_query(f.a(), *filter, Sort{}, day("2026-03-01")).size() == 1);
    f.ok(R"({"type":"order.fitting_cancel","order":1,"fitting":0,"reason":"the client is ill"})");
    CHECK(run_query(f.a(), *filter, Sort{}, day("2026-03-01")).empty());
}

TEST_CASE("the Rework badge cuts a long reason on a whole letter") {
    const LogEntry e{Event::rework, "sewing", at("2026-03-01T10:00"), "ourlet à reprendre entièrement", {}, "qc", ReworkKind::qc_fail};
    CHECK(rework_badge(e) == "Rework: ourlet à reprendre entièrement");
    CHECK(rework_badge(e, 9) == "Rework: ourlet à…");  // "à" is two bytes: cut before it would split it
    CHECK(rework_badge(e, 8) == "Rework: ourlet …");
}

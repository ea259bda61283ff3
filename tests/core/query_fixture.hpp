#pragma once
// A hand-built atelier for the query tests, where every answer is known. Today is Wednesday 2026-06-10
// (week 2026-06-08 .. 2026-06-14). See the table below; the tests write expected values out literally.
//
//  #    client        pipeline  stage      status         stage st.    deadline    wip         notes
//  1001 Ana Hoxhá     bridal    sewing     in_production  in_progress  06-08 (-2)  05-21       entered 06-01 (stuck 9>5), owes 700.00
//  1002 Liv Ødegård   bridal    consult    confirmed      not_started  06-15 (+5)  -           rush: skips fabric; at risk; owes 2100.00
//  1003 Jonas Müller  suit      measure    in_production  in_progress  07-10       06-07       no history (stuck 3>1), priority, bulk, paid
//  1004 Bea Dubois    bridal    consult    draft          not_started  08-09       -
//  1005 Ana Hoxhá     suit      finishing  collected      done         06-05       05-01       paid, balance on 06-09
//  1006 Jonas Müller  bridal    sewing     cancelled      in_progress  06-20       05-15
//  1007 Liv Ødegård   bridal    finishing  in_production  not_started  06-12 (+2)  05-11       fitting today, event 06-20, paid 06-01
//  1008 Bea Dubois    bridal    sewing     in_production  not_started  06-20       06-01       queued behind 1009 (5 days): at risk
//  1009 Ana Hoxhá     bridal    sewing     in_production  not_started  06-30       05-25       rush, paid
#include <string>

#include "core/model/atelier.hpp"

namespace qfix {

using namespace atelier;

inline Date d(const char* s) { return *parse_date(s); }
inline DateTime t(const char* s) { return *parse_datetime(s); }
inline const Date kToday = d("2026-06-10");

inline Stage stage(const char* id, int days, const char* team, bool optional = false) {
    Stage s;
    s.id = id;
    s.name = std::string(1, static_cast<char>(id[0] - 32)) + (id + 1);
    s.team = team;
    s.days = days;
    s.optional = optional;
    return s;
}

inline HistoryEntry moved(const char* at) { return HistoryEntry{t(at), "ana", "order.advance", {{"stage", "\"a\"", "\"b\""}}}; }

inline Atelier atelier_fixture() {
    Atelier a;
    a.profile.settings = Settings{"Maison Test", "ATL", "EUR"};
    a.profile.due_soon_days = 7;
    a.pipelines = {Pipeline{"bridal", "Bridal", {stage("consult", 2, "Design"), stage("fabric", 3, "Design", true),
                                                 stage("sewing", 5, "Sewing"), stage("finishing", 1, "Finishing")}, {}},
                   Pipeline{"suit", "Suit", {stage("measure", 1, "Tailoring"), stage("finishing", 4, "Tailoring")}, {}}};
    auto client = [&](int id, const char* name) {
        Client c;
        c.id = id;
        c.name = name;
        a.clients.push_back(c);
    };
    client(1, "Ana Hoxhá");
    client(2, "Liv Ødegård");
    client(3, "Jonas Müller");
    client(4, "Bea Dubois");
    auto order = [&](int number, int cl, const char* pipeline, const char* st, Status status, StageStatus ss, const char* deadline,
                     const char* wip, int64_t price, const char* team, const char* sales, const char* collection,
                     const char* garment) -> Order& {
        Order o;
        o.number = number;
        o.client = cl;
        o.pipeline = pipeline;
        o.stage = st;
        o.status = status;
        o.stage_status = ss;
        o.deadline = d(deadline);
        if (wip) o.wip_start = d(wip);
        o.price = Money{price};
        o.team = team;
        o.salesperson = sales;
        o.collection = collection;
        o.garment = garment;
        a.orders.push_back(o);
        return a.orders.back();
    };
    {
        Order& o = order(1001, 1, "bridal", "sewing", Status::in_production, StageStatus::in_progress, "2026-06-08", "2026-05-21",
                         100000, "Sewing", "Amélie", "SS26", "Aurore A-line");
        o.payments = {Payment{Money{30000}, t("2026-05-21T10:00"), "card", "deposit"}};
        o.delivery = Delivery::ship;
        o.history = {moved("2026-06-01T09:00")};
    }
    {
        Order& o = order(1002, 2, "bridal", "consult", Status::confirmed, StageStatus::not_started, "2026-06-15", nullptr, 200000,
                         "Design", "Jonas", "AW26", "Céleste mermaid");
        o.rush = true;
        o.rush_fee = Money{10000};
    }
    {
        Order& o = order(1003, 3, "suit", "measure", Status::in_production, StageStatus::in_progress, "2026-07-10", "2026-06-07",
                         50000, "Tailoring", "Sofia", "Atelier classics", "Morning coat");
        o.payments = {Payment{Money{50000}, t("2026-06-03T12:00"), "cash", ""}};
        o.priority = true;
        o.kind = Kind::bulk;
        o.quantity = 3;
        o.notes = "Prefers Tuesday mornings";
    }
    order(1004, 4, "bridal", "consult", Status::draft, StageStatus::not_started, "2026-08-09", nullptr, 150000, "Design", "Amélie",
          "SS26", "Mira sheath");
    {
        Order& o = order(1005, 1, "suit", "finishing", Status::collected, StageStatus::done, "2026-06-05", "2026-05-01", 80000,
                         "Tailoring", "Jonas", "AW26", "Tuxedo");
        o.payments = {Payment{Money{24000}, t("2026-05-02T10:00"), "card", ""}, Payment{Money{56000}, t("2026-06-09T16:00"), "card", ""}};
    }
    {
        Order& o = order(1006, 3, "bridal", "sewing", Status::cancelled, StageStatus::in_progress, "2026-06-20", "2026-05-15", 120000,
                         "Sewing", "Sofia", "SS26", "Isolde ballgown");
        o.payments = {Payment{Money{36000}, t("2026-05-15T10:00"), "card", ""}};
    }
    {
        Order& o = order(1007, 2, "bridal", "finishing", Status::in_production, StageStatus::not_started, "2026-06-12", "2026-05-11",
                         100000, "Sewing", "Amélie", "Bridal 2026", "Selene column");
        o.payments = {Payment{Money{100000}, t("2026-06-01T09:30"), "transfer", ""}};
        o.event = d("2026-06-20");
        o.fittings = {Fitting{t("2026-05-20T10:00"), "first", "", true}, Fitting{t("2026-06-10T15:00"), "final", "", false}};
        o.history = {moved("2026-06-09T10:00")};
    }
    {
        Order& o = order(1008, 4, "bridal", "sewing", Status::in_production, StageStatus::not_started, "2026-06-20", "2026-06-01",
                         90000, "Sewing", "Jonas", "AW26", "Aurore A-line");
        o.fittings = {Fitting{t("2026-06-13T11:00"), "first", "", false}};
        o.log = {LogEntry{Event::skipped, "fabric", t("2026-06-03T09:00"), "", {}}};
        o.history = {moved("2026-06-08T09:00")};
    }
    {
        Order& o = order(1009, 1, "bridal", "sewing", Status::in_production, StageStatus::not_started, "2026-06-30", "2026-05-25",
                         110000, "Sewing", "Sofia", "SS26", "Mira sheath");
        o.rush = true;
        o.payments = {Payment{Money{110000}, t("2026-05-25T10:00"), "card", ""}};
        o.history = {moved("2026-06-05T10:00")};
    }
    a.profile.next_order = 1010;
    a.profile.next_client = 5;
    a.reindex();
    return a;
}

}  // namespace qfix

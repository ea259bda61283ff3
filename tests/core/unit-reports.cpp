// Reports (issue 17): money received by month (empty months shown), salesperson and pipeline, net
// of refunds, each line on the day it was recorded; balances by how long they have been due;
// the days orders spent in each stage from their history; the CSV of each; and, over demo
// ateliers of several seeds, the laws that tie the reports to the state (revenue totals agree
// across the three groupings and with the ledger; the age buckets add up to what is owed; every
// order in production is counted in one stage).
#include <doctest/doctest.h>

#include "core/csv/csv.hpp"
#include "core/demo.hpp"
#include "core/reports/report.hpp"
#include "tests/core/fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

ReportPeriod period(const char* from, const char* to, const char* now) { return ReportPeriod{day(from), day(to), at(now)}; }

const ReportRow* row(const Report& r, const std::string& first) {
    for (const auto& x : r.rows)
        if (!x.cells.empty() && x.cells[0] == first) return &x;
    return nullptr;
}

}  // namespace

TEST_CASE("revenue: by month with empty months, by salesperson and by pipeline; refunds taken off on their day") {
    Fixture f;
    f.ok(R"({"type":"order.update","order":1,"salesperson":"Jonas"})");
    f.ok(R"({"type":"order.pay","order":1,"amount":"1000.00","method":"card","at":"2026-01-15T10:00"})");
    f.ok(R"({"type":"order.pay","order":1,"amount":"500.00","method":"cash","at":"2026-03-02T10:00"})");
    f.ok(R"({"type":"order.refund","order":1,"amount":"200.00","method":"cash","reason":"fabric cheaper","at":"2026-03-20T10:00"})");
    f.ok(R"({"type":"order.clone","order":1})");
    f.ok(R"({"type":"order.update","order":2,"salesperson":""})");
    f.ok(R"({"type":"order.pay","order":2,"amount":"50.00","method":"card","at":"2025-12-31T18:00"})");

    const Report m = make_report(f.a(), ReportKind::revenue_by_month, period("2026-01-01", "2026-03-31", "2026-04-01T09:00"));
    REQUIRE(m.rows.size() == 3);
    CHECK(m.rows[0].cells == std::vector<std::string>{"2026-01", "1000.00", "1"});
    CHECK(m.rows[1].cells == std::vector<std::string>{"2026-02", "0.00", "0"});  // an empty month is shown
    CHECK(m.rows[2].cells == std::vector<std::string>{"2026-03", "300.00", "2"});
    CHECK(m.rows[2].value == doctest::Approx(300.0));
    CHECK(m.totals == std::vector<std::string>{"Total", "1300.00", "3"});
    CHECK(m.title == "Revenue by month, 2026-01-01 to 2026-03-31");

    const Report s = make_report(f.a(), ReportKind::revenue_by_salesperson, period("2025-12-01", "2026-03-31", "2026-04-01T09:00"));
    REQUIRE(s.rows.size() == 2);
    CHECK(s.rows[0].cells == std::vector<std::string>{"Jonas", "1300.00", "3"});  // largest first
    CHECK(s.rows[1].cells == std::vector<std::string>{"(none)", "50.00", "1"});
    const Report p = make_report(f.a(), ReportKind::revenue_by_pipeline, period("2025-12-01", "2026-03-31", "2026-04-01T09:00"));
    REQUIRE(p.rows.size() == 1);
    CHECK(p.rows[0].cells == std::vector<std::string>{"Bridal", "1350.00", "4"});
    // A year-long period lists twelve months.
    CHECK(make_report(f.a(), ReportKind::revenue_by_month, period("2026-01-01", "2026-12-31", "2026-04-01T09:00")).rows.size() == 12);
}

TEST_CASE("outstanding by age: due from the invoice or the handover; orders still being made are not due yet") {
    Fixture f;
    f.ok(R"({"type":"atelier.update","release_owing":true})");
    f.ctx.now = at("2026-03-01T09:00");
    f.to_finishing();
    f.ok(R"({"type":"order.advance","order":1})");
    f.ok(R"({"type":"order.pay","order":1,"amount":"1000.00","method":"card"})");
    f.ctx.now = at("2026-03-10T09:00");
    f.ok(R"({"type":"order.collect","order":1})");  // owes 2,000.00 from 10 March
    f.ok(R"({"type":"order.clone","order":1})");     // order 2: a draft, owes nothing agreed
    f.ok(R"({"type":"order.clone","order":1})");     // order 3: confirmed, not handed over
    f.ok(R"({"type":"order.confirm","order":3})");

    auto owed_in = [&](const char* now, const char* bucket) {
        const Report r = outstanding_report(f.a(), day(now));
        const ReportRow* x = row(r, bucket);
        REQUIRE(x);
        return x->cells[1] + " / " + x->cells[2];
    };
    CHECK(owed_in("2026-03-20", "0–30 days") == "2000.00 / 1");
    CHECK(owed_in("2026-03-20", "not due yet") == "3000.00 / 1");
    CHECK(owed_in("2026-05-01", "31–60 days") == "2000.00 / 1");
    CHECK(owed_in("2026-06-01", "61–90 days") == "2000.00 / 1");
    CHECK(owed_in("2026-06-09", "over 90 days") == "2000.00 / 1");
    CHECK(owed_in("2026-06-08", "61–90 days") == "2000.00 / 1");  // 90 days: still the third bucket
    const Report r = outstanding_report(f.a(), day("2026-03-20"));
    CHECK(r.totals == std::vector<std::string>{"Total", "5000.00", "2"});
    // The invoice dates it from then instead.
    f.ctx.now = at("2026-05-15T09:00");
    f.ok(R"({"type":"order.invoice","order":1})");
    CHECK(owed_in("2026-06-09", "0–30 days") == "2000.00 / 1");
}

TEST_CASE("days per stage: visits from the order's history, averaged; the ones open now apart") {
    Fixture f;
    f.ctx.now = at("2026-03-01T09:00");
    f.start_production();
    f.ctx.now = at("2026-03-03T09:00");
    f.ok(R"({"type":"order.advance","order":1})");  // design: 2 days
    f.ok(R"({"type":"order.image","order":1,"image":{"id":"1111111111111111111111111111111111111111111111111111111111111111","thumb":"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","type":"image/jpeg","bytes":120000,"width":1536,"height":2048,"stage":"cutting"}})");
    f.ctx.now = at("2026-03-08T09:00");
    f.ok(R"({"type":"order.advance","order":1})");  // cutting: 5 days
    // Order 2 goes through design in 4 days.
    f.ok(R"({"type":"order.clone","order":1})");
    f.ok(R"({"type":"order.confirm","order":2})");
    f.ok(R"({"type":"order.start","order":2})");
    f.ctx.now = at("2026-03-12T09:00");
    f.ok(R"({"type":"order.advance","order":2})");

    const Report r = stage_days_report(f.a(), period("2026-03-01", "2026-03-31", "2026-03-12T21:00"));
    INFO(report_csv(r, ','));
    const ReportRow* design = row(r, "Design");
    const ReportRow* cutting = row(r, "Cutting");
    const ReportRow* fitting = row(r, "Fitting");
    REQUIRE(design);
    REQUIRE(cutting);
    REQUIRE(fitting);
    CHECK(design->cells == std::vector<std::string>{"Design", "Bridal", "3.0", "2", "0", ""});
    CHECK(design->value == doctest::Approx(3.0));
    CHECK(cutting->cells[2] == "5.0");
    CHECK(cutting->cells[4] == "1");   // order 2 is there now
    CHECK(cutting->cells[5] == "0.5");  // since 09:00, at 21:00
    CHECK(fitting->cells == std::vector<std::string>{"Fitting", "Bridal", "", "0", "1", "4.5"});
    CHECK(r.rows.front().cells[0] == "Design");  // pipeline order
    CHECK(r.totals[3] == "3");
    // A period that ended before the first move counts no visit.
    const Report early = stage_days_report(f.a(), period("2026-02-01", "2026-02-28", "2026-03-12T21:00"));
    CHECK(row(early, "Design")->cells[3] == "0");
}

TEST_CASE("a report as CSV: its columns, rows and totals; ';' gives numbers a decimal comma") {
    Fixture f;
    f.ok(R"({"type":"order.pay","order":1,"amount":"1234.50","method":"card","at":"2026-02-15T10:00"})");
    const Report m = make_report(f.a(), ReportKind::revenue_by_month, period("2026-02-01", "2026-02-28", "2026-03-01T09:00"));
    CHECK(report_csv(m, ',') == "\xEF\xBB\xBFMonth,Received (EUR),Ledger lines\r\n2026-02,1234.50,1\r\nTotal,1234.50,1\r\n");
    CHECK(report_csv(m, ';') == "\xEF\xBB\xBFMonth;Received (EUR);Ledger lines\r\n2026-02;1234,50;1\r\nTotal;1234,50;1\r\n");
    std::string error;
    const auto back = parse_csv(report_csv(m, ';'), error);
    REQUIRE(back);
    CHECK(back->records.size() == 3);
    CHECK(report_file_name(f.a(), ReportKind::outstanding_by_age, day("2026-12-05")) == "reports-BFG-outstanding-by-age-2026-12-05.csv");
}

TEST_CASE("laws over demo ateliers: revenue agrees across groupings and with the ledger; the age buckets add up to what is owed") {
    for (const uint64_t seed : {1ull, 7ull, 42ull}) {
        const Atelier a = make_demo(DemoOptions{400, seed, day("2026-06-01")});
        const Date today = day("2026-06-01");
        const ReportPeriod all{day("2000-01-01"), day("2100-12-31"), at("2026-06-01T12:00")};
        int64_t ledger = 0, owed = 0;
        for (const auto& o : a.orders) {
            for (const auto& p : o.payments) ledger += signed_amount(p).minor;
            if (o.status != Status::draft) owed += balance_owed(o).minor;
        }
        const std::string total = format_money(Money{ledger});
        CHECK(make_report(a, ReportKind::revenue_by_salesperson, all).totals[1] == total);
        CHECK(make_report(a, ReportKind::revenue_by_pipeline, all).totals[1] == total);
        double sum = 0;
        for (const auto& r : make_report(a, ReportKind::revenue_by_pipeline, all).rows) sum += r.value;
        CHECK(sum == doctest::Approx(static_cast<double>(ledger) / 100.0));
        const Report age = outstanding_report(a, today);
        CHECK(age.totals[1] == format_money(Money{owed}));
        // Every order in production is in one stage now, whether its history records the move
        // (the demo records only the last one) or only the start of production.
        int producing = 0;
        for (const auto& o : a.orders) producing += o.status == Status::in_production;
        const Report stages = make_report(a, ReportKind::days_per_stage, all);
        CHECK(stages.totals[4] == std::to_string(producing));
        CHECK(producing > 0);
        // Same atelier, same report: byte for byte.
        CHECK(report_csv(make_report(a, ReportKind::days_per_stage, all), ',') == report_csv(make_report(a, ReportKind::days_per_stage, all), ','));
    }
}

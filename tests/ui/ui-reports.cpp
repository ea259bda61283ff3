// Reports through the real view (issue 17): the top bar's Reports, each report picked from its
// list with its chart and table, the period presets and a custom period (a reversed one refused
// with the reason), Export CSV of what is shown, and staff seeing days per stage only.
#include <doctest/doctest.h>

#include "core/derive.hpp"
#include "core/reports/report.hpp"
#include "tests/ui/headless.hpp"

using atelier::View;
using atelier::test::Headless;
namespace cmd = atelier::cmd;

TEST_CASE("Reports: revenue by month for the last 12 months, the other reports, a custom period, CSV") {
    Headless h;
    atelier::test::open_demo(h.app, 120);
    h.frame();
    h.nav("Reports");
    REQUIRE(h.app.view == View::reports);
    h.frame();
    CHECK(h.visible("Report title"));
    // Twelve months, each a bar and a row, and the total.
    int bars = 0;
    for (size_t at = 0; (at = h.items().find("/Bar 20", at)) != std::string::npos; ++at) ++bars;
    CHECK(bars == 12);
    CHECK(h.visible("Report total Total"));

    h.click("Report");
    h.click("Outstanding by age");
    h.frame();
    CHECK(h.visible("Report row 0–30 days"));
    CHECK(h.visible("Report row over 90 days"));
    CHECK_FALSE(h.visible("Report period"));  // aged on today, no period

    h.click("Report");
    h.click("Days per stage");
    h.frame();
    CHECK(h.visible("Report row Cutting"));

    h.click("Report");
    h.click("Revenue by salesperson");
    h.click("Report period");
    h.click("Period Custom");
    h.frame();
    h.fill("From##report", "2026-12-31");
    h.fill("To##report", "2026-01-01");
    h.frame();
    CHECK(h.visible("Report problem"));
    CHECK_FALSE(h.visible("Report title"));
    h.fill("From##report", "2020-01-01");
    h.fill("To##report", "2030-12-31");
    h.frame();
    REQUIRE(h.visible("Report title"));

    h.click("Export report");
    h.click("Report semicolon-separated");
    CHECK(h.app.last_download_name.find("reports-") == 0);
    CHECK(h.app.last_download_name.find("-revenue-by-salesperson-") != std::string::npos);
    const atelier::Report want = atelier::make_report(h.app.store.state(), atelier::ReportKind::revenue_by_salesperson,
                                                      {*atelier::parse_date("2020-01-01"), *atelier::parse_date("2030-12-31"), h.app.now});
    CHECK(h.app.last_download == atelier::report_csv(want, ';'));

    // A payment recorded now shows at once (the report is made again for the new revision).
    const std::string before = h.app.last_download;
    int n = 0;
    for (const auto& o : h.app.store.state().orders)
        if (atelier::balance_owed(o).minor > 1000 && o.status != atelier::Status::draft && o.status != atelier::Status::cancelled) n = o.number;
    REQUIRE(n > 0);
    REQUIRE(h.app.dispatch(cmd::OrderPay{n, atelier::Money{1000}, std::nullopt, "cash", ""}));
    h.frame();
    h.click("Export report");
    h.click("Report semicolon-separated");  // as before: only the numbers can differ
    CHECK(h.app.last_download != before);
    const atelier::Report now = atelier::make_report(h.app.store.state(), atelier::ReportKind::revenue_by_salesperson,
                                                     {*atelier::parse_date("2020-01-01"), *atelier::parse_date("2030-12-31"), h.app.now});
    CHECK(h.app.last_download == atelier::report_csv(now, ';'));
}

TEST_CASE("Reports for staff: days per stage only, no money") {
    Headless h;
    atelier::test::open_demo(h.app, 60);
    atelier::Atelier a = h.app.store.state();
    a.profile.people = {atelier::Person{"Ana", atelier::Role::owner, ""}, atelier::Person{"Marie", atelier::Role::staff, ""}};
    h.app.open(a);
    h.app.who = "Marie";
    h.frame();
    REQUIRE(h.app.role() == atelier::Role::staff);
    h.nav("Reports");
    h.frame();
    CHECK(h.visible("Report title"));
    CHECK(h.app.views.reports.kind == atelier::ReportKind::days_per_stage);
    h.click("Report");
    CHECK_FALSE(h.visible("Revenue by month"));
    CHECK_FALSE(h.visible("Outstanding by age"));
    CHECK(h.visible("Days per stage"));
}

#pragma once
// Reports (issue 17): the core's reports (core/reports/report.hpp) as a bar chart and a table for
// a chosen period, each exportable as CSV. Made once per revision, report and period: a report
// reads every order's ledger and history, never per frame.
#include <cstdint>
#include <string>

#include "core/reports/report.hpp"

namespace atelier::ui {

struct ReportsUi {
    ReportKind kind = ReportKind::revenue_by_month;
    ReportRange range = ReportRange::last_12_months;
    std::string from_text, to_text;  // the custom period as typed
    std::string problem;             // why the custom period is not read
    // The report shown and what it was made from.
    Report report;
    bool made = false;
    uint64_t revision = ~0ull;
    ReportKind made_kind = ReportKind::revenue_by_month;
    Date made_from, made_to, made_today;
};

}  // namespace atelier::ui

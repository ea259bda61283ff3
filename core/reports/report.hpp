#pragma once
// [SECTION] Reports (issue 17): what came in, what is owed and for how long, where work waits.
// Each report is a table — its columns, its rows as the screen and the CSV show them — and the one
// number per row its chart draws. Pure functions of the atelier and the dates asked for.
#include <optional>
#include <string>
#include <vector>

#include "core/model/atelier.hpp"
#include "core/said.hpp"

namespace atelier {

enum class ReportKind : uint8_t { revenue_by_month, revenue_by_salesperson, revenue_by_pipeline, outstanding_by_age, days_per_stage };
template <>
struct EnumNames<ReportKind> {
    static constexpr std::array<const char*, 5> names{"revenue-by-month", "revenue-by-salesperson", "revenue-by-pipeline",
                                                      "outstanding-by-age", "days-per-stage"};
    static constexpr std::array<const char*, 5> labels{"Revenue by month", "Revenue by salesperson", "Revenue by pipeline",
                                                       "Outstanding by age", "Days per stage"};
};

struct ReportRow {
    std::vector<std::string> cells;  // one per column, as shown and exported
    double value = 0;                // what the chart draws for the row (money in major units, days)
    bool provisional = false;        // the value is a wait still going on, not a finished average
    std::optional<Said> label{};     // the first cell in words ("0–30 days", "(none)"), when it is not data
};

struct Report {
    ReportKind kind = ReportKind::revenue_by_month;
    std::string title;                 // "Revenue by month, 2026-01-01 to 2026-12-31"
    std::vector<std::string> columns;  // the first names the row; the chart labels bars by it
    std::vector<bool> numeric;         // per column: a plain number ("1234.50", "12.5"), right-aligned
    std::vector<bool> money;           // per column: an amount (shown with grouped thousands)
    std::vector<ReportRow> rows;
    std::string value_name;            // what the chart's bars measure ("Received (EUR)", "Average days")
    std::vector<std::string> totals;   // the totals line (empty: none)
    std::string note;                  // how it was counted, shown under the table
    // The words above as catalogue sentences, for a view to show in its device's language; the
    // English strings above (what the CSV and the CLI print) are their english().
    Said title_said{};
    std::vector<Said> column_saids{};
    Said value_said{};
    std::optional<Said> totals_said{}; // the totals line's first cell ("Total")
    Said note_said{};
};

// For the reports' makers: sets the worded title, columns, value name and note, and their English.
void set_words(Report& r, Said title, std::vector<Said> columns, Said value_name, Said note);

// The period a report covers, both days included. `now` ages the outstanding balances and
// measures visits still open.
struct ReportPeriod {
    Date from;
    Date to;
    DateTime now;
};

// Money received, net: every ledger line (payments, refunds, corrections, each on the day it was
// recorded) within the period — by month (every month of the period, empty ones too), by the
// order's salesperson, by its pipeline.
Report revenue_report(const Atelier& a, ReportKind kind, const ReportPeriod& period);
// The balance still owed, by how long it has been due (0–30, 31–60, 61–90, 90+ days): due from the
// invoice, else from the handover (shipped, collected) or the cancellation; orders not handed over
// yet owe nothing due and are counted apart.
Report outstanding_report(const Atelier& a, Date today);
// Days orders spent in each stage: visits that ended within the period (moved on, sent back, handed
// over or cancelled), averaged per stage, pipeline by pipeline; with the orders in the stage now
// and how long they have waited so far.
Report stage_days_report(const Atelier& a, const ReportPeriod& period);

// The period presets (the view's and the CLI's); `custom` is the dates typed.
enum class ReportRange : uint8_t { this_month, last_month, this_year, last_12_months, last_year, custom };
template <>
struct EnumNames<ReportRange> {
    static constexpr std::array<const char*, 6> names{"this-month", "last-month", "this-year", "last-12-months", "last-year", "custom"};
    static constexpr std::array<const char*, 6> labels{"This month", "Last month", "This year", "Last 12 months", "Last year", "Custom"};
};
// The days a preset covers, both included; the current ones end today. Last 12 months: from the
// first of the month eleven months back, so twelve whole months show.
std::pair<Date, Date> report_range(ReportRange r, Date today);

// Any report by kind.
Report make_report(const Atelier& a, ReportKind kind, const ReportPeriod& period);

// The report as CSV (core/csv): its columns, its rows and its totals line; `separator` ',' or ';'
// (then the numbers keep a decimal comma, as the table's export does).
std::string report_csv(const Report& r, char separator);
// "reports-BFG-revenue-by-month-2026-12-05.csv"
std::string report_file_name(const Atelier& a, ReportKind kind, Date today);

}  // namespace atelier

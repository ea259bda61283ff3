#include "core/reports/report.hpp"

#include "core/csv/csv.hpp"
#include "core/i18n/said_text.hpp"

namespace atelier {

Report make_report(const Atelier& a, ReportKind kind, const ReportPeriod& period) {
    switch (kind) {
        case ReportKind::revenue_by_month:
        case ReportKind::revenue_by_salesperson:
        case ReportKind::revenue_by_pipeline: return revenue_report(a, kind, period);
        case ReportKind::outstanding_by_age: return outstanding_report(a, date_of(period.now));
        case ReportKind::days_per_stage: return stage_days_report(a, period);
    }
    return Report{};
}

void set_words(Report& r, Said title, std::vector<Said> columns, Said value_name, Said note) {
    r.title = english(title);
    r.columns.clear();
    for (const Said& c : columns) r.columns.push_back(english(c));
    r.value_name = english(value_name);
    r.note = english(note);
    r.title_said = std::move(title);
    r.column_saids = std::move(columns);
    r.value_said = std::move(value_name);
    r.note_said = std::move(note);
}

std::pair<Date, Date> report_range(ReportRange r, Date today) {
    const Civil c = civil_from_date(today);
    switch (r) {
        case ReportRange::this_month: return {date_from_civil(c.year, c.month, 1), today};
        case ReportRange::last_month: {
            const Date first = c.month == 1 ? date_from_civil(c.year - 1, 12, 1) : date_from_civil(c.year, c.month - 1, 1);
            return {first, add_days(date_from_civil(c.year, c.month, 1), -1)};
        }
        case ReportRange::this_year: return {date_from_civil(c.year, 1, 1), today};
        case ReportRange::last_12_months: return {c.month == 12 ? date_from_civil(c.year, 1, 1) : date_from_civil(c.year - 1, c.month + 1, 1), today};
        case ReportRange::last_year: return {date_from_civil(c.year - 1, 1, 1), date_from_civil(c.year - 1, 12, 31)};
        case ReportRange::custom: break;
    }
    return {today, today};
}

std::string report_csv(const Report& r, char separator) {
    auto record = [&](const std::vector<std::string>& cells) {
        std::vector<std::string> out = cells;
        // A ';' file is for an Excel that reads decimal commas: numbers get one, names keep theirs.
        if (separator != ',')
            for (size_t c = 0; c < out.size() && c < r.numeric.size(); ++c)
                if (r.numeric[c])
                    for (char& ch : out[c])
                        if (ch == '.') ch = ',';
        return out;
    };
    std::vector<std::vector<std::string>> records{r.columns};
    for (const auto& row : r.rows) records.push_back(record(row.cells));
    if (!r.totals.empty()) records.push_back(record(r.totals));
    return csv_text(records, CsvWriteOptions{separator, true});
}

std::string report_file_name(const Atelier& a, ReportKind kind, Date today) {
    return "reports-" + a.profile.settings.company_code + "-" + enum_id(kind) + "-" + format_date(today) + ".csv";
}

}  // namespace atelier

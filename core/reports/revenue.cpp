// [SECTION] Money received: the ledger's lines by the day each was recorded.
#include <map>

#include "core/derive.hpp"
#include "core/reports/report.hpp"

namespace atelier {

namespace {

struct Tally {
    int64_t minor = 0;
    int lines = 0;
};

std::string month_key(Date d) {
    const Civil c = civil_from_date(d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", c.year, c.month);
    return buf;
}

std::string period_text(const ReportPeriod& p) { return format_date(p.from) + " to " + format_date(p.to); }

}  // namespace

Report revenue_report(const Atelier& a, ReportKind kind, const ReportPeriod& period) {
    Report r;
    r.kind = kind;
    r.title = std::string(enum_label(kind)) + ", " + period_text(period);
    const std::string& cur = a.profile.settings.currency;
    const char* first = kind == ReportKind::revenue_by_month ? "Month" : kind == ReportKind::revenue_by_salesperson ? "Salesperson" : "Pipeline";
    r.columns = {first, "Received (" + cur + ")", "Ledger lines"};
    r.numeric = {false, true, true};
    r.money = {false, true, false};
    r.value_name = "Received (" + cur + ")";
    r.note = "Payments less refunds and corrections, each on the day it was recorded.";
    // std::map: rows in one order on every device (months sort as text; names by byte order,
    // then sorted by amount below).
    std::map<std::string, Tally> by;
    if (kind == ReportKind::revenue_by_month && period.from.days <= period.to.days) {
        // Every month of the period, so a month with nothing received shows as such.
        for (Date d = period.from; d.days <= period.to.days;) {
            by[month_key(d)];
            const Civil c = civil_from_date(d);
            d = c.month == 12 ? date_from_civil(c.year + 1, 1, 1) : date_from_civil(c.year, c.month + 1, 1);
        }
    }
    Tally total;
    for (const auto& o : a.orders) {
        std::string key;
        if (kind == ReportKind::revenue_by_salesperson) key = o.salesperson.empty() ? "(none)" : o.salesperson;
        else if (kind == ReportKind::revenue_by_pipeline) key = a.pipeline(o.pipeline) ? a.pipeline(o.pipeline)->name : o.pipeline;
        for (const auto& pay : o.payments) {
            const Date day = date_of(pay.at);
            if (day.days < period.from.days || day.days > period.to.days) continue;
            Tally& t = by[kind == ReportKind::revenue_by_month ? month_key(day) : key];
            t.minor += signed_amount(pay).minor;
            ++t.lines;
            total.minor += signed_amount(pay).minor;
            ++total.lines;
        }
    }
    std::vector<std::pair<std::string, Tally>> rows(by.begin(), by.end());
    if (kind != ReportKind::revenue_by_month)
        std::stable_sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) { return x.second.minor > y.second.minor; });
    for (const auto& [name, t] : rows)
        r.rows.push_back(ReportRow{{name, format_money(Money{t.minor}), std::to_string(t.lines)}, static_cast<double>(t.minor) / 100.0});
    r.totals = {"Total", format_money(Money{total.minor}), std::to_string(total.lines)};
    return r;
}

}  // namespace atelier

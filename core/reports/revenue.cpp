// [SECTION] Money received: the ledger's lines by the day each was recorded.
#include <map>

#include "core/derive.hpp"
#include "core/i18n/names.hpp"
#include "core/i18n/said_text.hpp"
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


}  // namespace

Report revenue_report(const Atelier& a, ReportKind kind, const ReportPeriod& period) {
    Report r;
    r.kind = kind;
    const std::string& cur = a.profile.settings.currency;
    const Msg first = kind == ReportKind::revenue_by_month         ? Msg::core_report_col_month
                      : kind == ReportKind::revenue_by_salesperson ? Msg::col_salesperson
                                                                   : Msg::col_pipeline;
    const Said received_in = say(Msg::core_report_col_received, {{"currency", cur}});
    set_words(r,
              say(Msg::core_report_title_period, {{"from", format_date(period.from)}, {"to", format_date(period.to)}})
                  .with("report", say(report_kind_msg(kind))),
              {say(first), received_in, say(Msg::core_report_col_ledger_lines)}, received_in, say(Msg::core_report_note_revenue));
    r.numeric = {false, true, true};
    r.money = {false, true, false};
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
    const std::string none = english(say(Msg::picker_none));  // "(none)": the orders no salesperson sold
    for (const auto& o : a.orders) {
        std::string key;
        if (kind == ReportKind::revenue_by_salesperson) key = o.salesperson.empty() ? none : o.salesperson;
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
    for (const auto& [name, t] : rows) {
        r.rows.push_back(ReportRow{{name, format_money(Money{t.minor}), std::to_string(t.lines)}, static_cast<double>(t.minor) / 100.0});
        if (kind == ReportKind::revenue_by_salesperson && name == none) r.rows.back().label = say(Msg::picker_none);
    }
    r.totals_said = say(Msg::core_report_total);
    r.totals = {english(*r.totals_said), format_money(Money{total.minor}), std::to_string(total.lines)};
    return r;
}

}  // namespace atelier

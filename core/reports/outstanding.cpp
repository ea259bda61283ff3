// [SECTION] What is owed, by how long it has been due.
#include <array>

#include "core/derive.hpp"
#include "core/i18n/said_text.hpp"
#include "core/reports/report.hpp"

namespace atelier {

namespace {

// When the balance became due: the invoice, else the first handover or cancellation the order's
// history records (orders from before history was kept: their deadline). None while the order
// is still being made.
std::optional<Date> due_since(const Order& o) {
    if (o.invoiced_at) return date_of(*o.invoiced_at);
    const bool handed = o.status == Status::shipped || o.status == Status::collected || o.status == Status::invoiced ||
                        o.status == Status::paid || o.status == Status::cancelled;
    if (!handed) return std::nullopt;
    for (const auto& h : o.history)
        for (const auto& c : h.changes)
            if (c.field == "status" && (c.after == "\"shipped\"" || c.after == "\"collected\"" || c.after == "\"cancelled\""))
                return date_of(h.at);
    return o.deadline;
}

}  // namespace

Report outstanding_report(const Atelier& a, Date today) {
    Report r;
    r.kind = ReportKind::outstanding_by_age;
    const std::string& cur = a.profile.settings.currency;
    const Said owed_in = say(Msg::core_report_col_owed, {{"currency", cur}});
    set_words(r, say(Msg::core_report_title_outstanding, {{"date", format_date(today)}}),
              {say(Msg::core_report_col_due_for), owed_in, say(Msg::cl_orders_column)}, owed_in, say(Msg::core_report_note_outstanding));
    r.numeric = {false, true, true};
    r.money = {false, true, false};
    static constexpr std::array<Msg, 5> kLabels{Msg::core_report_age_0_30, Msg::core_report_age_31_60, Msg::core_report_age_61_90,
                                                Msg::core_report_age_over_90, Msg::core_report_age_not_due};
    std::array<int64_t, 5> owed{};
    std::array<int, 5> orders{};
    for (const auto& o : a.orders) {
        if (o.status == Status::draft) continue;  // nothing agreed yet
        const int64_t left = balance_owed(o).minor;
        if (left <= 0) continue;
        const auto since = due_since(o);
        size_t b = 4;
        if (since) {
            const int days = std::max(0, today.days - since->days);
            b = days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3;
        }
        owed[b] += left;
        ++orders[b];
    }
    int64_t total = 0;
    int count = 0;
    for (size_t b = 0; b < kLabels.size(); ++b) {
        const Said label = say(kLabels[b]);
        r.rows.push_back(ReportRow{{english(label), format_money(Money{owed[b]}), std::to_string(orders[b])}, static_cast<double>(owed[b]) / 100.0,
                                   false, label});
        total += owed[b];
        count += orders[b];
    }
    r.totals_said = say(Msg::core_report_total);
    r.totals = {english(*r.totals_said), format_money(Money{total}), std::to_string(count)};
    return r;
}

}  // namespace atelier

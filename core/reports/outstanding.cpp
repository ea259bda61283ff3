// [SECTION] What is owed, by how long it has been due.
#include <array>

#include "core/derive.hpp"
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
    r.title = "Outstanding by age, on " + format_date(today);
    const std::string& cur = a.profile.settings.currency;
    r.columns = {"Due for", "Owed (" + cur + ")", "Orders"};
    r.numeric = {false, true, true};
    r.money = {false, true, false};
    r.value_name = "Owed (" + cur + ")";
    r.note = "Due from the invoice, else from the handover or the cancellation. Orders still being made are not due yet.";
    static constexpr std::array<const char*, 5> kLabels{"0–30 days", "31–60 days", "61–90 days", "over 90 days", "not due yet"};
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
        r.rows.push_back(ReportRow{{kLabels[b], format_money(Money{owed[b]}), std::to_string(orders[b])}, static_cast<double>(owed[b]) / 100.0});
        total += owed[b];
        count += orders[b];
    }
    r.totals = {"Total", format_money(Money{total}), std::to_string(count)};
    return r;
}

}  // namespace atelier

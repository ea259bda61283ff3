// `atelier dashboard FILE [--today YYYY-MM-DD] [--format table|json]`
#include <iomanip>
#include <ostream>

#include "core/queries/dashboard.hpp"
#include "native/query_args.hpp"

namespace atelier::cli {

int cmd_dashboard(const Args& args, Io& io) {
    const auto q = parse_query_args("dashboard", 0, args, io);
    if (!q) return 2;
    if (q->help) {
        io.out << "usage: atelier dashboard FILE [--today YYYY-MM-DD] [--format table|json]\n"
                  "The morning numbers: due this week, overdue, stuck, at risk, fittings today and this week,\n"
                  "money received this month and the balance outstanding. Each list names the --filter of\n"
                  "atelier query that shows the same orders; --format json lists their numbers.\n";
        return 0;
    }
    const Date today = q->today;
    Atelier at;
    if (!load_atelier(q->file, "dashboard", at, io)) return 1;
    const QueryIndex ix = build_index(at);
    const Dashboard d = build_dashboard(at, ix, today);
    if (q->format == Format::json) {
        io.out << dashboard_to_json(at, d).dump(2) << "\n";
        return io.out ? 0 : 1;
    }
    io.out << at.profile.settings.name << " - " << format_date(today) << " (week " << format_date(d.week_start) << " .. "
           << format_date(d.week_end) << ")\n";
    auto row = [&](const char* label, const DashboardList& l) {
        io.out << "  " << std::left << std::setw(22) << label << std::right << std::setw(7) << l.orders.size();
        if (!l.filter.empty()) io.out << "   --filter " << l.filter;
        io.out << "\n";
    };
    row("due this week", d.due_this_week);
    row("overdue", d.overdue);
    row("stuck", d.stuck);
    row("at risk", d.at_risk);
    row("fittings today", d.fittings_today);
    row("fittings this week", d.fittings_this_week);
    io.out << "  " << std::left << std::setw(22) << "received this month" << std::right << std::setw(16)
           << format_money(d.received_this_month) << " " << at.profile.settings.currency << " (" << d.paid_this_month.orders.size()
           << " orders)\n";
    io.out << "  " << std::left << std::setw(22) << "balance outstanding" << std::right << std::setw(16) << format_money(d.outstanding)
           << " " << at.profile.settings.currency << " (" << d.owing_orders << " orders, --filter owes)\n";
    return io.out ? 0 : 1;
}

}  // namespace atelier::cli

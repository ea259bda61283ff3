// `atelier dashboard FILE [--today YYYY-MM-DD] [--format table|json]`
#include <iomanip>
#include <ostream>

#include "core/queries/dashboard.hpp"
#include "native/query_cli.hpp"

namespace atelier::cli {

int cmd_dashboard(const Args& args, Io& io) {
    std::string file;
    Format format = Format::table;
    Date today = date_of(system_now());
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--help" || a == "-h") {
            io.out << "usage: atelier dashboard FILE [--today YYYY-MM-DD] [--format table|json]\n"
                      "The morning numbers: due this week, overdue, stuck, at risk, fittings today and this week,\n"
                      "money received this month and the balance outstanding. Each list names the --filter of\n"
                      "atelier query that shows the same orders; --format json lists their numbers.\n";
            return 0;
        } else if (a == "--format" && has_value) {
            auto f = parse_format(args[++i]);
            if (!f || *f == Format::csv) {
                io.err << "atelier dashboard: --format is table or json\n";
                return 2;
            }
            format = *f;
        } else if (a == "--today" && has_value) {
            auto d = parse_date(args[++i]);
            if (!d) {
                io.err << "atelier dashboard: --today needs a date YYYY-MM-DD\n";
                return 2;
            }
            today = *d;
        } else if (file.empty() && (a == "-" || a.empty() || a[0] != '-')) {
            file = a;
        } else {
            io.err << "atelier dashboard: unexpected argument '" << a << "' (see atelier dashboard --help)\n";
            return 2;
        }
    }
    if (file.empty()) {
        io.err << "usage: atelier dashboard FILE [--today YYYY-MM-DD] [--format table|json]\n";
        return 2;
    }
    Atelier at;
    if (!load_atelier(file, "dashboard", at, io)) return 1;
    const QueryIndex ix = build_index(at);
    const Dashboard d = build_dashboard(at, ix, today);
    if (format == Format::json) {
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

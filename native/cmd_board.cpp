// `atelier board FILE [--filter EXPR]... [--today D] [--format table|json]`
#include <iomanip>
#include <ostream>

#include "core/queries/board.hpp"
#include "native/query_cli.hpp"

namespace atelier::cli {

int cmd_board(const Args& args, Io& io) {
    std::string file;
    std::vector<std::string> exprs;
    Format format = Format::table;
    Date today = date_of(system_now());
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--help" || a == "-h") {
            io.out << "usage: atelier board FILE [--filter EXPR]... [--today YYYY-MM-DD] [--format table|json]\n"
                      "Active orders (confirmed or in production) by stage, in pipeline order, with counts and sums owed.\n"
                      "--filter narrows the orders as in atelier query.\n";
            return 0;
        } else if (a == "--filter" && has_value) {
            exprs.push_back(args[++i]);
        } else if (a == "--format" && has_value) {
            auto f = parse_format(args[++i]);
            if (!f || *f == Format::csv) {
                io.err << "atelier board: --format is table or json\n";
                return 2;
            }
            format = *f;
        } else if (a == "--today" && has_value) {
            auto d = parse_date(args[++i]);
            if (!d) {
                io.err << "atelier board: --today needs a date YYYY-MM-DD\n";
                return 2;
            }
            today = *d;
        } else if (file.empty() && (a == "-" || a.empty() || a[0] != '-')) {
            file = a;
        } else {
            io.err << "atelier board: unexpected argument '" << a << "' (see atelier board --help)\n";
            return 2;
        }
    }
    if (file.empty()) {
        io.err << "usage: atelier board FILE [--format table|json]\n";
        return 2;
    }
    std::string error;
    auto filter = parse_filter(exprs, error);
    if (!filter) {
        io.err << "atelier board: " << error << "\n";
        return 2;
    }
    Atelier at;
    if (!load_atelier(file, "board", at, io)) return 1;
    const QueryIndex ix = build_index(at);
    const Board b = build_board(at, ix, today, *filter);
    if (format == Format::json) {
        nlohmann::json cols = nlohmann::json::array();
        for (const auto& c : b.columns) {
            nlohmann::json nums = nlohmann::json::array();
            for (int i : c.orders) nums.push_back(at.orders[static_cast<size_t>(i)].number);
            cols.push_back({{"pipeline", c.pipeline}, {"stage", c.stage}, {"name", c.name}, {"count", c.count}, {"owed", c.owed.minor},
                            {"orders", nums}});
        }
        io.out << nlohmann::json{{"today", format_date(today)}, {"count", b.count}, {"owed", b.owed.minor}, {"columns", cols}}.dump(2)
               << "\n";
        return io.out ? 0 : 1;
    }
    std::string pipeline;
    for (const auto& c : b.columns) {
        if (c.pipeline != pipeline) {
            pipeline = c.pipeline;
            const Pipeline* p = at.pipeline(pipeline);
            io.out << (p ? p->name : pipeline) << "\n";
        }
        io.out << "  " << std::left << std::setw(14) << c.stage << std::right << std::setw(7) << c.count << " orders"
               << std::setw(16) << format_money(c.owed) << " owed\n";
    }
    io.out << "total " << b.count << " orders, " << format_money(b.owed) << " owed\n";
    return io.out ? 0 : 1;
}

}  // namespace atelier::cli

// `atelier board FILE [--filter EXPR]... [--today D] [--format table|json]`
#include <iomanip>
#include <ostream>

#include "core/queries/board.hpp"
#include "native/query_args.hpp"

namespace atelier::cli {

int cmd_board(const Args& args, Io& io) {
    const auto q = parse_query_args("board", kOptFilter, args, io);
    if (!q) return 2;
    if (q->help) {
        io.out << "usage: atelier board FILE [--filter EXPR]... [--today YYYY-MM-DD] [--format table|json]\n"
                  "Active orders (confirmed or in production) by stage, in pipeline order, with counts and sums owed.\n"
                  "--filter narrows the orders as in atelier query.\n";
        return 0;
    }
    Atelier at;
    if (!load_atelier(q->file, "board", at, io)) return 1;
    const QueryIndex ix = build_index(at);
    const Board b = build_board(at, ix, q->today, q->filter);
    if (q->format == Format::json) {
        nlohmann::json cols = nlohmann::json::array();
        for (const auto& c : b.columns) {
            nlohmann::json nums = nlohmann::json::array();
            for (int i : c.orders) nums.push_back(at.orders[static_cast<size_t>(i)].number);
            cols.push_back({{"pipeline", c.pipeline}, {"stage", c.stage}, {"name", c.name}, {"count", c.count}, {"owed", c.owed.minor},
                            {"orders", nums}});
        }
        io.out << nlohmann::json{{"today", format_date(q->today)}, {"count", b.count}, {"owed", b.owed.minor}, {"columns", cols}}.dump(2)
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

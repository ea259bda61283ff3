// The one place that registers the CLI's subcommands; each lives in its own cmd_<name>.cpp.
#include "native/cli.hpp"

namespace atelier::cli {

int cmd_query(const Args& args, Io& io);
int cmd_board(const Args& args, Io& io);
int cmd_dashboard(const Args& args, Io& io);
int cmd_bench(const Args& args, Io& io);

const std::vector<Subcommand>& subcommands() {
    static const std::vector<Subcommand> all = {
        {"query", "atelier query FILE [--filter EXPR]... [--sort KEY[:desc]] [--limit N] [--format table|json|csv]",
         "list the orders matching filters, sorted; --order N shows one order's backward plan", cmd_query},
        {"board", "atelier board FILE [--today YYYY-MM-DD] [--format table|json]",
         "active orders by stage in pipeline order, with counts and sums owed", cmd_board},
        {"dashboard", "atelier dashboard FILE [--today YYYY-MM-DD] [--format table|json]",
         "due this week, overdue, stuck, at risk, fittings, money received and outstanding", cmd_dashboard},
        {"bench", "atelier bench [--orders N] [--seed S]",
         "benchmark load, queries, board and dashboard on a demo atelier; prints one JSON object", cmd_bench},
    };
    return all;
}

}  // namespace atelier::cli

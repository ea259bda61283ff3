// The one place that registers the CLI's subcommands; each lives in its own cmd_<name>.cpp.
#include "native/cli.hpp"

namespace atelier::cli {

int cmd_demo(const Args& args, Io& io);
int cmd_check(const Args& args, Io& io);
int cmd_apply(const Args& args, Io& io);
int cmd_query(const Args& args, Io& io);
int cmd_board(const Args& args, Io& io);
int cmd_dashboard(const Args& args, Io& io);
int cmd_bench(const Args& args, Io& io);
int cmd_state_hash(const Args& args, Io& io);
int cmd_random_log(const Args& args, Io& io);
int cmd_roles(const Args& args, Io& io);
int cmd_import(const Args& args, Io& io);
int cmd_report(const Args& args, Io& io);

const std::vector<Subcommand>& subcommands() {
    static const std::vector<Subcommand> all = {
        {"demo", "atelier demo [--orders N] [--seed S] [--today YYYY-MM-DD]",
         "write a realistic demo snapshot to stdout", cmd_demo},
        {"check", "atelier check FILE|-", "validate a snapshot; problems are listed with their JSON paths", cmd_check},
        {"apply", "atelier apply FILE [--who NAME] [--now T] < commands.jsonl",
         "apply commands (one JSON object per line) and write the new snapshot to stdout", cmd_apply},
        {"query", "atelier query FILE [--filter EXPR]... [--sort KEY[:desc]] [--limit N] [--format table|json|csv]",
         "list the orders matching filters, sorted; --order N shows one order's backward plan", cmd_query},
        {"board", "atelier board FILE [--filter EXPR]... [--today YYYY-MM-DD] [--format table|json]",
         "active orders by stage in pipeline order, with counts and sums owed", cmd_board},
        {"dashboard", "atelier dashboard FILE [--today YYYY-MM-DD] [--format table|json]",
         "due this week, overdue, stuck, at risk, fittings, money received and outstanding", cmd_dashboard},
        {"bench", "atelier bench [--orders N] [--seed S] | atelier bench --laws [--seeds N] [--steps M] [--seed S]",
         "benchmark load, queries, board and dashboard on a demo atelier; prints one JSON object. --laws: random\n"
         "      commands on small demo ateliers, checking the laws (validity, undo/redo, replay, snapshots)", cmd_bench},
        {"state-hash", "atelier state-hash FILE|-",
         "print the SHA-256 of the snapshot's canonical form: equal ateliers, equal line, on every platform", cmd_state_hash},
        {"random-log", "atelier random-log FILE|- [--steps N] [--seed S] [--now YYYY-MM-DDTHH:MM]",
         "write the journal lines of N seeded random steps from FILE (refusals left out), for `atelier apply`", cmd_random_log},
        {"import", "atelier import FILE.csv [--into SNAPSHOT] [--map Header=field,...] [--preview] [--no-merge]",
         "import clients or orders from a CSV file (all rows or none, one batch) and write the new snapshot", cmd_import},
        {"report", "atelier report FILE KIND [--period PRESET | --from D --to D] [--today D] [--format table|csv]",
         "revenue by month, salesperson or pipeline; outstanding by age; days per stage (the app's Reports)", cmd_report},
        {"roles", "atelier roles", "print what a manager and staff may not write (the table serve.py refuses by), as JSON",
         cmd_roles},
    };
    return all;
}

}  // namespace atelier::cli

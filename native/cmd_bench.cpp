// `atelier bench [--orders N] [--seed S] [--runs N]`: the shared core benchmark with native probes.
// `atelier bench --laws [--seeds N] [--steps M] [--seed S]`: the law checker (core/laws/laws.hpp) over many seeds.
#include <malloc.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <fstream>
#include <map>
#include <ostream>
#include <string>

#include "core/bench/bench.hpp"
#include "core/laws/devices.hpp"
#include "core/sync/sim.hpp"
#include "core/laws/laws.hpp"
#include "native/folder_files.hpp"
#include "native/query_cli.hpp"

namespace atelier::cli {

namespace {
// A "VmHWM:   123456 kB" line of /proc/self/status, in MB; 0 when unavailable.
double proc_status_mb(const char* key) {
    std::ifstream f("/proc/self/status");
    std::string line;
    const std::string k = std::string(key) + ":";
    while (std::getline(f, line))
        if (line.compare(0, k.size(), k) == 0) return std::strtod(line.c_str() + k.size(), nullptr) / 1024.0;
    return 0;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Seeds first..first+count-1. Progress on err every few seconds; each distinct failure's report and
// the one-line JSON summary on out. Stops at the first failure unless keep_going.
int run_laws_cli(uint64_t first, uint64_t count, int steps, bool keep_going, Io& io) {
    const auto t0 = std::chrono::steady_clock::now();
    double shown = 0;
    LawStats total;
    uint64_t failures = 0;
    struct Seen {
        uint64_t count = 0, first_seed = 0;
        int shortest = 0;
    };
    std::map<std::string, Seen> kinds;
    for (uint64_t seed = first; seed < first + count; ++seed) {
        const LawRun run = check_laws(seed, steps);
        total.add(run.stats);
        if (run.failure) {
            ++failures;
            Seen& k = kinds[law_failure_kind(*run.failure)];
            if (k.count++ == 0) {
                k.first_seed = seed;
                k.shortest = run.shortest ? run.shortest->steps : run.failure->steps;
                io.out << law_report(run) << std::flush;
            }
            if (!keep_going) break;
        }
        if (const double t = seconds_since(t0); t - shown >= 5) {
            shown = t;
            io.err << "laws: " << seed - first + 1 << "/" << count << " seeds, " << total.commands << " commands, "
                   << failures << " failures, " << static_cast<int>(t) << " s\n";
        }
    }
    if (kinds.size() > 1 || (keep_going && failures)) {
        io.out << "distinct failures (" << kinds.size() << "):\n";
        for (const auto& [kind, k] : kinds)
            io.out << "  " << k.count << "x  " << kind << "  (first: --seed " << k.first_seed << " --steps " << k.shortest << ")\n";
    }
    nlohmann::json never = nlohmann::json::array();
    const auto types = command_types();
    for (size_t i = 0; i < types.size(); ++i)
        if (total.taken[i] == 0) never.push_back(types[i]);
    const double secs = seconds_since(t0);
    nlohmann::json summary = {{"first_seed", first}, {"seeds", total.seeds},       {"steps", steps},          {"commands", total.commands},
                              {"accepted", total.accepted}, {"refused", total.refused}, {"undo", total.undo},
                              {"redo", total.redo},         {"failures", failures},    {"seconds", std::round(secs * 1000) / 1000}};
    if (failures) summary["distinct_failures"] = kinds.size();
    if (!failures && !never.empty()) summary["never_accepted"] = never;  // the generator misses a type (runs cut short would list many)
    io.out << nlohmann::json{{"laws", summary}}.dump() << "\n";
    return failures ? 1 : 0;
}
// Seeds first..first+count-1, each with devices editing offline and with devices syncing around
// every edit (core/laws/devices.hpp). Stops at the first broken law; ends with one JSON line.
int run_devices_cli(uint64_t first, uint64_t count, int steps, Io& io) {
    const auto t0 = std::chrono::steady_clock::now();
    DeviceRunStats offline, sequential;
    for (uint64_t seed = first; seed < first + count; ++seed) {
        for (const bool seq : {false, true}) {
            const DeviceRun run = run_devices(seed, steps, seq);
            (seq ? sequential : offline).add(run.stats);
            if (run.failure) {
                io.out << "devices: " << *run.failure << "\n";
                return 1;
            }
            if (seq && run.stats.conflicts) {
                io.out << "devices: seed " << seed << " (sequential): conflicts recorded\n";
                return 1;
            }
        }
    }
    const double secs = seconds_since(t0);
    io.out << nlohmann::json{{"devices", {{"first_seed", first}, {"seeds", count}, {"steps", steps},
                                          {"entries", offline.entries + sequential.entries}, {"creates", offline.creates + sequential.creates},
                                          {"undos", offline.undos + sequential.undos},
                                          {"conflicts", offline.conflicts}, {"refused_in_log_order", offline.refused},
                                          {"syncs", offline.syncs + sequential.syncs}, {"failures", 0},
                                          {"seconds", std::round(secs * 1000) / 1000}}}}
                  .dump()
           << "\n";
    return 0;
}
// Seeds first..first+count-1 of sync simulated end to end (core/sync/sim.hpp). Stops at the first
// broken law, printing its seed; ends with one JSON line.
int run_sync_cli(uint64_t first, uint64_t count, int steps, Io& io) {
    const auto t0 = std::chrono::steady_clock::now();
    SyncRunStats total;
    for (uint64_t seed = first; seed < first + count; ++seed) {
        const SyncRun run = run_sync(seed, steps);
        total.add(run.stats);
        if (run.failure) {
            io.out << "sync: " << *run.failure << "\n";
            return 1;
        }
    }
    const double secs = seconds_since(t0);
    io.out << nlohmann::json{{"sync", {{"first_seed", first}, {"seeds", count}, {"steps", steps}, {"entries", total.entries},
                                       {"lost_unsaved", total.lost_unsaved}, {"not_applied", total.not_applied}, {"conflicts", total.conflicts},
                                       {"pushes", total.pushes}, {"pulls", total.pulls}, {"lost_replies", total.lost_replies},
                                       {"resent", total.resent}, {"crashes", total.crashes},
                                       {"restarts_from_checkpoint", total.restarts_from_checkpoint}, {"checkpoints", total.checkpoints},
                                       {"blocks", total.blocks}, {"undos", total.undos}, {"renumbered", total.renumbered}, {"failures", 0},
                                       {"seconds", std::round(secs * 1000) / 1000}}}}
                  .dump()
           << "\n";
    return 0;
}
}  // namespace

int cmd_bench(const Args& args, Io& io) {
    BenchOptions opt;
    bool laws = false, devices = false, sync = false, steps_given = false, keep_going = false, seed_given = false, seeds_given = false, bench_only = false, laws_only = false;
    long seeds = 200, steps = 300;
    const char* tmp = std::getenv("TMPDIR");
    std::string storage_parent = tmp && *tmp ? tmp : "/tmp";
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        long v = 0;
        if (a == "--help" || a == "-h") {
            io.out << "usage: atelier bench [--orders N] [--seed S] [--runs N] [--import-rows N] [--producer-orders N] [--storage-dir DIR]\n"
                      "       atelier bench --laws [--seeds N] [--steps M] [--seed S] [--keep-going]\n"
                      "       atelier bench --devices [--seeds N] [--steps M] [--seed S]\n"
                      "       atelier bench --sync [--seeds N] [--steps M] [--seed S]\n"
                      "Generates a demo atelier of N orders (default 100000) and prints one JSON object of timings\n"
                      "(medians, ms) and memory: serialize, parse+validate, index build, filter+sort, board, dashboard,\n"
                      "peak RSS and bytes per order. The web bench (node tests/bench/run_web_bench.js) prints the same.\n"
                      "save_edit_ms: one edit made durable (dispatch + its journal file written and fsynced) in a fresh\n"
                      "folder under DIR (default $TMPDIR or /tmp, removed afterwards); compact_ms: one full snapshot.\n"
                      "import_*_ms: a CSV of N order rows (default 10000; 0 skips it) read, checked and applied as one\n"
                      "batch to a 1,000-order demo atelier (core/bench/import_bench.hpp).\n"
                      "producer_* and materials_*_ms: a producer's demo of 500 styles and N production orders (default\n"
                      "2000; 0 skips it) with their batches; the materials summary of one order and of every open one\n"
                      "(core/bench/producer_bench.hpp); floor_board_ms: the Floor tab's board of every pipeline in use;\n"
                      "production_risks_ms: the dashboard's ship dates at risk and late production orders.\n"
                      "\n"
                      "--laws: for seeds 1..N (default 200; only --seed S; or S..S+N-1 with both, to share a long run\n"
                      "between processes) a small demo atelier and M random commands\n"
                      "(default 300) of every type, valid and not, with undo and redo, checking after each step that the\n"
                      "state validates, refusals change nothing, undo then redo is the identity, the journal replays to\n"
                      "the live state, compaction reopens to it, and snapshots read back byte-identical. Stops at the first\n"
                      "broken law (unless --keep-going: then each distinct failure is reported once) with the seed, the\n"
                      "step, the command and the shortest failing prefix; exit status 1. Ends with one JSON line.\n"
                      "\n"
                      "--devices: for each seed (default 200 seeds of 300 steps) 2-4 simulated devices edit one atelier\n"
                      "offline and sync through an ordered log, then again syncing around every edit: all converge to one\n"
                      "state hash, every conflict record is a truly concurrent edit (none when edits are sequential), and\n"
                      "every number created offline comes from its device's block. Exit status 1 at the first broken law.\n"
                      "\n"
                      "--sync: for each seed (default 200 seeds of 60 steps) 2-4 devices sync one atelier through an\n"
                      "in-process server with serve.py's semantics: offline edits and undos, lost replies, pushes sent\n"
                      "twice, crashes back to the last save; after all sync until quiet they hold one state hash (a fresh\n"
                      "fold of the server's log), every saved entry is in the log, every refused one is Not applied, and no\n"
                      "two devices ever reported different hashes at one log position. Exit status 1 and the seed at the\n"
                      "first broken law.\n";
            return 0;
        } else if (a == "--orders" && has_value && parse_int(args[i + 1], 1, 10'000'000, v)) {
            opt.orders = static_cast<int>(v);
            bench_only = true;
            ++i;
        } else if (a == "--seed" && has_value && parse_int(args[i + 1], 0, 2'000'000'000, v)) {
            opt.seed = static_cast<uint64_t>(v);
            seed_given = true;
            ++i;
        } else if (a == "--runs" && has_value && parse_int(args[i + 1], 1, 1000, v)) {
            opt.load_runs = static_cast<int>(v);
            opt.query_runs = static_cast<int>(v) * 5;
            bench_only = true;
            ++i;
        } else if (a == "--import-rows" && has_value && parse_int(args[i + 1], 0, 10'000, v)) {
            opt.import_rows = static_cast<int>(v);
            bench_only = true;
            ++i;
        } else if (a == "--producer-orders" && has_value && parse_int(args[i + 1], 0, 100'000, v)) {
            opt.producer_orders = static_cast<int>(v);
            bench_only = true;
            ++i;
        } else if (a == "--storage-dir" && has_value) {
            storage_parent = args[++i];
            bench_only = true;
        } else if (a == "--laws") {
            laws = true;
        } else if (a == "--devices") {
            devices = true;
        } else if (a == "--sync") {
            sync = true;
        } else if (a == "--seeds" && has_value && parse_int(args[i + 1], 1, 1'000'000'000, v)) {
            seeds = v;
            seeds_given = laws_only = true;
            ++i;
        } else if (a == "--steps" && has_value && parse_int(args[i + 1], 1, 1'000'000, v)) {
            steps = v;
            laws_only = steps_given = true;
            ++i;
        } else if (a == "--keep-going") {
            keep_going = laws_only = true;
        } else {
            io.err << "atelier bench: unexpected or invalid argument '" << a << "' (see atelier bench --help)\n";
            return 2;
        }
    }
    if (int{laws} + int{devices} + int{sync} > 1) {
        io.err << "atelier bench: one of --laws, --devices or --sync\n";
        return 2;
    }
    if ((devices || sync) && keep_going) {
        io.err << "atelier bench: --keep-going is for --laws\n";
        return 2;
    }
    if (sync && !bench_only)
        return run_sync_cli(seed_given ? opt.seed : 1, seed_given && !seeds_given ? 1 : static_cast<uint64_t>(seeds),
                            steps_given ? static_cast<int>(steps) : 60, io);
    if (devices && !bench_only)
        return run_devices_cli(seed_given ? opt.seed : 1, seed_given && !seeds_given ? 1 : static_cast<uint64_t>(seeds),
                               static_cast<int>(steps), io);
    if (laws || devices || sync ? bench_only : laws_only) {
        io.err << "atelier bench: " << (laws || devices || sync ? std::string("--orders, --runs and --storage-dir are not for ") + (laws ? "--laws" : devices ? "--devices" : "--sync")
                                             : "--seeds, --steps and --keep-going need --laws")
               << " (see atelier bench --help)\n";
        return 2;
    }
    if (laws)
        return run_laws_cli(seed_given ? opt.seed : 1, seed_given && !seeds_given ? 1 : static_cast<uint64_t>(seeds),
                            static_cast<int>(steps), keep_going, io);
    BenchProbes probes;
    probes.now_ms = [] {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
    };
    // Hand freed memory back first, so RSS shows what is live (the parser's temporary DOM is freed by then).
    // malloc_trim is glibc's; the same CLI built for node (web/CMakeLists.txt) has musl, which has none.
    probes.rss_mb = [] {
#if defined(__GLIBC__)
        malloc_trim(0);
#endif
        return proc_status_mb("VmRSS");
    };
    probes.peak_rss_mb = [] { return proc_status_mb("VmHWM"); };
    probes.platform = "native";
    // A fresh folder on the disk the user points at, with real fsyncs: what one saved edit costs.
    std::string dir = storage_parent + "/atelier-bench-XXXXXX";
    if (!::mkdtemp(dir.data())) {
        io.err << "atelier bench: cannot create a folder in " << storage_parent << "\n";
        return 1;
    }
    FolderFiles files(dir);
    probes.files = &files;
    const nlohmann::json out = run_bench(opt, probes);
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    io.out << out.dump() << "\n";
    return io.out ? 0 : 1;
}

}  // namespace atelier::cli

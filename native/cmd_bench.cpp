// `atelier bench [--orders N] [--seed S] [--runs N]`: the shared core benchmark with native probes.
#include <malloc.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <ostream>
#include <string>

#include "core/bench/bench.hpp"
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
}  // namespace

int cmd_bench(const Args& args, Io& io) {
    BenchOptions opt;
    const char* tmp = std::getenv("TMPDIR");
    std::string storage_parent = tmp && *tmp ? tmp : "/tmp";
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        long v = 0;
        if (a == "--help" || a == "-h") {
            io.out << "usage: atelier bench [--orders N] [--seed S] [--runs N] [--storage-dir DIR]\n"
                      "Generates a demo atelier of N orders (default 100000) and prints one JSON object of timings\n"
                      "(medians, ms) and memory: serialize, parse+validate, index build, filter+sort, board, dashboard,\n"
                      "peak RSS and bytes per order. The web bench (node tests/bench/run_web_bench.js) prints the same.\n"
                      "save_edit_ms: one edit made durable (dispatch + its journal file written and fsynced) in a fresh\n"
                      "folder under DIR (default $TMPDIR or /tmp, removed afterwards); compact_ms: one full snapshot.\n";
            return 0;
        } else if (a == "--orders" && has_value && parse_int(args[i + 1], 1, 10'000'000, v)) {
            opt.orders = static_cast<int>(v);
            ++i;
        } else if (a == "--seed" && has_value && parse_int(args[i + 1], 0, 2'000'000'000, v)) {
            opt.seed = static_cast<uint64_t>(v);
            ++i;
        } else if (a == "--runs" && has_value && parse_int(args[i + 1], 1, 1000, v)) {
            opt.load_runs = static_cast<int>(v);
            opt.query_runs = static_cast<int>(v) * 5;
            ++i;
        } else if (a == "--storage-dir" && has_value) {
            storage_parent = args[++i];
        } else {
            io.err << "atelier bench: unexpected or invalid argument '" << a << "' (see atelier bench --help)\n";
            return 2;
        }
    }
    BenchProbes probes;
    probes.now_ms = [] {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
    };
    // Hand freed memory back first, so RSS shows what is live (the parser's temporary DOM is freed by then).
    probes.rss_mb = [] {
        malloc_trim(0);
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

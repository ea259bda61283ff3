// The WASM benchmark: the same core run_bench as `atelier bench`, with browser probes.
// Arguments come from Module.arguments (set by tests/bench/run_web_bench.js): --orders N --seed S --runs N.
#include <emscripten.h>
#include <emscripten/heap.h>
#include <malloc.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/bench/bench.hpp"
#include "core/demo.hpp"
#include "core/snapshot/snapshot.hpp"

int main(int argc, char** argv) {
    atelier::BenchOptions opt;
    // --dump N: print the demo snapshot the bench measures, to compare bytes with `atelier demo --today 2026-06-01`.
    if (argc == 3 && std::strcmp(argv[1], "--dump") == 0) {
        atelier::DemoOptions d;
        d.orders = std::atoi(argv[2]);
        std::fputs(atelier::write_snapshot(atelier::make_demo(d)).c_str(), stdout);
        return 0;
    }
    for (int i = 1; i + 1 < argc; i += 2) {
        const long v = std::strtol(argv[i + 1], nullptr, 10);
        if (std::strcmp(argv[i], "--orders") == 0 && v > 0) opt.orders = static_cast<int>(v);
        else if (std::strcmp(argv[i], "--seed") == 0 && v >= 0) opt.seed = static_cast<uint64_t>(v);
        else if (std::strcmp(argv[i], "--runs") == 0 && v > 0) {
            opt.load_runs = static_cast<int>(v);
            opt.query_runs = static_cast<int>(v) * 5;
        }
    }
    atelier::BenchProbes probes;
    probes.now_ms = [] { return emscripten_get_now(); };
    // In use by malloc now; the linear memory only grows, so its size is the peak.
    probes.rss_mb = [] { return static_cast<double>(mallinfo().uordblks) / (1024.0 * 1024.0); };
    probes.peak_rss_mb = [] { return static_cast<double>(emscripten_get_heap_size()) / (1024.0 * 1024.0); };
    probes.platform = "wasm";
    const std::string out = atelier::run_bench(opt, probes).dump();
    std::printf("%s\n", out.c_str());
    std::fflush(stdout);
    return 0;
}

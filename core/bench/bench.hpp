#pragma once
// [SECTION] The performance benchmark, shared by `atelier bench` and the WASM bench page.
// - Pure: the shell passes the clock and the memory probes in; the demo's "today" is fixed so every
//   platform measures the same bytes.
// - Times are medians of several runs, in milliseconds. filter_sort/board/dashboard use a warm
//   QueryIndex (built once per atelier change; its build time is index_ms), as the UI does.
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

namespace atelier {

class Files;

struct BenchOptions {
    int orders = 100000;
    uint64_t seed = 1;
    int load_runs = 3;    // serialize / parse+validate / index
    int query_runs = 15;  // filter+sort, board, dashboard
    int import_rows = 10000;  // the CSV import benchmark (core/bench/import_bench.hpp); 0: not run
    int producer_orders = 2000;  // the producer benchmark (core/bench/producer_bench.hpp); 0: not run
};

struct BenchProbes {
    std::function<double()> now_ms;               // a monotonic clock in milliseconds (required)
    std::function<double()> rss_mb;               // resident memory now, MB; may be empty
    std::function<double()> peak_rss_mb;          // peak resident memory, MB; may be empty
    std::string platform = "native";
    // A storage folder to measure save_edit_ms in (one edit made durable: dispatch + journal file
    // written and synced), compact_ms and storage_open_ms; may be null (then those keys are absent).
    Files* files = nullptr;
};

// One JSON object: orders, snapshot_bytes, generate_ms, serialize_ms, parse_validate_ms, index_ms,
// filter_sort_ms (+ filter_sort_matches), board_ms, dashboard_ms, peak_rss_mb, bytes_per_order,
// save_edit_ms, compact_ms, storage_open_ms (with probes.files), ...
nlohmann::json run_bench(const BenchOptions& opt, const BenchProbes& probes);

}  // namespace atelier

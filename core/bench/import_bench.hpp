#pragma once
// [SECTION] The CSV import benchmark: a file of N order rows (new clients, returning clients found
// by phone, a deposit on some) read, mapped, checked and applied as one batch to a demo atelier.
#include <cstdint>
#include <nlohmann/json.hpp>

#include "core/bench/bench.hpp"

namespace atelier {

// import_rows, import_bytes, import_parse_ms, import_plan_ms, import_apply_ms, import_total_ms
// (medians of `runs`), import_orders_made, import_refused ("" when the file went in).
nlohmann::json run_import_bench(int rows, uint64_t seed, int runs, const BenchProbes& probes);

}  // namespace atelier

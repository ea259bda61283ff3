#pragma once
// [SECTION] The producer benchmark (issue 18): a producer's demo of 500 styles, `orders` production
// orders of up to 8 sizes × 6 colourways and about six batches per order on the floor; the
// materials summary of one order and of every open order, and the validator over all of it.
#include <cstdint>
#include <nlohmann/json.hpp>

#include "core/bench/bench.hpp"

namespace atelier {

// producer_styles, producer_orders, producer_batches, producer_generate_ms, producer_validate_ms,
// materials_one_ms (median over many orders) and materials_one_max_ms, materials_open_ms (median of
// `runs`), materials_open_orders, materials_open_lines.
nlohmann::json run_producer_bench(int orders, uint64_t seed, int runs, const BenchProbes& probes);

}  // namespace atelier

#pragma once
// A realistic, deterministic atelier for demos, benchmarks and tests: same options, same bytes.
#include <cstdint>

#include "core/model/atelier.hpp"

namespace atelier {

struct DemoOptions {
    int orders = 200;
    uint64_t seed = 1;
    Date today = date_from_civil(2026, 6, 1);  // the shell passes the real date; tests pin it
};

// Pipelines (bridal, 11 stages; tailoring, 5), clients with measurements, and orders spread over
// every stage and status, with deposits, fittings, sparing rush/priority, and some overdue.
Atelier make_demo(const DemoOptions& opt);

}  // namespace atelier

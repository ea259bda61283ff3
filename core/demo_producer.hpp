#pragma once
// A producer's part of a demo atelier (issue 18): a floor pipeline, styles with their tech packs in
// every state, production orders over them in every state (8 sizes × 6 colourways by default), and
// batches on the floor at every stage. Deterministic: same options, same bytes.
#include <cstdint>

#include "core/model/atelier.hpp"

namespace atelier {

struct ProducerDemoOptions {
    int styles = 12;
    int productions = 40;
    int batches_per_order = 5;  // for released orders; 2,000 orders × 5 = the benchmark's 10,000
    uint64_t seed = 1;
    Date today = date_from_civil(2026, 6, 1);
};

// Adds them to `a` (numbered from its next order number, which moves on past them).
void add_producer_demo(Atelier& a, const ProducerDemoOptions& opt);

}  // namespace atelier

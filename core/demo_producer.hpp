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

// The scale (500 styles, 2,000 production orders, about 12,000 batches): `atelier demo
// --producer`, the benchmark and the app's first start.
inline ProducerDemoOptions producer_demo_options(uint64_t seed, Date today) { return ProducerDemoOptions{500, 2000, 9, seed, today}; }

// Adds them to `a` (numbered from its next order number, which moves on past them).
void add_producer_demo(Atelier& a, const ProducerDemoOptions& opt);

}  // namespace atelier

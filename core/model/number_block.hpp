#pragma once
// [SECTION] Numbers a device gives out on its own: a range of order numbers and one of client ids,
// reserved from the atelier's counters (numbers.reserve; the sync server issues them, issue 14).
// Two devices offline never make the same number: their blocks are disjoint, and each block's
// `next` moves only with its own device's creates. A device without a block takes the atelier's
// counters (one device, no server: it holds every number).
#include <string>

#include "core/json/fields.hpp"

namespace atelier {

// [from, end) and the next free one, for orders or for clients.
struct NumberRange {
    int from = 0, next = 0, end = 0;
    bool operator==(const NumberRange&) const = default;
    template <class V> void fields(V& v) {
        v.req("from", from);
        v.req("next", next);
        v.req("end", end);
    }
};

struct NumberBlock {
    std::string device;
    NumberRange orders, clients;
    bool operator==(const NumberBlock&) const = default;
    template <class V> void fields(V& v) {
        v.req("device", device);
        v.req("orders", orders);
        v.req("clients", clients);
    }
};

// The largest number any counter gives: far inside int, so `next` never overflows.
inline constexpr int kMaxNumber = 1'000'000'000;
// The largest block one reservation takes.
inline constexpr int kMaxBlock = 1'000'000;

}  // namespace atelier

#pragma once
// [SECTION] Numbers a device gives out on its own: ranges of order numbers and of client ids,
// reserved from the atelier's counters (numbers.reserve; the sync server issues them, issue 14).
// Two devices offline never make the same number: their blocks are disjoint, and each block's
// `next` moves only with its own device's creates. A device may hold several blocks: a new one
// leaves the numbers left in the older ones valid (creates made with them may reach the log after
// the reservation), and a block is dropped once it has none left and its device holds a newer one.
// A device without a block takes the atelier's counters (one device, no server: it holds every
// number). A device whose blocks are all used gives provisional numbers (from kProvisionalFrom),
// which its sync client renumbers from its next block before they leave the device.
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
// Numbers from here up are provisional (one space for orders and clients, so that one map renames
// both): the counters and blocks stay below it.
inline constexpr int kProvisionalFrom = 900'000'000;
inline bool is_provisional(int n) { return n >= kProvisionalFrom && n < kMaxNumber; }
// The largest block one reservation takes.
inline constexpr int kMaxBlock = 1'000'000;

}  // namespace atelier

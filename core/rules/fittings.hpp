#pragma once
// [SECTION] Fittings: when two booked fittings of the atelier clash (any order). A clash warns, it
// never refuses: the atelier may have two fitting rooms, or mean to squeeze one in.
#include <optional>
#include <string>
#include <vector>

#include "core/model/atelier.hpp"
#include "core/said.hpp"

namespace atelier {

struct FittingRef {
    int order = 0;
    int index = 0;  // in the order's fittings
    bool operator==(const FittingRef&) const = default;
};

// Whether a fitting still takes its time in the agenda (cancelled ones do not).
inline bool fitting_booked(const Order& o, const Fitting& f) { return !f.cancelled && o.status != Status::cancelled; }

// The booked fittings (not cancelled, of orders not cancelled) whose time overlaps [at, at + minutes),
// `self` aside, in the atelier's order.
std::vector<FittingRef> overlapping_fittings(const Atelier& a, DateTime at, int minutes, std::optional<FittingRef> self);
// "the fitting overlaps the first fitting of 3-BFG (2026-04-02T10:00, 60 min)" (+ "and 2 more"); nullopt for none.
std::optional<Said> overlap_warning(const Atelier& a, const std::vector<FittingRef>& clashes);

}  // namespace atelier

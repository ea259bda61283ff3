#pragma once
// [SECTION] run_query: the orders matching a Filter, in Sort order, as indexes into a.orders.
// - With a warm QueryIndex this is a linear scan of compact rows plus a sort of the matches;
//   text search runs last, only on rows every other term accepted.
#include <vector>

#include "core/queries/filter.hpp"
#include "core/queries/index.hpp"

namespace atelier {

// Indexes into a.orders (the rows of `ix`). `ix` must have been built from the atelier as it is now.
std::vector<int> run_query(const QueryIndex& ix, const Filter& f, const Sort& s, Date today);
// Convenience for one-off calls (CLI, tests): builds the index first.
std::vector<int> run_query(const Atelier& a, const Filter& f, const Sort& s, Date today);

// Does row i match? (Compiles the filter each call: for one-offs; run_query compiles once.)
bool matches(const QueryIndex& ix, size_t i, const Filter& f, Date today);
// Sorts indexes in place by `s`: ascending ties go by order number; descending is the exact reverse.
// Uses the index's precomputed orders: linear for large sets, a rank compare for small ones.
void sort_rows(const QueryIndex& ix, std::vector<int>& idx, const Sort& s, Date today);
// One byte per row: 1 when it matches.
std::vector<uint8_t> match_mask(const QueryIndex& ix, const Filter& f, Date today);

}  // namespace atelier

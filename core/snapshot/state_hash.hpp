#pragma once
// [SECTION] The state hash: SHA-256 of the atelier's canonical snapshot, as 64 hex digits.
// - Canonical: the snapshot writer's bytes depend on the state alone (entities in their vectors'
//   order, object keys sorted by nlohmann::json's std::map, no floating point, no unordered
//   container read), so equal states hash equal on every platform, native and WASM alike.
// - Of the state, not of a file: a snapshot reformatted or with its keys reordered reads to the
//   same atelier and so has the same hash. Two devices that applied the same journal entries in
//   the same order compare 64 characters instead of whole snapshots (`atelier state-hash`).
#include <string>

#include "core/model/atelier.hpp"

namespace atelier {

// Hashes the writer's text slice by slice, so a large atelier is never held twice in memory.
std::string state_hash(const Atelier& a);

}  // namespace atelier

#pragma once
// [SECTION] Seeded random commands for the law checker (core/laws/laws.hpp).
// - Mostly plausible: ids, stages, names and amounts picked from the atelier as it stands, so the
//   sequence reaches deep into the rules; some deliberately invalid (unknown ids, out-of-range
//   numbers, removals of what is in use, overpayments, hostile text).
// - One `make` overload per command type: a type added to Command without one does not compile.
#include <cstddef>
#include <cstdint>

#include "core/commands/command.hpp"
#include "core/rng.hpp"

namespace atelier::laws {

using atelier::Rng;

// A command type index into Command, weighted towards the order commands that carry most rules.
size_t random_command_type(Rng& rng);
// One command of the type at `index`, drawn from `a` as it stands at `now`.
Command random_command(Rng& rng, const Atelier& a, DateTime now, size_t index);

}  // namespace atelier::laws

#pragma once
// [SECTION] Seeded random commands for the law checker (core/laws/laws.hpp).
// - Mostly plausible: ids, stages, names and amounts picked from the atelier as it stands, so the
//   sequence reaches deep into the rules; some deliberately invalid (unknown ids, out-of-range
//   numbers, removals of what is in use, overpayments, hostile text).
// - One `make` overload per command type: a type added to Command without one does not compile.
#include <cstddef>
#include <cstdint>

#include "core/commands/command.hpp"

namespace atelier::laws {

// splitmix64: tiny and the same numbers on every platform and standard library (the
// std::uniform_*_distribution outputs differ between libstdc++, libc++ and MSVC).
struct Rng {
    uint64_t s;
    uint64_t next() {
        uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<uint64_t>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <class T, size_t N> const T& pick(const T (&a)[N]) { return a[below(static_cast<int>(N))]; }
};

// A command type index into Command, weighted towards the order commands that carry most rules.
size_t random_command_type(Rng& rng);
// One command of the type at `index`, drawn from `a` as it stands at `now`.
Command random_command(Rng& rng, const Atelier& a, DateTime now, size_t index);

}  // namespace atelier::laws

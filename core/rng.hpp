#pragma once
// splitmix64: tiny, fast and the same numbers on every platform and standard library (the
// std::uniform_*_distribution outputs differ between libstdc++, libc++ and MSVC). Shared by the
// demo generator and the law tests, so a seed means the same everywhere.
#include <cstddef>
#include <cstdint>

namespace atelier {

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

}  // namespace atelier

#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace atelier {

// A quantity of material (metres of fabric, pieces of a trim) in thousandths: exact sums and the
// same result on every platform, never floating point. JSON: a decimal string, "1.25".
struct Quantity {
    int64_t milli = 0;
    auto operator<=>(const Quantity&) const = default;
};

// One garment's use of a material is at most this (per size, before waste): 100,000 units.
inline constexpr int64_t kQuantityMaxMilli = 100'000'000;

// "1", "1.5", "0.125": no sign, at most three decimals, at most kQuantityMaxMilli.
std::optional<Quantity> parse_quantity(std::string_view s);
// Trailing zeros dropped: "1.25", "3".
std::string format_quantity(Quantity q);

}  // namespace atelier

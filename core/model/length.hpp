#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace atelier {

enum class Unit : uint8_t { cm, in };

// A body measurement stored exactly in nanometres: 1e-4 cm = 1000 nm and 1e-4 in = 2540 nm are both
// whole numbers, so any value entered with up to four decimals in either unit is kept without rounding.
// `unit` remembers how it was entered, for display.
struct Length {
    int64_t nm = 0;
    Unit unit = Unit::cm;
    bool operator==(const Length&) const = default;
};

// "92.5cm", "36.25in", "36.25 in": up to four decimals, positive, below 10 m.
std::optional<Length> parse_length(std::string_view s);
// In the entered unit, trailing zeros dropped: "92.5cm".
std::string format_length(Length l);
// Converted to `unit`, rounded to the nearest 1e-4 of that unit when it does not divide exactly.
std::string format_length_as(Length l, Unit unit);

std::ostream& operator<<(std::ostream& os, Length l);

}  // namespace atelier

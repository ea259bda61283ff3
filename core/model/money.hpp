#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace atelier {

// Money in minor units (cents) of the atelier's currency; never floating point.
// Every currency is treated as having two decimals.
struct Money {
    int64_t minor = 0;
    auto operator<=>(const Money&) const = default;
};

inline Money operator+(Money a, Money b) { return Money{a.minor + b.minor}; }
inline Money operator-(Money a, Money b) { return Money{a.minor - b.minor}; }
inline Money& operator+=(Money& a, Money b) { a.minor += b.minor; return a; }
// Share of an amount, rounded down to the cent: percent in 0..100.
inline Money percent_of(Money m, int percent) { return Money{m.minor * percent / 100}; }

// "1234", "1234.5", "1234.50" -> minor units; no sign, no exponent, at most two decimals.
std::optional<Money> parse_money(std::string_view s);
std::string format_money(Money m);  // "1234.50"

std::ostream& operator<<(std::ostream& os, Money m);

}  // namespace atelier

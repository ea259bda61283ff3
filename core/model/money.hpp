#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "core/said.hpp"

namespace atelier {

// Money in minor units (cents) of the atelier's currency; never floating point.
// Every currency is treated as having two decimals.
struct Money {
    int64_t minor = 0;
    auto operator<=>(const Money&) const = default;
};

// The largest amount any field holds: 1,000,000,000.00. One limit for integer and string forms, far
// enough below int64 that a sum of millions of amounts cannot overflow (sums are checked anyway).
inline constexpr int64_t kMoneyMaxMinor = 100'000'000'000;

inline Money operator+(Money a, Money b) { return Money{a.minor + b.minor}; }
inline Money operator-(Money a, Money b) { return Money{a.minor - b.minor}; }
inline Money& operator+=(Money& a, Money b) { a.minor += b.minor; return a; }
// Share of an amount, rounded down to the cent: percent in 0..100.
inline Money percent_of(Money m, int percent) { return Money{m.minor * percent / 100}; }

// a + b, or nullopt when the sum would pass int64 (a ledger of many maximal amounts).
std::optional<Money> checked_add(Money a, Money b);

// "1234", "1234.5", "1234.50" -> minor units; no sign, no exponent, at most two decimals.
// nullopt when malformed or above kMoneyMaxMinor (then *too_large, when given, is set).
std::optional<Money> parse_money(std::string_view s, bool* too_large = nullptr);
// "amount is too large (at most 1000000000.00)": the one wording for both JSON forms and the UI.
Said money_too_large();
std::string format_money(Money m);  // "1234.50"
// A plain amount with its thousands grouped, as people read it: "-1234567.50" → "-1,234,567.50".
std::string group_thousands(std::string_view plain);

std::ostream& operator<<(std::ostream& os, Money m);

}  // namespace atelier

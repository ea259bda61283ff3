#pragma once
// [SECTION] The ranges of the atelier's numbers: one place for the command, the UI and the loader.
#include <string>

namespace atelier {

struct IntRange {
    int min = 0;
    int max = 0;
    bool contains(int v) const { return v >= min && v <= max; }
    // "must be from 0 to 365": the one wording everywhere a range is refused.
    std::string message() const { return "must be from " + std::to_string(min) + " to " + std::to_string(max); }
};

inline constexpr IntRange kDueSoonDays{0, 365};      // Settings: how far ahead "due soon" looks
inline constexpr IntRange kBufferDays{0, 365};       // Settings: deadline to event gap that warns
inline constexpr IntRange kFreeCancelHours{0, 8760};  // Settings: a year at most
inline constexpr IntRange kPercent{0, 100};           // cancellation percentages and stage fees
inline constexpr IntRange kStageDays{0, 365};         // a stage's expected duration

}  // namespace atelier

#pragma once
// [SECTION] The ranges of the atelier's numbers: one place for the command, the UI and the loader.
#include <cstdint>
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
inline constexpr IntRange kLockMinutes{0, 1440};      // Settings: idle minutes before a device locks (a day at most)
inline constexpr IntRange kTaxRateBp{0, 10000};       // Settings: a tax rate, 0.00-100.00%
inline constexpr IntRange kPercent{0, 100};           // cancellation percentages and stage fees
inline constexpr IntRange kStageDays{0, 365};         // a stage's expected duration
inline constexpr IntRange kFittingMinutes{5, 480};    // how long a fitting is booked for

// Photos (core/rules/photos.hpp). The browser downscales a picture to kPhotoLongEdge on its long
// edge before storing it; another device's pictures are taken up to kPhotoSide.
inline constexpr int kPhotoLongEdge = 2048;
inline constexpr int kThumbLongEdge = 256;
inline constexpr IntRange kPhotoSide{1, 4096};
inline constexpr int64_t kMaxPhotoBytes = 16 * 1024 * 1024;  // also the sync server's blob limit
inline constexpr int kMaxPhotosPerOrder = 200;
inline constexpr size_t kMaxNotesBytes = 4000;  // a client's or an order's notes

// Email sent by the sync server (docs/email.md): its entries' device, the longest reply it keeps
// (the mail server's line, or its own reason), and the most tries it counts.
inline constexpr const char* kServerDevice = "server";
inline constexpr size_t kMaxDeliveryReply = 1000;
inline constexpr int kMaxDeliveryAttempts = 1000;
inline constexpr size_t kMaxMessageId = 100;

}  // namespace atelier

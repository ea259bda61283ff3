#pragma once
// [SECTION] Which device made a change, and how far each device's changes have been applied.
// - A device id names one installation (a browser profile, a CLI user): 1-64 characters of
//   [A-Za-z0-9_-]. The browser makes a random 64-bit one (16 hex digits) on first start.
// - Every journal entry a device writes is numbered 1, 2, 3... (`seq`); the entry id is
//   "<device>.<seq>", unique across devices because device ids are.
// - The clock lists, per device, the highest seq applied to this atelier (a version vector).
//   It lives beside the profile, never inside an undo image, so an undo cannot wind it back.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atelier {

inline constexpr size_t kMaxDeviceId = 64;
inline constexpr int64_t kMaxSeq = int64_t{1} << 53;  // exact in every JSON reader

bool valid_device_id(std::string_view id);
// "<device>.<seq>"
std::string entry_id(std::string_view device, int64_t seq);

struct DeviceSeq {
    std::string device;
    int64_t seq = 0;
    bool operator==(const DeviceSeq&) const = default;
    template <class V> void fields(V& v) {
        v.req("device", device);
        v.req("seq", seq);
    }
};

// The device and seq of "<device>.<seq>"; nullopt unless it is exactly that (no sign, no leading 0).
std::optional<DeviceSeq> parse_entry_id(std::string_view id);

// Sorted by device, one row each: the same entries applied give the same clock, byte for byte.
struct DeviceClock {
    std::vector<DeviceSeq> rows;
    bool operator==(const DeviceClock&) const = default;
    // The highest seq of `device` applied here; 0 when none.
    int64_t applied(std::string_view device) const;
    // Records that `device`'s entry `seq` was applied (keeps the row sorted; never lowers it).
    void advance(std::string_view device, int64_t seq);
};

}  // namespace atelier

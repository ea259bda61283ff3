#include "core/model/device_clock.hpp"

#include <algorithm>
#include <charconv>

namespace atelier {

bool valid_device_id(std::string_view id) {
    if (id.empty() || id.size() > kMaxDeviceId) return false;
    return std::all_of(id.begin(), id.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-';
    });
}

std::string entry_id(std::string_view device, int64_t seq) {
    std::string id(device);
    id += '.';
    id += std::to_string(seq);
    return id;
}

std::optional<DeviceSeq> parse_entry_id(std::string_view id) {
    const auto dot = id.rfind('.');
    if (dot == std::string_view::npos || !valid_device_id(id.substr(0, dot))) return std::nullopt;
    const std::string_view digits = id.substr(dot + 1);
    int64_t seq = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), seq);
    if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty() || digits[0] == '0' || seq < 1 || seq > kMaxSeq)
        return std::nullopt;
    return DeviceSeq{std::string(id.substr(0, dot)), seq};
}

namespace {
auto find_row(const std::vector<DeviceSeq>& rows, std::string_view device) {
    return std::lower_bound(rows.begin(), rows.end(), device,
                            [](const DeviceSeq& r, std::string_view d) { return std::string_view(r.device) < d; });
}
}  // namespace

int64_t DeviceClock::applied(std::string_view device) const {
    auto it = find_row(rows, device);
    return it != rows.end() && it->device == device ? it->seq : 0;
}

void DeviceClock::advance(std::string_view device, int64_t seq) {
    auto it = find_row(rows, device);
    const auto at = rows.begin() + (it - rows.cbegin());
    if (it != rows.end() && it->device == device) at->seq = std::max(at->seq, seq);
    else rows.insert(at, DeviceSeq{std::string(device), seq});
}

}  // namespace atelier

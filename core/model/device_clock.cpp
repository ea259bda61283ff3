#include "core/model/device_clock.hpp"

#include <algorithm>

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

#include "core/model/quantity.hpp"

namespace atelier {

std::optional<Quantity> parse_quantity(std::string_view s) {
    if (s.empty() || s.size() > 20) return std::nullopt;
    int64_t whole = 0, frac = 0;
    int decimals = -1;  // -1: no point seen
    bool digits = false;
    for (char ch : s) {
        if (ch == '.') {
            if (decimals >= 0) return std::nullopt;
            decimals = 0;
            continue;
        }
        if (ch < '0' || ch > '9') return std::nullopt;
        digits = true;
        if (decimals < 0) {
            whole = whole * 10 + (ch - '0');
            if (whole > kQuantityMaxMilli) return std::nullopt;
        } else {
            if (++decimals > 3) return std::nullopt;
            frac = frac * 10 + (ch - '0');
        }
    }
    if (!digits || decimals == 0) return std::nullopt;
    for (int d = decimals < 0 ? 0 : decimals; d < 3; ++d) frac *= 10;
    const int64_t milli = whole * 1000 + frac;
    if (milli > kQuantityMaxMilli) return std::nullopt;
    return Quantity{milli};
}

std::string format_quantity(Quantity q) {
    const bool negative = q.milli < 0;
    const uint64_t v = negative ? 0 - static_cast<uint64_t>(q.milli) : static_cast<uint64_t>(q.milli);
    std::string out = negative ? "-" : "";
    out += std::to_string(v / 1000);
    uint64_t frac = v % 1000;
    if (frac == 0) return out;
    std::string f = std::to_string(frac);
    f.insert(0, 3 - f.size(), '0');
    while (f.back() == '0') f.pop_back();
    out += '.';
    out += f;
    return out;
}

}  // namespace atelier

#include "core/model/money.hpp"

#include <cstdio>

namespace atelier {

std::optional<Money> parse_money(std::string_view s) {
    if (s.empty()) return std::nullopt;
    int64_t whole = 0;
    size_t i = 0;
    for (; i < s.size() && s[i] != '.'; ++i) {
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        if (whole > 9'000'000'000'000'000 / 1000) return std::nullopt;  // keeps minor units far from overflow
        whole = whole * 10 + (s[i] - '0');
    }
    if (i == 0) return std::nullopt;
    int64_t cents = 0;
    if (i < s.size()) {
        const auto frac = s.substr(i + 1);
        if (frac.empty() || frac.size() > 2) return std::nullopt;
        for (char c : frac) {
            if (c < '0' || c > '9') return std::nullopt;
            cents = cents * 10 + (c - '0');
        }
        if (frac.size() == 1) cents *= 10;
    }
    return Money{whole * 100 + cents};
}

std::string format_money(Money m) {
    char buf[32];
    const int64_t a = m.minor < 0 ? -m.minor : m.minor;
    std::snprintf(buf, sizeof buf, "%s%lld.%02lld", m.minor < 0 ? "-" : "", static_cast<long long>(a / 100),
                  static_cast<long long>(a % 100));
    return buf;
}

std::ostream& operator<<(std::ostream& os, Money m) { return os << format_money(m); }

}  // namespace atelier

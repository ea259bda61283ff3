#include "core/model/money.hpp"

#include <algorithm>
#include <cstdio>

#include "core/i18n/said_text.hpp"

namespace atelier {

std::optional<Money> parse_money(std::string_view s, bool* too_large) {
    if (too_large) *too_large = false;
    bool big = false;
    if (s.empty()) return std::nullopt;
    int64_t whole = 0;
    size_t i = 0;
    for (; i < s.size() && s[i] != '.'; ++i) {
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        if (whole > kMoneyMaxMinor) big = true;  // keep scanning: a malformed tail is not "too large"
        else whole = whole * 10 + (s[i] - '0');
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
    if (big || whole > kMoneyMaxMinor / 100 || whole * 100 + cents > kMoneyMaxMinor) {
        if (too_large) *too_large = true;
        return std::nullopt;
    }
    return Money{whole * 100 + cents};
}

std::optional<Money> checked_add(Money a, Money b) {
    int64_t out = 0;
    if (__builtin_add_overflow(a.minor, b.minor, &out)) return std::nullopt;
    return Money{out};
}

Said money_too_large() { return say(Msg::why_money_too_large, {{"max", format_money(Money{kMoneyMaxMinor})}}); }

std::string format_money(Money m) {
    char buf[32];
    const int64_t a = m.minor < 0 ? -m.minor : m.minor;
    std::snprintf(buf, sizeof buf, "%s%lld.%02lld", m.minor < 0 ? "-" : "", static_cast<long long>(a / 100),
                  static_cast<long long>(a % 100));
    return buf;
}

std::string group_thousands(std::string_view plain) {
    const size_t sign = !plain.empty() && plain[0] == '-' ? 1 : 0;
    const size_t dot = std::min(plain.find('.'), plain.size());
    std::string out(plain.substr(0, sign));
    for (size_t i = sign; i < dot; ++i) {
        if (i > sign && (dot - i) % 3 == 0) out += ',';
        out += plain[i];
    }
    out.append(plain.substr(dot));
    return out;
}

std::ostream& operator<<(std::ostream& os, Money m) { return os << format_money(m); }

}  // namespace atelier

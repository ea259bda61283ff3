#include "core/model/length.hpp"

#include <cstdio>

namespace atelier {

namespace {
int64_t nm_per_step(Unit u) { return u == Unit::cm ? 1000 : 2540; }  // one step = 1e-4 of the unit
}  // namespace

std::optional<Length> parse_length(std::string_view s) {
    Unit unit;
    if (s.size() > 2 && s.substr(s.size() - 2) == "cm") unit = Unit::cm;
    else if (s.size() > 2 && s.substr(s.size() - 2) == "in") unit = Unit::in;
    else return std::nullopt;
    s.remove_suffix(2);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    int64_t whole = 0, frac = 0;
    size_t i = 0, fdigits = 0;
    for (; i < s.size() && s[i] != '.'; ++i) {
        if (s[i] < '0' || s[i] > '9' || i >= 5) return std::nullopt;
        whole = whole * 10 + (s[i] - '0');
    }
    if (i == 0) return std::nullopt;
    if (i < s.size()) {
        for (++i; i < s.size(); ++i, ++fdigits) {
            if (s[i] < '0' || s[i] > '9' || fdigits >= 4) return std::nullopt;
            frac = frac * 10 + (s[i] - '0');
        }
        if (fdigits == 0) return std::nullopt;
    }
    for (size_t k = fdigits; k < 4; ++k) frac *= 10;
    const int64_t steps = whole * 10000 + frac;
    const Length l{steps * nm_per_step(unit), unit};
    if (l.nm <= 0 || l.nm > 10'000'000'000) return std::nullopt;  // 10 m
    return l;
}

std::string format_length_as(Length l, Unit unit) {
    const int64_t per = nm_per_step(unit);
    const int64_t steps = (l.nm + per / 2) / per;
    char buf[40];
    int n = std::snprintf(buf, sizeof buf, "%lld.%04lld", static_cast<long long>(steps / 10000),
                          static_cast<long long>(steps % 10000));
    while (n > 0 && buf[n - 1] == '0') --n;
    if (n > 0 && buf[n - 1] == '.') --n;
    return std::string(buf, static_cast<size_t>(n)) + (unit == Unit::cm ? "cm" : "in");
}

std::string format_length(Length l) { return format_length_as(l, l.unit); }

std::ostream& operator<<(std::ostream& os, Length l) { return os << format_length(l); }

}  // namespace atelier

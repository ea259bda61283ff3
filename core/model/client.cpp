#include "core/model/client.hpp"

#include <algorithm>

#include "core/i18n/said_text.hpp"
#include "core/text.hpp"

namespace atelier {

Phone normalise_phone(std::string_view entered) {
    std::string s;
    for (char c : entered)
        if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') s += c;
    if (s.size() > 2 && s[0] == '0' && s[1] == '0') {
        s[1] = '+';
        s.erase(s.begin());
    }
    if (!s.empty() && s[0] == '+') {
        const size_t n = s.size() - 1;
        const bool all_digits = std::all_of(s.begin() + 1, s.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (all_digits && n >= 8 && n <= 15 && s[1] != '0') return {s, true};
    }
    return {std::string(entered), false};
}

bool plausible_email(std::string_view e) {
    const auto at = e.find('@');
    if (at == std::string_view::npos || at == 0 || e.find('@', at + 1) != std::string_view::npos) return false;
    if (e.find_first_of(" \t\r\n") != std::string_view::npos) return false;
    const auto domain = e.substr(at + 1);
    const auto dot = domain.rfind('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
}

bool valid_language(std::string_view tag) {
    if (tag.empty()) return true;
    if (tag.size() > 35) return false;
    size_t part = 0, len = 0;
    for (size_t i = 0; i <= tag.size(); ++i) {
        if (i == tag.size() || tag[i] == '-') {
            if (part == 0 ? (len < 2 || len > 3) : (len < 2 || len > 8)) return false;
            ++part;
            len = 0;
            continue;
        }
        const char ch = tag[i];
        const bool letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        if (!letter && !(part > 0 && ch >= '0' && ch <= '9')) return false;
        ++len;
    }
    return true;
}

std::optional<Said> language_problem(std::string_view tag) {
    if (valid_language(tag)) return std::nullopt;
    return say(Msg::why_language_tag, {{"tag", shortened(tag, 40)}});
}

std::optional<Length> current_measurement(const Client& c, std::string_view name) {
    for (auto s = c.sessions.rbegin(); s != c.sessions.rend(); ++s)
        for (const auto& m : s->values)
            if (m.name == name) return m.value;
    return std::nullopt;
}

std::vector<Measurement> current_measurements(const Client& c) {
    std::vector<Measurement> out;
    for (auto s = c.sessions.rbegin(); s != c.sessions.rend(); ++s)
        for (const auto& m : s->values)
            if (std::none_of(out.begin(), out.end(), [&](const Measurement& x) { return x.name == m.name; }))
                out.push_back(m);
    std::sort(out.begin(), out.end(), [](const Measurement& a, const Measurement& b) { return a.name < b.name; });
    return out;
}

std::ostream& operator<<(std::ostream& os, const Client& c) {
    return os << "Client{" << c.id << ", " << c.name << ", sessions=" << c.sessions.size() << "}";
}

}  // namespace atelier

#include "core/i18n/said_text.hpp"

#include <vector>

namespace atelier {

namespace {

Said made(Msg key, int64_t n, std::initializer_list<Arg> values) {
    Said s{key, {}, n};
    s.values.reserve(values.size());
    for (const Arg& a : values) s.values.push_back({std::string(a.name), std::string(a.value), {}});
    return s;
}

}  // namespace

Said say(Msg key, std::initializer_list<Arg> values) { return made(key, 1, values); }
Said say_n(Msg key, int64_t n, std::initializer_list<Arg> values) {
    Said s = made(key, n, values);
    s.values.push_back({"n", std::to_string(n), {}});
    return s;
}

std::string words(Language l, const Said& s) {
    std::vector<std::string> inner(s.values.size());
    std::vector<Arg> args;
    args.reserve(s.values.size());
    for (size_t i = 0; i < s.values.size(); ++i) {
        const Said::Value& v = s.values[i];
        if (!v.inner.empty()) inner[i] = words(l, v.inner.front());
        args.push_back({v.name, v.inner.empty() ? std::string_view(v.text) : std::string_view(inner[i])});
    }
    return fill(text(l, s.key, s.n), std::span<const Arg>(args));
}

std::string english(const Said& s) { return words(Language::en, s); }

Problem problem_at(std::string path, Said s) {
    std::string message = english(s);
    return Problem{std::move(path), std::move(message), std::move(s)};
}

std::string problem_text(Language l, const Problem& p) { return p.said ? words(l, *p.said) : p.message; }

}  // namespace atelier

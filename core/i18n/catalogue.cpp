#include "core/i18n/catalogue.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "core/i18n/translations.hpp"

namespace atelier {

namespace {

constexpr std::array<Translation, kMsgCount> kEnglish{{
#define ATELIER_MSG_ONE(key, one) {Msg::key, one, nullptr},
#define ATELIER_MSG_PLURAL(key, one, other) {Msg::key, one, other},
    ATELIER_MESSAGES(ATELIER_MSG_ONE, ATELIER_MSG_PLURAL)
#undef ATELIER_MSG_ONE
#undef ATELIER_MSG_PLURAL
}};

constexpr std::array<std::string_view, kMsgCount> kKeys{{
#define ATELIER_MSG_NAME(key, ...) #key,
    ATELIER_MESSAGES(ATELIER_MSG_NAME, ATELIER_MSG_NAME)
#undef ATELIER_MSG_NAME
}};

// Each language's texts by key, built on first use from its table (a key it lacks reads English).
struct Texts {
    std::array<const char*, kMsgCount> one{}, other{};
};

// Full-width forms of the ASCII letters (U+FF21…), placeholders left as they are.
std::string pseudo_of(const char* s) {
    std::string out;
    int depth = 0;
    for (const char* p = s; *p; ++p) {
        const char c = *p;
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (!letter || depth > 0) {
            out += c;
            continue;
        }
        const unsigned cp = c <= 'Z' ? 0xFF21u + unsigned(c - 'A') : 0xFF41u + unsigned(c - 'a');
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
    return out;
}

struct PseudoTexts {
    std::vector<std::string> one, other;
    PseudoTexts() {
        for (const Translation& t : kEnglish) {
            one.push_back(pseudo_of(t.one));
            other.push_back(t.other ? pseudo_of(t.other) : std::string());
        }
    }
};

const Texts& texts_of(Language l) {
    static const std::array<Texts, 5> all = [] {
        std::array<Texts, 5> t{};
        for (size_t lang = 0; lang < t.size(); ++lang) {
            for (size_t i = 0; i < kMsgCount; ++i) {
                t[lang].one[i] = kEnglish[i].one;
                t[lang].other[i] = kEnglish[i].other ? kEnglish[i].other : kEnglish[i].one;
            }
            for (const Translation& tr : translations(static_cast<Language>(lang))) {
                const size_t i = static_cast<size_t>(tr.key);
                t[lang].one[i] = tr.one;
                t[lang].other[i] = tr.other ? tr.other : tr.one;
            }
        }
        return t;
    }();
    const size_t i = static_cast<size_t>(l);
    return all[i < all.size() ? i : 0];
}

}  // namespace

std::string_view msg_key(Msg m) { return kKeys[static_cast<size_t>(m)]; }
bool msg_is_plural(Msg m) { return kEnglish[static_cast<size_t>(m)].other != nullptr; }
Translation english(Msg m) { return kEnglish[static_cast<size_t>(m)]; }

std::span<const Translation> translations(Language l) {
    switch (l) {
        case Language::fr: return french_texts();
        case Language::it: return italian_texts();
        case Language::es: return spanish_texts();
        case Language::de: return german_texts();
        default: return {};
    }
}

bool plural_is_one(Language l, int64_t n) {
    // French counts 0 and 1 (and 1.5) as singular; the others only 1.
    return l == Language::fr ? (n == 0 || n == 1) : n == 1;
}

std::string_view text(Language l, Msg m, int64_t n) {
    const size_t i = static_cast<size_t>(m);
    if (i >= kMsgCount) return {};
    const bool one = plural_is_one(l, n);
    if (l == Language::pseudo) {
        static const PseudoTexts pseudo;
        return one || pseudo.other[i].empty() ? pseudo.one[i] : pseudo.other[i];
    }
    const Texts& t = texts_of(l);
    return one ? t.one[i] : t.other[i];
}

std::string fill(std::string_view pattern, std::initializer_list<Arg> args) {
    return fill(pattern, std::span<const Arg>(args.begin(), args.size()));
}

std::string fill(std::string_view pattern, std::span<const Arg> args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    size_t i = 0;
    while (i < pattern.size()) {
        const size_t open = pattern.find('{', i);
        if (open == std::string_view::npos) break;
        const size_t close = pattern.find('}', open + 1);
        if (close == std::string_view::npos) break;
        out.append(pattern, i, open - i);
        const std::string_view name = pattern.substr(open + 1, close - open - 1);
        const Arg* found = nullptr;
        for (const Arg& a : args)
            if (a.name == name) found = &a;
        if (found) out.append(found->value);
        else out.append(pattern, open, close - open + 1);
        i = close + 1;
    }
    out.append(pattern.substr(i));
    return out;
}

std::string placeholders(std::string_view pattern) {
    std::vector<std::string_view> names;
    size_t i = 0;
    while ((i = pattern.find('{', i)) != std::string_view::npos) {
        const size_t close = pattern.find('}', i);
        if (close == std::string_view::npos) break;
        names.push_back(pattern.substr(i + 1, close - i - 1));
        i = close + 1;
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::string out;
    for (const std::string_view n : names) {
        if (!out.empty()) out += ',';
        out.append(n);
    }
    return out;
}

}  // namespace atelier

#include "core/i18n/language.hpp"

#include <algorithm>
#include <array>

namespace atelier {

namespace {

struct LanguageRow {
    Language language;
    std::string_view code, name;
};
constexpr std::array<LanguageRow, 6> kLanguageRows{{
    {Language::en, "en", "English"},
    {Language::fr, "fr", "Français"},
    {Language::it, "it", "Italiano"},
    {Language::es, "es", "Español"},
    {Language::de, "de", "Deutsch"},
    {Language::pseudo, "qps", "Pseudo"},
}};

char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }
char upper(char c) { return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c; }

// Regions whose calendars start the week on Sunday (of those where these languages are spoken).
constexpr std::string_view kSundayFirst[] = {"US", "CA", "MX", "BR", "PH", "IL", "JP", "AR", "CO", "PE", "VE", "GT", "DO", "PR"};

}  // namespace

std::string_view language_code(Language l) {
    for (const auto& r : kLanguageRows)
        if (r.language == l) return r.code;
    return "en";
}

std::string_view language_name(Language l) {
    for (const auto& r : kLanguageRows)
        if (r.language == l) return r.name;
    return "English";
}

std::optional<Language> language_from_code(std::string_view code) {
    const size_t dash = code.find_first_of("-_");
    const std::string_view primary = code.substr(0, dash);
    std::string low;
    for (char c : primary) low += lower(c);
    for (const auto& r : kLanguageRows)
        if (r.code == low) return r.language;
    return std::nullopt;
}

Locale locale_for(std::string_view tag) {
    Locale l;
    l.language = language_from_code(tag).value_or(Language::en);
    // The region is the first two-letter subtag after the language ("zh-Hant-TW" skips the script).
    size_t at = tag.find_first_of("-_");
    while (at != std::string_view::npos) {
        const size_t next = tag.find_first_of("-_", at + 1);
        const std::string_view sub = tag.substr(at + 1, next == std::string_view::npos ? std::string_view::npos : next - at - 1);
        if (sub.size() == 2 && std::all_of(sub.begin(), sub.end(), [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; })) {
            for (char c : sub) l.region += upper(c);
            break;
        }
        at = next;
    }
    const bool us = l.language == Language::en && l.region == "US";
    l.month_first = us;
    l.hour12 = us;
    l.first_weekday = std::find(std::begin(kSundayFirst), std::end(kSundayFirst), l.region) != std::end(kSundayFirst) ? 6 : 0;
    return l;
}

std::string locale_tag(const Locale& l) {
    std::string tag(language_code(l.language));
    if (!l.region.empty()) tag += "-" + l.region;
    return tag;
}

}  // namespace atelier

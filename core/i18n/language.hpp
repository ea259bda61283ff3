#pragma once
// The languages the views speak and the local conventions a device follows (docs/i18n.md).
// A device picks its Locale (Settings → Language; by default from the browser's language tag);
// the core's state never depends on it: only what is shown and printed does.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace atelier {

// `pseudo` is not offered to users: every letter of the English text is replaced by its
// full-width form, so a test that draws the views in it finds any text that did not come
// through the catalogue (it is still plain ASCII).
enum class Language : uint8_t { en, fr, it, es, de, pseudo };

inline constexpr Language kUserLanguages[] = {Language::en, Language::fr, Language::it, Language::es, Language::de};

std::string_view language_code(Language l);           // "fr"
std::string_view language_name(Language l);           // in its own language: "Français"
std::optional<Language> language_from_code(std::string_view code);  // "fr", "FR", "fr-CA" → fr

struct Locale {
    Language language = Language::en;
    std::string region;         // upper case ISO 3166 ("US", "CH"), "" when the tag names none
    bool month_first = false;   // 6/12/2026 and "Jun 12, 2026" (en-US)
    int first_weekday = 0;      // 0 = Monday … 6 = Sunday
    bool hour12 = false;        // 2:30 PM (en-US)
    bool operator==(const Locale&) const = default;
};

// From a BCP 47 tag as browsers give it ("de-AT", "en-US", "es"); unknown languages → English.
Locale locale_for(std::string_view tag);
// The tag to store for `l`: language and region ("fr-CH").
std::string locale_tag(const Locale& l);

}  // namespace atelier

#include "core/model/text_in.hpp"

#include <algorithm>

#include "core/i18n/language.hpp"
#include "core/i18n/said_text.hpp"
#include "core/text.hpp"

namespace atelier {

const std::string& text_in(const TextsIn& texts, std::string_view language, const std::string& fallback) {
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    for (const TextIn& t : texts)
        if (t.language == primary) return t.text;
    return fallback;
}

std::optional<Said> texts_in_problem(const TextsIn& texts, size_t& at, std::optional<Said> (*check)(std::string_view)) {
    for (at = 0; at < texts.size(); ++at) {
        const TextIn& t = texts[at];
        const auto spoken = language_from_code(t.language);
        const bool offered = spoken && std::find(std::begin(kUserLanguages), std::end(kUserLanguages), *spoken) != std::end(kUserLanguages);
        if (!offered || language_code(*spoken) != t.language) {
            const std::string quoted = shortened(t.language, 40);
            return say(Msg::why_cmd_text_language_unknown, {{"language", quoted}});
        }
        for (size_t j = 0; j < at; ++j)
            if (texts[j].language == t.language) return say(Msg::why_cmd_text_language_twice, {{"language", t.language}});
        if (t.text.find_first_not_of(" \t\n") == std::string::npos) return say(Msg::why_cmd_text_language_empty, {{"language", t.language}});
        if (auto why = check(t.text)) return why;
    }
    return std::nullopt;
}

}  // namespace atelier

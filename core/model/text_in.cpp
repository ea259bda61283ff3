#include "core/model/text_in.hpp"

#include <algorithm>

#include "core/i18n/language.hpp"
#include "core/text.hpp"

namespace atelier {

const std::string& text_in(const TextsIn& texts, std::string_view language, const std::string& fallback) {
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    for (const TextIn& t : texts)
        if (t.language == primary) return t.text;
    return fallback;
}

std::string texts_in_problem(const TextsIn& texts, size_t& at, std::string (*check)(std::string_view)) {
    for (at = 0; at < texts.size(); ++at) {
        const TextIn& t = texts[at];
        const auto spoken = language_from_code(t.language);
        const bool offered = spoken && std::find(std::begin(kUserLanguages), std::end(kUserLanguages), *spoken) != std::end(kUserLanguages);
        if (!offered || language_code(*spoken) != t.language)
            return std::string("\"").append(shortened(t.language, 40)).append("\" is not a language the app speaks (en, fr, it, es, de)");
        for (size_t j = 0; j < at; ++j)
            if (texts[j].language == t.language) return "the text in \"" + t.language + "\" is given twice";
        if (t.text.find_first_not_of(" \t\n") == std::string::npos) return "the text in \"" + t.language + "\" is empty (leave the language out instead)";
        if (auto why = check(t.text); !why.empty()) return why;
    }
    return "";
}

}  // namespace atelier

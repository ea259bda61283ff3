#pragma once
// A text the atelier wrote again in another language: a stage's message or the fitting reminder as
// a French or German client receives it. The text in the atelier's own language stays the one
// every other client gets.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/fields.hpp"

namespace atelier {

struct TextIn {
    std::string language;  // a language the app speaks, by its code: "fr", "it", "es", "de", "en"
    std::string text;
    bool operator==(const TextIn&) const = default;
    template <class V>
    void fields(V& v) {
        v.req("language", language);
        v.req("text", text);
    }
};
using TextsIn = std::vector<TextIn>;

// The text written for `language` (its primary code: "fr" for "fr-CA"), or `fallback`.
const std::string& text_in(const TextsIn& texts, std::string_view language, const std::string& fallback);

// Why these texts cannot be kept, with the index of the one at fault in `at`, or "": a language
// the app does not speak, one language twice, an empty text, or (through `check`) a bad template.
std::optional<Said> texts_in_problem(const TextsIn& texts, size_t& at, std::optional<Said> (*check)(std::string_view));

}  // namespace atelier

#pragma once
// Under a message template (a stage's message, the fitting reminder): the same text written again
// for clients of other languages (TextIn). Folded away until opened; a field per language the app
// speaks other than the atelier's own, each with its problems or live preview in that language.
#include <functional>
#include <string>

#include "core/i18n/language.hpp"
#include "core/model/text_in.hpp"

namespace atelier::ui {

// `preview(template, language code)` fills a template for a made-up client of that language.
// Widgets are named `label` + " in fr" (and " in fr error" / " in fr preview" under it).
void texts_in_editor(TextsIn& texts, Language own, const std::function<std::string(const std::string&, std::string_view)>& preview,
                     const std::string& label);

}  // namespace atelier::ui

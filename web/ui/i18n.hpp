#pragma once
// The views' words: every text a view shows comes from the catalogue (core/i18n) in the device's
// language, held by the bound Look (docs/i18n.md). Labels keep an id of their own after "###",
// so a widget stays the same widget (and tests find it by its English name) whatever the language.
#include <initializer_list>
#include <optional>
#include <string>

#include "core/i18n/catalogue.hpp"
#include "core/i18n/local_format.hpp"
#include "core/problem.hpp"

namespace atelier::ui {

const Locale& ui_locale();
// The text of `m` (a NUL-terminated string that lives as long as the program).
const char* tr(Msg m);
// With its placeholders filled.
std::string tr(Msg m, std::initializer_list<Arg> args);
// A plural message for `n`, whose "{n}" is `n` written the locale's way.
std::string trn(Msg m, int64_t n, std::initializer_list<Arg> args = {});
// A widget label: the text of `m`, then "###" and `id` (the widget's identity and test name).
std::string ui_label(Msg m, std::string_view id);

// What the core said (a refusal, a finding, a notice) in the device's language.
std::string said_text(const Said& s);
// Or, when there is none, `otherwise` (a sentence worded already: the browser's, the page's).
std::string said_text(const std::optional<Said>& s, const std::string& otherwise);
std::string shown(const Problem& p);

// Money, dates and numbers the locale's way (core/i18n/local_format.hpp).
std::string ui_date(Date d);
std::string ui_datetime(DateTime t);  // "12 Jun 2026 14:30"
std::string ui_integer(int64_t n);

}  // namespace atelier::ui

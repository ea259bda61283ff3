#pragma once
// Small drawing helpers shared by the views: one look for money, dates, badges and stage colours.
#include <imgui.h>

#include <string>
#include <string_view>

#include "core/model/date.hpp"
#include "core/model/money.hpp"

namespace atelier::ui {

// Theme-aware colours for meaning, not decoration.
struct Palette {
    ImVec4 overdue, due_soon, at_risk, ok, muted, rush, priority;
};
const Palette& colours();
// The palette colour of a colour role named by the core ("overdue", "at_risk", …: core/rules/badge.hpp);
// muted for a name the palette does not have.
ImVec4 role_colour(std::string_view role);

// "#RRGGBB" -> colour; `fallback` when the text is not a colour.
ImVec4 hex_colour(std::string_view hex, ImVec4 fallback);
// A small filled label: "OVERDUE", "RUSH".
void badge(std::string_view text, ImVec4 colour);
// An amount the device locale's way: "€1,234.50", "1 234,50 €" (core/i18n/local_format.hpp).
std::string money_text(Money m, std::string_view currency);
// Places the next item on the same line when `width` more pixels still fit (narrow tablets wrap).
void same_line_if_fits(float width);
// A heading with a rule under it.
void section(const char* title);
// Scale for sizes written in "17 px font" units, so layouts follow the font and the dpr.
float em(float units);
// What an empty list or a search with no results shows: the sentence (wrapped, findable by its
// text) and the one button that gets the user further. True when the button was clicked.
bool empty_state(std::string_view text, const char* button);
// A compact button with the mouse, a finger-sized one (>= 44 px) in touch mode.
bool small_button(const char* label);
// Text with a line through it (a cancelled fitting): still readable, plainly not on.
void struck_text(std::string_view text, ImVec4 colour);

}  // namespace atelier::ui

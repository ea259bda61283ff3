#pragma once
// One line of text that stays in its box: cut with "…" when it does not fit, the whole text shown
// on hover (or a long press on a touch screen). Every run drawn through here is also recorded for
// the layout check when a recorder is bound (tests: tests/ui/layout_check.hpp).
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace atelier::ui {

// A text run as drawn, and the box it had to stay in (framebuffer px).
struct TextRun {
    std::string where;  // "card 12-ATL", "table", "top bar"
    std::string text;   // as drawn (with the ellipsis when cut)
    ImVec2 min, max;
    ImVec2 box_min, box_max;
};
struct TextRuns {
    bool on = false;  // recording (the layout check turns it on)
    std::vector<TextRun> runs;
};

// The longest prefix of `text` (cut at a UTF-8 boundary, trailing spaces dropped) that fits in
// `width` px with "…" after it, in the current font; `text` itself when it fits.
std::string ellipsize(std::string_view text, float width);
// Whether `text` was cut by ellipsize (the shown text differs).
inline bool was_cut(std::string_view shown, std::string_view text) { return shown.size() != text.size(); }

// Draws `text` at `pos` in the box from pos.x to pos.x + width (one line), cut when needed.
// Returns the drawn width. A cut text shows its whole in a tooltip on hover / long press.
float fit_text(ImDrawList* dl, ImVec2 pos, float width, std::string_view text, ImU32 colour, std::string_view where);
// The same as a laid-out item at the cursor, in `width` px (0: what is left of the line).
void fit_text_item(std::string_view text, float width = 0, const ImVec4* colour = nullptr, std::string_view where = "");

// Records a run drawn some other way (an ImGui widget whose text cannot overflow, a badge).
void record_run(std::string_view where, std::string_view text, ImVec2 min, ImVec2 max, ImVec2 box_min, ImVec2 box_max);
// The tooltip rule for a cut text: pointer resting on [min, max], or a finger held there 0.5 s.
void whole_text_tooltip(std::string_view text, ImVec2 min, ImVec2 max);

}  // namespace atelier::ui

#pragma once
// Modal dialogs for creating and confirming: the app dimmed behind, a title, a close button (x)
// and Escape, the keyboard on the first field, and one at a time.
#include <string>

namespace atelier::ui {

// Which dialog is open ("" = none). Owned by the shell; a dialog is named by its id.
struct DialogState {
    std::string open;
    std::string refused;  // the last dialog refused because another was open (for the caller to say so)
};

// Opens `id` unless another dialog is open (then refused: false, and `refused` names it).
bool open_dialog(DialogState& s, const char* id);
// Closes whichever dialog is open (the ImGui side follows at its next begin_dialog).
void close_dialog(DialogState& s);

// Draws dialog `id` when it is the open one: dimmed backdrop, `title`, a close button; Escape and
// the close button close it (returning false). The first focusable field after begin_dialog gets
// the keyboard when the dialog appears. When it returns true, draw the content, then end_dialog().
bool begin_dialog(DialogState& s, const char* id, const char* title, float width_em = 520);
void end_dialog();

}  // namespace atelier::ui

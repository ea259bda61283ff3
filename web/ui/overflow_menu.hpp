#pragma once
// A row of buttons that never wraps: what does not fit goes, lowest priority first, into a "…" menu
// at the row's end (the top bar on a 768-px tablet). Items keep their order on the row and in the menu.
#include <span>

namespace atelier::ui {

struct RowItem {
    const char* label;      // ImGui label ("Undo", "Board##nav")
    int priority = 0;       // higher stays on the row longer
    bool enabled = true;
    bool active = false;    // drawn as chosen (the current view)
    const char* name = nullptr;  // locator name when not the visible label
};

// Lays `items` out on the current line from the cursor up to x = `right` (screen px).
// Returns the index of the item pressed this frame (on the row or in the menu), or -1.
// `placed`, when given, receives for each item whether it is on the row (true) or in the menu.
int overflow_row(const char* id, std::span<const RowItem> items, float right, bool* placed = nullptr);

}  // namespace atelier::ui

#pragma once
#include <string>
#include <string_view>
#include <vector>

// Where each labelled item was drawn in the last frame, so end-to-end tests (and automation)
// can click and type through the real UI: the canvas has no DOM to query.
namespace atelier::ui {

struct LocatedItem {
    std::string label;   // full ImGui label, e.g. "Save##order"
    std::string window;  // name of the window that drew it
    float x0, y0, x1, y1;  // framebuffer pixels
    bool text_field = false;  // accepts typed text: a tap on it must raise the on-screen keyboard
};

// One per App (per ImGui context): begin_frame() makes it the context's recorder, so two apps in
// one process (two headless tests) never see each other's items.
class Locator {
public:
    void begin_frame();
    void end_frame();  // the frame just drawn becomes the one find() answers from
    void record(std::string_view label, std::string_view window, float x0, float y0, float x1, float y1,
                bool text_field = false);
    // Finds an item by its visible text ("Save"), its full label ("Save##order"), the stable name
    // after "###" of a translated label ("Enregistrer###Save##order" answers to both) or
    // "Window/label"; the first drawn wins. Returns nullptr if it was not drawn last frame.
    const LocatedItem* find(std::string_view query) const;
    const std::vector<LocatedItem>& last_frame() const { return done_; }

private:
    std::vector<LocatedItem> recording_, done_;
};

// Records into the current context's Locator (nothing when it has none).
// Records the last ImGui item under `label` — for custom widgets the hooks do not see
// (windows, invisible buttons, board cards).
void mark_last_item(std::string_view label);
// Records the whole current window (call right after Begin) under `label`.
void mark_current_window(std::string_view label);

}  // namespace atelier::ui

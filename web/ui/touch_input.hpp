#pragma once
#include <deque>

struct ImGuiIO;

namespace atelier::ui {

// Finger input for Dear ImGui 1.86, which has no input queue: the page swallows the browser's
// touch events (Emscripten 3.1.6's GLFW would press at the previous pointer position and ignore
// moves) and hands them here. Applied once per frame between the backend's NewFrame and ImGui's:
// - a tap moves the pointer in one frame and presses in the next, so ImGui hovers before it clicks;
// - one button change per frame, so a tap shorter than a frame still presses and releases;
// - a drag scrolls the window under the finger (touch has no wheel), unless the item under it
//   claimed the drag (a board card, a stage being reordered: see claim_drag());
// - after a release the pointer leaves the screen: fingers do not hover.
class TouchInput {
public:
    enum class Phase { down, move, up, cancel };
    void push(Phase phase, float x, float y) { events_.push_back({phase, x, y}); }
    // The real mouse moved: stop overriding what the backend reports.
    void mouse_seen() { touch_mode_ = finger_layout_ = false; }
    bool touch_mode() const { return touch_mode_; }
    // Whether to lay the frame out for fingers (44-px targets): from the end of the first touch,
    // not its start. The taller layout moves things, and the first tap must land on what the
    // finger aimed at in the layout it saw.
    bool finger_layout() const { return finger_layout_; }
    // Called by a view while its active item is something to drag (not to scroll past); lasts one frame.
    void claim_drag() { drag_claimed_ = true; }
    // Two fingers moved apart (> 1) or together since the last call (the page measures it).
    void pinch(float scale) { pinch_ *= scale; }
    // This frame's pinch, 1 when none (what the photo viewer zooms by); set by apply().
    float frame_pinch() const { return frame_pinch_; }
    // Uses (and resets) the claim of the last frame.
    void apply(ImGuiIO& io, float font_size);

private:
    struct Ev { Phase phase; float x, y; };
    std::deque<Ev> events_;
    bool touch_mode_ = false;
    bool finger_layout_ = false;
    bool drag_claimed_ = false;
    float pinch_ = 1, frame_pinch_ = 1;
    bool down_ = false;      // ImGui sees the button held
    bool pressed_ = false;   // a press is waiting for its second frame
    bool scrolling_ = false;
    bool lift_ = false;      // released last frame: move the pointer away now
    bool scroll_began_ = false;  // first scroll frame: release with the pointer off-screen
    float x_ = 0, y_ = 0, start_x_ = 0, start_y_ = 0, last_y_ = 0, last_x_ = 0;
};

}  // namespace atelier::ui

#include "web/ui/touch_input.hpp"

#include <imgui.h>

#include <cfloat>
#include <cmath>

namespace atelier::ui {

namespace {
constexpr float kScrollSlopPx = 10.0f;  // finger jitter below this is still a tap (framebuffer px)
}  // namespace

void TouchInput::apply(ImGuiIO& io, float font_size) {
    const bool item_wants_drag = drag_claimed_;
    drag_claimed_ = false;
    frame_pinch_ = pinch_;
    pinch_ = 1;
    if (!events_.empty()) touch_mode_ = true;
    if (!touch_mode_) return;

    if (lift_) {  // the frame after a release: the tap has acted, the layout may change now
        lift_ = false;
        x_ = y_ = -FLT_MAX;
        finger_layout_ = true;
    }
    if (pressed_) {  // second frame of a tap: now press where the pointer already is
        pressed_ = false;
        down_ = true;
    } else {
        // Moves are merged; a button change ends this frame's work.
        while (!events_.empty()) {
            const Ev ev = events_.front();
            events_.pop_front();
            if (ev.phase == Phase::move) {
                if (!down_ && !scrolling_) continue;
                const float dx = ev.x - start_x_, dy = ev.y - start_y_;
                if (!scrolling_ && !item_wants_drag && std::sqrt(dx * dx + dy * dy) > kScrollSlopPx) {
                    // Became a scroll: release off-screen so nothing under the finger is clicked.
                    scrolling_ = true;
                    scroll_began_ = true;
                    down_ = false;
                    last_x_ = ev.x;
                    last_y_ = ev.y;
                    x_ = y_ = -FLT_MAX;
                    break;
                }
                if (scrolling_) {
                    // One wheel unit scrolls five lines in ImGui 1.86: content follows the finger.
                    io.MouseWheel += (ev.y - last_y_) / (5.0f * font_size);
                    io.MouseWheelH += (ev.x - last_x_) / (5.0f * font_size);
                    last_x_ = ev.x;
                    last_y_ = ev.y;
                } else {
                    x_ = ev.x;
                    y_ = ev.y;
                }
                continue;
            }
            if (ev.phase == Phase::down) {
                x_ = start_x_ = ev.x;
                y_ = start_y_ = ev.y;
                scrolling_ = false;
                pressed_ = true;  // position this frame, press next frame
                break;
            }
            // up or cancel
            if (scrolling_) {
                scrolling_ = false;
                x_ = y_ = -FLT_MAX;
                finger_layout_ = true;
                continue;
            }
            if (ev.phase == Phase::up) {
                x_ = ev.x;
                y_ = ev.y;
            } else {
                x_ = y_ = -FLT_MAX;  // a cancelled touch must not click
            }
            down_ = false;
            lift_ = true;
            break;
        }
    }
    // A scroll gesture needs the pointer over the window it scrolls.
    if (scroll_began_) {
        scroll_began_ = false;
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        io.MouseDown[0] = false;
        return;
    }
    if (scrolling_) {
        io.MousePos = ImVec2(last_x_, last_y_);
        io.MouseDown[0] = false;
        return;
    }
    io.MousePos = ImVec2(x_, y_);
    io.MouseDown[0] = down_;
}

}  // namespace atelier::ui

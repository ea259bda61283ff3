#pragma once
// A photo drawn from the platform's photo store (Shell::photo): fitted into a box, keeping its
// proportions, or a placeholder saying why not (still loading, not on this device, unreadable).
// Shared by the order page, its viewer and the board cards.
#include <imgui.h>

#include <string>

#include "core/model/order.hpp"
#include "web/ui/shell.hpp"

namespace atelier::ui {

// The thumbnail (or the picture, `full`) of `im` in a box of `size` at the cursor; an invisible
// button over it, recorded for the locator as `label`. True when it was clicked.
bool photo_button(Shell& sh, const Image& im, ImVec2 size, const std::string& label, bool full = false);

// Draws the picture of `im` into `box` (screen coordinates) of the current window's draw list,
// scaled by `zoom` about the box's centre and moved by `pan`. Returns what was drawn.
PhotoTexture draw_photo(Shell& sh, const Image& im, ImVec2 box_min, ImVec2 box_max, bool full, float zoom = 1,
                        ImVec2 pan = ImVec2(0, 0));

// "Take photo" and "Add from files" for the photo stage `s` of `o` needs, where its move was
// refused: the photos become stage photos, then the move is made (move_to, or one stage on).
void stage_photo_buttons(Shell& sh, const Order& o, const Stage& s, int move_to, bool advance);

}  // namespace atelier::ui

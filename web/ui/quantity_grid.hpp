#pragma once
// The colour × size grid of pieces a production order or a sales order is typed into: one row per
// colourway, one column per size of the style's tech pack.
#include <string>
#include <vector>

#include "core/model/style.hpp"

namespace atelier::ui {

// Draws the grid over `cells` (colours × sizes, row by row; resized to fit the pack). Each cell is
// marked "<label> <colour> <size>" for the tests.
void quantity_grid(const char* id, const TechPack& pack, std::vector<int>& cells, const std::string& label);

}  // namespace atelier::ui

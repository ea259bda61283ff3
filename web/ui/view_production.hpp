#pragma once
// Production (issue 18): a producer's styles with their tech packs, and the production orders made
// on them with their batches on the floor and the materials they need. What the view keeps between
// frames: the style and order chosen and the forms being filled in.
#include <string>
#include <vector>

namespace atelier::ui {

struct ProductionUi {
    std::string style;   // the style shown ("" = the first)
    int production = 0;  // the production order shown (0 = none)
    // New style.
    std::string new_code, new_name, new_season, new_sizes = "XS, S, M, L, XL", new_colours;
    // A bill-of-materials line to add to the working tech pack.
    std::string bom_material, bom_unit = "m", bom_quantities, bom_supplier;
    int bom_waste = 5;
    // New production order of the shown style: pipeline, due date, quantities by colour × size.
    std::string po_pipeline, po_due;
    std::vector<int> po_cells;
    // New batch of the shown order: its colour and pieces per size.
    int batch_colour = 0;
    std::vector<int> batch_sizes;
    // Pieces leaving a stage, per batch (the batch's number - 1).
    std::vector<int> pieces;
    std::string closing_note, cancel_reason;
    std::string error;  // the last refusal, shown by the form it came from
};

}  // namespace atelier::ui

#pragma once
// Settings → "Cancellation fees by stage": the atelier's stage_fees, edited in the settings draft
// and saved with the rest of it by "Save settings" (one atelier.update carrying the whole list).
#include <string>
#include <vector>

#include "core/model/atelier.hpp"
#include "web/ui/view_error.hpp"

namespace atelier::ui {

// The "add a fee" row as typed.
struct StageFeeForm {
    std::string pipeline, stage;  // ids chosen in the two combos ("" = none yet)
    bool fixed = true;            // a fixed amount, else a percentage of the price
    std::string amount;           // as typed, parsed like the payment forms
    int percent = 0;              // kept as typed: the core refuses one outside 0..100 on save
    ViewError error;              // why the typed row was not added
};

// Draws the fees of `fees` (the draft's list) with Remove on each, and the add row.
void draw_stage_fees(const Atelier& a, std::vector<StageFee>& fees, StageFeeForm& form);

}  // namespace atelier::ui

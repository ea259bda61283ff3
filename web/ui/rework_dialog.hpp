#pragma once
// The "Send back" dialog (issue 16): an order in production goes back to an earlier stage with a
// reason (order.rework). Opened from the order page's Production section and by dropping a card
// on an earlier column of the board; the stages offered are core/rules/rework.hpp's.
#include <string>

#include "core/model/atelier.hpp"

namespace atelier::ui {

class Shell;

inline constexpr const char* kReworkDialog = "Send back";

// What the dialog asks about; set by ask_rework, read while it is open.
struct ReworkAsk {
    int order = 0;
    int target = -1;  // stage index chosen
    ReworkKind kind = ReworkKind::other;
    std::string reason, error;
};

// Opens the dialog for `order` with `target` (-1: the stage before the current one) and the kind
// (a failed QC at the current stage suggests qc_fail). False when another dialog is open or the
// order has no earlier stage to go back to.
bool ask_rework(const Atelier& a, Shell& sh, ReworkAsk& ask, int order, int target);
// Draws it while open; returns the message of a send-back made this frame ("" otherwise).
std::string rework_dialog(const Atelier& a, Shell& sh, ReworkAsk& ask);

}  // namespace atelier::ui

#pragma once
// The board's own state (view_board.cpp): filters, the move message, the QC-fail note, and the
// board built for the current revision, day, pipeline and filters.
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/atelier.hpp"
#include "core/queries/board.hpp"
#include "web/ui/rework_dialog.hpp"
#include "web/ui/shell.hpp"

namespace atelier::ui {

// Something a card asked for while drawing; run after the frame's drawing (a dispatch rebuilds
// the index and would leave the rows being drawn dangling).
struct BoardAction {
    enum Kind : uint8_t { none, move, start, qc_pass, qc_fail_ask, skip, open } kind = none;
    int order = 0;
    int target = 0;  // stage index, for move
};

// build_board (~1 ms at 100k orders) once per revision, day, pipeline and filters.
struct BoardCache {
    uint64_t revision = ~0ull;
    Date today;
    std::string pipeline, filter, team;
    bool money = true;  // the role sees money (core/rules/roles.hpp): the stats say what is owed
    Board board;
    size_t first = 0, count = 0;  // the chosen pipeline's columns in board.columns
    int tallest = 0;
    int shown = 0;                // cards on this pipeline's columns
    Money owed;
    std::vector<std::string> stats;  // "12 · owes 3,400.00 EUR" per column
};

struct BoardUi {
    std::string filter;      // free text
    std::string team;        // "" = every team
    std::string message;     // the last refusal or result of a move, shown under the header
    bool message_error = false;
    int photo_order = 0;     // the message is a move refused for a missing photo: offer to take it
    int photo_target = -1;   // and then make that move (a stage index)
    int qc_fail_order = 0;   // the card whose QC fail asks for a note (the "QC fail" dialog)
    std::string qc_note;
    ReworkAsk rework;        // a card dropped on an earlier column: the "Send back" dialog
    BoardAction action;
    BoardCache cache;
};

void draw_board(const Atelier& a, BoardUi& u, Shell& sh);
// The pipeline the board shows (the one chosen, else the first; nullptr with none): also the one
// + Order starts with, so an order made while looking at a pipeline lands on it.
const Pipeline* board_pipeline(const Atelier& a, const UiPrefs& prefs);

}  // namespace atelier::ui

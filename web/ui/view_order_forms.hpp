#pragma once
// Private to the order page's sections (view_order_measurements.cpp, _payments, _fittings,
// _production, _history; view_production_history.cpp for when_text): the per-order form state
// they share, dispatching into a form's error, and the time text of their tables. Defined in
// view_order_parts.cpp.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/commands/command.hpp"
#include "core/model/atelier.hpp"

namespace atelier {
namespace ui {
class Shell;
}
namespace ui::order_page {

// "2026-06-03 10:30": a date-time as the order page's tables show it.
std::string when_text(DateTime t);

// Per-order transient form state, reset when another order is opened.
struct Forms {
    int order = -1;
    uint64_t revision = ~0ull;
    std::vector<std::pair<std::string, std::string>> overrides;  // name -> text as typed
    Unit override_unit = Unit::cm;  // the unit the override fields were written in
    std::string new_name, new_value, measure_error;
    std::string pay_amount, pay_method = "cash", pay_note, pay_error;
    // The ledger's corrections (view_order_payments.cpp): the refund form (open or not) and the
    // line whose void is being confirmed (-1: none).
    bool refund_open = false;
    std::string refund_amount, refund_method = "cash", refund_reason, refund_error;
    int void_line = -1;
    std::string void_reason, void_error;
    // The payment schedule being edited (view_order_schedule.cpp): its rows as typed.
    struct MilestoneRow {
        std::string label, when = "order", amount;
    };
    bool schedule_open = false;
    std::vector<MilestoneRow> schedule;
    std::string schedule_error;
    std::string fit_date, fit_time = "10:00", fit_kind = "first", fit_notes, fit_error;
    int fit_minutes = 60;
    // Reschedule or cancel of one booked fitting (its index; -1 none): the new time and length, or the reason.
    int resched = -1, cancel_fit = -1;
    std::string resched_date, resched_time, resched_notes, cancel_reason;
    int resched_minutes = 60;
    std::string stage_note, stage_error;
    int photo_kind = 0;  // what the next photos are: a PhotoKind, or kStagePhoto
    std::string photo_stage, photo_caption;
};
inline constexpr int kStagePhoto = 3;
// The forms of order `o` in `f`: reset when another order is opened; the override fields are read
// again from the order after each change.
Forms& forms(Forms& f, Shell& sh, const Order& o);

// Runs `c`; on success clears `error`, on refusal puts the core's reason in it. Returns success.
bool run(Shell& sh, const Command& c, std::string& error);

}  // namespace ui::order_page
}  // namespace atelier

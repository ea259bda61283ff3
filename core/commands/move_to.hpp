#pragma once
// [SECTION] order.move_to as a batch of single steps.
// - The shell (board drag, table stage list) dispatches the batch, so the journal holds the steps
//   themselves; order.move_to stays readable and applicable (old journals) and applies the same
//   steps (detail::move_steps in plan_order.cpp): one rule.
#include <variant>

#include "core/commands/plan.hpp"

namespace atelier {

// The batch that moves order c.order forward to stage c.stage — order.start when it is confirmed,
// order.advance for each stage left, order.skip (with c.note) for optional stages only passed
// over — or the refusal order.move_to gets, naming the stage that stops it ("cannot move past
// \"Fitting\": ..."). Pure: checked by plan_command on the move, which copies only the one order.
std::variant<cmd::Batch, Problem> move_to_batch(const Atelier& a, const cmd::OrderMoveTo& c, const Context& ctx);

}  // namespace atelier

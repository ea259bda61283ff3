#include "core/commands/move_to.hpp"

#include "core/commands/plan_detail.hpp"

namespace atelier {

std::variant<cmd::Batch, Problem> move_to_batch(const Atelier& a, const cmd::OrderMoveTo& c, const Context& ctx) {
    // Every step on one after-image: the move's own refusal, with its "cannot move past".
    const Plan checked = plan_command(a, c, ctx);
    if (!checked.ok) return checked.error;
    Plan scratch;
    detail::Work w{a, ctx, scratch};
    cmd::Batch b;
    for (auto& s : detail::move_steps(w, *a.order(c.order), c)) b.commands.push_back(std::move(s.command));
    return b;
}

}  // namespace atelier

// A batch step naming what an earlier step made (core/commands/command.hpp, Batch): resolved when
// the batch is applied, so the journal holds only real numbers.
#include "core/commands/command.hpp"
#include "core/i18n/said_text.hpp"

namespace atelier {

namespace {

// The number step -ref made, from its recorded form; 0 when it is no step of that type before i.
template <class Create> int made_by(int ref, const std::vector<Command>& done, size_t i, int Create::*number) {
    const size_t step = static_cast<size_t>(-static_cast<int64_t>(ref)) - 1;
    if (step >= i || step >= done.size()) return 0;
    const auto* c = std::get_if<Create>(&done[step]);
    return c ? c->*number : 0;
}

// `what`: the sentence for what the step should have made (a client, an order).
Problem bad_reference(const char* field, int ref, Msg what) { return problem_at(field, say(what, {{"ref", std::to_string(ref)}})); }

}  // namespace

std::variant<Command, Problem> resolve_batch_references(const Command& step, const std::vector<Command>& done, size_t i) {
    if (const auto* o = std::get_if<cmd::OrderCreate>(&step); o && o->client < 0) {
        cmd::OrderCreate r = *o;
        r.client = made_by(o->client, done, i, &cmd::ClientCreate::id);
        if (!r.client) return bad_reference("/client", o->client, Msg::why_sales_batch_ref_client);
        return Command{r};
    }
    if (const auto* p = std::get_if<cmd::OrderPay>(&step); p && p->order < 0) {
        cmd::OrderPay r = *p;
        r.order = made_by(p->order, done, i, &cmd::OrderCreate::number);
        if (!r.order) return bad_reference("/order", p->order, Msg::why_sales_batch_ref_order);
        return Command{r};
    }
    return step;
}

}  // namespace atelier

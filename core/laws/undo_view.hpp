#pragma once
// [SECTION] What an undo gives back, for the undo law: the atelier with what an undo never takes
// back left out — history (undo and redo add their own entries), the number counters and blocks (a
// number once shown is never given again), the messages an undo withdrew (kept, never taken out) and
// the ids of those written again — and each order's ledger netted (an undone payment stays,
// with its correcting entry: the pair counts as nothing) — and entities in id order (one put back comes last).
#include "core/model/atelier.hpp"

namespace atelier {

Atelier undo_view(const Atelier& a);
// undo_view(a) == undo_view(b), without copying either atelier (the undo law runs it after every command).
bool undo_equal(const Atelier& a, const Atelier& b);

// Whether an order gained its invoice between the two states (order.invoice, or a batch holding
// it): the one step whose undo is refused by design — an issued invoice number is never taken
// back (docs/commands.md, Invoice numbers). The laws and the command fuzzer accept exactly that.
bool issued_invoice(const Atelier& before, const Atelier& after);

}  // namespace atelier

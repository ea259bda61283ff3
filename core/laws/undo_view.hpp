#pragma once
// [SECTION] What an undo gives back, for the undo law: the atelier with what an undo never takes
// back left out — history (undo and redo add their own entries), the number counters and blocks (a
// number once shown is never given again) — and each order's ledger netted (an undone payment stays,
// with its correcting entry: the pair counts as nothing) — and entities in id order (one put back comes last).
#include "core/model/atelier.hpp"

namespace atelier {

Atelier undo_view(const Atelier& a);
// undo_view(a) == undo_view(b), without copying either atelier (the undo law runs it after every command).
bool undo_equal(const Atelier& a, const Atelier& b);

}  // namespace atelier

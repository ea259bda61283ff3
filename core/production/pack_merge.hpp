#pragma once
// [SECTION] Two devices editing one tech pack offline (issue 18): a style.update says what its author
// saw (`from`); where the pack changed since, only what the author changed is applied to it as it
// is now, so neither edit is lost. Pure and ordered: every device merges the same way.
#include "core/model/style.hpp"

namespace atelier {

// `now`: the working pack as it is; `seen`: as the author saw it; `to`: what the author saved.
// Sizes, colourways, notes and checklist: the author's value where the author changed it, else the
// current one. Bill of materials (by material and unit) and measurement chart (by point): lines
// the author added or changed are theirs, lines the author left alone are as they are now, lines
// the author removed go, lines added meanwhile stay (after the line they followed).
TechPack merged_pack(const TechPack& now, const TechPack& seen, const TechPack& to);

}  // namespace atelier

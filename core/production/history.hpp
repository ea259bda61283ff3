#pragma once
// [SECTION] A production order's history as its page shows it (issue 18): who did what and when,
// each change said in the floor's words ("batch 2 (Navy): 12 done at Cut, 1 rejected") rather
// than the JSON the record keeps.
#include <string>
#include <vector>

#include "core/i18n/language.hpp"
#include "core/model/atelier.hpp"
#include "core/queries/history_line.hpp"

namespace atelier {

// Newest first; the details in `l` (the CLI and the tests read English).
std::vector<HistoryLine> production_history(const Atelier& a, const ProductionOrder& po, Language l = Language::en);

}  // namespace atelier

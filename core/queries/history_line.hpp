#pragma once
// [SECTION] One line of a history as a page shows it: an order's changes and production log, a
// production order's floor work. The views draw both with one table (web/ui/history_table).
#include <string>

#include "core/model/date.hpp"

namespace atelier {

struct HistoryLine {
    DateTime at;
    std::string who;
    std::string what;     // the command type ("production.progress") or the log's event
    std::string details;  // the changes, "; "-separated
    bool operator==(const HistoryLine&) const = default;
};

}  // namespace atelier

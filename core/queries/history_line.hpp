#pragma once
// [SECTION] One line of a history as a page shows it: an order's changes and production log, a
// production order's floor work. The views draw both with one table (web/ui/history_table).
#include <optional>
#include <string>

#include "core/model/date.hpp"
#include "core/model/order.hpp"

namespace atelier {

struct HistoryLine {
    DateTime at;
    std::string who;
    std::string what;     // the command type ("production.progress") or the log's event
    std::string details;  // the changes, "; "-separated
    std::optional<Event> event;  // a production log's line: shown in the device's language
    bool operator==(const HistoryLine&) const = default;
};

}  // namespace atelier

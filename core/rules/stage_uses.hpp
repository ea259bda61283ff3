#pragma once
// [SECTION] What names a pipeline's stage ids: orders standing at a stage, payment milestones due at
// it, photos and production log entries of it, cancellation fees for it.
// - The rule: a stage anything names keeps its id and cannot be removed. pipeline.put refuses
//   otherwise (core/commands/plan.cpp), and the pipeline editor locks the id of such a stage, both
//   from these counts.
#include <array>
#include <map>
#include <optional>
#include <string>

#include "core/model/atelier.hpp"
#include "core/said.hpp"

namespace atelier {

struct StageUses {
    int orders = 0;  // standing at the stage now
    int milestones = 0, images = 0, logs = 0, fees = 0;
    int naming = 0;                // distinct orders that name it in any way
    std::array<int, 3> first{};    // the first of those orders (by position), 0 = none
    bool any() const { return orders || milestones || images || logs || fees; }
    bool operator==(const StageUses&) const = default;
};

// Every stage id named within pipeline `pipeline`, including ids it no longer has; one pass over
// the orders.
std::map<std::string, StageUses> stage_uses(const Atelier& a, const std::string& pipeline);
// "3 orders standing at it and 1 photo (orders 1-ATL, 2-ATL, 7-ATL and 4 more)" as the catalogue
// says it (a view words it in its device's language); nullopt when unused.
std::optional<Said> stage_uses_said(const Profile& p, const StageUses& u);
// Its English; "" when unused.
std::string stage_uses_text(const Profile& p, const StageUses& u);
// Why pipeline.put refuses to drop stage `id` from its pipeline (renamed to `renamed_to`, else removed);
// nullopt when nothing names it.
std::optional<Said> stage_in_use_refusal(const Profile& p, const std::string& id, const StageUses& u, const std::string& renamed_to = "");

}  // namespace atelier

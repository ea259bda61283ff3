#pragma once
// [SECTION] Payment schedules: a pipeline's default (shares of the total) and the milestones it
// gives an order. A new order starts with its pipeline's default; while the order's schedule is
// still exactly that default it follows the order's total and pipeline (order.update); once set by
// hand (order.schedule) it stays as set.
#include <optional>
#include <string>
#include <vector>

#include "core/model/order.hpp"
#include "core/model/pipeline.hpp"
#include "core/said.hpp"

namespace atelier {

// The milestones of `total` split by the pipeline's shares: each share rounded down to the cent,
// the last one taking the cents left when the shares make 100%. Shares worth nothing are left out.
std::vector<Milestone> default_schedule(const Pipeline& p, Money total);

// What is wrong with the pipeline's default schedule, or nullopt: `field` is the path below the
// pipeline ("schedule/1/percent"), `message` the sentence.
struct ScheduleProblem {
    std::string field;
    Said why;
};
std::optional<ScheduleProblem> schedule_problem(const Pipeline& p);

}  // namespace atelier

#include "core/rules/schedule.hpp"

#include "core/text.hpp"

namespace atelier {

std::vector<Milestone> default_schedule(const Pipeline& p, Money total) {
    std::vector<Milestone> out;
    int percent_sum = 0;
    for (const auto& s : p.schedule) percent_sum += s.percent;
    Money given;
    for (size_t i = 0; i < p.schedule.size(); ++i) {
        const auto& s = p.schedule[i];
        // An order's total is at most twice kMoneyMaxMinor: times 100 stays far inside int64.
        Money amount{total.minor * s.percent / 100};
        if (i + 1 == p.schedule.size() && percent_sum == 100) amount = total - given;
        given += amount;
        if (amount.minor > 0) out.push_back(Milestone{s.label, s.when, amount});
    }
    return out;
}

std::optional<ScheduleProblem> schedule_problem(const Pipeline& p) {
    int sum = 0;
    for (size_t i = 0; i < p.schedule.size(); ++i) {
        const auto& s = p.schedule[i];
        const std::string at = "schedule/" + std::to_string(i);
        if (trim(s.label).empty()) return ScheduleProblem{at + "/label", "a milestone needs a label"};
        if (s.label.size() > 80) return ScheduleProblem{at + "/label", "at most 80 characters"};
        if (s.when != "order" && s.when != "handover" && stage_index(p, s.when) < 0)
            return ScheduleProblem{at + "/when", "must be \"order\", \"handover\" or a stage of pipeline \"" + p.id + "\""};
        if (s.percent < 1 || s.percent > 100) return ScheduleProblem{at + "/percent", "must be 1 to 100"};
        sum += s.percent;
        if (sum > 100)
            return ScheduleProblem{"schedule", "the shares add up to " + std::to_string(sum) + "%, more than the order's total"};
    }
    return std::nullopt;
}

}  // namespace atelier

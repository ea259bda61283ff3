#include "core/rules/schedule.hpp"

#include "core/i18n/said_text.hpp"
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
        if (trim(s.label).empty()) return ScheduleProblem{at + "/label", say(Msg::why_cmd_milestone_label)};
        if (s.label.size() > 80) return ScheduleProblem{at + "/label", say(Msg::why_cmd_milestone_label_long, {{"max", "80"}})};
        if (s.when != "order" && s.when != "handover" && stage_index(p, s.when) < 0)
            return ScheduleProblem{at + "/when", say(Msg::why_cmd_milestone_when, {{"pipeline", p.id}})};
        if (s.percent < 1 || s.percent > 100) return ScheduleProblem{at + "/percent", say(Msg::why_cmd_milestone_percent)};
        sum += s.percent;
        if (sum > 100)
            return ScheduleProblem{"schedule", say(Msg::why_cmd_schedule_over, {{"percent", std::to_string(sum)}})};
    }
    return std::nullopt;
}

}  // namespace atelier

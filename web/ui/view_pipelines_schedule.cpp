// The pipeline's default payment schedule, edited in the draft like its stages and saved with
// "Save pipeline": a label, when it falls due (at order, at a stage, at handover) and a share of the
// order's total. New orders start with it (core/rules/schedule.hpp); the order page can change an
// order's own schedule afterwards. The core refuses shares over 100% or a stage the pipeline lacks.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_pipelines_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui::pipeline_edit {

namespace {

std::string when_text(const Pipeline& p, const std::string& when) {
    if (when == "order") return tr(Msg::sched_at_order);
    if (when == "handover") return tr(Msg::sched_at_handover);
    const int k = stage_index(p, when);
    return k >= 0 ? tr(Msg::sched_at_stage, {{"stage", p.stages[static_cast<size_t>(k)].name}})
                  : tr(Msg::pipe_at_missing_stage, {{"stage", when}});
}

}  // namespace

void schedule_editor(Draft& d) {
    Pipeline& p = d.p;
    int sum = 0;
    for (size_t i = 0; i < p.schedule.size(); ++i) {
        MilestoneShare& s = p.schedule[i];
        const std::string n = std::to_string(i + 1);
        ImGui::PushID(static_cast<int>(i));
        ImGui::SetNextItemWidth(em(150));
        ImGui::InputTextWithHint("##label", tr(Msg::sched_label_hint), &s.label);
        mark_last_item("Share " + n + " label");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em(170));
        if (ImGui::BeginCombo("##when", when_text(p, s.when).c_str())) {
            if (ImGui::Selectable(ui_label(Msg::sched_at_order, "at order").c_str(), s.when == "order")) s.when = "order";
            for (const Stage& st : p.stages) {
                const std::string label = tr(Msg::sched_at_stage, {{"stage", st.name}}) + "###at " + st.name + "##" + st.id;
                if (ImGui::Selectable(label.c_str(), s.when == st.id)) s.when = st.id;
            }
            if (ImGui::Selectable(ui_label(Msg::sched_at_handover, "at handover").c_str(), s.when == "handover")) s.when = "handover";
            ImGui::EndCombo();
        }
        mark_last_item("Share " + n + " when");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em(90));
        ImGui::InputInt("%##percent", &s.percent, 0, 0);
        mark_last_item("Share " + n + " percent");
        ImGui::SameLine();
        const bool removed = small_button(ui_label(Msg::sched_remove, "Remove").c_str());
        mark_last_item("Remove share " + n);
        ImGui::PopID();
        if (removed) {
            p.schedule.erase(p.schedule.begin() + static_cast<std::ptrdiff_t>(i));
            break;
        }
        sum += s.percent;
    }
    if (p.schedule.empty()) ImGui::TextDisabled("%s", tr(Msg::pipe_schedule_none));
    if (small_button(ui_label(Msg::pipe_add_share, "Add share").c_str())) {
        const int left = 100 - sum;
        // The share's first label in the device's language (the atelier's own text once saved).
        p.schedule.push_back({p.schedule.empty() ? tr(Msg::sched_label_hint) : tr(Msg::pipe_share_balance), p.schedule.empty() ? "order" : "handover",
                              left > 0 ? left : 10});
    }
    if (!p.schedule.empty()) {
        ImGui::SameLine();
        const std::string percent = ui_integer(sum);
        if (sum > 100) ImGui::TextColored(colours().overdue, "%s", tr(Msg::pipe_schedule_over, {{"percent", percent}}).c_str());
        else ImGui::TextDisabled("%s", tr(Msg::pipe_schedule_total, {{"percent", percent}}).c_str());
        mark_last_item("Schedule total " + std::to_string(sum) + "%");
    }
}

}  // namespace atelier::ui::pipeline_edit

// The order's payment schedule: the milestones (a deposit at order, a part at a stage, the rest at
// handover), which are reached, and an editor that sends the whole list as one order.schedule.
// - A new order starts with its pipeline's default (core/rules/schedule.hpp); "Pipeline default"
//   fills the editor with it again for the order's total as it is now.
// - Amounts are typed like every amount of the page; the core's refusal (over the total, a stage
//   the pipeline lacks) stays under the editor.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/derive.hpp"
#include "core/rules/schedule.hpp"
#include "core/text.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_order.hpp"
#include "web/ui/view_order_forms.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

using namespace order_page;

namespace {

// "at order", "at handover", "at First fitting" in `l` (English for a widget's name).
std::string when_label(const Pipeline* p, const std::string& when, Language l) {
    if (when == "order") return std::string(text(l, Msg::sched_at_order));
    if (when == "handover") return std::string(text(l, Msg::sched_at_handover));
    const int k = p ? stage_index(*p, when) : -1;
    return fill(text(l, Msg::sched_at_stage), {{"stage", k >= 0 ? p->stages[static_cast<size_t>(k)].name : when}});
}
std::string when_label(const Pipeline* p, const std::string& when) { return when_label(p, when, ui_locale().language); }

void fill_rows(Forms& f, const std::vector<Milestone>& ms) {
    f.schedule.clear();
    for (const auto& m : ms) f.schedule.push_back({m.label, m.when, format_money(m.amount)});
}

void when_combo(const char* id, const Pipeline* p, std::string& when) {
    ImGui::SetNextItemWidth(em(170));
    if (ImGui::BeginCombo(id, when_label(p, when).c_str())) {
        if (ImGui::Selectable(ui_label(Msg::sched_at_order, "at order").c_str(), when == "order")) when = "order";
        if (p)
            for (const Stage& s : p->stages)
                if (ImGui::Selectable((when_label(p, s.id) + "###at " + s.name + "##" + s.id).c_str(), when == s.id)) when = s.id;
        if (ImGui::Selectable(ui_label(Msg::sched_at_handover, "at handover").c_str(), when == "handover")) when = "handover";
        ImGui::EndCombo();
    }
}

// The rows as a command, or nullopt with what to correct in `error`.
std::optional<cmd::OrderSchedule> typed_schedule(const Forms& f, int order, std::string& error) {
    cmd::OrderSchedule c;
    c.order = order;
    for (size_t i = 0; i < f.schedule.size(); ++i) {
        const auto& r = f.schedule[i];
        const auto amount = parse_money(trim(r.amount));
        if (!amount) {
            error = tr(Msg::sched_amount_format, {{"number", std::to_string(i + 1)}});
            return std::nullopt;
        }
        c.milestones.push_back(Milestone{std::string(trim(r.label)), r.when, *amount});
    }
    return c;
}

void editor(Shell& sh, Forms& f, const Order& o, const Pipeline* p) {
    for (size_t i = 0; i < f.schedule.size(); ++i) {
        auto& r = f.schedule[i];
        const std::string n = std::to_string(i + 1);
        ImGui::SetNextItemWidth(em(150));
        ImGui::InputTextWithHint(("##sched-label" + n).c_str(), tr(Msg::sched_label_hint), &r.label);
        mark_last_item("Milestone " + n + " label");
        ImGui::SameLine();
        when_combo(("##sched-when" + n).c_str(), p, r.when);
        mark_last_item("Milestone " + n + " when");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em(110));
        ImGui::InputTextWithHint(("##sched-amount" + n).c_str(), "0.00", &r.amount);
        mark_last_item("Milestone " + n + " amount");
        ImGui::SameLine();
        if (small_button(ui_label(Msg::sched_remove, "Remove##sched" + n).c_str())) {
            f.schedule.erase(f.schedule.begin() + static_cast<std::ptrdiff_t>(i));
            break;
        }
        mark_last_item("Remove milestone " + n);
    }
    if (small_button(ui_label(Msg::sched_add, "Add milestone").c_str())) f.schedule.push_back({"", o.schedule.empty() ? "order" : "handover", ""});
    ImGui::SameLine();
    ImGui::BeginDisabled(!p || p->schedule.empty());
    if (small_button(ui_label(Msg::sched_pipeline_default, "Pipeline default").c_str())) fill_rows(f, default_schedule(*p, order_total(o)));
    ImGui::EndDisabled();
    if (ImGui::Button(ui_label(Msg::sched_save, "Save schedule").c_str())) {
        if (auto c = typed_schedule(f, o.number, f.schedule_error))
            if (run(sh, *c, f.schedule_error)) f.schedule_open = false;
    }
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::sched_cancel, "Cancel##schedule").c_str())) f.schedule_open = false, f.schedule_error.clear();
    if (!f.schedule_error.empty()) refusal_text(tr(Msg::sched_refused, {{"reason", f.schedule_error}}));
}

}  // namespace

void order_schedule(const Atelier& a, OrderUi& u, Shell& sh, const Order& o) {
    Forms& f = forms(u.forms, sh, o);
    const std::string& cur = a.profile.settings.currency;
    const Pipeline* p = a.pipeline(o.pipeline);
    section(tr(Msg::sched_title));
    if (f.schedule_open) return editor(sh, f, o, p);
    if (o.schedule.empty()) ImGui::TextDisabled("%s", tr(Msg::sched_none));
    for (size_t i = 0; i < o.schedule.size(); ++i) {
        const Milestone& m = o.schedule[i];
        const std::string amount = money_text(m.amount, cur);
        const std::string line = tr(Msg::sched_line, {{"label", m.label}, {"when", when_label(p, m.when)}, {"amount", amount}});
        ImGui::BulletText("%s", line.c_str());
        mark_last_item("Milestone " + std::to_string(i + 1) + ": " + m.label + " " + when_label(p, m.when, Language::en) + ": " + amount);
    }
    const bool closed = o.status == Status::cancelled || o.status == Status::paid;
    if (!closed && small_button(ui_label(Msg::sched_edit, "Edit schedule").c_str())) {
        f.schedule_open = true;
        f.schedule_error.clear();
        fill_rows(f, o.schedule);
    }
}

}  // namespace atelier::ui

// The order page's production: every stage with its state, the current stage's actions (start,
// advance, QC pass/fail, skip) and the backward plan from the deadline.
// - User text is always drawn with TextUnformatted or a "%s" argument, never as a format.
// - A refusal stays visible next to the form that caused it (the toast fades).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/derive.hpp"
#include "core/i18n/names.hpp"
#include "core/queries/index.hpp"
#include "core/queries/projection.hpp"
#include "core/rules/photos.hpp"
#include "core/rules/rework.hpp"
#include "core/text.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/photo_view.hpp"
#include "web/ui/view_order.hpp"
#include "web/ui/view_order_forms.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

using namespace order_page;

// [SECTION] Production: every stage with its state, the current stage's actions, the backward plan

namespace {

enum class Where { skipped, done, current, ahead, ahead_skipped };

Where stage_where(const Order& o, const Pipeline& p, size_t j, int at) {
    const Stage& s = p.stages[j];
    const bool logged_skip = std::any_of(o.log.begin(), o.log.end(), [&](const LogEntry& e) {
        return e.event == Event::skipped && e.stage == s.id;
    });
    const bool before = o.status == Status::draft || o.status == Status::confirmed;
    const bool after = o.status > Status::in_production && o.status != Status::cancelled;
    if (logged_skip) return Where::skipped;
    if (after || (at >= 0 && static_cast<int>(j) < at)) return Where::done;
    if (static_cast<int>(j) == at && !before) return o.stage_status == StageStatus::done ? Where::done : Where::current;
    return will_skip(o, s) ? Where::ahead_skipped : Where::ahead;
}

// A stage's state in `l`: "done", "current: not started", "ahead (will be skipped: rush)".
std::string stage_state(const Order& o, Where w, Language l) {
    constexpr Msg kStates[] = {Msg::prod_state_skipped, Msg::prod_state_done, Msg::prod_state_current, Msg::prod_state_ahead,
                               Msg::prod_state_ahead_skipped};
    const Msg now = o.stage_status == StageStatus::in_progress ? Msg::prod_now_in_progress : Msg::prod_now_not_started;
    return fill(text(l, kStates[static_cast<size_t>(w)]), {{"state", text(l, now)}});
}

void current_stage_actions(const Atelier& a, Shell& sh, const Order& o, const Stage& s, Forms& f) {
    ImGui::Spacing();
    ImGui::TextUnformatted(tr(Msg::prod_current_stage, {{"stage", s.name}}).c_str());
    if (o.stage_status == StageStatus::not_started) {
        if (ImGui::Button(ui_label(Msg::prod_start_stage, "Start stage").c_str())) run(sh, cmd::StageStart{o.number}, f.stage_error);
        ImGui::SameLine();
    }
    if (ImGui::Button(ui_label(Msg::prod_advance_stage, "Advance stage").c_str())) run(sh, cmd::OrderAdvance{o.number}, f.stage_error);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Msg::prod_advance_tip));
    if (s.qc || s.optional) {
        ImGui::SetNextItemWidth(em(320));
        ImGui::InputTextWithHint("##stage_note", tr(s.qc ? Msg::prod_qc_note_hint : Msg::prod_skip_note_hint), &f.stage_note);
        mark_last_item(s.qc ? "QC note" : "Skip note");
        if (s.qc) {
            ImGui::SameLine();
            if (ImGui::Button(ui_label(Msg::prod_qc_pass, "QC pass").c_str())) run(sh, cmd::OrderQc{o.number, true, std::string(trim(f.stage_note))}, f.stage_error);
            ImGui::SameLine();
            if (ImGui::Button(ui_label(Msg::prod_qc_fail, "QC fail").c_str()) &&
                run(sh, cmd::OrderQc{o.number, false, std::string(trim(f.stage_note))}, f.stage_error))
                f.stage_note.clear();
        }
        if (s.optional) {
            ImGui::SameLine();
            if (ImGui::Button(ui_label(Msg::prod_skip_stage, "Skip stage").c_str()) && run(sh, cmd::OrderSkip{o.number, std::string(trim(f.stage_note))}, f.stage_error))
                f.stage_note.clear();
        }
    }
    if (s.qc) {
        std::string qc = "QC: not yet checked", shown = tr(Msg::prod_qc_not_checked);
        if (o.qc == Qc::pass) qc = "QC: passed", shown = tr(Msg::prod_qc_passed);
        if (o.qc == Qc::fail) {
            qc = "QC failed", shown = tr(Msg::prod_qc_failed);
            for (auto it = o.log.rbegin(); it != o.log.rend(); ++it)
                if (it->event == Event::qc_fail) {
                    qc += ": " + it->note;
                    shown = tr(Msg::prod_qc_failed_because, {{"note", it->note}});
                    break;
                }
        }
        ImGui::TextColored(o.qc == Qc::fail ? colours().overdue : o.qc == Qc::pass ? colours().ok : colours().muted, "%s",
                           shown.c_str());
        mark_last_item(qc);
    }
    if (const Stage* needs = stage_needing_photo(a, o); needs && needs->id == s.id) {
        ImGui::TextColored(colours().due_soon, "%s", tr(Msg::prod_needs_photo, {{"stage", s.name}}).c_str());
        mark_last_item("Stage \"" + s.name + "\" needs a photo before it can be done:");
        stage_photo_buttons(sh, o, s, -1, true);
    } else if (s.photo) {
        ImGui::TextDisabled("%s", tr(Msg::prod_has_photo));
    }
}

// Back to an earlier stage (a failed QC, the client's change): the stages it may go to come from the
// core; the dialog asks which, why and the reason. After a QC fail it is the obvious next step.
void send_back(const Atelier& a, OrderUi& u, Shell& sh, const Order& o) {
    if (const LogEntry* rw = open_rework(a, o)) {
        const Pipeline* p = a.pipeline(o.pipeline);
        const int from = p ? rework_from_position(*p, rw->from) : -1;
        const bool named = from >= 0 && from < static_cast<int>(p->stages.size());
        const std::string left = named ? p->stages[static_cast<size_t>(from)].name : std::string("the end");
        const std::string shown = tr(Msg::prod_rework_line, {{"badge", rework_badge(*rw, 0, ui_locale().language)},
                                                             {"why", tr(rework_kind_msg(*rw->rework))},
                                                             {"stage", named ? left : std::string(tr(Msg::prod_the_end))}});
        ImGui::TextColored(colours().due_soon, "%s", shown.c_str());
        mark_last_item(rework_badge(*rw) + " (" + enum_label(*rw->rework) + "; sent back from " + left + ")");
    }
    if (rework_targets(a, o).empty()) return;
    if (o.qc == Qc::fail) {
        ImGui::TextDisabled("%s", tr(Msg::prod_qc_failed_send_back));
        mark_last_item("QC failed: send the order back to the stage that must redo it.");
    }
    if (ImGui::Button(ui_label(Msg::prod_send_back, "Send back…").c_str())) ask_rework(a, sh, u.rework, o.number, -1);
    mark_last_item("Send back");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Msg::prod_send_back_tip));
}

void plan(const Atelier& a, Shell& sh, const Order& o) {
    const BackwardPlan bp = backward_plan(a, o, sh.today());
    section(tr(Msg::prod_plan_title));
    if (bp.stages.empty()) {
        ImGui::TextDisabled("%s", tr(Msg::prod_plan_nothing));
        return;
    }
    ImGui::TextUnformatted(tr(Msg::prod_expected_finish, {{"date", ui_date(bp.expected_finish)}}).c_str());
    ImGui::SameLine();
    const std::string slack = bp.slack < 0 ? "behind plan by " + std::to_string(-bp.slack) + " days"
                                           : "slack " + std::to_string(bp.slack) + " days";
    const std::string shown = bp.slack < 0 ? trn(Msg::prod_behind_plan, -bp.slack) : trn(Msg::prod_slack, bp.slack);
    ImGui::TextColored(bp.slack < 0 ? colours().overdue : bp.slack < 3 ? colours().due_soon : colours().ok, "%s",
                       shown.c_str());
    mark_last_item("Plan " + slack);
    if (ImGui::BeginTable("plan", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn(tr(Msg::prod_column_start_by));
        ImGui::TableSetupColumn(tr(Msg::prod_column_done_by));
        ImGui::TableSetupColumn(tr(Msg::prod_column_stage), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr(Msg::prod_column_days));
        ImGui::TableHeadersRow();
        for (const auto& s : bp.stages) {
            ImGui::TableNextRow();
            if (s.current) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImGuiCol_HeaderHovered));
            const bool late = s.start < sh.today() && !s.current;
            ImGui::TableNextColumn();
            if (late) ImGui::TextColored(colours().overdue, "%s", ui_date(s.start).c_str());
            else ImGui::TextUnformatted(ui_date(s.start).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(ui_date(s.end).c_str());
            ImGui::TableNextColumn();
            const std::string name = s.name + (s.team.empty() ? "" : " (" + s.team + ")");
            ImGui::PushTextWrapPos(0);  // a narrow screen wraps the name rather than cutting it
            ImGui::TextUnformatted(name.c_str());
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            ImGui::Text("%d", s.days);
        }
        ImGui::EndTable();
    }
    for (const auto& fs : bp.fittings) {
        std::string t = tr(Msg::prod_fitting_window, {{"kind", fs.kind}, {"from", ui_date(fs.earliest)}, {"to", ui_date(fs.latest)},
                                                       {"suggested", ui_date(fs.suggested)}});
        if (fs.scheduled) t += tr(Msg::prod_fitting_booked, {{"when", ui_datetime(*fs.scheduled)}});
        else if (fs.late) t += tr(Msg::prod_fitting_window_passed);
        ImGui::TextColored(fs.late ? colours().overdue : colours().muted, "%s", t.c_str());
    }
}

}  // namespace

void order_production(const Atelier& a, OrderUi& u, Shell& sh, const Order& o) {
    Forms& f = forms(u.forms, sh, o);
    const Pipeline* p = a.pipeline(o.pipeline);
    if (!p) {
        ImGui::TextUnformatted(tr(Msg::prod_unknown_pipeline, {{"pipeline", o.pipeline}}).c_str());
        return;
    }
    const int at = stage_index(*p, o.stage);
    ImGui::TextUnformatted(tr(Msg::prod_pipeline, {{"pipeline", p->name}}).c_str());
    if (o.status == Status::draft) ImGui::TextDisabled("%s", tr(Msg::prod_draft_hint));
    if (o.status == Status::confirmed) ImGui::TextDisabled("%s", tr(Msg::prod_confirmed_hint));
    if (ImGui::BeginTable("stages", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn(tr(Msg::prod_column_stage), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr(Msg::prod_column_state));
        ImGui::TableSetupColumn(tr(Msg::prod_column_rules));
        ImGui::TableHeadersRow();
        for (size_t j = 0; j < p->stages.size(); ++j) {
            const Stage& s = p->stages[j];
            const Where where = stage_where(o, *p, j, at);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const ImVec2 c = ImGui::GetCursorScreenPos();
            const float h = ImGui::GetTextLineHeight();
            ImGui::GetWindowDrawList()->AddRectFilled(c, ImVec2(c.x + em(6), c.y + h),
                                                      ImGui::ColorConvertFloat4ToU32(hex_colour(s.colour, colours().muted)));
            ImGui::Dummy(ImVec2(em(10), h));
            ImGui::SameLine();
            ImGui::TextUnformatted(s.name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextColored(where == Where::current ? colours().priority : where == Where::done ? colours().ok : colours().muted,
                               "%s", stage_state(o, where, ui_locale().language).c_str());
            mark_last_item("Stage " + s.name + ": " + stage_state(o, where, Language::en));
            ImGui::TableNextColumn();
            std::string rules = tr(Msg::prod_rule_days, {{"days", ui_integer(s.days)}});
            if (s.qc) rules += std::string(" · ") + tr(Msg::prod_rule_qc);
            if (s.optional) rules += std::string(" · ") + tr(Msg::prod_rule_optional);
            if (s.photo) rules += std::string(" · ") + tr(Msg::prod_rule_photo);
            if (s.freezes) rules += std::string(" · ") + tr(Msg::prod_rule_cuts);
            ImGui::TextDisabled("%s", rules.c_str());
        }
        ImGui::EndTable();
    }
    if (o.status == Status::in_production) {
        if (o.stage_status == StageStatus::done) ImGui::TextColored(colours().ok, "%s", tr(Msg::prod_finished));
        else if (const Stage* s = current_stage(a, o)) current_stage_actions(a, sh, o, *s, f);
        send_back(a, u, sh, o);
    }
    if (!f.stage_error.empty()) refusal_text(tr(Msg::order_refused, {{"reason", f.stage_error}}));
    if (o.status <= Status::in_production) plan(a, sh, o);
}

}  // namespace atelier::ui

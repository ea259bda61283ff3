// The order page's production: every stage with its state, the current stage's actions (start,
// advance, QC pass/fail, skip) and the backward plan from the deadline.
// - User text is always drawn with TextUnformatted or a "%s" argument, never as a format.
// - A refusal stays visible next to the form that caused it (the toast fades).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/derive.hpp"
#include "core/queries/index.hpp"
#include "core/queries/projection.hpp"
#include "core/rules/photos.hpp"
#include "core/rules/rework.hpp"
#include "core/text.hpp"
#include "web/ui/view_order.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/photo_view.hpp"
#include "web/ui/view_order_forms.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

using namespace order_page;

// [SECTION] Production: every stage with its state, the current stage's actions, the backward plan

namespace {

std::string stage_state(const Order& o, const Pipeline& p, size_t j, int at) {
    const Stage& s = p.stages[j];
    const bool logged_skip = std::any_of(o.log.begin(), o.log.end(), [&](const LogEntry& e) {
        return e.event == Event::skipped && e.stage == s.id;
    });
    const bool before = o.status == Status::draft || o.status == Status::confirmed;
    const bool after = o.status > Status::in_production && o.status != Status::cancelled;
    if (logged_skip) return "skipped";
    if (after || (at >= 0 && static_cast<int>(j) < at)) return "done";
    if (static_cast<int>(j) == at && !before) {
        if (o.stage_status == StageStatus::done) return "done";
        std::string state = enum_label(o.stage_status);  // "Not started", mid-sentence here
        state[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(state[0])));
        return "current: " + state;
    }
    return will_skip(o, s) ? "ahead (will be skipped: rush)" : "ahead";
}

void current_stage_actions(const Atelier& a, Shell& sh, const Order& o, const Stage& s, Forms& f) {
    ImGui::Spacing();
    ImGui::Text("Current stage: %s", s.name.c_str());
    if (o.stage_status == StageStatus::not_started) {
        if (ImGui::Button("Start stage")) run(sh, cmd::StageStart{o.number}, f.stage_error);
        ImGui::SameLine();
    }
    if (ImGui::Button("Advance stage")) run(sh, cmd::OrderAdvance{o.number}, f.stage_error);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Mark this stage done and move the order to the next one");
    if (s.qc || s.optional) {
        ImGui::SetNextItemWidth(em(320));
        ImGui::InputTextWithHint("##stage_note", s.qc ? "What to fix (needed for a QC fail)" : "Why it is skipped", &f.stage_note);
        mark_last_item(s.qc ? "QC note" : "Skip note");
        if (s.qc) {
            ImGui::SameLine();
            if (ImGui::Button("QC pass")) run(sh, cmd::OrderQc{o.number, true, std::string(trim(f.stage_note))}, f.stage_error);
            ImGui::SameLine();
            if (ImGui::Button("QC fail") &&
                run(sh, cmd::OrderQc{o.number, false, std::string(trim(f.stage_note))}, f.stage_error))
                f.stage_note.clear();
        }
        if (s.optional) {
            ImGui::SameLine();
            if (ImGui::Button("Skip stage") && run(sh, cmd::OrderSkip{o.number, std::string(trim(f.stage_note))}, f.stage_error))
                f.stage_note.clear();
        }
    }
    if (s.qc) {
        std::string qc = "QC: not yet checked";
        if (o.qc == Qc::pass) qc = "QC: passed";
        if (o.qc == Qc::fail) {
            qc = "QC failed";
            for (auto it = o.log.rbegin(); it != o.log.rend(); ++it)
                if (it->event == Event::qc_fail) {
                    qc += ": " + it->note;
                    break;
                }
        }
        ImGui::TextColored(o.qc == Qc::fail ? colours().overdue : o.qc == Qc::pass ? colours().ok : colours().muted, "%s",
                           qc.c_str());
        mark_last_item(qc);
    }
    if (const Stage* needs = stage_needing_photo(a, o); needs && needs->id == s.id) {
        const std::string t = "Stage \"" + s.name + "\" needs a photo before it can be done:";
        ImGui::TextColored(colours().due_soon, "%s", t.c_str());
        mark_last_item(t);
        stage_photo_buttons(sh, o, s, -1, true);
    } else if (s.photo) {
        ImGui::TextDisabled("This stage needs a photo before it can be done (it has one).");
    }
}

// Back to an earlier stage (a failed QC, the client's change): the stages it may go to come from the
// core; the dialog asks which, why and the reason. After a QC fail it is the obvious next step.
void send_back(const Atelier& a, OrderUi& u, Shell& sh, const Order& o) {
    if (const LogEntry* rw = open_rework(a, o)) {
        const Pipeline* p = a.pipeline(o.pipeline);
        const int from = p ? rework_from_position(*p, rw->from) : -1;
        const std::string left = from >= 0 && from < static_cast<int>(p->stages.size()) ? p->stages[static_cast<size_t>(from)].name
                                                                                       : std::string("the end");
        const std::string t = rework_badge(*rw) + " (" + enum_label(*rw->rework) + "; sent back from " + left + ")";
        ImGui::TextColored(colours().due_soon, "%s", t.c_str());
        mark_last_item(t);
    }
    if (rework_targets(a, o).empty()) return;
    if (o.qc == Qc::fail) {
        ImGui::TextDisabled("QC failed: send the order back to the stage that must redo it.");
        mark_last_item("QC failed: send the order back to the stage that must redo it.");
    }
    if (ImGui::Button("Send back…")) ask_rework(a, sh, u.rework, o.number, -1);
    mark_last_item("Send back");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Move the order back to an earlier stage, with the reason");
}

void plan(const Atelier& a, Shell& sh, const Order& o) {
    const BackwardPlan bp = backward_plan(a, o, sh.today());
    section("Plan back from the deadline");
    if (bp.stages.empty()) {
        ImGui::TextDisabled("Nothing left to plan.");
        return;
    }
    ImGui::Text("Expected finish %s", format_date(bp.expected_finish).c_str());
    ImGui::SameLine();
    const std::string slack = bp.slack < 0 ? "behind plan by " + std::to_string(-bp.slack) + " days"
                                           : "slack " + std::to_string(bp.slack) + " days";
    ImGui::TextColored(bp.slack < 0 ? colours().overdue : bp.slack < 3 ? colours().due_soon : colours().ok, "%s",
                       slack.c_str());
    mark_last_item("Plan " + slack);
    if (ImGui::BeginTable("plan", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("Start by");
        ImGui::TableSetupColumn("Done by");
        ImGui::TableSetupColumn("Stage", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Days");
        ImGui::TableHeadersRow();
        for (const auto& s : bp.stages) {
            ImGui::TableNextRow();
            if (s.current) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImGuiCol_HeaderHovered));
            const bool late = s.start < sh.today() && !s.current;
            ImGui::TableNextColumn();
            if (late) ImGui::TextColored(colours().overdue, "%s", format_date(s.start).c_str());
            else ImGui::TextUnformatted(format_date(s.start).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_date(s.end).c_str());
            ImGui::TableNextColumn();
            const std::string name = s.name + (s.team.empty() ? "" : " (" + s.team + ")");
            ImGui::TextUnformatted(name.c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%d", s.days);
        }
        ImGui::EndTable();
    }
    for (const auto& fs : bp.fittings) {
        std::string t = fs.kind + " fitting: between " + format_date(fs.earliest) + " and " + format_date(fs.latest) +
                        ", suggested " + format_date(fs.suggested);
        if (fs.scheduled) t += ", booked " + when_text(*fs.scheduled);
        else if (fs.late) t += ", window passed";
        ImGui::TextColored(fs.late ? colours().overdue : colours().muted, "%s", t.c_str());
    }
}

}  // namespace

void order_production(const Atelier& a, OrderUi& u, Shell& sh, const Order& o) {
    Forms& f = forms(u.forms, sh, o);
    const Pipeline* p = a.pipeline(o.pipeline);
    if (!p) {
        ImGui::Text("Unknown pipeline \"%s\".", o.pipeline.c_str());
        return;
    }
    const int at = stage_index(*p, o.stage);
    ImGui::Text("Pipeline: %s", p->name.c_str());
    if (o.status == Status::draft) ImGui::TextDisabled("A draft: confirm the order, then start production.");
    if (o.status == Status::confirmed) ImGui::TextDisabled("Confirmed: start production to begin the first stage.");
    if (ImGui::BeginTable("stages", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("Stage", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("State");
        ImGui::TableSetupColumn("Rules");
        ImGui::TableHeadersRow();
        for (size_t j = 0; j < p->stages.size(); ++j) {
            const Stage& s = p->stages[j];
            const std::string state = stage_state(o, *p, j, at);
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
            const bool current = std::string_view(state).rfind("current", 0) == 0;
            ImGui::TextColored(current ? colours().priority : std::string_view(state) == "done" ? colours().ok : colours().muted,
                               "%s", state.c_str());
            mark_last_item("Stage " + s.name + ": " + state);
            ImGui::TableNextColumn();
            std::string rules = std::to_string(s.days) + "d";
            if (s.qc) rules += " · QC";
            if (s.optional) rules += " · optional";
            if (s.photo) rules += " · photo";
            if (s.freezes) rules += " · cuts";
            ImGui::TextDisabled("%s", rules.c_str());
        }
        ImGui::EndTable();
    }
    if (o.status == Status::in_production) {
        if (o.stage_status == StageStatus::done) ImGui::TextColored(colours().ok, "Production finished: ready to ship or collect.");
        else if (const Stage* s = current_stage(a, o)) current_stage_actions(a, sh, o, *s, f);
        send_back(a, u, sh, o);
    }
    if (!f.stage_error.empty()) refusal_text("Refused: " + f.stage_error);
    if (o.status <= Status::in_production) plan(a, sh, o);
}

}  // namespace atelier::ui

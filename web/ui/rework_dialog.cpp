// The "Send back" dialog: stage, why (kind) and the reason, then order.rework.
// - The refusal stays in the dialog (the reason is required): the user fixes it there.
#include "web/ui/rework_dialog.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/i18n/names.hpp"
#include "core/rules/rework.hpp"
#include "core/text.hpp"
#include "web/ui/dialog.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/shell.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

bool ask_rework(const Atelier& a, Shell& sh, ReworkAsk& ask, int order, int target) {
    const Order* o = a.order(order);
    if (!o) return false;
    const std::vector<int> targets = rework_targets(a, *o);
    if (targets.empty() || !open_dialog(sh.dialogs(), kReworkDialog)) return false;  // nowhere to go back to
    ask = ReworkAsk{};
    ask.order = order;
    ask.target = std::find(targets.begin(), targets.end(), target) != targets.end() ? target
                 : targets.empty()                                                 ? -1
                                                                                   : targets.back();
    if (o->qc == Qc::fail) ask.kind = ReworkKind::qc_fail;
    return true;
}

std::string rework_dialog(const Atelier& a, Shell& sh, ReworkAsk& ask) {
    DialogState& d = sh.dialogs();
    if (!begin_dialog(d, kReworkDialog, tr(Msg::rework_title), 480)) return "";
    const Order* o = a.order(ask.order);
    const Pipeline* p = o ? a.pipeline(o->pipeline) : nullptr;
    std::string made;
    bool done = !o || !p;
    if (o && p) {
        const std::string label = order_label(a.profile, o->number);
        ImGui::TextWrapped("%s", tr(Msg::rework_explain, {{"order", label}}).c_str());
        const std::vector<int> targets = rework_targets(a, *o);
        const auto name = [&](int i) { return i >= 0 && i < static_cast<int>(p->stages.size()) ? p->stages[static_cast<size_t>(i)].name : std::string(); };
        ImGui::SetNextItemWidth(em(220));
        if (ImGui::BeginCombo(ui_label(Msg::rework_back_to, "Back to stage").c_str(), name(ask.target).c_str())) {
            for (int i : targets)
                if (ImGui::Selectable((name(i) + "##back" + std::to_string(i)).c_str(), i == ask.target)) ask.target = i;
            ImGui::EndCombo();
        } else {
            mark_last_item("Back to stage");
        }
        ImGui::SetNextItemWidth(em(220));
        if (ImGui::BeginCombo(ui_label(Msg::rework_why, "Why").c_str(), tr(rework_kind_msg(ask.kind)))) {
            for (ReworkKind k : {ReworkKind::qc_fail, ReworkKind::client_change, ReworkKind::other})
                if (ImGui::Selectable(ui_label(rework_kind_msg(k), enum_label(k)).c_str(), k == ask.kind)) ask.kind = k;
            ImGui::EndCombo();
        } else {
            mark_last_item("Why");
        }
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##rework reason", tr(Msg::rework_reason_hint), &ask.reason);
        mark_last_item("Reason");
        if (!ask.error.empty()) {
            ImGui::PushTextWrapPos(0);
            ImGui::TextColored(colours().overdue, "%s", tr(Msg::order_refused, {{"reason", ask.error}}).c_str());
            ImGui::PopTextWrapPos();
            mark_last_item("Refused: " + ask.error);
        }
        if (ImGui::Button(ui_label(Msg::rework_send, "Send it back").c_str())) {
            const std::string to = name(ask.target);
            const cmd::OrderRework c{o->number, ask.target >= 0 ? p->stages[static_cast<size_t>(ask.target)].id : "", ask.kind,
                                     std::string(trim(ask.reason))};
            if (sh.dispatch(c)) {
                made = tr(Msg::rework_sent, {{"order", label}, {"stage", to}});
                done = true;
            } else {
                ask.error = shown(sh.refusal());
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(ui_label(Msg::rework_keep, "Keep it where it is").c_str())) done = true;
    }
    if (done) {
        close_dialog(d);
        ImGui::CloseCurrentPopup();
    }
    end_dialog();
    return made;
}

}  // namespace atelier::ui

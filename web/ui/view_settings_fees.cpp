// Settings → cancellation fees by stage. Rows and the add row change only the settings draft;
// "Save settings" sends them (the core checks pipeline, stage and percentage, and a refusal is
// shown beside that button like any other setting's). Archived pipelines are offered too: their
// orders can still be cancelled.
#include "web/ui/view_settings_fees.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/text.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

std::string pipeline_title(const Pipeline& p) { return p.archived ? tr(Msg::fees_archived, {{"pipeline", p.name}}) : p.name; }

bool has_fee(const std::vector<StageFee>& fees, const std::string& pipeline, const std::string& stage) {
    return std::any_of(fees.begin(), fees.end(),
                       [&](const StageFee& f) { return f.pipeline == pipeline && f.stage == stage; });
}

// What the fee charges: a fixed amount when set, else the percentage; as the row's mark names it...
std::string fee_text(const StageFee& f, const std::string& currency) {
    return f.amount.minor > 0 ? money_text(f.amount, currency) : std::to_string(f.percent) + "%";
}

// ...and as the row shows it, the device's way ("20 %" in French).
std::string fee_shown(const StageFee& f, const std::string& currency) {
    return f.amount.minor > 0 ? money_text(f.amount, currency) : tr(Msg::fees_percent, {{"percent", ui_integer(f.percent)}});
}

// The typed amount, or nullopt with the reason in `error` (the payment forms' wording).
std::optional<Money> fee_amount(const std::string& typed, Msg& error) {
    const std::string_view t = trim(typed);
    const auto amount = parse_money(t);
    if (!t.empty() && t.front() == '-') error = Msg::fees_negative;
    else if (!amount) error = Msg::fees_write_amount;
    else if (amount->minor == 0) error = Msg::fees_zero;
    else return amount;
    return std::nullopt;
}

void add_row(const Atelier& a, std::vector<StageFee>& fees, StageFeeForm& form) {
    const Pipeline* chosen = form.pipeline.empty() ? nullptr : a.pipeline(form.pipeline);
    if (!chosen) form.pipeline.clear(), form.stage.clear();
    ImGui::SetNextItemWidth(em(200));
    if (ImGui::BeginCombo("##fee pipeline", chosen ? pipeline_title(*chosen).c_str() : tr(Msg::fees_pipeline_none))) {
        for (const auto& p : a.pipelines)
            // Named in English whatever the language ("Bridal (archived)##fee pipeline bridal").
            if (ImGui::Selectable((pipeline_title(p) + "###" + (p.archived ? p.name + " (archived)" : p.name) + "##fee pipeline " + p.id).c_str(),
                                  chosen == &p)) {
                form.pipeline = p.id;
                form.stage.clear();
            }
        ImGui::EndCombo();
    } else {
        mark_last_item("Fee pipeline");
    }
    ImGui::SameLine();
    const Stage* stage = nullptr;
    if (chosen)
        for (const auto& s : chosen->stages)
            if (s.id == form.stage && !has_fee(fees, chosen->id, s.id)) stage = &s;
    if (!stage) form.stage.clear();
    ImGui::BeginDisabled(!chosen);
    ImGui::SetNextItemWidth(em(200));
    if (ImGui::BeginCombo("##fee stage", stage ? stage->name.c_str() : tr(Msg::fees_stage_none))) {
        // Only stages without a fee: one fee per stage.
        for (const auto& s : chosen->stages)
            if (!has_fee(fees, chosen->id, s.id) &&
                ImGui::Selectable((s.name + "##fee stage " + s.id).c_str(), stage == &s))
                form.stage = s.id;
        ImGui::EndCombo();
    } else {
        mark_last_item("Fee stage");
    }
    ImGui::EndDisabled();

    if (ImGui::RadioButton(ui_label(Msg::fees_fixed, "Fixed amount##fee").c_str(), form.fixed)) form.fixed = true;
    ImGui::SameLine();
    if (ImGui::RadioButton(ui_label(Msg::fees_percentage, "Percentage of the price##fee").c_str(), !form.fixed)) form.fixed = false;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(110));
    if (form.fixed) {
        ImGui::InputTextWithHint("##fee amount", "250.00", &form.amount);
        mark_last_item("Fee amount");
        ImGui::SameLine();
        ImGui::TextUnformatted(a.profile.settings.currency.c_str());
    } else {
        ImGui::InputInt("##fee percent", &form.percent, 0, 0);
        mark_last_item("Fee percent");
        ImGui::SameLine();
        ImGui::TextUnformatted("%");
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(!stage);
    if (ImGui::Button(ui_label(Msg::fees_add, "Add fee").c_str())) {
        StageFee f;
        f.pipeline = form.pipeline;
        f.stage = form.stage;
        bool ok = true;
        if (form.fixed) {
            Msg why = Msg::count;
            const auto m = fee_amount(form.amount, why);
            ok = m.has_value();
            if (!ok) form.error = view_error(say(why));
            if (ok) f.amount = *m;
        } else {
            f.percent = form.percent;  // out of range: the core refuses it on save
        }
        if (ok) {
            fees.push_back(std::move(f));
            form = StageFeeForm{};
        }
    }
    ImGui::EndDisabled();
    if (!form.error.empty()) {
        ImGui::TextColored(colours().overdue, "%s", tr(Msg::fees_not_added, {{"reason", form.error.shown}}).c_str());
        mark_last_item("Fee error: " + form.error.english);
    }
}

}  // namespace

void draw_stage_fees(const Atelier& a, std::vector<StageFee>& fees, StageFeeForm& form) {
    ImGui::Spacing();
    // Folded until opened: open, it would push storage and backup below the fold.
    if (!ImGui::CollapsingHeader(ui_label(Msg::fees_title, "Cancellation fees by stage").c_str())) return;
    ImGui::PushID("stage fees");
    const std::string& currency = a.profile.settings.currency;
    if (fees.empty()) ImGui::TextDisabled("%s", tr(Msg::fees_none));
    else if (ImGui::BeginTable("stage fees", 4, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        for (size_t i = 0; i < fees.size(); ++i) {
            const StageFee& f = fees[i];
            const Pipeline* p = a.pipeline(f.pipeline);
            const int si = p ? stage_index(*p, f.stage) : -1;
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(p ? pipeline_title(*p).c_str() : f.pipeline.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(si >= 0 ? p->stages[static_cast<size_t>(si)].name.c_str() : f.stage.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(fee_shown(f, currency).c_str());
            mark_last_item("Fee " + f.pipeline + " " + f.stage + ": " + fee_text(f, currency));
            ImGui::TableNextColumn();
            const bool remove = small_button(ui_label(Msg::set_remove, "Remove").c_str());
            mark_last_item("Remove fee " + f.pipeline + " " + f.stage);
            ImGui::PopID();
            if (remove) {
                fees.erase(fees.begin() + static_cast<long>(i));
                break;  // the rest is drawn next frame
            }
        }
        ImGui::EndTable();
    }
    add_row(a, fees, form);
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(Msg::fees_why));
    ImGui::PopTextWrapPos();
    ImGui::PopID();
}

}  // namespace atelier::ui

// Settings → cancellation fees by stage. Rows and the add row change only the settings draft;
// "Save settings" sends them (the core checks pipeline, stage and percentage, and a refusal is
// shown beside that button like any other setting's). Archived pipelines are offered too: their
// orders can still be cancelled.
#include "web/ui/view_settings_fees.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/text.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

std::string pipeline_title(const Pipeline& p) { return p.archived ? p.name + " (archived)" : p.name; }

bool has_fee(const std::vector<StageFee>& fees, const std::string& pipeline, const std::string& stage) {
    return std::any_of(fees.begin(), fees.end(),
                       [&](const StageFee& f) { return f.pipeline == pipeline && f.stage == stage; });
}

// What the fee charges, as the row shows it: a fixed amount when set, else the percentage.
std::string fee_text(const StageFee& f, const std::string& currency) {
    return f.amount.minor > 0 ? money_text(f.amount, currency) : std::to_string(f.percent) + "%";
}

// The typed amount, or nullopt with the reason in `error` (the payment forms' wording).
std::optional<Money> fee_amount(const std::string& typed, std::string& error) {
    const std::string_view t = trim(typed);
    const auto amount = parse_money(t);
    if (!t.empty() && t.front() == '-') error = "a fee must be more than zero";
    else if (!amount) error = "write the amount like 250 or 250.50";
    else if (amount->minor == 0) error = "a fixed fee must be more than zero (or choose a percentage)";
    else return amount;
    return std::nullopt;
}

void add_row(const Atelier& a, std::vector<StageFee>& fees, StageFeeForm& form) {
    const Pipeline* chosen = form.pipeline.empty() ? nullptr : a.pipeline(form.pipeline);
    if (!chosen) form.pipeline.clear(), form.stage.clear();
    ImGui::SetNextItemWidth(em(200));
    if (ImGui::BeginCombo("##fee pipeline", chosen ? pipeline_title(*chosen).c_str() : "(pipeline)")) {
        for (const auto& p : a.pipelines)
            if (ImGui::Selectable((pipeline_title(p) + "##fee pipeline " + p.id).c_str(), chosen == &p)) {
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
    if (ImGui::BeginCombo("##fee stage", stage ? stage->name.c_str() : "(stage)")) {
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

    if (ImGui::RadioButton("Fixed amount##fee", form.fixed)) form.fixed = true;
    ImGui::SameLine();
    if (ImGui::RadioButton("Percentage of the price##fee", !form.fixed)) form.fixed = false;
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
    if (ImGui::Button("Add fee")) {
        StageFee f;
        f.pipeline = form.pipeline;
        f.stage = form.stage;
        bool ok = true;
        if (form.fixed) {
            const auto m = fee_amount(form.amount, form.error);
            ok = m.has_value();
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
        ImGui::TextColored(colours().overdue, "Fee not added: %s", form.error.c_str());
        mark_last_item("Fee error: " + form.error);
    }
}

}  // namespace

void draw_stage_fees(const Atelier& a, std::vector<StageFee>& fees, StageFeeForm& form) {
    ImGui::Spacing();
    // Folded until opened: open, it would push storage and backup below the fold.
    if (!ImGui::CollapsingHeader("Cancellation fees by stage")) return;
    ImGui::PushID("stage fees");
    const std::string& currency = a.profile.settings.currency;
    if (fees.empty()) ImGui::TextDisabled("No fee by stage: the production percentage applies.");
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
            const std::string text = fee_text(f, currency);
            ImGui::TextUnformatted(text.c_str());
            mark_last_item("Fee " + f.pipeline + " " + f.stage + ": " + text);
            ImGui::TableNextColumn();
            const bool remove = small_button("Remove");
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
    ImGui::TextDisabled(
        "An order cancelled while at a stage listed here is charged that fee instead of the production "
        "percentage; capped at the price.");
    ImGui::PopTextWrapPos();
    ImGui::PopID();
}

}  // namespace atelier::ui

// The order page's measurements: the client's value, the order's override and the value used,
// per measurement; an override is typed in place or added by name.
// - User text is always drawn with TextUnformatted or a "%s" argument, never as a format.
// - A refusal stays visible next to the form that caused it (the toast fades).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/derive.hpp"
#include "core/text.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/measure_unit.hpp"
#include "web/ui/view_order.hpp"
#include "web/ui/view_order_forms.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

using namespace order_page;

namespace {

std::string& override_text(Forms& f, const std::string& name) {
    for (auto& [n, t] : f.overrides)
        if (n == name) return t;
    return f.overrides.emplace_back(name, std::string()).second;
}

void set_override(Shell& sh, const Order& o, Forms& f, const std::string& name, const std::string& text, Unit unit) {
    const bool has = std::any_of(o.overrides.begin(), o.overrides.end(), [&](const Measurement& m) { return m.name == name; });
    if (trim(text).empty()) {
        if (has) run(sh, cmd::OrderOverride{o.number, name, std::nullopt}, f.measure_error);
        return;
    }
    const auto l = parse_length_entry(text, unit);
    if (!l) {
        f.measure_error = tr(Msg::meas_length_format, {{"name", name}});
        f.revision = ~0ull;  // show the stored value again
        return;
    }
    run(sh, cmd::OrderOverride{o.number, name, *l}, f.measure_error);
}

}  // namespace

// [SECTION] Measurements

void order_measurements(const Atelier& a, OrderUi& u, Shell& sh, const Order& o) {
    const Unit unit = shown_unit(a, u.unit);
    if (u.forms.override_unit != unit) u.forms.revision = ~0ull, u.forms.override_unit = unit;  // written again in it
    Forms& f = forms(u.forms, sh, o);
    unit_switch(a, u.unit, "order");
    const auto rows = effective_measurements(a.client(o.client), o);
    if (o.frozen_on) ImGui::TextColored(colours().muted, "%s", tr(Msg::meas_cut_on, {{"date", ui_date(*o.frozen_on)}}).c_str());
    ImGui::TextDisabled("%s", tr(Msg::meas_how_to_override));
    if (rows.empty()) ImGui::TextUnformatted(tr(Msg::meas_none_yet));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!rows.empty() && ImGui::BeginTable("measurements", 5, flags)) {
        ImGui::TableSetupColumn(tr(Msg::meas_column_measurement));
        ImGui::TableSetupColumn(tr(Msg::order_client));
        ImGui::TableSetupColumn(tr(Msg::meas_column_override));
        ImGui::TableSetupColumn(tr(Msg::meas_column_used));
        ImGui::TableSetupColumn(tr(Msg::meas_column_note), 0, 2.0f);
        ImGui::TableHeadersRow();
        for (const auto& r : rows) {
            ImGui::PushID(r.name.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(r.name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(r.client ? local_length(*r.client, unit, ui_locale()).c_str() : "—");
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            std::string& text = override_text(f, r.name);
            ImGui::InputTextWithHint("##override", tr(Msg::meas_override_none), &text);
            mark_last_item("Override " + r.name);
            if (ImGui::IsItemDeactivatedAfterEdit()) set_override(sh, o, f, r.name, text, unit);
            ImGui::TableNextColumn();
            const std::string value = local_length(r.used, unit, ui_locale());
            ImGui::TextUnformatted(r.frozen ? tr(Msg::meas_used_cut, {{"value", value}}).c_str()
                                   : r.override_value ? tr(Msg::meas_used_override, {{"value", value}}).c_str()
                                                      : value.c_str());
            mark_last_item("Used " + r.name + " " + format_length_as(r.used, unit) + (r.frozen ? " (cut)" : r.override_value ? " (override)" : ""));
            ImGui::TableNextColumn();
            if (r.differs_from_frozen) {
                const std::string w = tr(Msg::meas_remeasured, {{"value", r.client ? local_length(*r.client, unit, ui_locale()) : "—"}});
                ImGui::TextColored(colours().due_soon, "%s", w.c_str());
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::SetNextItemWidth(em(160));
    ImGui::InputTextWithHint("##new_name", tr(Msg::meas_name_hint), &f.new_name);
    mark_last_item("Override name");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(110));
    ImGui::InputTextWithHint("##new_value", tr(unit == Unit::cm ? Msg::meas_value_hint_cm : Msg::meas_value_hint_in), &f.new_value);
    mark_last_item("Override value");
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::meas_add_override, "Add override").c_str())) {
        const std::string name(trim(f.new_name));
        if (name.empty()) {
            f.measure_error = tr(Msg::meas_name_missing);
        } else if (const auto l = parse_length_entry(f.new_value, unit)) {
            if (run(sh, cmd::OrderOverride{o.number, name, *l}, f.measure_error)) f.new_name.clear(), f.new_value.clear();
        } else {
            f.measure_error = tr(Msg::meas_length_format, {{"name", name}});
        }
    }
    if (!f.measure_error.empty()) refusal_text(f.measure_error);
}

}  // namespace atelier::ui

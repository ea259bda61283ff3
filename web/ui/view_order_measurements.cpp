// The order page's measurements: the client's value, the order's override and the value used,
// per measurement; an override is typed in place or added by name.
// - User text is always drawn with TextUnformatted or a "%s" argument, never as a format.
// - A refusal stays visible next to the form that caused it (the toast fades).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/derive.hpp"
#include "core/text.hpp"
#include "web/ui/view_order.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/measure_unit.hpp"
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
        f.measure_error = "Override " + name + ": write a length like 92.5 cm or 36 in";
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
    if (o.frozen_on)
        ImGui::TextColored(colours().muted, "Cut on %s: the garment uses the values frozen then.", format_date(*o.frozen_on).c_str());
    ImGui::TextDisabled("Type an override and press Enter; clear it to use the client's value again.");
    if (rows.empty()) ImGui::TextUnformatted("No measurements yet: measure the client on their page, or add an override.");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!rows.empty() && ImGui::BeginTable("measurements", 5, flags)) {
        ImGui::TableSetupColumn("Measurement");
        ImGui::TableSetupColumn("Client");
        ImGui::TableSetupColumn("Order override");
        ImGui::TableSetupColumn("Used");
        ImGui::TableSetupColumn("Note", 0, 2.0f);
        ImGui::TableHeadersRow();
        for (const auto& r : rows) {
            ImGui::PushID(r.name.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(r.name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(r.client ? format_length_as(*r.client, unit).c_str() : "—");
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            std::string& text = override_text(f, r.name);
            ImGui::InputTextWithHint("##override", "none", &text);
            mark_last_item("Override " + r.name);
            if (ImGui::IsItemDeactivatedAfterEdit()) set_override(sh, o, f, r.name, text, unit);
            ImGui::TableNextColumn();
            const std::string used = format_length_as(r.used, unit) + (r.frozen ? " (cut)" : r.override_value ? " (override)" : "");
            ImGui::TextUnformatted(used.c_str());
            mark_last_item("Used " + r.name + " " + used);
            ImGui::TableNextColumn();
            if (r.differs_from_frozen) {
                const std::string w = "Client re-measured after cutting: now " + (r.client ? format_length_as(*r.client, unit) : "—");
                ImGui::TextColored(colours().due_soon, "%s", w.c_str());
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::SetNextItemWidth(em(160));
    ImGui::InputTextWithHint("##new_name", "measurement", &f.new_name);
    mark_last_item("Override name");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(110));
    ImGui::InputTextWithHint("##new_value", unit == Unit::cm ? "e.g. 92 cm" : "e.g. 36 in", &f.new_value);
    mark_last_item("Override value");
    ImGui::SameLine();
    if (ImGui::Button("Add override")) {
        const std::string name(trim(f.new_name));
        if (name.empty()) {
            f.measure_error = "Name the measurement to override";
        } else if (const auto l = parse_length_entry(f.new_value, unit)) {
            if (run(sh, cmd::OrderOverride{o.number, name, *l}, f.measure_error)) f.new_name.clear(), f.new_value.clear();
        } else {
            f.measure_error = "Override " + name + ": write a length like 92.5 cm or 36 in";
        }
    }
    if (!f.measure_error.empty()) refusal_text(f.measure_error);
}

}  // namespace atelier::ui

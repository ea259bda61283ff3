// The order page's fittings: those booked (a click marks one done) and the form to add one.
// - User text is always drawn with TextUnformatted or a "%s" argument, never as a format.
// - A refusal stays visible next to the form that caused it (the toast fades).
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/text.hpp"
#include "web/ui/view_order.hpp"
#include "web/ui/date_picker.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_order_forms.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

using namespace order_page;

// [SECTION] Fittings

void order_fittings(const Atelier&, OrderUi& u, Shell& sh, const Order& o) {
    Forms& f = forms(u.forms, sh, o);
    if (o.fittings.empty()) ImGui::TextDisabled("No fittings booked.");
    else if (ImGui::BeginTable("fittings", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("When");
        ImGui::TableSetupColumn("Kind");
        ImGui::TableSetupColumn("Notes", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("State");
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < o.fittings.size(); ++i) {
            const Fitting& fit = o.fittings[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(when_text(fit.at).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(fit.kind.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(fit.notes.c_str());
            ImGui::TableNextColumn();
            if (fit.done) ImGui::TextColored(colours().ok, "done");
            else if (small_button("Done")) run(sh, cmd::FittingDone{o.number, static_cast<int>(i), ""}, f.fit_error);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    section("Add fitting");
    // "Fitting date" and "Fitting time" typed, or both picked on the calendar (quarter hours).
    date_time_fields("Fitting", f.fit_date, f.fit_time, sh.today());
    same_line_if_fits(em(200));
    ImGui::SetNextItemWidth(em(110));
    if (ImGui::BeginCombo("Fitting kind", f.fit_kind.c_str())) {
        for (const char* k : {"first", "second", "final"})
            if (ImGui::Selectable(k, f.fit_kind == k)) f.fit_kind = k;
        ImGui::EndCombo();
    } else {
        mark_last_item("Fitting kind");
    }
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputTextWithHint("Fitting notes", "optional", &f.fit_notes);
    if (ImGui::Button("Add fitting")) {
        const auto at = parse_datetime(std::string(trim(f.fit_date)) + "T" + std::string(trim(f.fit_time)));
        if (!at) f.fit_error = "write the date as YYYY-MM-DD and the time as HH:MM";
        else if (run(sh, cmd::OrderFitting{o.number, *at, f.fit_kind, std::string(trim(f.fit_notes))}, f.fit_error))
            f.fit_notes.clear();
    }
    if (!f.fit_error.empty()) refusal_text("Fitting refused: " + f.fit_error);
}

}  // namespace atelier::ui

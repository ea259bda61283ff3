// The order page's fittings: those booked (Done, Reschedule, Cancel; cancelled ones struck through
// with their reason) and the form to add one.
// - User text is always drawn with TextUnformatted or a "%s" argument, never as a format.
// - A refusal stays visible next to the form that caused it (the toast fades); an overlap with
//   another booked fitting is the core's warning, shown as a toast, never a refusal.
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

namespace {

constexpr int kLengths[] = {15, 30, 45, 60, 90, 120, 180};

// A length chosen from a short list (a finger taps it; no typing): "60 min".
void length_combo(const char* label, int& minutes) {
    ImGui::SetNextItemWidth(em(110));
    const std::string shown = std::to_string(minutes) + " min";
    if (ImGui::BeginCombo(label, shown.c_str())) {
        for (int m : kLengths)
            if (ImGui::Selectable((std::to_string(m) + " min").c_str(), m == minutes)) minutes = m;
        ImGui::EndCombo();
    } else {
        mark_last_item(label);
    }
}

std::string date_part(DateTime t) { return format_date(date_of(t)); }
std::string time_part(DateTime t) { return format_datetime(t).substr(11, 5); }

// The new time (the house's date and time fields with their calendar), length and notes.
void reschedule_form(Shell& sh, const Order& o, Forms& f) {
    const int i = f.resched;
    section(("Reschedule the " + o.fittings[static_cast<size_t>(i)].kind + " fitting").c_str());
    date_time_fields("New", f.resched_date, f.resched_time, sh.today());
    same_line_if_fits(em(200));
    length_combo("New length", f.resched_minutes);
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputTextWithHint("New notes", "optional", &f.resched_notes);
    if (ImGui::Button("Save new time")) {
        const auto at = parse_datetime(std::string(trim(f.resched_date)) + "T" + std::string(trim(f.resched_time)));
        if (!at) f.fit_error = "write the date as YYYY-MM-DD and the time as HH:MM";
        else if (run(sh, cmd::FittingReschedule{o.number, i, *at, f.resched_minutes, std::string(trim(f.resched_notes))}, f.fit_error))
            f.resched = -1;
    }
    ImGui::SameLine();
    if (ImGui::Button("Keep as booked")) f.resched = -1;
}

void cancel_form(Shell& sh, const Order& o, Forms& f) {
    const int i = f.cancel_fit;
    section(("Cancel the " + o.fittings[static_cast<size_t>(i)].kind + " fitting").c_str());
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputTextWithHint("##cancel reason", "Why, e.g. the client is ill", &f.cancel_reason);
    mark_last_item("Cancel reason");
    ImGui::SameLine();
    if (ImGui::Button("Cancel fitting") && run(sh, cmd::FittingCancel{o.number, i, std::string(trim(f.cancel_reason))}, f.fit_error))
        f.cancel_fit = -1;
    ImGui::SameLine();
    if (ImGui::Button("Keep fitting")) f.cancel_fit = -1;
}

}  // namespace

void order_fittings(const Atelier&, OrderUi& u, Shell& sh, const Order& o) {
    Forms& f = forms(u.forms, sh, o);
    if (f.resched >= static_cast<int>(o.fittings.size())) f.resched = -1;  // an undo took it away
    if (f.cancel_fit >= static_cast<int>(o.fittings.size())) f.cancel_fit = -1;
    if (o.fittings.empty()) ImGui::TextDisabled("No fittings booked.");
    else if (ImGui::BeginTable("fittings", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("When");
        ImGui::TableSetupColumn("Length");
        ImGui::TableSetupColumn("Kind");
        ImGui::TableSetupColumn("Notes", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("State");
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < o.fittings.size(); ++i) {
            const Fitting& fit = o.fittings[i];
            const std::string n = std::to_string(i);
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            if (fit.cancelled) struck_text(when_text(fit.at), colours().muted);
            else ImGui::TextUnformatted(when_text(fit.at).c_str());
            mark_last_item("Fitting " + n + " at " + when_text(fit.at));
            ImGui::TableNextColumn();
            ImGui::Text("%d min", fit.minutes);
            ImGui::TableNextColumn();
            if (fit.cancelled) struck_text(fit.kind, colours().muted);
            else ImGui::TextUnformatted(fit.kind.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(fit.notes.c_str());
            ImGui::TableNextColumn();
            if (fit.done) {
                ImGui::TextColored(colours().ok, "done");
            } else if (fit.cancelled) {
                const std::string t = "cancelled: " + fit.cancel_reason;
                ImGui::TextColored(colours().muted, "%s", t.c_str());
                mark_last_item("Fitting " + n + " " + t);
            } else {
                if (small_button("Done")) run(sh, cmd::FittingDone{o.number, static_cast<int>(i), ""}, f.fit_error);
                ImGui::SameLine();
                if (small_button("Reschedule")) {
                    f.resched = static_cast<int>(i);
                    f.cancel_fit = -1;
                    f.resched_date = date_part(fit.at);
                    f.resched_time = time_part(fit.at);
                    f.resched_minutes = fit.minutes;
                    f.resched_notes = fit.notes;
                }
                mark_last_item("Reschedule fitting " + n);
                ImGui::SameLine();
                if (small_button("Cancel")) {
                    f.cancel_fit = static_cast<int>(i);
                    f.resched = -1;
                    f.cancel_reason.clear();
                }
                mark_last_item("Cancel fitting " + n);
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (f.resched >= 0) reschedule_form(sh, o, f);
    else if (f.cancel_fit >= 0) cancel_form(sh, o, f);
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
    same_line_if_fits(em(200));
    length_combo("Fitting length", f.fit_minutes);
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputTextWithHint("Fitting notes", "optional", &f.fit_notes);
    if (ImGui::Button("Add fitting")) {
        const auto at = parse_datetime(std::string(trim(f.fit_date)) + "T" + std::string(trim(f.fit_time)));
        if (!at) f.fit_error = "write the date as YYYY-MM-DD and the time as HH:MM";
        else if (run(sh, cmd::OrderFitting{o.number, *at, f.fit_kind, std::string(trim(f.fit_notes)), f.fit_minutes}, f.fit_error))
            f.fit_notes.clear();
    }
    if (!f.fit_error.empty()) refusal_text("Fitting refused: " + f.fit_error);
}

}  // namespace atelier::ui

// The order page's fittings: those booked (Done, Reschedule, Cancel; cancelled ones struck through
// with their reason) and the form to add one.
// - User text is always drawn with TextUnformatted or a "%s" argument, never as a format.
// - A refusal stays visible next to the form that caused it (the toast fades); an overlap with
//   another booked fitting is the core's warning, shown as a toast, never a refusal.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/text.hpp"
#include "web/ui/date_picker.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_order.hpp"
#include "web/ui/view_order_forms.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

using namespace order_page;

// [SECTION] Fittings

namespace {

constexpr int kLengths[] = {15, 30, 45, 60, 90, 120, 180};

std::string minutes_text(int minutes) { return tr(Msg::fit_minutes, {{"minutes", ui_integer(minutes)}}); }

// The kinds offered, stored by their English word; a kind typed elsewhere shows as typed.
constexpr std::pair<const char*, Msg> kKinds[] = {{"first", Msg::fit_kind_first}, {"second", Msg::fit_kind_second}, {"final", Msg::fit_kind_final}};

std::string kind_text(const std::string& kind) {
    for (const auto& [stored, text] : kKinds)
        if (kind == stored) return tr(text);
    return kind;
}

// A length chosen from a short list (a finger taps it; no typing): "60 min".
void length_combo(const std::string& label, int& minutes) {
    ImGui::SetNextItemWidth(em(110));
    if (ImGui::BeginCombo(label.c_str(), minutes_text(minutes).c_str())) {
        for (int m : kLengths)
            if (ImGui::Selectable((minutes_text(m) + "###" + std::to_string(m) + " min").c_str(), m == minutes)) minutes = m;
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
    section(tr(Msg::fit_reschedule_title, {{"kind", kind_text(o.fittings[static_cast<size_t>(i)].kind)}}).c_str());
    date_time_fields(ui_label(Msg::fit_new, "New").c_str(), f.resched_date, f.resched_time, sh.today());
    same_line_if_fits(em(200));
    length_combo(ui_label(Msg::fit_new_length, "New length"), f.resched_minutes);
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputTextWithHint(ui_label(Msg::fit_new_notes, "New notes").c_str(), tr(Msg::pay_optional), &f.resched_notes);
    if (ImGui::Button(ui_label(Msg::fit_save_new_time, "Save new time").c_str())) {
        const auto at = parse_datetime(std::string(trim(f.resched_date)) + "T" + std::string(trim(f.resched_time)));
        if (!at) f.fit_error = tr(Msg::fit_datetime_format);
        else if (run(sh, cmd::FittingReschedule{o.number, i, *at, f.resched_minutes, std::string(trim(f.resched_notes))}, f.fit_error))
            f.resched = -1;
    }
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::fit_keep_booked, "Keep as booked").c_str())) f.resched = -1;
}

void cancel_form(Shell& sh, const Order& o, Forms& f) {
    const int i = f.cancel_fit;
    section(tr(Msg::fit_cancel_title, {{"kind", kind_text(o.fittings[static_cast<size_t>(i)].kind)}}).c_str());
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputTextWithHint("##cancel reason", tr(Msg::fit_cancel_reason_hint), &f.cancel_reason);
    mark_last_item("Cancel reason");
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::fit_cancel_fitting, "Cancel fitting").c_str()) && run(sh, cmd::FittingCancel{o.number, i, std::string(trim(f.cancel_reason))}, f.fit_error))
        f.cancel_fit = -1;
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::fit_keep_fitting, "Keep fitting").c_str())) f.cancel_fit = -1;
}

}  // namespace

void order_fittings(const Atelier&, OrderUi& u, Shell& sh, const Order& o) {
    Forms& f = forms(u.forms, sh, o);
    if (f.resched >= static_cast<int>(o.fittings.size())) f.resched = -1;  // an undo took it away
    if (f.cancel_fit >= static_cast<int>(o.fittings.size())) f.cancel_fit = -1;
    if (o.fittings.empty()) ImGui::TextDisabled("%s", tr(Msg::fit_none));
    else if (ImGui::BeginTable("fittings", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn(tr(Msg::fit_column_when));
        ImGui::TableSetupColumn(tr(Msg::fit_column_length));
        ImGui::TableSetupColumn(tr(Msg::fit_column_kind));
        ImGui::TableSetupColumn(tr(Msg::fit_column_notes), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr(Msg::fit_column_state));
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < o.fittings.size(); ++i) {
            const Fitting& fit = o.fittings[i];
            const std::string n = std::to_string(i);
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            if (fit.cancelled) struck_text(ui_datetime(fit.at), colours().muted);
            else ImGui::TextUnformatted(ui_datetime(fit.at).c_str());
            mark_last_item("Fitting " + n + " at " + when_text(fit.at));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(minutes_text(fit.minutes).c_str());
            ImGui::TableNextColumn();
            if (fit.cancelled) struck_text(kind_text(fit.kind), colours().muted);
            else ImGui::TextUnformatted(kind_text(fit.kind).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(fit.notes.c_str());
            ImGui::TableNextColumn();
            if (fit.done) {
                ImGui::TextColored(colours().ok, "%s", tr(Msg::fit_done));
            } else if (fit.cancelled) {
                ImGui::TextColored(colours().muted, "%s", tr(Msg::fit_cancelled, {{"reason", fit.cancel_reason}}).c_str());
                mark_last_item("Fitting " + n + " cancelled: " + fit.cancel_reason);
            } else {
                if (small_button(ui_label(Msg::fit_mark_done, "Done").c_str())) run(sh, cmd::FittingDone{o.number, static_cast<int>(i), ""}, f.fit_error);
                ImGui::SameLine();
                if (small_button(ui_label(Msg::fit_reschedule, "Reschedule").c_str())) {
                    f.resched = static_cast<int>(i);
                    f.cancel_fit = -1;
                    f.resched_date = date_part(fit.at);
                    f.resched_time = time_part(fit.at);
                    f.resched_minutes = fit.minutes;
                    f.resched_notes = fit.notes;
                }
                mark_last_item("Reschedule fitting " + n);
                ImGui::SameLine();
                if (small_button(ui_label(Msg::fit_cancel, "Cancel").c_str())) {
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
    section(tr(Msg::fit_add));
    // "Fitting date" and "Fitting time" typed, or both picked on the calendar (quarter hours).
    date_time_fields(ui_label(Msg::fit_fitting, "Fitting").c_str(), f.fit_date, f.fit_time, sh.today());
    same_line_if_fits(em(200));
    ImGui::SetNextItemWidth(em(110));
    const std::string kind_label = ui_label(Msg::fit_kind, "Fitting kind");
    if (ImGui::BeginCombo(kind_label.c_str(), kind_text(f.fit_kind).c_str())) {
        for (const auto& [stored, text] : kKinds)
            if (ImGui::Selectable(ui_label(text, stored).c_str(), f.fit_kind == stored)) f.fit_kind = stored;
        ImGui::EndCombo();
    } else {
        mark_last_item(kind_label);
    }
    same_line_if_fits(em(200));
    length_combo(ui_label(Msg::fit_length, "Fitting length"), f.fit_minutes);
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputTextWithHint(ui_label(Msg::fit_notes, "Fitting notes").c_str(), tr(Msg::pay_optional), &f.fit_notes);
    if (ImGui::Button(ui_label(Msg::fit_add, "Add fitting").c_str())) {
        const auto at = parse_datetime(std::string(trim(f.fit_date)) + "T" + std::string(trim(f.fit_time)));
        if (!at) f.fit_error = tr(Msg::fit_datetime_format);
        else if (run(sh, cmd::OrderFitting{o.number, *at, f.fit_kind, std::string(trim(f.fit_notes)), f.fit_minutes}, f.fit_error))
            f.fit_notes.clear();
    }
    if (!f.fit_error.empty()) refusal_text(tr(Msg::fit_refused, {{"reason", f.fit_error}}));
}

}  // namespace atelier::ui

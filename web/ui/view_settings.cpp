// The atelier's own record: identity, deadlines horizon, cancellation rule, teams and
// salespeople.
// - Identity, deadlines and cancellation are a draft until "Save settings" (one atelier.update with
//   what the form showed as `from`); the numbers' -/+ buttons stay inside the core's ranges
//   (core/model/limits.hpp), a typed value outside is marked and, saved anyway, refused by the core
//   beside the button. An edit arriving while typing (another device, an undo, a list change here)
//   reaches only the fields not typed in; saving over one is recorded as a conflict by the core.
// - Cancellation fees by stage (view_settings_fees.cpp) are part of the same draft and save.
// - Teams and salespeople change at once, one command each: add and remove (atelier.update),
//   rename (team.rename / salesperson.rename, every order in one undo). A refusal (a team still in
//   use) is shown under its list.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "core/calendar/time_zones.hpp"
#include "core/commands/command.hpp"
#include "core/commands/concurrent.hpp"
#include "core/derive.hpp"
#include "core/model/limits.hpp"
#include "core/rules/messages.hpp"
#include "core/rules/roles.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/photo_view.hpp"
#include "web/ui/texts_in_editor.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {


// A whole number within `r`: the -/+ buttons stop at its ends; a typed value outside is kept (the
// core refuses it on save) and marked with the range.
void int_field(Msg shown, const char* label, int& v, IntRange r) {
    ImGui::PushID(label);
    ImGui::SetNextItemWidth(em(80));
    ImGui::InputInt("##v", &v, 0, 0);
    mark_last_item(label);
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::BeginDisabled(v <= r.min);
    if (ImGui::Button("-")) v = std::clamp(v - 1, r.min, r.max);
    ImGui::EndDisabled();
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::BeginDisabled(v >= r.max);
    if (ImGui::Button("+")) v = std::clamp(v + 1, r.min, r.max);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(shown));
    if (!r.contains(v)) {
        ImGui::SameLine();
        // The range as the core words it (IntRange::message), in the device's language.
        ImGui::TextColored(colours().overdue, "%s",
                           tr(Msg::set_range, {{"min", ui_integer(r.min)}, {"max", ui_integer(r.max)}}).c_str());
        mark_last_item(std::string(label) + " out of range");
    }
    ImGui::PopID();
}

// A list of names (teams or salespeople) whose every change is one command, run at once.
// `what` is "team" or "salesperson"; `rename` builds that rename command.
void name_list(Shell& sh, const char* what, const std::vector<std::string>& names, SettingsNameList& u,
               Command (*rename)(std::string, std::string)) {
    ImGui::PushID(what);
    const std::string w = what;
    auto update = [&](std::vector<std::string> next) {
        // With the list as shown: a name another device added meanwhile is kept, not dropped.
        cmd::AtelierUpdate c;
        c.from = cmd::AtelierFields{};
        if (w == "team") {
            c.teams = std::move(next);
            c.from->teams = names;
        } else {
            c.salespeople = std::move(next);
            c.from->salespeople = names;
        }
        const bool ok = sh.dispatch(c);
        u.error = ok ? "" : shown(sh.refusal());
        return ok;
    };
    for (size_t i = 0; i < names.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string& name = names[i];
        if (u.renaming == static_cast<int>(i)) {
            ImGui::SetNextItemWidth(em(220));
            if (u.focus) ImGui::SetKeyboardFocusHere();
            u.focus = false;
            const bool enter = ImGui::InputText("##to", &u.new_name, ImGuiInputTextFlags_EnterReturnsTrue);
            mark_last_item("New " + w + " name");
            ImGui::SameLine();
            const bool ok = small_button(ui_label(Msg::set_rename, "Rename").c_str());
            mark_last_item("Confirm rename " + w);
            ImGui::SameLine();
            if (small_button(ui_label(Msg::set_cancel, "Cancel").c_str())) u.renaming = -1;
            if ((ok || enter) && u.renaming >= 0) {
                const std::string from = name;  // a copy: the dispatch changes the list
                if (sh.dispatch(rename(from, u.new_name))) {
                    u.error.clear();
                    u.renaming = -1;
                } else {
                    u.error = shown(sh.refusal());
                }
            }
        } else {
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(name.c_str());
            ImGui::SameLine(em(230));
            if (small_button(ui_label(Msg::set_rename, "Rename").c_str())) {
                u.renaming = static_cast<int>(i);
                u.new_name = name;
                u.focus = true;
            }
            mark_last_item("Rename " + w + " " + name);
            ImGui::SameLine();
            if (small_button(ui_label(Msg::set_remove, "Remove").c_str())) {
                std::vector<std::string> next = names;
                next.erase(next.begin() + static_cast<long>(i));
                update(std::move(next));
                ImGui::PopID();
                break;  // `names` may have changed
            }
            mark_last_item("Remove " + w + " " + name);
        }
        ImGui::PopID();
    }
    ImGui::SetNextItemWidth(em(220));
    const bool enter = ImGui::InputTextWithHint("##add", tr(w == "team" ? Msg::set_new_team : Msg::set_new_salesperson), &u.adding,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    mark_last_item("Add " + w);
    ImGui::SameLine();
    if ((ImGui::Button(ui_label(Msg::set_add, "Add").c_str()) || enter) && !u.adding.empty()) {
        std::vector<std::string> next = names;
        next.push_back(u.adding);
        if (update(std::move(next))) u.adding.clear();
    }
    if (!u.error.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(colours().overdue, "%s", u.error.c_str());  // the core's refusal, as it words it
        ImGui::PopTextWrapPos();
        mark_last_item(w + " error: " + u.error);
    }
    ImGui::PopID();
}

// The refused field's label, to lead the core's message ("Due-soon horizon (days): must be …");
// Msg::count when the refusal names no field of the form.
Msg field_name(const std::string& path) {
    static const std::pair<const char*, Msg> kFields[] = {
        {"/due_soon_days", Msg::set_due_soon},
        {"/buffer_days", Msg::set_buffer},
        {"/free_cancel_hours", Msg::set_free_cancel},
        {"/late_cancel_percent", Msg::set_late_fee},
        {"/production_cancel_percent", Msg::set_production_fee},
        {"/name", Msg::set_name}, {"/code", Msg::set_code}, {"/currency", Msg::set_currency}};
    for (const auto& [p, label] : kFields)
        if (path == p) return label;
    if (path.rfind("/stage_fees/", 0) == 0) return Msg::fees_title;
    return Msg::count;
}

// "Field: reason", the field named in words.
ViewError refusal_texts(const Problem& refusal) {
    const Msg field = field_name(refusal.path);
    if (field == Msg::count) return view_error(refusal);
    if (refusal.said) return view_error(say(Msg::set_field_reason).with("field", say(field)).with("reason", *refusal.said));
    return view_error(say(Msg::set_field_reason, {{"reason", refusal.message}}).with("field", say(field)));
}

Command rename_team(std::string from, std::string to) { return cmd::TeamRename{std::move(from), std::move(to)}; }
Command rename_salesperson(std::string from, std::string to) {
    return cmd::SalespersonRename{std::move(from), std::move(to)};
}

// The logo on documents: chosen like a photo (into the photo store, synced the same way) and
// saved at once, apart from the form's draft.
void draw_logo(const Atelier& a, Shell& sh) {
    const Image& logo = a.profile.logo;
    if (!logo.id.empty()) {
        photo_button(sh, logo, ImVec2(em(120), em(120) * static_cast<float>(logo.height) / static_cast<float>(std::max(1, logo.width))), "Logo");
        ImGui::SameLine();
    } else {
        ImGui::TextDisabled("%s", tr(Msg::set_no_logo));
    }
    ImGui::BeginDisabled(sh.read_only());
    PhotoTarget t;
    t.logo = true;
    if (ImGui::Button(logo.id.empty() ? ui_label(Msg::set_choose_logo, "Choose logo…").c_str()
                                      : ui_label(Msg::set_change_logo, "Change logo…").c_str()))
        sh.add_photos(t, false);
    mark_last_item("Choose logo");
    if (!logo.id.empty()) {
        ImGui::SameLine();
        if (ImGui::Button(ui_label(Msg::set_remove_logo, "Remove logo").c_str())) {
            cmd::AtelierUpdate u;
            u.logo = Image{};
            if (sh.dispatch(u)) sh.notify(tr(Msg::set_logo_removed));
        }
        mark_last_item("Remove logo");
    }
    ImGui::EndDisabled();
}

// When each fitting's reminder goes, the day before: off, or a half hour picked from a list (a
// finger picks it; no keyboard on a tablet).
void draw_reminder_time(std::string& t, bool no_zone) {
    // The words above the field: beside it they would be most of its width (and of a finger's aim).
    ImGui::TextUnformatted(tr(Msg::set_reminder_time));
    ImGui::SetNextItemWidth(em(260));
    const std::string shown = t.empty() ? std::string(tr(Msg::set_reminder_time_off)) : t;
    if (ImGui::BeginCombo("##reminder_time", shown.c_str(), ImGuiComboFlags_HeightLarge)) {
        mark_current_window("Reminder times");
        if (ImGui::Selectable(ui_label(Msg::set_reminder_time_off, "Off").c_str(), t.empty())) t.clear();
        mark_last_item("Reminder time off");
        for (int m = 0; m < 24 * 60; m += 30) {
            char hhmm[16];
            std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", m / 60, m % 60);
            if (ImGui::Selectable(hhmm, t == hhmm)) t = hhmm;
            mark_last_item(hhmm);
        }
        ImGui::EndCombo();
    } else {
        mark_last_item("Reminder time");
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(Msg::set_reminder_time_why));
    if (!t.empty() && no_zone) ImGui::TextDisabled("%s", tr(Msg::set_reminder_time_zone));
    ImGui::PopTextWrapPos();
}

}  // namespace

void draw_settings(const Atelier& a, SettingsUi& d, PeopleUi& people, SyncUi& sync, Shell& sh) {
    if (!changes_settings(sh.role())) {  // staff: this device only (who works here, sync, storage)
        ImGui::BeginChild("settings");
        draw_working_here(a, sh);
        draw_language_section(sh);
        ImGui::TextDisabled("%s", tr(Msg::set_staff_only));
        draw_sync_section(a, sync, sh);
        draw_storage_section(sh);
        ImGui::EndChild();
        return;
    }
    const Profile& now = a.profile;
    const cmd::AtelierFields shown = atelier_fields_of(now);
    if (d.revision == ~0ull) d.draft = d.base = shown, d.tax_shown = -1;
    else if (d.revision != sh.revision()) rebase_draft(d.draft, d.base, shown);
    d.revision = sh.revision();
    cmd::AtelierFields& p = d.draft;
    ImGui::BeginChild("settings");
    // Two columns on a wide screen, so storage and backup are in view without scrolling.
    const bool wide = ImGui::GetContentRegionAvail().x > em(900) &&
                      ImGui::BeginTable("settings columns", 2, ImGuiTableFlags_SizingStretchSame);
    if (wide) ImGui::TableNextColumn();
    draw_working_here(a, sh);
    draw_language_section(sh);
    draw_people_section(a, people, sh);  // folded until opened, so it moves nothing below
    draw_conflicts_section(a, sh);
    draw_not_applied_section(a, sh);
    section(tr(Msg::set_atelier));
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputText(ui_label(Msg::set_name, "Name").c_str(), &*p.name);
    ImGui::SetNextItemWidth(em(90));
    ImGui::InputText(ui_label(Msg::set_code, "Company code").c_str(), &*p.code, ImGuiInputTextFlags_CharsUppercase);
    ImGui::SameLine();
    Profile example;
    example.settings.company_code = *p.code;
    ImGui::TextDisabled("%s", tr(Msg::set_example, {{"label", order_label(example, 12345)}}).c_str());
    ImGui::SetNextItemWidth(em(90));
    ImGui::InputText(ui_label(Msg::set_currency, "Currency").c_str(), &*p.currency, ImGuiInputTextFlags_CharsUppercase);
    // How measurements are shown and typed unless a page switches (each value is kept exactly).
    same_line_if_fits(em(330));
    ImGui::TextUnformatted(tr(Msg::settings_measure_unit));
    for (const Unit unit : {Unit::cm, Unit::in}) {
        ImGui::SameLine();
        if (ImGui::RadioButton(ui_label(unit == Unit::cm ? Msg::unit_cm_long : Msg::unit_in_long,
                                        unit == Unit::cm ? "Measurements in cm" : "Measurements in inches")
                                   .c_str(),
                               *p.measure_unit == unit))
            *p.measure_unit = unit;
    }
    // Fittings in calendars (.ics) are at this zone's times; "" writes them as local times.
    ImGui::SetNextItemWidth(em(260));
    if (ImGui::BeginCombo(ui_label(Msg::set_time_zone, "Time zone").c_str(),
                          p.time_zone->empty() ? tr(Msg::set_local_time) : p.time_zone->c_str(), ImGuiComboFlags_HeightLarge)) {
        mark_current_window("Time zones");
        if (ImGui::Selectable(ui_label(Msg::set_local_time, "Local time (none set)").c_str(), p.time_zone->empty()))
            p.time_zone->clear();
        for (const TimeZoneInfo& z : time_zones()) {
            if (ImGui::Selectable(z.name, *p.time_zone == z.name)) *p.time_zone = z.name;
            mark_last_item(z.name);
        }
        ImGui::EndCombo();
    } else {
        mark_last_item("Time zone");
    }
    // The tax new orders are priced under (each order keeps the one it was made with).
    if (d.tax_shown != *p.tax_rate_bp) d.tax_text = format_rate_bp(*p.tax_rate_bp), d.tax_shown = *p.tax_rate_bp;
    ImGui::SetNextItemWidth(em(90));
    if (ImGui::InputText(ui_label(Msg::set_tax_rate, "Tax rate (%)").c_str(), &d.tax_text, ImGuiInputTextFlags_CharsDecimal)) {
        if (auto bp = parse_rate_bp(d.tax_text)) *p.tax_rate_bp = d.tax_shown = *bp;
    }
    if (!parse_rate_bp(d.tax_text)) {
        ImGui::SameLine();
        ImGui::TextColored(colours().overdue, "%s", tr(Msg::set_tax_error));
        mark_last_item("Tax rate error");
    }
    ImGui::SameLine();
    ImGui::Checkbox(ui_label(Msg::set_prices_include_tax, "Prices include tax").c_str(), &*p.prices_include_tax);

    section(tr(Msg::set_deadlines));
    int_field(Msg::set_due_soon, "Due-soon horizon (days)", *p.due_soon_days, kDueSoonDays);
    int_field(Msg::set_buffer, "Buffer before the event (days)", *p.buffer_days, kBufferDays);

    section(tr(Msg::set_cancel_rule));
    int_field(Msg::set_free_cancel, "Free cancellation window (hours)", *p.free_cancel_hours, kFreeCancelHours);
    int_field(Msg::set_late_fee, "Fee after the window, before production (%)", *p.late_cancel_percent, kPercent);
    int_field(Msg::set_production_fee, "Fee once in production (%)", *p.production_cancel_percent, kPercent);
    ImGui::Checkbox(ui_label(Msg::set_release_owing, "Allow handing over an order that still owes (recorded)").c_str(),
                    &*p.release_owing);
    // Left, under the rules: the right column keeps storage and backup in view without scrolling.
    draw_sync_section(a, sync, sh);

    if (wide) ImGui::TableNextColumn();
    section(tr(Msg::set_teams));
    ImGui::TextDisabled("%s", tr(Msg::set_teams_why));
    name_list(sh, "team", now.teams, d.teams, rename_team);
    section(tr(Msg::set_salespeople));
    name_list(sh, "salesperson", now.salespeople, d.salespeople, rename_salesperson);
    // Right column, just above "Save settings" that saves them (folded: storage stays in view).
    draw_stage_fees(a, *p.stage_fees, d.fee);
    const bool documents_open = ImGui::CollapsingHeader(ui_label(Msg::set_documents, "Documents").c_str());
    mark_last_item("Documents");
    if (documents_open) {
        draw_client_language(*p.language);
        draw_logo(a, sh);
        ImGui::TextDisabled("%s", tr(Msg::set_letterhead_why));
        const float w = std::min(em(460), ImGui::GetContentRegionAvail().x - em(10));
        ImGui::InputTextMultiline("##letterhead", &*p.letterhead, ImVec2(w, em(60)));
        mark_last_item("Letterhead");
        ImGui::TextDisabled("%s", tr(Msg::set_terms));
        ImGui::InputTextMultiline("##terms", &*p.payment_terms, ImVec2(w, em(40)));
        mark_last_item("Payment terms");
        int paper = static_cast<int>(*p.paper);
        ImGui::RadioButton("A4", &paper, 0);
        ImGui::SameLine();
        ImGui::RadioButton(ui_label(Msg::set_paper_letter, "Letter").c_str(), &paper, 1);
        *p.paper = static_cast<Paper>(paper);
    }
    const bool reminder_open = ImGui::CollapsingHeader(ui_label(Msg::set_reminder, "Fitting reminder message").c_str());
    mark_last_item("Fitting reminder message");
    if (reminder_open) {
        draw_reminder_time(*p.reminder_time, p.time_zone->empty());
        ImGui::TextDisabled("%s", tr(Msg::set_reminder_why));
        ImGui::InputTextMultiline("##reminder", &*p.reminder_message,
                                  ImVec2(std::min(em(460), ImGui::GetContentRegionAvail().x - em(10)), em(70)));
        mark_last_item("Reminder message");
        // Previewed as the atelier's settings on screen (not yet saved) would write it.
        Profile draft_profile = now;
        draft_profile.language = *p.language;
        const Locale own = client_locale(draft_profile, nullptr);
        const std::string tmpl = p.reminder_message->empty() ? default_reminder(own.language) : *p.reminder_message;
        const Date today = sh.today();
        template_help(tmpl, preview_message(tmpl, draft_profile, nullptr, today), "Reminder message");
        texts_in_editor(*p.reminder_translations, own.language,
                        [&](const std::string& t, std::string_view language) { return preview_message(t, draft_profile, nullptr, today, language); },
                        "Reminder message");
    }

    ImGui::Spacing();
    // Only what the user typed, with what the form showed: another device's change of another
    // setting is kept, and of the same one becomes a conflict in the list above.
    auto [to, from] = draft_update(d.draft, d.base, shown);
    const bool dirty = !(to == cmd::AtelierFields{});
    ImGui::BeginDisabled(!dirty);
    if (ImGui::Button(ui_label(Msg::set_save, "Save settings").c_str())) {
        cmd::AtelierUpdate u;
        static_cast<cmd::AtelierFields&>(u) = std::move(to);
        u.from = std::move(from);
        if (sh.dispatch(u)) {
            d.error.clear();
            d.revision = ~0ull;  // the saved values are now the ones shown
            sh.notify(tr(Msg::set_saved));
        } else {
            d.error = refusal_texts(sh.refusal());
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!dirty);
    if (ImGui::Button(ui_label(Msg::set_discard, "Discard changes").c_str())) d.revision = ~0ull;
    ImGui::EndDisabled();
    if (dirty) {
        ImGui::SameLine();
        ImGui::TextColored(colours().due_soon, "%s", tr(Msg::set_unsaved));
    }
    if (!d.error.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(colours().overdue, "%s", tr(Msg::order_not_saved, {{"reason", d.error.shown}}).c_str());
        ImGui::PopTextWrapPos();
        mark_last_item("Settings error: " + d.error.english);
    }
    draw_storage_section(sh);
    if (wide) ImGui::EndTable();
    ImGui::EndChild();
}

}  // namespace atelier::ui

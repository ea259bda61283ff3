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
void int_field(const char* label, int& v, IntRange r) {
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
    ImGui::TextUnformatted(label);
    if (!r.contains(v)) {
        ImGui::SameLine();
        ImGui::TextColored(colours().overdue, "%s", r.message().c_str());
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
        u.error = ok ? "" : sh.refusal().message;
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
            const bool ok = small_button("Rename");
            mark_last_item("Confirm rename " + w);
            ImGui::SameLine();
            if (small_button("Cancel")) u.renaming = -1;
            if ((ok || enter) && u.renaming >= 0) {
                const std::string from = name;  // a copy: the dispatch changes the list
                if (sh.dispatch(rename(from, u.new_name))) {
                    u.error.clear();
                    u.renaming = -1;
                } else {
                    u.error = sh.refusal().message;
                }
            }
        } else {
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(name.c_str());
            ImGui::SameLine(em(230));
            if (small_button("Rename")) {
                u.renaming = static_cast<int>(i);
                u.new_name = name;
                u.focus = true;
            }
            mark_last_item("Rename " + w + " " + name);
            ImGui::SameLine();
            if (small_button("Remove")) {
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
    const bool enter = ImGui::InputTextWithHint("##add", w == "team" ? "New team" : "New salesperson", &u.adding,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    mark_last_item("Add " + w);
    ImGui::SameLine();
    if ((ImGui::Button("Add") || enter) && !u.adding.empty()) {
        std::vector<std::string> next = names;
        next.push_back(u.adding);
        if (update(std::move(next))) u.adding.clear();
    }
    if (!u.error.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(colours().overdue, "%s", u.error.c_str());
        ImGui::PopTextWrapPos();
        mark_last_item(w + " error: " + u.error);
    }
    ImGui::PopID();
}

// The refused field's label, to lead the core's message ("Due-soon horizon (days): must be …").
std::string field_name(const std::string& path) {
    static const std::pair<const char*, const char*> kFields[] = {
        {"/due_soon_days", "Due-soon horizon (days)"},
        {"/buffer_days", "Buffer before the event (days)"},
        {"/free_cancel_hours", "Free cancellation window (hours)"},
        {"/late_cancel_percent", "Fee after the window, before production (%)"},
        {"/production_cancel_percent", "Fee once in production (%)"},
        {"/name", "Name"}, {"/code", "Company code"}, {"/currency", "Currency"}};
    for (const auto& [p, label] : kFields)
        if (path == p) return std::string(label) + ": ";
    if (path.rfind("/stage_fees/", 0) == 0) return "Cancellation fees by stage: ";
    return "";
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
        ImGui::TextDisabled("No logo: documents show the atelier's name.");
    }
    ImGui::BeginDisabled(sh.read_only());
    PhotoTarget t;
    t.logo = true;
    if (ImGui::Button(logo.id.empty() ? "Choose logo…" : "Change logo…")) sh.add_photos(t, false);
    mark_last_item("Choose logo");
    if (!logo.id.empty()) {
        ImGui::SameLine();
        if (ImGui::Button("Remove logo")) {
            cmd::AtelierUpdate u;
            u.logo = Image{};
            if (sh.dispatch(u)) sh.notify("Logo removed");
        }
        mark_last_item("Remove logo");
    }
    ImGui::EndDisabled();
}

}  // namespace

void draw_settings(const Atelier& a, SettingsUi& d, PeopleUi& people, SyncUi& sync, Shell& sh) {
    if (!changes_settings(sh.role())) {  // staff: this device only (who works here, sync, storage)
        ImGui::BeginChild("settings");
        draw_working_here(a, sh);
        draw_language_section(sh);
        ImGui::TextDisabled("The atelier's settings are for its owners and managers.");
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
    section("Atelier");
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputText("Name", &*p.name);
    ImGui::SetNextItemWidth(em(90));
    ImGui::InputText("Company code", &*p.code, ImGuiInputTextFlags_CharsUppercase);
    ImGui::SameLine();
    Profile example;
    example.settings.company_code = *p.code;
    ImGui::TextDisabled("e.g. %s", order_label(example, 12345).c_str());
    ImGui::SetNextItemWidth(em(90));
    ImGui::InputText("Currency", &*p.currency, ImGuiInputTextFlags_CharsUppercase);
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
    if (ImGui::BeginCombo("Time zone", p.time_zone->empty() ? "Local time (none set)" : p.time_zone->c_str(), ImGuiComboFlags_HeightLarge)) {
        mark_current_window("Time zones");
        if (ImGui::Selectable("Local time (none set)", p.time_zone->empty())) p.time_zone->clear();
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
    if (ImGui::InputText("Tax rate (%)", &d.tax_text, ImGuiInputTextFlags_CharsDecimal)) {
        if (auto bp = parse_rate_bp(d.tax_text)) *p.tax_rate_bp = d.tax_shown = *bp;
    }
    if (!parse_rate_bp(d.tax_text)) {
        ImGui::SameLine();
        ImGui::TextColored(colours().overdue, "0 to 100, e.g. 20 or 5.5");
        mark_last_item("Tax rate error");
    }
    ImGui::SameLine();
    ImGui::Checkbox("Prices include tax", &*p.prices_include_tax);

    section("Deadlines");
    int_field("Due-soon horizon (days)", *p.due_soon_days, kDueSoonDays);
    int_field("Buffer before the event (days)", *p.buffer_days, kBufferDays);

    section("Cancellation rule");
    int_field("Free cancellation window (hours)", *p.free_cancel_hours, kFreeCancelHours);
    int_field("Fee after the window, before production (%)", *p.late_cancel_percent, kPercent);
    int_field("Fee once in production (%)", *p.production_cancel_percent, kPercent);
    ImGui::Checkbox("Allow handing over an order that still owes (recorded)", &*p.release_owing);
    // Left, under the rules: the right column keeps storage and backup in view without scrolling.
    draw_sync_section(a, sync, sh);

    if (wide) ImGui::TableNextColumn();
    section("Teams");
    ImGui::TextDisabled("Changes here apply at once; a rename reaches every order.");
    name_list(sh, "team", now.teams, d.teams, rename_team);
    section("Salespeople");
    name_list(sh, "salesperson", now.salespeople, d.salespeople, rename_salesperson);
    // Right column, just above "Save settings" that saves them (folded: storage stays in view).
    draw_stage_fees(a, *p.stage_fees, d.fee);
    const bool documents_open = ImGui::CollapsingHeader("Documents");
    mark_last_item("Documents");
    if (documents_open) {
        draw_client_language(*p.language);
        draw_logo(a, sh);
        ImGui::TextDisabled("On invoices, quotes and receipts, under the atelier's name: address, phone, tax number.");
        const float w = std::min(em(460), ImGui::GetContentRegionAvail().x - em(10));
        ImGui::InputTextMultiline("##letterhead", &*p.letterhead, ImVec2(w, em(60)));
        mark_last_item("Letterhead");
        ImGui::TextDisabled("Payment terms (empty: payable on receipt)");
        ImGui::InputTextMultiline("##terms", &*p.payment_terms, ImVec2(w, em(40)));
        mark_last_item("Payment terms");
        int paper = static_cast<int>(*p.paper);
        ImGui::RadioButton("A4", &paper, 0);
        ImGui::SameLine();
        ImGui::RadioButton("Letter", &paper, 1);
        *p.paper = static_cast<Paper>(paper);
    }
    const bool reminder_open = ImGui::CollapsingHeader("Fitting reminder message");
    mark_last_item("Fitting reminder message");
    if (reminder_open) {
        ImGui::TextDisabled("Written the day before a fitting (dashboard: Write reminders). Empty: the default.");
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
    if (ImGui::Button("Save settings")) {
        cmd::AtelierUpdate u;
        static_cast<cmd::AtelierFields&>(u) = std::move(to);
        u.from = std::move(from);
        if (sh.dispatch(u)) {
            d.error.clear();
            d.revision = ~0ull;  // the saved values are now the ones shown
            sh.notify("Settings saved");
        } else {
            d.error = field_name(sh.refusal().path) + sh.refusal().message;
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!dirty);
    if (ImGui::Button("Discard changes")) d.revision = ~0ull;
    ImGui::EndDisabled();
    if (dirty) {
        ImGui::SameLine();
        ImGui::TextColored(colours().due_soon, "Unsaved changes");
    }
    if (!d.error.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(colours().overdue, "Not saved: %s", d.error.c_str());
        ImGui::PopTextWrapPos();
        mark_last_item("Settings error: " + d.error);
    }
    draw_storage_section(sh);
    if (wide) ImGui::EndTable();
    ImGui::EndChild();
}

}  // namespace atelier::ui

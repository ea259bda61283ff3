// The atelier's own record: identity, deadlines horizon, cancellation rule, teams and
// salespeople. Edits are a draft until "Save settings", which sends one atelier.update.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/commands/command.hpp"
#include "web/app.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

struct Draft {
    uint64_t revision = ~0ull;  // the state it was copied from
    Profile p;
    std::string new_team, new_salesperson;
};
Draft g_draft;

// An editable list of names with add and remove.
void name_list(const char* id, std::vector<std::string>& names, std::string& adding, const char* hint) {
    ImGui::PushID(id);
    for (size_t i = 0; i < names.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::SetNextItemWidth(em(220));
        ImGui::InputText("##name", &names[i]);
        ImGui::SameLine();
        if (ImGui::SmallButton("Remove")) {
            names.erase(names.begin() + static_cast<long>(i));
            ImGui::PopID();
            break;
        }
        ImGui::PopID();
    }
    ImGui::SetNextItemWidth(em(220));
    const bool enter = ImGui::InputTextWithHint("##add", hint, &adding, ImGuiInputTextFlags_EnterReturnsTrue);
    mark_last_item(std::string("Add ") + id);
    ImGui::SameLine();
    if ((ImGui::Button("Add") || enter) && !adding.empty()) {
        names.push_back(adding);
        adding.clear();
    }
    ImGui::PopID();
}

}  // namespace

void draw_settings(App& app) {
    const Profile& now = app.store.state().profile;
    Draft& d = g_draft;
    if (d.revision != app.revision()) {
        d.p = now;
        d.revision = app.revision();
    }
    Profile& p = d.p;
    ImGui::BeginChild("settings");
    // Two columns on a wide screen, so storage and backup are in view without scrolling.
    const bool wide = ImGui::GetContentRegionAvail().x > em(900) &&
                      ImGui::BeginTable("settings columns", 2, ImGuiTableFlags_SizingStretchSame);
    if (wide) ImGui::TableNextColumn();
    section("Atelier");
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputText("Name", &p.settings.name);
    ImGui::SetNextItemWidth(em(90));
    ImGui::InputText("Company code", &p.settings.company_code, ImGuiInputTextFlags_CharsUppercase);
    ImGui::SameLine();
    ImGui::TextDisabled("e.g. %s", order_label(p, 12345).c_str());
    ImGui::SetNextItemWidth(em(90));
    ImGui::InputText("Currency", &p.settings.currency, ImGuiInputTextFlags_CharsUppercase);

    section("Deadlines");
    ImGui::SetNextItemWidth(em(120));
    ImGui::InputInt("Due-soon horizon (days)", &p.due_soon_days);
    ImGui::SetNextItemWidth(em(120));
    ImGui::InputInt("Buffer before the event (days)", &p.buffer_days);

    section("Cancellation rule");
    ImGui::SetNextItemWidth(em(120));
    ImGui::InputInt("Free cancellation window (hours)", &p.free_cancel_hours);
    ImGui::SetNextItemWidth(em(120));
    ImGui::InputInt("Fee after the window, before production (%)", &p.late_cancel_percent);
    ImGui::SetNextItemWidth(em(120));
    ImGui::InputInt("Fee once in production (%)", &p.production_cancel_percent);
    ImGui::Checkbox("Allow handing over an order that still owes (recorded)", &p.release_owing);

    if (wide) ImGui::TableNextColumn();
    section("Teams");
    name_list("team", p.teams, d.new_team, "New team");
    section("Salespeople");
    name_list("salesperson", p.salespeople, d.new_salesperson, "New salesperson");

    ImGui::Spacing();
    const bool dirty = !(p == now);
    ImGui::BeginDisabled(!dirty);
    if (ImGui::Button("Save settings")) {
        cmd::AtelierUpdate u;
        if (p.settings.name != now.settings.name) u.name = p.settings.name;
        if (p.settings.company_code != now.settings.company_code) u.code = p.settings.company_code;
        if (p.settings.currency != now.settings.currency) u.currency = p.settings.currency;
        if (p.due_soon_days != now.due_soon_days) u.due_soon_days = p.due_soon_days;
        if (p.buffer_days != now.buffer_days) u.buffer_days = p.buffer_days;
        if (p.free_cancel_hours != now.free_cancel_hours) u.free_cancel_hours = p.free_cancel_hours;
        if (p.late_cancel_percent != now.late_cancel_percent) u.late_cancel_percent = p.late_cancel_percent;
        if (p.production_cancel_percent != now.production_cancel_percent)
            u.production_cancel_percent = p.production_cancel_percent;
        if (p.release_owing != now.release_owing) u.release_owing = p.release_owing;
        if (p.teams != now.teams) u.teams = p.teams;
        if (p.salespeople != now.salespeople) u.salespeople = p.salespeople;
        if (app.dispatch(u)) app.notify("Settings saved");
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
    draw_storage_section(app);
    if (wide) ImGui::EndTable();
    ImGui::EndChild();
}

}  // namespace atelier::ui

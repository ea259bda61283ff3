#include "web/ui/view_people.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/rules/roles.hpp"
#include "core/text.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/shell.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

constexpr const char* kRoleLabels[] = {"Owner", "Manager", "Staff"};
constexpr const char* kRoleHelp =
    "Owner: everything. Manager: everything but people and roles. Staff: the work itself — no prices, payments or settings.";

const char* role_label(Role r) { return kRoleLabels[static_cast<size_t>(r)]; }

// A role combo; true when another role was chosen.
bool role_combo(const char* label, int& role) {
    bool changed = false;
    ImGui::SetNextItemWidth(em(130));
    if (ImGui::BeginCombo(label, kRoleLabels[role])) {
        for (int i = 0; i < 3; ++i)
            if (ImGui::Selectable((std::string(kRoleLabels[i]) + "##" + label + " " + std::to_string(i)).c_str(), i == role)) {
                // (Selectable items are found by their whole label, "Staff##Role of Ana 2".)
                changed = i != role;
                role = i;
            }
        ImGui::EndCombo();
    } else {
        mark_last_item(label);  // the combo's own label: a test opens it by name
    }
    return changed;
}

bool refused(PeopleUi& u, Shell& sh, const Command& c) {
    if (sh.dispatch(c)) {
        u.error.clear();
        return false;
    }
    u.error = sh.refusal().message;
    return true;
}

void person_row(const Person& p, PeopleUi& u, Shell& sh, bool edit) {
    ImGui::PushID(p.name.c_str());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(p.name.c_str());
    mark_last_item("person " + p.name);
    ImGui::SameLine(em(170));
    int role = static_cast<int>(p.role);
    if (!edit) ImGui::TextUnformatted(role_label(p.role));
    else if (role_combo(("Role of " + p.name).c_str(), role))
        refused(u, sh, cmd::PersonPut{p.name, static_cast<Role>(role), std::nullopt});
    ImGui::SameLine();
    ImGui::TextDisabled("%s", p.pin.empty() ? "no PIN" : "PIN set");
    mark_last_item((p.pin.empty() ? "no PIN " : "PIN set ") + p.name);
    if (edit) {
        // The actions under the name: the Settings column is narrow on a laptop.
        ImGui::Indent(em(16));
        if (u.pin_for == p.name) {
            ImGui::SetNextItemWidth(em(110));
            ImGui::InputTextWithHint(("New PIN for " + p.name).c_str(), "4-12 digits", &u.new_pin,
                                     ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal);
            same_line_if_fits(em(120));
            if (small_button(("Save PIN for " + p.name).c_str())) {
                if (!valid_pin(u.new_pin)) u.error = "a PIN is 4 to 12 digits";
                else if (!refused(u, sh, cmd::PersonPut{p.name, p.role, pin_hash(p.name, u.new_pin)})) u.pin_for.clear();
                u.new_pin.clear();
            }
        } else if (small_button(("Set PIN for " + p.name).c_str())) {
            u.pin_for = p.name;
            u.new_pin.clear();
        }
        if (!p.pin.empty()) {
            same_line_if_fits(em(150));
            if (small_button(("Remove PIN of " + p.name).c_str())) refused(u, sh, cmd::PersonPut{p.name, p.role, std::string()});
        }
        same_line_if_fits(em(120));
        if (small_button(("Remove " + p.name).c_str()))
            sh.ask({"Remove " + p.name + "?", p.name + " leaves the list; their name stays in the history of what they did.",
                    "Remove " + p.name, cmd::PersonRemove{p.name}});
        ImGui::Unindent(em(16));
    }
    ImGui::PopID();
}

}  // namespace

void draw_working_here(const Atelier& a, Shell& sh) {
    const std::string line = "Working here: " + sh.person() + " (" + role_label(sh.role()) + ")";
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(line.c_str());
    mark_last_item(line);
    if (a.profile.people.empty()) return;
    ImGui::SameLine();
    const bool switch_person = small_button("Switch person");
    ImGui::SameLine();
    const bool lock_now = small_button("Lock now");
    if (switch_person || lock_now) sh.lock();
}

void draw_people_section(const Atelier& a, PeopleUi& u, Shell& sh) {
    ImGui::Spacing();
    if (!ImGui::CollapsingHeader("People and roles")) return;
    ImGui::PushID("people");
    const auto& people = a.profile.people;
    const bool edit = manages_people(sh.role());
    ImGui::PushTextWrapPos(0);
    if (people.empty()) {
        ImGui::TextWrapped("Nobody is listed: whoever uses Atelier here is its owner. List the people who work here to give "
                           "each a role and, on a shared tablet, a PIN.");
    } else {
        ImGui::TextDisabled("%s", kRoleHelp);
    }
    ImGui::PopTextWrapPos();
    if (people.empty() && edit) {
        if (u.first_name.empty() && sh.person() != "owner") u.first_name = sh.person();
        ImGui::SetNextItemWidth(em(200));
        ImGui::InputTextWithHint("Your name", "e.g. Ana", &u.first_name);
        ImGui::SameLine();
        ImGui::BeginDisabled(trim(u.first_name).empty());
        if (ImGui::Button("Start the list")) {
            const std::string name(trim(u.first_name));
            if (!refused(u, sh, cmd::PersonPut{name, Role::owner, std::nullopt})) sh.unlock(name, "");
        }
        ImGui::EndDisabled();
    }
    for (const auto& p : people) person_row(p, u, sh, edit);
    if (!people.empty() && edit) {
        ImGui::SetNextItemWidth(em(160));
        ImGui::InputTextWithHint("Name##new person", "Name", &u.add_name);
        ImGui::SameLine();
        role_combo("Role##new person", u.add_role);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em(110));
        ImGui::InputTextWithHint("PIN##new person", "optional", &u.add_pin,
                                 ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal);
        ImGui::SameLine();
        ImGui::BeginDisabled(trim(u.add_name).empty());
        if (ImGui::Button("Add person")) {
            const std::string name(trim(u.add_name));
            if (!u.add_pin.empty() && !valid_pin(u.add_pin)) u.error = "a PIN is 4 to 12 digits";
            else if (!refused(u, sh, cmd::PersonPut{name, static_cast<Role>(u.add_role),
                                                    u.add_pin.empty() ? std::nullopt : std::optional(pin_hash(name, u.add_pin))})) {
                u.add_name.clear();
                u.add_pin.clear();
            }
        }
        ImGui::EndDisabled();
    }
    if (!people.empty() && changes_settings(sh.role())) {
        if (u.lock_minutes < 0) u.lock_minutes = a.profile.lock_minutes;
        ImGui::SetNextItemWidth(em(90));
        ImGui::InputInt("Lock after idle minutes (0 = never)", &u.lock_minutes, 0);
        ImGui::SameLine();
        ImGui::BeginDisabled(u.lock_minutes == a.profile.lock_minutes);
        if (ImGui::Button("Save lock")) {
            cmd::AtelierUpdate up;
            up.lock_minutes = u.lock_minutes;
            up.from = cmd::AtelierFields{};
            up.from->lock_minutes = a.profile.lock_minutes;
            if (!refused(u, sh, up)) sh.notify("The lock is saved");
        }
        ImGui::EndDisabled();
        ImGui::TextDisabled("The PIN lock keeps a shared tablet to the person using it: a convenience, not protection of the data on it.");
    }
    if (!u.error.empty()) {
        ImGui::TextColored(colours().overdue, "Not done: %s", u.error.c_str());
        mark_last_item("People error: " + u.error);
    }
    ImGui::PopID();
}

void draw_lock(const Atelier& a, LockUi& u, Shell& sh) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::Begin("Locked", nullptr, flags)) {
        mark_current_window("Locked");
        const float width = std::min(em(420), vp->WorkSize.x - em(32));
        ImGui::SetCursorPos(ImVec2((vp->WorkSize.x - width) / 2, std::max(em(24), vp->WorkSize.y / 5)));
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextUnformatted(a.profile.settings.name.c_str());
        ImGui::TextUnformatted("Locked. Who is working?");
        mark_last_item("Locked. Who is working?");
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
        const std::string& synced_as = sh.sync().enabled() ? sh.sync().person() : std::string();
        for (const auto& p : a.profile.people) {
            if (!synced_as.empty() && p.name != synced_as) continue;
            const bool chosen = u.pick == p.name;
            if (ImGui::Selectable((p.name + "##unlock").c_str(), chosen, 0, ImVec2(width, em(36)))) {
                u.pick = p.name;
                u.pin.clear();
                u.error.clear();
            }
        }
        const Person* chosen = find_person(a.profile, u.pick);
        if (chosen) {
            ImGui::Spacing();
            bool go = false;
            if (!chosen->pin.empty()) {
                ImGui::SetNextItemWidth(em(160));
                go = ImGui::InputTextWithHint("PIN##unlock", "PIN", &u.pin,
                                              ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal |
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
                ImGui::SameLine();
            }
            go = ImGui::Button(("Unlock as " + chosen->name).c_str()) || go;
            if (go) {
                u.error = sh.unlock(chosen->name, u.pin);
                u.pin.clear();
                if (u.error.empty()) u.pick.clear();
            }
        }
        if (!u.error.empty()) {
            ImGui::TextColored(colours().overdue, "Not unlocked: %s", u.error.c_str());
            mark_last_item("Lock error: " + u.error);
        }
        ImGui::EndGroup();
    }
    ImGui::End();
}

}  // namespace atelier::ui

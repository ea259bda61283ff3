#include "web/ui/view_people.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/rules/roles.hpp"
#include "core/text.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/shell.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

// The roles' English names (the widgets' stable names, the marks) and their messages.
constexpr const char* kRoleLabels[] = {"Owner", "Manager", "Staff"};
constexpr Msg kRoleMsgs[] = {Msg::people_owner, Msg::people_manager, Msg::people_staff};

const char* role_label(Role r) { return kRoleLabels[static_cast<size_t>(r)]; }
const char* role_shown(Role r) { return tr(kRoleMsgs[static_cast<size_t>(r)]); }

// A label naming a person: `m` filled with the name, then "###" and the English name the widget
// kept before ("Remove PIN of Ana"), so it stays the same widget in every language.
std::string named_label(Msg m, const std::string& name, const char* english_lead) {
    return tr(m, {{"name", name}}) + "###" + english_lead + name;
}

void set_error(PeopleUi& u, Msg m) { u.error = view_error(say(m)); }

// A role combo, `shown` its label in the device's language; true when another role was chosen.
bool role_combo(const std::string& shown, const char* label, int& role) {
    bool changed = false;
    ImGui::SetNextItemWidth(em(130));
    if (ImGui::BeginCombo((shown + "###" + label).c_str(), tr(kRoleMsgs[role]))) {
        for (int i = 0; i < 3; ++i)
            if (ImGui::Selectable(ui_label(kRoleMsgs[i], std::string(kRoleLabels[i]) + "##" + label + " " + std::to_string(i)).c_str(),
                                  i == role)) {
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
    u.error = view_error(sh.refusal());
    return true;
}

void person_row(const Person& p, PeopleUi& u, Shell& sh, bool edit) {
    ImGui::PushID(p.name.c_str());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(p.name.c_str());
    mark_last_item("person " + p.name);
    ImGui::SameLine(em(170));
    int role = static_cast<int>(p.role);
    if (!edit) ImGui::TextUnformatted(role_shown(p.role));
    else if (role_combo(tr(Msg::people_role_of, {{"name", p.name}}), ("Role of " + p.name).c_str(), role))
        refused(u, sh, cmd::PersonPut{p.name, static_cast<Role>(role), std::nullopt});
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(p.pin.empty() ? Msg::people_no_pin : Msg::people_pin_set));
    mark_last_item((p.pin.empty() ? "no PIN " : "PIN set ") + p.name);
    if (edit) {
        // The actions under the name: the Settings column is narrow on a laptop.
        ImGui::Indent(em(16));
        if (u.pin_for == p.name) {
            ImGui::SetNextItemWidth(em(110));
            ImGui::InputTextWithHint(named_label(Msg::people_new_pin_for, p.name, "New PIN for ").c_str(), tr(Msg::people_pin_hint),
                                     &u.new_pin,
                                     ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal);
            same_line_if_fits(em(120));
            if (small_button(named_label(Msg::people_save_pin, p.name, "Save PIN for ").c_str())) {
                if (!valid_pin(u.new_pin)) set_error(u, Msg::people_pin_invalid);
                else if (!refused(u, sh, cmd::PersonPut{p.name, p.role, pin_hash(p.name, u.new_pin)})) u.pin_for.clear();
                u.new_pin.clear();
            }
        } else if (small_button(named_label(Msg::people_set_pin, p.name, "Set PIN for ").c_str())) {
            u.pin_for = p.name;
            u.new_pin.clear();
        }
        if (!p.pin.empty()) {
            same_line_if_fits(em(150));
            if (small_button(named_label(Msg::people_remove_pin, p.name, "Remove PIN of ").c_str()))
                refused(u, sh, cmd::PersonPut{p.name, p.role, std::string()});
        }
        same_line_if_fits(em(120));
        if (small_button(named_label(Msg::people_remove, p.name, "Remove ").c_str()))
            sh.ask({tr(Msg::people_remove_title, {{"name", p.name}}), tr(Msg::people_remove_text, {{"name", p.name}}),
                    named_label(Msg::people_remove, p.name, "Remove "), cmd::PersonRemove{p.name}});
        ImGui::Unindent(em(16));
    }
    ImGui::PopID();
}

}  // namespace

void draw_working_here(const Atelier& a, Shell& sh) {
    const std::string line = "Working here: " + sh.person() + " (" + role_label(sh.role()) + ")";  // its mark
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Msg::people_working_here, {{"person", sh.person()}, {"role", role_shown(sh.role())}}).c_str());
    mark_last_item(line);
    if (a.profile.people.empty()) return;
    ImGui::SameLine();
    const bool switch_person = small_button(ui_label(Msg::people_switch, "Switch person").c_str());
    ImGui::SameLine();
    const bool lock_now = small_button(ui_label(Msg::people_lock_now, "Lock now").c_str());
    if (switch_person || lock_now) sh.lock();
}

void draw_people_section(const Atelier& a, PeopleUi& u, Shell& sh) {
    ImGui::Spacing();
    if (!ImGui::CollapsingHeader(ui_label(Msg::people_title, "People and roles").c_str())) return;
    ImGui::PushID("people");
    const auto& people = a.profile.people;
    const bool edit = manages_people(sh.role());
    ImGui::PushTextWrapPos(0);
    if (people.empty()) {
        ImGui::TextWrapped("%s", tr(Msg::people_nobody));
    } else {
        ImGui::TextDisabled("%s", tr(Msg::people_roles_help));
    }
    ImGui::PopTextWrapPos();
    if (people.empty() && edit) {
        if (u.first_name.empty() && sh.person() != "owner") u.first_name = sh.person();
        ImGui::SetNextItemWidth(em(200));
        ImGui::InputTextWithHint(ui_label(Msg::people_your_name, "Your name").c_str(), tr(Msg::people_your_name_hint), &u.first_name);
        ImGui::SameLine();
        ImGui::BeginDisabled(trim(u.first_name).empty());
        if (ImGui::Button(ui_label(Msg::people_start, "Start the list").c_str())) {
            const std::string name(trim(u.first_name));
            if (!refused(u, sh, cmd::PersonPut{name, Role::owner, std::nullopt})) sh.unlock(name, "");
        }
        ImGui::EndDisabled();
    }
    for (const auto& p : people) person_row(p, u, sh, edit);
    if (!people.empty() && edit) {
        ImGui::SetNextItemWidth(em(160));
        ImGui::InputTextWithHint(ui_label(Msg::people_name, "Name##new person").c_str(), tr(Msg::people_name), &u.add_name);
        ImGui::SameLine();
        role_combo(tr(Msg::people_role), "Role##new person", u.add_role);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em(110));
        ImGui::InputTextWithHint(ui_label(Msg::people_pin, "PIN##new person").c_str(), tr(Msg::people_optional), &u.add_pin,
                                 ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal);
        ImGui::SameLine();
        ImGui::BeginDisabled(trim(u.add_name).empty());
        if (ImGui::Button(ui_label(Msg::people_add, "Add person").c_str())) {
            const std::string name(trim(u.add_name));
            if (!u.add_pin.empty() && !valid_pin(u.add_pin)) set_error(u, Msg::people_pin_invalid);
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
        ImGui::InputInt(ui_label(Msg::people_lock_after, "Lock after idle minutes (0 = never)").c_str(), &u.lock_minutes, 0);
        ImGui::SameLine();
        ImGui::BeginDisabled(u.lock_minutes == a.profile.lock_minutes);
        if (ImGui::Button(ui_label(Msg::people_save_lock, "Save lock").c_str())) {
            cmd::AtelierUpdate up;
            up.lock_minutes = u.lock_minutes;
            up.from = cmd::AtelierFields{};
            up.from->lock_minutes = a.profile.lock_minutes;
            if (!refused(u, sh, up)) sh.notify(tr(Msg::people_lock_saved));
        }
        ImGui::EndDisabled();
        ImGui::TextDisabled("%s", tr(Msg::people_lock_why));
    }
    if (!u.error.empty()) {
        ImGui::TextColored(colours().overdue, "%s", tr(Msg::people_not_done, {{"reason", u.error.shown}}).c_str());
        mark_last_item("People error: " + u.error.english);
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
        ImGui::TextUnformatted(tr(Msg::people_locked));
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
                go = ImGui::InputTextWithHint(ui_label(Msg::people_pin, "PIN##unlock").c_str(), tr(Msg::people_pin), &u.pin,
                                              ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal |
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
                ImGui::SameLine();
            }
            go = ImGui::Button(named_label(Msg::people_unlock_as, chosen->name, "Unlock as ").c_str()) || go;
            if (go) {
                const std::optional<Said> why = sh.unlock(chosen->name, u.pin);
                u.error = why ? view_error(*why) : ViewError{};
                u.pin.clear();
                if (!why) u.pick.clear();
            }
        }
        if (!u.error.empty()) {
            // The shell's reason (Shell::unlock), as it words it.
            ImGui::TextColored(colours().overdue, "%s", tr(Msg::people_not_unlocked, {{"reason", u.error.shown}}).c_str());
            mark_last_item("Lock error: " + u.error.english);
        }
        ImGui::EndGroup();
    }
    ImGui::End();
}

}  // namespace atelier::ui

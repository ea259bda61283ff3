// Settings → Language, beside "Working here": this device's language and conventions
// (docs/i18n.md). A preference of the device, like the theme: nothing in the atelier changes, so it
// is no command. And the atelier's language for its clients, a setting of the atelier (saved with
// the others by atelier.update).
#include <imgui.h>

#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

void draw_language_section(Shell& sh) {
    // On the line of "Working here": both are this device's, and Settings keeps its height.
    same_line_if_fits(em(380));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Msg::settings_language));
    ImGui::SameLine();
    const std::string& chosen = sh.prefs().language;
    const Locale browser = locale_for(sh.browser_language());
    const std::string as_browser = tr(Msg::settings_language_browser, {{"language", language_name(browser.language)}});
    const std::string shown = chosen.empty() ? as_browser : std::string(language_name(locale_for(chosen).language));
    ImGui::SetNextItemWidth(em(240));
    if (ImGui::BeginCombo("##language", shown.c_str())) {
        mark_current_window("Language menu");
        if (ImGui::Selectable((as_browser + "###browser").c_str(), chosen.empty())) sh.set_language("");
        mark_last_item("Language: browser");
        for (const Language l : kUserLanguages) {
            const std::string code(language_code(l));
            // A region the browser gives for the same language is kept ("en-US" keeps its dates).
            const std::string tag = browser.language == l && !browser.region.empty() ? locale_tag(browser) : code;
            const std::string item = std::string(language_name(l)) + "###" + code;
            if (ImGui::Selectable(item.c_str(), !chosen.empty() && locale_for(chosen).language == l)) sh.set_language(tag);
            mark_last_item("Language: " + code);
        }
        ImGui::EndCombo();
    }
    mark_last_item("Language");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Msg::settings_language_why));
}

void draw_client_language(std::string& tag) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Msg::settings_client_language));
    ImGui::SameLine();
    const std::string english = tr(Msg::settings_client_language_english);
    // A tag with a region ("de-AT", set by the CLI) shows it: its dates follow that region.
    const Locale now = locale_for(tag);
    std::string shown = tag.empty() ? english : std::string(language_name(now.language));
    if (!now.region.empty()) shown += " (" + tag + ")";
    ImGui::SetNextItemWidth(em(240));
    if (ImGui::BeginCombo("##client language", shown.c_str())) {
        mark_current_window("Client language menu");
        if (ImGui::Selectable((english + "###en").c_str(), tag.empty())) tag.clear();
        mark_last_item("Client language: en");
        for (const Language l : kUserLanguages) {
            if (l == Language::en) continue;
            const std::string code(language_code(l));
            if (ImGui::Selectable((std::string(language_name(l)) + "###" + code).c_str(), !tag.empty() && now.language == l)) tag = code;
            mark_last_item("Client language: " + code);
        }
        ImGui::EndCombo();
    }
    mark_last_item("Client language");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Msg::settings_client_language_why));
}

}  // namespace atelier::ui

#include "web/ui/texts_in_editor.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_messages.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {
// Where `code`'s text is, or where it goes to keep the languages in the app's order.
TextsIn::iterator place_of(TextsIn& texts, std::string_view code, bool& found) {
    auto rank = [](std::string_view c) {
        for (size_t i = 0; i < std::size(kUserLanguages); ++i)
            if (language_code(kUserLanguages[i]) == c) return i;
        return std::size(kUserLanguages);
    };
    auto it = std::find_if(texts.begin(), texts.end(), [&](const TextIn& t) { return t.language == code; });
    found = it != texts.end();
    if (found) return it;
    return std::find_if(texts.begin(), texts.end(), [&](const TextIn& t) { return rank(t.language) > rank(code); });
}
}  // namespace

void texts_in_editor(TextsIn& texts, Language own, const std::function<std::string(const std::string&, std::string_view)>& preview,
                     const std::string& label) {
    ImGui::PushID(label.c_str());
    const std::string heading = std::string(tr(Msg::texts_in_heading)) + " (" + ui_integer(static_cast<int64_t>(texts.size())) + ")###" + label + " other languages";
    const bool open = ImGui::TreeNode(heading.c_str());
    mark_last_item(label + " other languages");
    if (open) {
        ImGui::TextDisabled("%s", tr(Msg::texts_in_why));
        for (const Language l : kUserLanguages) {
            if (l == own) continue;
            const std::string code(language_code(l));
            bool found = false;
            auto at = place_of(texts, code, found);
            std::string value = found ? at->text : std::string();
            ImGui::TextUnformatted(tr(Msg::texts_in_field, {{"language", language_name(l)}}).c_str());
            const std::string id = "##" + code;
            const float w = std::min(em(460), ImGui::GetContentRegionAvail().x - em(4));
            if (ImGui::InputTextMultiline(id.c_str(), &value, ImVec2(w, em(48)))) {
                if (value.empty()) {
                    if (found) texts.erase(at);
                } else if (found) {
                    at->text = value;
                } else {
                    texts.insert(at, TextIn{code, value});
                }
            }
            mark_last_item(label + " in " + code);
            if (!value.empty()) template_help(value, preview(value, code), label + " in " + code);
        }
        ImGui::TreePop();
    }
    ImGui::PopID();
}

}  // namespace atelier::ui

#include "web/ui/measure_unit.hpp"

#include <imgui.h>

#include "core/json/fields.hpp"
#include "core/text.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/style.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

Unit shown_unit(const Atelier& a, const std::optional<Unit>& chosen) { return chosen.value_or(a.profile.measure_unit); }

bool unit_switch(const Atelier& a, std::optional<Unit>& chosen, const char* id) {
    const Unit now = shown_unit(a, chosen);
    bool switched = false;
    ImGui::PushID(id);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr(Msg::measure_shown_in));
    for (const Unit u : {Unit::cm, Unit::in}) {
        ImGui::SameLine();
        const bool on = u == now;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        const std::string name = std::string("Unit ") + enum_id(u) + " " + id;
        if (small_button(ui_label(u == Unit::cm ? Msg::unit_cm : Msg::unit_in, name).c_str()) && !on) {
            chosen = u;
            switched = true;
        }
        if (on) ImGui::PopStyleColor();
    }
    ImGui::PopID();
    return switched;
}

std::optional<Length> parse_length_entry(std::string_view text, Unit unit) {
    // "92,5" as French, Italian, Spanish and German write it: one comma, no point.
    std::string typed(trim(text));
    if (const auto comma = typed.find(','); comma != std::string::npos && typed.find_first_of(".,", comma + 1) == std::string::npos &&
                                            typed.find('.') == std::string::npos)
        typed[comma] = '.';
    const std::string_view t = typed;
    if (auto l = parse_length(t)) return l;
    return parse_length(std::string(t) + enum_id(unit));
}

}  // namespace atelier::ui

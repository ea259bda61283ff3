#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/version.hpp"
#include "web/app.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"

namespace atelier::ui {

void draw_main_window(App& app) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::Begin("Atelier", nullptr, flags)) {
        mark_current_window("Atelier");
        ImGui::TextUnformatted(app.settings.name.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("(%s)", app.settings.company_code.c_str());
        ImGui::Text("Atelier %s", kVersion);
        ImGui::Separator();
        ImGui::SetNextItemWidth(320.0f * ImGui::GetFontSize() / 17.0f);
        ImGui::InputTextWithHint("##search", "Search", &app.search);
        mark_last_item("Search");
        if (ImGui::Button("Say hello")) ++app.clicks;
        if (app.clicks > 0) {
            ImGui::SameLine();
            ImGui::Text("Hello x%d", app.clicks);
        }
    }
    ImGui::End();
}

}  // namespace atelier::ui

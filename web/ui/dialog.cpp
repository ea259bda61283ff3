#include "web/ui/dialog.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // the window's hidden-frame counters

#include <algorithm>

#include "web/ui/locator.hpp"
#include "web/ui/style.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

bool open_dialog(DialogState& s, const char* id) {
    if (!s.open.empty() && s.open != id) {
        s.refused = id;
        return false;
    }
    s.open = id;
    s.refused.clear();
    return true;
}

void close_dialog(DialogState& s) { s.open.clear(); }

bool begin_dialog(DialogState& s, const char* id, const char* title, float width_em) {
    const bool wanted = s.open == id;
    if (!wanted) {
        // Closed from outside (a Create button, close_dialog): let ImGui close its popup too, or
        // its backdrop would stay and block the app.
        if (ImGui::IsPopupOpen(id) && ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar)) {
            ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
        return false;
    }
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float margin = look().px(Space::l);
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(vp->WorkSize.x - 2 * margin, em(width_em)), 0));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, vp->WorkSize.y - 2 * margin));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(look().px(Space::xl), look().px(Space::l)));
    const bool shown = ImGui::BeginPopupModal(
        id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    if (!shown) {
        s.open.clear();
        return false;
    }
    mark_current_window(id);
    const bool appearing = ImGui::IsWindowAppearing();
    // Title on the left in the title size, the close button square in the corner.
    const float close = target_height();
    const float top = ImGui::GetCursorPosY();
    if (look().title) ImGui::PushFont(look().title);
    ImGui::SetCursorPosY(top + std::max(0.f, (close - ImGui::GetTextLineHeight()) * 0.5f));
    ImGui::TextUnformatted(title);
    if (look().title) ImGui::PopFont();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - close);
    ImGui::SetCursorPosY(top);
    const std::string close_label = std::string("×##close ") + id;
    const bool closed = ImGui::Button(close_label.c_str(), ImVec2(close, close));
    mark_last_item(std::string("Close ") + id);
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) &&
                        ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows);
    if (closed || escape) {
        s.open.clear();
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return false;
    }
    ImGui::Spacing();
    // An auto-sized window is hidden in its first frame (ImGui measures it), and a focus request
    // made there is lost: ask again in the first frame it is shown.
    ImGuiStorage* st = ImGui::GetStateStorage();
    const ImGuiID focus_key = ImGui::GetID("##focus first field");
    if (appearing) st->SetBool(focus_key, true);
    if (st->GetBool(focus_key) && ImGui::GetCurrentWindow()->HiddenFramesCannotSkipItems == 0 &&
        ImGui::GetCurrentWindow()->HiddenFramesCanSkipItems == 0) {
        st->SetBool(focus_key, false);
        ImGui::SetKeyboardFocusHere();
    }
    return true;
}

void end_dialog() { ImGui::EndPopup(); }

}  // namespace atelier::ui

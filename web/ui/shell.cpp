// The frame around every view: top bar with navigation, undo/redo, save state and theme;
// app-wide shortcuts; then the current view, the palette, forms, confirmations and toasts.
#include <imgui.h>

#include "core/model/atelier.hpp"
#include "web/ui/shell.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

// Not NoSavedSettings: tables inherit that from their top-level window, and the table's column
// order and widths are meant to be remembered (App::frame keeps ImGui's settings in the prefs).
constexpr ImGuiWindowFlags kPageFlags = ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus;

void shortcuts(Views& v, Shell& sh) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool mod = io.KeyCtrl || io.KeySuper;  // Cmd on a Mac
    if (!mod) return;
    // Key indexes are GLFW key codes, which are the ASCII capitals for letters.
    if (ImGui::IsKeyPressed('K', false)) {
        v.palette.open = !v.palette.open;
        return;
    }
    // Inside a text field Ctrl+Z belongs to the field's own undo.
    if (io.WantTextInput) return;
    if (ImGui::IsKeyPressed('Z', false)) {
        if (io.KeyShift) sh.redo();
        else sh.undo();
    } else if (ImGui::IsKeyPressed('Y', false)) {
        sh.redo();
    }
}

// Saved / saving / not saved, always in view: the user must know whether an edit is safe.
void save_indicator(Shell& sh) {
    const StorageStatus& st = sh.storage();
    using S = StorageStatus::State;
    const char* text = state_label(st.state);
    const ImVec4 c = st.state == S::not_saved ? colours().overdue : st.state == S::saved ? colours().ok : colours().muted;
    same_line_if_fits(ImGui::CalcTextSize(text).x + em(10));
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(c, "%s", text);
    mark_last_item(std::string("Save status: ") + text);
    if (!st.detail.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", st.detail.c_str());
    if (st.state == S::not_saved && !st.detail.empty()) {
        ImGui::SameLine();
        ImGui::TextColored(c, "(%s)", st.detail.c_str());
    }
}

bool nav_button(Shell& sh, const char* label, View v, bool active) {
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool pressed = ImGui::Button(label);
    if (active) ImGui::PopStyleColor();
    if (pressed) sh.show(v);
    return pressed;
}

// Damaged storage opened for salvage: what could be read is shown, nothing is written, and the
// stored files can be taken away as they are.
void salvage_banner(const Salvage& salvage, Shell& sh) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(colours().overdue,
                       "Read-only: the stored atelier is damaged. Atelier opened what it could read and will not "
                       "change anything. Download the raw files and keep them: they hold everything that was stored.");
    mark_last_item("Salvage banner");
    const std::vector<std::string>& problems = salvage.problems;
    for (size_t i = 0; i < problems.size(); ++i) {
        ImGui::Bullet();
        ImGui::TextUnformatted(problems[i].c_str());
        mark_last_item("Salvage problem " + std::to_string(i + 1));
    }
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Download raw files")) sh.download_raw();
    ImGui::SameLine();
    if (ImGui::Button("Download backup")) sh.download_backup();
    mark_last_item("Download backup (salvage)");
    ImGui::SameLine();
    ImGui::BeginDisabled(!sh.can_restore());
    if (ImGui::Button("Restore from backup…")) sh.pick_restore();
    ImGui::EndDisabled();
    mark_last_item("Restore from backup (salvage)");
    ImGui::Separator();
}

void top_bar(const Atelier& a, Views& v, Shell& sh) {
    const Profile& p = a.profile;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(p.settings.name.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s", p.settings.company_code.c_str());
    struct Nav { const char* label; View v; };
    const Nav navs[] = {{"Dashboard", View::dashboard}, {"Board", View::board},       {"Table", View::table},
                        {"Clients", View::clients},     {"Fittings", View::fittings}, {"Pipelines", View::pipelines},
                        {"Settings", View::settings}};
    for (const Nav& n : navs) {
        same_line_if_fits(ImGui::CalcTextSize(n.label).x + em(16));
        const bool active = sh.view() == n.v || (n.v == View::clients && sh.view() == View::client);
        nav_button(sh, n.label, n.v, active);
    }
    same_line_if_fits(em(90));
    if (ImGui::Button("+ Order")) sh.new_order();
    mark_last_item("New order");
    ImGui::SameLine();
    if (ImGui::Button("+ Client")) sh.new_client();
    mark_last_item("New client");

    same_line_if_fits(em(330));
    ImGui::BeginDisabled(!sh.can_undo());
    if (ImGui::Button("Undo")) sh.undo();
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!sh.can_redo());
    if (ImGui::Button("Redo")) sh.redo();
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Find (Ctrl+K)")) v.palette.open = true;
    mark_last_item("Find");
    ImGui::SameLine();
    if (ImGui::Button(sh.prefs().dark ? "Light theme" : "Dark theme")) sh.set_dark(!sh.prefs().dark);
    mark_last_item("Theme");
    save_indicator(sh);
    ImGui::Separator();
    if (const Salvage* salvage = sh.salvage()) {
        salvage_banner(*salvage, sh);
    } else if (sh.read_only()) {
        ImGui::TextColored(colours().due_soon, "Read-only: Atelier is open for editing in another tab. "
                                               "This tab shows the data and takes over when that tab closes.");
        mark_last_item("Read-only banner");
    }
}

void current_view(const Atelier& a, Views& v, Shell& sh) {
    switch (sh.view()) {
        case View::dashboard: draw_dashboard(a, sh); break;
        case View::board: draw_board(a, v.board, sh); break;
        case View::table: draw_table(a, v.table, sh); break;
        case View::order: draw_order(a, v.order, sh); break;
        case View::clients: draw_clients(a, v.clients, sh); break;
        case View::client: draw_client(a, v.client, v.clients.cache, sh); break;
        case View::pipelines: draw_pipelines(a, v.pipelines, sh); break;
        case View::fittings: draw_fittings(a, v.fittings, sh); break;
        case View::settings: draw_settings(a, v.settings, sh); break;
    }
}

}  // namespace

void draw_workspace(const Atelier& a, Views& v, Shell& sh) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    if (sh.loading()) {
        if (ImGui::Begin("Opening", nullptr, kPageFlags)) {
            mark_current_window("Opening");
            ImGui::TextDisabled("Opening your atelier…");
        }
        ImGui::End();
        return;
    }
    if (!sh.ready()) {
        if (ImGui::Begin("Welcome", nullptr, kPageFlags)) {
            mark_current_window("Welcome");
            draw_first_start(v.start, sh);
        }
        ImGui::End();
        draw_toasts(sh);
        return;
    }
    shortcuts(v, sh);
    if (ImGui::Begin("Atelier", nullptr, kPageFlags)) {
        mark_current_window("Atelier");
        top_bar(a, v, sh);
        ImGui::BeginChild("view", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
        current_view(a, v, sh);
        ImGui::EndChild();
    }
    ImGui::End();
    if (v.new_client.open) draw_new_client(a, v.new_client, sh);
    if (v.new_order.open) draw_new_order(a, v.new_order, sh);
    if (v.palette.open) draw_palette(a, v.palette, sh);
    draw_confirm(sh);
    draw_restore(a, v.restore, sh);
    draw_toasts(sh);
}

void draw_confirm(Shell& sh) {
    const PendingConfirm* q = sh.asking();
    if (!q) return;
    if (!ImGui::IsPopupOpen("Please confirm")) ImGui::OpenPopup("Please confirm");
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(vp->WorkSize.x * 0.9f, em(520)), 0));
    if (ImGui::BeginPopupModal("Please confirm", nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove)) {
        mark_current_window("Please confirm");
        ImGui::TextUnformatted(q->title.c_str());
        ImGui::Spacing();
        ImGui::TextWrapped("%s", q->text.c_str());
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Button, colours().overdue);
        const bool yes = ImGui::Button(q->button.c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine();
        const bool no = ImGui::Button("Keep as it is") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
        if (yes || no) {
            sh.answer(yes);  // runs the command when yes
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

void draw_toasts(Shell& sh) {
    const std::vector<Toast>& toasts = sh.toasts();
    if (toasts.empty()) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float pad = em(12);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - pad, vp->WorkPos.y + vp->WorkSize.y - pad),
                            ImGuiCond_Always, ImVec2(1, 1));
    ImGui::SetNextWindowBgAlpha(0.95f);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(std::min(em(520), vp->WorkSize.x - 2 * pad), FLT_MAX));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
    if (ImGui::Begin("Messages", nullptr, flags)) {
        mark_current_window("Messages");
        for (size_t i = 0; i < toasts.size(); ++i) {
            const Toast& t = toasts[i];
            ImGui::PushTextWrapPos(std::min(em(500), vp->WorkSize.x - 4 * pad));
            if (t.error) ImGui::TextColored(colours().overdue, "%s", t.text.c_str());
            else ImGui::TextUnformatted(t.text.c_str());
            ImGui::PopTextWrapPos();
            // Each message is findable by its text, so tests can see what the user was told.
            mark_last_item(t.text);
        }
    }
    ImGui::End();
}

}  // namespace atelier::ui

// The frame around every view: app-wide shortcuts, the top bar (top_bar.cpp), then the current
// view, the palette, forms, confirmations and toasts.
#include <imgui.h>

#include "core/model/atelier.hpp"
#include "web/ui/dialog.hpp"
#include "web/ui/shell.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/style.hpp"
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

void current_view(const Atelier& a, Views& v, Shell& sh) {
    switch (sh.view()) {
        case View::dashboard: draw_dashboard(a, v.messages, v.production, sh); break;
        case View::board: draw_board(a, v.board, sh); break;
        case View::table: draw_table(a, v.table, sh); break;
        case View::order: draw_order(a, v.order, sh); break;
        case View::clients: draw_clients(a, v.clients, sh); break;
        case View::client: draw_client(a, v.client, v.clients.cache, sh); break;
        case View::pipelines: draw_pipelines(a, v.pipelines, sh); break;
        case View::fittings: draw_fittings(a, v.fittings, sh); break;
        case View::settings: draw_settings(a, v.settings, v.people, v.sync, sh); break;
        case View::reports: draw_reports(a, v.reports, sh); break;
        case View::production: draw_production(a, v.production, sh); break;
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
            ImGui::TextDisabled("%s", tr(Msg::opening_atelier));
            // A large atelier opens across many frames: show how far (the page stays responsive).
            if (const double p = sh.storage().open_progress; p >= 0) {
                ImGui::ProgressBar(static_cast<float>(p), ImVec2(std::min(ImGui::GetContentRegionAvail().x, em(320)), 0));
                mark_last_item("Opening progress");
            }
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
        draw_restore(a, v.restore, sh);  // a new device starting from a backup
        draw_toasts(sh);
        return;
    }
    if (sh.locked()) {  // nothing of the atelier shows until someone says who they are
        draw_lock(a, v.lock, sh);
        draw_toasts(sh);
        return;
    }
    shortcuts(v, sh);
    if (ImGui::Begin("Atelier", nullptr, kPageFlags)) {
        mark_current_window("Atelier");
        draw_top_bar(a, v, sh);
        ImGui::BeginChild("view", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
        current_view(a, v, sh);
        ImGui::EndChild();
    }
    ImGui::End();
    // Each dialog draws only while it is the open one (and closes ImGui's side when it is not).
    draw_new_client(v.new_client, sh);
    draw_new_order(a, v.new_order, sh);
    if (v.palette.open) draw_palette(a, v.palette, v.production, sh);
    draw_confirm(sh);
    draw_restore(a, v.restore, sh);
    draw_import(a, v.csv_import, sh);
    draw_toasts(sh);
}

void draw_confirm(Shell& sh) {
    DialogState& d = sh.dialogs();
    const PendingConfirm* q = sh.asking();
    // A question waits while another dialog is open: never two at once.
    if (q && d.open.empty()) open_dialog(d, kConfirmDialog);
    const bool was_open = d.open == kConfirmDialog;
    if (!begin_dialog(d, kConfirmDialog, q ? q->title.c_str() : "", 520)) {
        if (was_open && q) sh.answer(false);  // Escape or the close button: keep as it is
        return;
    }
    if (!q) {  // answered elsewhere (another atelier opened)
        close_dialog(d);
        ImGui::CloseCurrentPopup();
        end_dialog();
        return;
    }
    ImGui::TextWrapped("%s", q->text.c_str());
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Button, colours().overdue);
    ImGui::PushStyleColor(ImGuiCol_Text, vec4(look().theme().on_status));
    const bool yes = ImGui::Button(q->button.c_str());
    ImGui::PopStyleColor(2);
    ImGui::SameLine();
    const bool no = ImGui::Button(ui_label(Msg::confirm_keep, "Keep as it is").c_str());
    if (yes || no) {
        close_dialog(d);
        ImGui::CloseCurrentPopup();
        sh.answer(yes);  // runs the command when yes
    }
    end_dialog();
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

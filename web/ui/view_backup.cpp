// Storage in Settings (saved state, persistence, space used), backup download, and restore from a
// backup file: previewed, validated and confirmed before it replaces anything.
#include <imgui.h>

#include <memory>

#include "core/storage/backup.hpp"
#include "web/app.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {
// Parsed once per chosen file: a 100,000-order backup takes a second to read.
struct Pending {
    std::string text;
    std::unique_ptr<BackupPreview> preview;
};
Pending g_pending;

std::string megabytes(long long bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / (1024.0 * 1024.0));
    return buf;
}
}  // namespace

void draw_storage_section(App& app) {
    const StorageStatus& st = app.storage;
    section("Storage on this device");
    ImGui::Text("State: %s", state_label(st.state));
    if (!st.detail.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", st.detail.c_str());
    }
    if (st.persisted) ImGui::TextColored(colours().ok, "Persistent storage granted: the browser will not evict it.");
    else ImGui::TextColored(colours().due_soon, "Persistent storage not granted: the browser may clear it when space runs low. Keep backups.");
    mark_last_item(st.persisted ? "Storage persistent" : "Storage not persistent");
    if (st.quota_bytes > 0)
        ImGui::Text("Space used: %s of %s", megabytes(st.used_bytes).c_str(), megabytes(st.quota_bytes).c_str());

    section("Backup");
    ImGui::TextDisabled("The whole atelier as one JSON file; keep it somewhere safe.");
    if (ImGui::Button("Download backup") && app.on_backup) app.on_backup();
    ImGui::SameLine();
    ImGui::BeginDisabled(!app.can_restore());
    if (ImGui::Button("Restore from backup…") && app.on_restore_pick) app.on_restore_pick();
    ImGui::EndDisabled();
}

void draw_restore(App& app) {
    if (!app.restore_text) {
        g_pending = {};
        return;
    }
    if (!g_pending.preview || g_pending.text != *app.restore_text) {
        g_pending.text = *app.restore_text;
        g_pending.preview = std::make_unique<BackupPreview>(preview_backup(g_pending.text));
    }
    const BackupPreview& p = *g_pending.preview;
    if (!ImGui::IsPopupOpen("Restore from backup")) ImGui::OpenPopup("Restore from backup");
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(vp->WorkSize.x * 0.9f, em(560)), 0));
    if (ImGui::BeginPopupModal("Restore from backup", nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove)) {
        mark_current_window("Restore from backup");
        bool close = false;
        if (!p.ok) {
            ImGui::TextColored(colours().overdue, "This file cannot be restored:");
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(p.error.c_str());
            ImGui::PopTextWrapPos();
            mark_last_item("Restore error");
            ImGui::TextDisabled("Nothing was changed.");
            close = ImGui::Button("Close");
        } else {
            ImGui::TextUnformatted("The file holds:");
            ImGui::TextUnformatted(p.summary().c_str());
            mark_last_item("Restore summary");
            const Atelier& now = app.store.state();
            ImGui::Spacing();
            ImGui::PushTextWrapPos(0);
            ImGui::TextColored(colours().overdue,
                               "Restoring replaces everything here (%zu orders, %zu clients) with the file's "
                               "contents. Download a backup first if unsure.",
                               now.orders.size(), now.clients.size());
            ImGui::PopTextWrapPos();
            if (ImGui::Button("Replace my atelier with this backup")) {
                app.open(p.atelier);
                app.notify("Restored: " + p.summary());
                close = true;
            }
            ImGui::SameLine();
            if (ImGui::Button("Keep my atelier")) close = true;
        }
        if (close) {
            app.restore_text.reset();
            g_pending = {};
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

}  // namespace atelier::ui

// Storage in Settings (saved state, persistence, space used), backup download, and restore from a
// backup file: previewed, validated and confirmed before it replaces anything.
#include <imgui.h>

#include <memory>

#include "core/storage/backup.hpp"
#include "web/ui/dialog.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {
std::string megabytes(long long bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / (1024.0 * 1024.0));
    return buf;
}
}  // namespace

void draw_storage_section(Shell& sh) {
    const StorageStatus& st = sh.storage();
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
    const PhotoUsage photos = sh.photo_usage();
    if (photos.known) {
        const std::string t = "Photos on this device: " + std::to_string(photos.count) + " (" +
                              megabytes(static_cast<long long>(photos.bytes)) + " with their thumbnails)";
        ImGui::TextUnformatted(t.c_str());
        mark_last_item(t);
    }
    if (photos.uploading > 0) {
        const std::string t = "Sending photos to the studio's server: " + std::to_string(photos.uploading) + " left";
        ImGui::TextUnformatted(t.c_str());
        mark_last_item(t);
    }
    if (!photos.upload_problem.empty()) {
        const std::string t = "Photos not sent to the server: " + photos.upload_problem + " (tried again in a moment)";
        ImGui::TextColored(colours().due_soon, "%s", t.c_str());
        mark_last_item(t);
    }
    bool card_photos = sh.prefs().card_photos;
    if (ImGui::Checkbox("Show a photo on board cards", &card_photos)) {
        sh.prefs().card_photos = card_photos;
        sh.save_prefs();
    }

    section("Backup");
    ImGui::TextDisabled("The whole atelier as one JSON file; keep it somewhere safe.");
    if (ImGui::Button("Download backup")) sh.download_backup();
    ImGui::SameLine();
    ImGui::BeginDisabled(!sh.can_restore());
    if (ImGui::Button("Restore from backup…")) sh.pick_restore();
    ImGui::EndDisabled();
}

void draw_restore(const Atelier& now, RestoreUi& u, Shell& sh) {
    const std::string* text = sh.restore_text();
    if (!text) {
        u = {};
        return;
    }
    if (!u.preview || u.text != *text) {
        u.text = *text;
        u.preview = std::make_shared<BackupPreview>(preview_backup(u.text));
    }
    // A copy of the handle: restoring resets every view's state, this one's too.
    const std::shared_ptr<const BackupPreview> keep = u.preview;
    const BackupPreview& p = *keep;
    DialogState& d = sh.dialogs();
    // A chosen file waits while another dialog is open: never two at once.
    if (d.open.empty()) open_dialog(d, kRestoreDialog);
    const bool was_open = d.open == kRestoreDialog;
    if (!begin_dialog(d, kRestoreDialog, "Restore from backup", 560)) {
        if (was_open) {  // Escape or the close button: nothing restored
            sh.end_restore();
            u = {};
        }
        return;
    }
    {
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
            const PhotoUsage photos = sh.restore_photos();
            if (photos.count > 0) {
                const std::string t = "and " + std::to_string(photos.count) + (photos.count == 1 ? " photo (" : " photos (") +
                                      megabytes(static_cast<long long>(photos.bytes)) + " with their thumbnails)";
                ImGui::TextUnformatted(t.c_str());
                mark_last_item("Restore photos: " + t);
            }
            ImGui::Spacing();
            ImGui::PushTextWrapPos(0);
            ImGui::TextColored(colours().overdue,
                               "Restoring replaces everything here (%zu orders, %zu clients) with the file's "
                               "contents. Download a backup first if unsure.",
                               now.orders.size(), now.clients.size());
            ImGui::PopTextWrapPos();
            if (ImGui::Button("Replace my atelier with this backup")) {
                sh.open(p.atelier);
                sh.import_restore_photos();
                sh.notify("Restored: " + p.summary());
                close = true;
            }
            ImGui::SameLine();
            if (ImGui::Button("Keep my atelier")) close = true;
        }
        if (close) {
            sh.end_restore();
            u = {};
            close_dialog(sh.dialogs());  // sh.open() may have replaced the views' state: ask again
            ImGui::CloseCurrentPopup();
        }
        end_dialog();
    }
}

}  // namespace atelier::ui

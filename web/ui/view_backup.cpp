// Storage in Settings (saved state, persistence, space used), backup download, and restore from a
// backup file: previewed, validated and confirmed before it replaces anything.
#include <imgui.h>

#include <cmath>
#include <memory>

#include "core/storage/backup.hpp"
#include "web/ui/dialog.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {
// "12.3 MB": the marks' (and tests') English...
std::string megabytes(long long bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / (1024.0 * 1024.0));
    return buf;
}

// ...and the device's way ("12,3 Mo"): whole megabytes grouped, one decimal after the locale's mark.
std::string megabytes_shown(long long bytes) {
    const auto tenths = static_cast<int64_t>(std::llround(double(bytes) / (1024.0 * 1024.0) * 10.0));
    const Language l = ui_locale().language;
    if (l == Language::en) return megabytes(bytes);
    const std::string point = l == Language::fr || l == Language::it || l == Language::es || l == Language::de ? "," : ".";
    return tr(Msg::backup_megabytes, {{"size", ui_integer(tenths / 10) + point + std::to_string(tenths % 10)}});
}
}  // namespace

void draw_storage_section(Shell& sh) {
    const StorageStatus& st = sh.storage();
    section(tr(Msg::backup_storage));
    ImGui::TextUnformatted(tr(Msg::backup_state, {{"state", tr(state_msg(st.state))}}).c_str());
    if (const std::string detail = said_text(st.said, st.detail); !detail.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", detail.c_str());
    }
    if (st.persisted) ImGui::TextColored(colours().ok, "%s", tr(Msg::backup_persistent));
    else ImGui::TextColored(colours().due_soon, "%s", tr(Msg::backup_not_persistent));
    mark_last_item(st.persisted ? "Storage persistent" : "Storage not persistent");
    if (st.quota_bytes > 0)
        ImGui::TextUnformatted(
            tr(Msg::backup_space_used, {{"used", megabytes_shown(st.used_bytes)}, {"quota", megabytes_shown(st.quota_bytes)}}).c_str());
    const PhotoUsage photos = sh.photo_usage();
    if (photos.known) {
        const std::string t = "Photos on this device: " + std::to_string(photos.count) + " (" +
                              megabytes(static_cast<long long>(photos.bytes)) + " with their thumbnails)";  // its mark
        ImGui::TextUnformatted(tr(Msg::backup_photos, {{"count", ui_integer(static_cast<int64_t>(photos.count))},
                                                       {"size", megabytes_shown(static_cast<long long>(photos.bytes))}})
                                   .c_str());
        mark_last_item(t);
    }
    if (photos.uploading > 0) {
        const std::string t = "Sending photos to the studio's server: " + std::to_string(photos.uploading) + " left";  // its mark
        ImGui::TextUnformatted(tr(Msg::backup_sending_photos, {{"count", ui_integer(static_cast<int64_t>(photos.uploading))}}).c_str());
        mark_last_item(t);
    }
    if (!photos.upload_problem.empty()) {
        const std::string t = "Photos not sent to the server: " + photos.upload_problem + " (tried again in a moment)";  // its mark
        ImGui::TextColored(colours().due_soon, "%s", tr(Msg::backup_photos_not_sent, {{"problem", photos.upload_problem}}).c_str());
        mark_last_item(t);
    }
    bool card_photos = sh.prefs().card_photos;
    if (ImGui::Checkbox(ui_label(Msg::backup_card_photos, "Show a photo on board cards").c_str(), &card_photos)) {
        sh.prefs().card_photos = card_photos;
        sh.save_prefs();
    }

    section(tr(Msg::backup_title));
    ImGui::TextDisabled("%s", tr(Msg::backup_why));
    if (ImGui::Button(ui_label(Msg::backup_download, "Download backup").c_str())) sh.download_backup();
    ImGui::SameLine();
    ImGui::BeginDisabled(!sh.can_restore());
    if (ImGui::Button(ui_label(Msg::backup_restore, "Restore from backup…").c_str())) sh.pick_restore();
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
    if (!begin_dialog(d, kRestoreDialog, tr(Msg::backup_restore_title), 560)) {
        if (was_open) {  // Escape or the close button: nothing restored
            sh.end_restore();
            u = {};
        }
        return;
    }
    {
        bool close = false;
        if (!p.ok) {
            ImGui::TextColored(colours().overdue, "%s", tr(Msg::backup_cannot_restore));
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(p.error.c_str());  // the core's reason (preview_backup)
            ImGui::PopTextWrapPos();
            mark_last_item("Restore error");
            ImGui::TextDisabled("%s", tr(Msg::backup_nothing_changed));
            close = ImGui::Button(ui_label(Msg::close_form, "Close").c_str());
        } else {
            ImGui::TextUnformatted(tr(Msg::backup_file_holds));
            ImGui::TextUnformatted(p.summary().c_str());  // the core's (BackupPreview::summary)
            mark_last_item("Restore summary");
            const PhotoUsage photos = sh.restore_photos();
            if (photos.count > 0) {
                const std::string t = "and " + std::to_string(photos.count) + (photos.count == 1 ? " photo (" : " photos (") +
                                      megabytes(static_cast<long long>(photos.bytes)) + " with their thumbnails)";  // its mark
                ImGui::TextUnformatted(trn(Msg::backup_and_photos, static_cast<int64_t>(photos.count),
                                           {{"size", megabytes_shown(static_cast<long long>(photos.bytes))}})
                                           .c_str());
                mark_last_item("Restore photos: " + t);
            }
            ImGui::Spacing();
            ImGui::PushTextWrapPos(0);
            ImGui::TextColored(colours().overdue, "%s",
                               tr(Msg::backup_replaces_everything,
                                  {{"orders", trn(Msg::backup_n_orders, static_cast<int64_t>(now.orders.size()))},
                                   {"clients", trn(Msg::backup_n_clients, static_cast<int64_t>(now.clients.size()))}})
                                   .c_str());
            ImGui::PopTextWrapPos();
            if (ImGui::Button(ui_label(Msg::backup_replace, "Replace my atelier with this backup").c_str())) {
                sh.open(p.atelier);
                sh.import_restore_photos();
                sh.notify(tr(Msg::backup_restored, {{"summary", p.summary()}}));
                close = true;
            }
            ImGui::SameLine();
            if (ImGui::Button(ui_label(Msg::backup_keep, "Keep my atelier").c_str())) close = true;
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

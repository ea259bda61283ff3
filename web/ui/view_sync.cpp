// Settings → Sync (issue 14): the studio's server address, an invitation token and this device's
// name; then the state, who this device syncs as, the first sync's question, the invitation link
// for another device, and Disconnect. The state machine is the core's (core/sync/client.hpp).
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <cctype>
#include <cmath>

#include "core/model/date.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/qr_code.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

std::string url_encode(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') out += static_cast<char>(c);
        else out += '%', out += hex[c >> 4], out += hex[c & 15];
    }
    return out;
}

void question(const SyncClient& c, const Atelier& shown, Shell& sh) {
    ImGui::PushTextWrapPos(0);
    if (c.first_sync() == FirstSync::upload) {
        ImGui::TextUnformatted(tr(Msg::syncv_upload_question));
        mark_last_item("First sync: upload question");
        if (ImGui::Button(ui_label(Msg::syncv_upload, "Upload this atelier").c_str())) sh.sync_choose(true);
    } else {
        const bool empty = shown.orders.empty() && shown.clients.empty();
        ImGui::TextUnformatted(tr(empty ? Msg::syncv_take_question : Msg::syncv_replace_question));
        mark_last_item("First sync: replace question");
        if (ImGui::Button(ui_label(Msg::syncv_replace, "Replace with the server's atelier").c_str())) sh.sync_choose(true);
    }
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::set_cancel, "Cancel##first sync").c_str())) sh.sync_choose(false);
    ImGui::PopTextWrapPos();
}

// The calendar subscription: a secret address a phone's or a laptop's calendar subscribes to
// (the agenda's fittings and deadlines, kept up to date by the owner's and managers' devices).
void calendar_subscription(Shell& sh) {
    const CalendarFeed& f = sh.calendar_feed();
    section(tr(Msg::syncv_calendar));
    if (sh.role() == Role::staff) {
        ImGui::TextDisabled("%s", tr(Msg::syncv_calendar_staff));
        return;
    }
    if (!f.known()) {
        ImGui::TextDisabled("%s", !f.problem_said() ? tr(Msg::syncv_asking)
                                                    : tr(Msg::syncv_did_not_say, {{"problem", said_text(*f.problem_said())}}).c_str());
        return;
    }
    const bool owner = sh.role() == Role::owner;
    if (f.link().empty()) {
        ImGui::TextWrapped("%s", tr(Msg::syncv_calendar_intro));
    } else {
        ImGui::TextWrapped("%s", tr(Msg::syncv_calendar_subscribe));
        ImGui::TextUnformatted(f.link().c_str());
        mark_last_item("Calendar link");
        if (ImGui::Button(ui_label(Msg::syncv_copy_calendar, "Copy calendar link").c_str())) {
            ImGui::SetClipboardText(f.link().c_str());
            sh.notify(tr(Msg::syncv_calendar_copied));
        }
        mark_last_item("Copy calendar link");
        ImGui::SameLine();
        // When the feed was last sent: the locale's date and time (as received when it is not one).
        const std::optional<DateTime> sent = parse_datetime(f.uploaded().substr(0, 16));
        const std::string when = sent ? ui_datetime(*sent) : f.uploaded().substr(0, 16);
        ImGui::TextDisabled("%s", f.uploaded().empty() ? tr(Msg::syncv_not_sent) : tr(Msg::syncv_sent, {{"when", when}}).c_str());
    }
    if (owner) {  // a press while a request is out waits for it (ask_link keeps the last press)
        if (ImGui::Button(f.link().empty() ? ui_label(Msg::syncv_make_calendar, "Make calendar link").c_str()
                                           : ui_label(Msg::syncv_new_calendar, "New calendar link").c_str()))
            sh.calendar_link(true);
        mark_last_item("Make calendar link");
        if (!f.link().empty()) {
            ImGui::SameLine();
            if (ImGui::Button(ui_label(Msg::syncv_stop_calendar, "Stop calendar link").c_str())) sh.calendar_link(false);
            mark_last_item("Stop calendar link");
        }
    } else if (f.link().empty()) {
        ImGui::TextDisabled("%s", tr(Msg::syncv_owner_makes));
    }
    if (f.problem_said())
        ImGui::TextColored(colours().overdue, "%s", tr(Msg::syncv_calendar_problem, {{"problem", said_text(*f.problem_said())}}).c_str());
}

}  // namespace

void draw_sync_section(const Atelier& a, SyncUi& u, Shell& sh) {
    const SyncClient& c = sh.sync();
    section(tr(Msg::syncv_title));
    ImGui::PushID("sync");
    ImGui::PushTextWrapPos(0);
    if (!u.filled) {
        const SyncSettings* s = c.enabled() ? &c.settings() : sh.sync_invite();
        if (s) u.server = s->server, u.token = s->token, u.device_name = s->device_name;
        u.filled = true;
    }
    if (!c.enabled()) {
        ImGui::TextDisabled("%s", tr(Msg::syncv_intro));
        ImGui::SetNextItemWidth(em(320));
        ImGui::InputTextWithHint(ui_label(Msg::syncv_server_address, "Server address").c_str(), tr(Msg::syncv_server_hint), &u.server);
        mark_last_item("Sync server address");
        ImGui::SetNextItemWidth(em(320));
        ImGui::InputText(ui_label(Msg::syncv_token, "Invitation token").c_str(), &u.token, ImGuiInputTextFlags_Password);
        mark_last_item("Sync token");
        ImGui::SetNextItemWidth(em(320));
        ImGui::InputTextWithHint(ui_label(Msg::syncv_device_name, "Device name").c_str(), tr(Msg::syncv_device_hint), &u.device_name);
        mark_last_item("Sync device name");
        const bool ok = u.server.rfind("http://", 0) == 0 || u.server.rfind("https://", 0) == 0;
        ImGui::BeginDisabled(!ok || u.token.empty() || sh.read_only());
        if (ImGui::Button(ui_label(Msg::syncv_connect, "Connect").c_str())) sh.sync_connect(SyncSettings{u.server, u.token, u.device_name});
        ImGui::EndDisabled();
        mark_last_item("Sync connect");
        if (!u.server.empty() && !ok) ImGui::TextColored(colours().overdue, "%s", tr(Msg::syncv_http_only));
    } else {
        const std::string status = sync_status_text(c);  // English: the mark
        const std::string status_shown = sync_status_text(c, ui_locale().language);
        const SyncState st = c.state();
        const bool bad = st == SyncState::not_allowed || st == SyncState::failed || st == SyncState::unreachable || st == SyncState::needs_update;
        ImGui::TextColored(bad ? colours().overdue : st == SyncState::synced ? colours().ok : colours().muted, "%s", status_shown.c_str());
        mark_last_item("Sync state: " + status);
        if (c.last_synced() >= 0) {
            ImGui::SameLine();
            const auto ago = static_cast<int64_t>(std::floor(sh.seconds() - c.last_synced()));
            ImGui::TextDisabled("%s", tr(Msg::syncv_last_synced, {{"seconds", ui_integer(ago)}}).c_str());
        }
        if (c.problem_said() && st != SyncState::synced && st != SyncState::pending) {
            ImGui::TextColored(colours().overdue, "%s", said_text(*c.problem_said()).c_str());
            mark_last_item("Sync problem: " + c.problem());  // the locator's name stays English
        }
        if (st == SyncState::needs_update)
            ImGui::TextUnformatted(tr(Msg::syncv_needs_update, {{"version", c.newer_version()}}).c_str());
        ImGui::TextUnformatted((c.person().empty() ? tr(Msg::syncv_server, {{"server", c.settings().server}})
                                                   : tr(Msg::syncv_server_as, {{"server", c.settings().server}, {"person", c.person()}}))
                                   .c_str());
        if (!c.settings().device_name.empty())
            ImGui::TextUnformatted(tr(Msg::syncv_this_device, {{"name", c.settings().device_name}}).c_str());
        if (!c.disagree().empty()) {
            std::string at;
            for (int64_t p : c.disagree()) at += (at.empty() ? "" : ", ") + std::to_string(p);
            ImGui::TextColored(colours().overdue, "%s", tr(Msg::syncv_disagree, {{"positions", at}}).c_str());
            mark_last_item("Sync disagreement");
        }
        if (c.first_sync() != FirstSync::none) question(c, a, sh);
        const std::string link = c.settings().server + "/?sync=" + url_encode(c.settings().server) + "&token=" + url_encode(c.settings().token);
        if (ImGui::Button(ui_label(Msg::syncv_copy_invitation, "Copy invitation link").c_str())) {
            ImGui::SetClipboardText(link.c_str());
            sh.notify(c.person().empty() ? std::string(tr(Msg::syncv_invitation_copied_anyone))
                                         : tr(Msg::syncv_invitation_copied, {{"person", c.person()}}));
        }
        mark_last_item("Copy invitation link");
        ImGui::SameLine();
        bool shown_now = false;
        if (ImGui::Button(u.show_qr ? ui_label(Msg::syncv_hide_qr, "Hide QR code").c_str()
                                    : ui_label(Msg::syncv_show_qr, "Show QR code").c_str()))
            u.show_qr = !u.show_qr, shown_now = u.show_qr;
        mark_last_item("Invitation QR code button");
        ImGui::SameLine();
        if (ImGui::Button(ui_label(Msg::syncv_disconnect, "Disconnect").c_str())) sh.sync_disconnect();
        mark_last_item("Sync disconnect");
        calendar_subscription(sh);
        if (u.show_qr) {
            if (u.qr_text != link) u.qr = qr_modules(link), u.qr_text = link;
            ImGui::TextUnformatted(c.person().empty() ? std::string(tr(Msg::syncv_scan_anyone)).c_str()
                                                      : tr(Msg::syncv_scan, {{"person", c.person()}}).c_str());
            draw_qr(u.qr, std::floor(em(5)));
            mark_last_item("Invitation QR code");
            if (shown_now) ImGui::SetScrollHereY(1.0f);  // the whole code in view, for the camera
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::PopID();
}

}  // namespace atelier::ui

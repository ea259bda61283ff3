// Settings → Sync (issue 14): the studio's server address, an invitation token and this device's
// name; then the state, who this device syncs as, the first sync's question, the invitation link
// for another device, and Disconnect. The state machine is the core's (core/sync/client.hpp).
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <cctype>
#include <cmath>

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
        ImGui::TextUnformatted("The server holds no atelier yet. Upload this device's atelier? It becomes the one every "
                               "device of the studio shares.");
        mark_last_item("First sync: upload question");
        if (ImGui::Button("Upload this atelier")) sh.sync_choose(true);
    } else {
        const bool empty = shown.orders.empty() && shown.clients.empty();
        ImGui::TextUnformatted(empty ? "The server holds the studio's atelier. Take it on this device?"
                                     : "The server holds the studio's atelier. Replace this device's atelier with it? A backup "
                                       "of this device's atelier is downloaded first; its orders are not merged.");
        mark_last_item("First sync: replace question");
        if (ImGui::Button("Replace with the server's atelier")) sh.sync_choose(true);
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel##first sync")) sh.sync_choose(false);
    ImGui::PopTextWrapPos();
}

// The calendar subscription: a secret address a phone's or a laptop's calendar subscribes to
// (the agenda's fittings and deadlines, kept up to date by the owner's and managers' devices).
void calendar_subscription(Shell& sh) {
    const CalendarFeed& f = sh.calendar_feed();
    section("Calendar subscription");
    if (sh.role() == Role::staff) {
        ImGui::TextDisabled("An owner or a manager shares the studio's calendar.");
        return;
    }
    if (!f.known()) {
        ImGui::TextDisabled("%s", f.problem().empty() ? "Asking the server…" : ("The server did not say: " + f.problem()).c_str());
        return;
    }
    const bool owner = sh.role() == Role::owner;
    if (f.link().empty()) {
        ImGui::TextWrapped("Fittings and deadlines in any calendar app (iPhone, Android, Google, Outlook), kept up to date: "
                           "make a private link and subscribe to it there.");
    } else {
        ImGui::TextWrapped("Subscribe to this address in a calendar app (Add calendar → From URL). Anyone who has it sees the "
                           "fittings and client names: New link stops the old one.");
        ImGui::TextUnformatted(f.link().c_str());
        mark_last_item("Calendar link");
        if (ImGui::Button("Copy calendar link")) {
            ImGui::SetClipboardText(f.link().c_str());
            sh.notify("Calendar link copied");
        }
        mark_last_item("Copy calendar link");
        ImGui::SameLine();
        ImGui::TextDisabled("%s", f.uploaded().empty() ? "not sent yet" : ("sent " + f.uploaded().substr(0, 16)).c_str());
    }
    if (owner) {  // a press while a request is out waits for it (ask_link keeps the last press)
        if (ImGui::Button(f.link().empty() ? "Make calendar link" : "New calendar link")) sh.calendar_link(true);
        mark_last_item("Make calendar link");
        if (!f.link().empty()) {
            ImGui::SameLine();
            if (ImGui::Button("Stop calendar link")) sh.calendar_link(false);
            mark_last_item("Stop calendar link");
        }
    } else if (f.link().empty()) {
        ImGui::TextDisabled("The owner makes the link.");
    }
    if (!f.problem().empty()) ImGui::TextColored(colours().overdue, "Calendar: %s", f.problem().c_str());
}

}  // namespace

void draw_sync_section(const Atelier& a, SyncUi& u, Shell& sh) {
    const SyncClient& c = sh.sync();
    section("Sync");
    ImGui::PushID("sync");
    ImGui::PushTextWrapPos(0);
    if (!u.filled) {
        const SyncSettings* s = c.enabled() ? &c.settings() : sh.sync_invite();
        if (s) u.server = s->server, u.token = s->token, u.device_name = s->device_name;
        u.filled = true;
    }
    if (!c.enabled()) {
        ImGui::TextDisabled("Share this atelier with the studio's other devices through its sync server (serve.py on a "
                            "laptop or a hosted server). Each device keeps working offline.");
        ImGui::SetNextItemWidth(em(320));
        ImGui::InputTextWithHint("Server address", "http://192.168.1.20:8080", &u.server);
        mark_last_item("Sync server address");
        ImGui::SetNextItemWidth(em(320));
        ImGui::InputText("Invitation token", &u.token, ImGuiInputTextFlags_Password);
        mark_last_item("Sync token");
        ImGui::SetNextItemWidth(em(320));
        ImGui::InputTextWithHint("Device name", "Front desk tablet", &u.device_name);
        mark_last_item("Sync device name");
        const bool ok = u.server.rfind("http://", 0) == 0 || u.server.rfind("https://", 0) == 0;
        ImGui::BeginDisabled(!ok || u.token.empty() || sh.read_only());
        if (ImGui::Button("Connect")) sh.sync_connect(SyncSettings{u.server, u.token, u.device_name});
        ImGui::EndDisabled();
        mark_last_item("Sync connect");
        if (!u.server.empty() && !ok) ImGui::TextColored(colours().overdue, "The address starts with http:// or https://");
    } else {
        const std::string status = sync_status_text(c);
        const SyncState st = c.state();
        const bool bad = st == SyncState::not_allowed || st == SyncState::failed || st == SyncState::unreachable || st == SyncState::needs_update;
        ImGui::TextColored(bad ? colours().overdue : st == SyncState::synced ? colours().ok : colours().muted, "%s", status.c_str());
        mark_last_item("Sync state: " + status);
        if (c.last_synced() >= 0) {
            ImGui::SameLine();
            ImGui::TextDisabled("last synced %.0f s ago", std::floor(sh.seconds() - c.last_synced()));
        }
        if (!c.problem().empty() && st != SyncState::synced && st != SyncState::pending) {
            ImGui::TextColored(colours().overdue, "%s", c.problem().c_str());
            mark_last_item("Sync problem: " + c.problem());
        }
        if (st == SyncState::needs_update)
            ImGui::TextUnformatted(("Another device runs Atelier " + c.newer_version() +
                                    ". Reload the page to update this app; this device's changes wait here meanwhile.")
                                       .c_str());
        ImGui::Text("Server %s%s%s", c.settings().server.c_str(), c.person().empty() ? "" : ", as ", c.person().c_str());
        if (!c.settings().device_name.empty()) ImGui::Text("This device: %s", c.settings().device_name.c_str());
        if (!c.disagree().empty()) {
            std::string at;
            for (int64_t p : c.disagree()) at += (at.empty() ? "" : ", ") + std::to_string(p);
            ImGui::TextColored(colours().overdue, "Devices disagree at log position %s: report this (Download raw files).", at.c_str());
            mark_last_item("Sync disagreement");
        }
        if (c.first_sync() != FirstSync::none) question(c, a, sh);
        const std::string link = c.settings().server + "/?sync=" + url_encode(c.settings().server) + "&token=" + url_encode(c.settings().token);
        if (ImGui::Button("Copy invitation link")) {
            ImGui::SetClipboardText(link.c_str());
            sh.notify("Invitation link copied: open it on the tablet (it signs in as " + (c.person().empty() ? std::string("this person") : c.person()) + ")");
        }
        mark_last_item("Copy invitation link");
        ImGui::SameLine();
        bool shown_now = false;
        if (ImGui::Button(u.show_qr ? "Hide QR code" : "Show QR code")) u.show_qr = !u.show_qr, shown_now = u.show_qr;
        mark_last_item("Invitation QR code button");
        ImGui::SameLine();
        if (ImGui::Button("Disconnect")) sh.sync_disconnect();
        mark_last_item("Sync disconnect");
        calendar_subscription(sh);
        if (u.show_qr) {
            if (u.qr_text != link) u.qr = qr_modules(link), u.qr_text = link;
            ImGui::TextUnformatted(("Scan it with the tablet's camera: Atelier opens there and syncs as " +
                                    (c.person().empty() ? std::string("this person") : c.person()) +
                                    ". Anyone who scans it can, so show it only in the studio.")
                                       .c_str());
            draw_qr(u.qr, std::floor(em(5)));
            mark_last_item("Invitation QR code");
            if (shown_now) ImGui::SetScrollHereY(1.0f);  // the whole code in view, for the camera
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::PopID();
}

}  // namespace atelier::ui

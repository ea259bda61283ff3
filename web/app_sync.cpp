// App's side of sync (issue 14, app.hpp [SECTION] Sync): connects the core's SyncClient to the
// store, the storage and the views. What to ask and what a reply means is the core's.
#include "core/version.hpp"
#include "web/app.hpp"
#include "web/ui/i18n.hpp"

namespace atelier {

void App::sync_save() {
    nlohmann::json m = sync.meta();
    if (on_sync_settings)
        on_sync_settings(sync.enabled() ? nlohmann::json{{"server", sync.settings().server}, {"token", sync.settings().token},
                                                         {"device_name", sync.settings().device_name}}
                                        : nlohmann::json::object());
    m.erase("token");
    if (on_sync_meta) on_sync_meta(m);
}

void App::sync_connect(SyncSettings s) {
    sync.connect(std::move(s), device);
    sync_invite.reset();
    sync_save();
    notify(ui::tr(Msg::app_sync_connecting, {{"server", sync.settings().server}}));
}

void App::sync_disconnect() {
    if (!sync.enabled()) return;
    const size_t pending = sync.pending();
    sync.disconnect();
    sync_save();
    notify(pending ? ui::trn(Msg::app_sync_off_unsent, static_cast<int64_t>(pending))
                   : ui::tr(Msg::app_sync_off));
}

void App::sync_choose(bool go) { sync_apply(sync.choose(go, store.state())); }

void App::sync_apply(SyncEffect e) {
    if (e.backup_first && on_backup) on_backup();
    if (e.replace) {
        open(std::move(*e.replace));
        notify(ui::tr(e.backup_first ? Msg::app_sync_took_studio_backed_up : Msg::app_sync_took_studio));
    } else if (e.state_changed && on_open) {
        // Rebased or folded: the store holds a state its journal does not replay to; stored whole.
        on_open(store.state());
    }
    // An order or client open under its provisional number stays open under its real one.
    if (auto it = e.renumbered.find(order); it != e.renumbered.end()) order = it->second;
    if (auto it = e.renumbered.find(client); it != e.renumbered.end()) client = it->second;
    if (!e.renumbered.empty())
        notify(ui::trn(Msg::app_sync_renumbered, static_cast<int64_t>(e.renumbered.size())));
    if (!sync.person().empty()) who = sync.person();
    if (e.notice) notify(ui::said_text(*e.notice));
    if (e.save_meta || e.replace || e.state_changed) sync_save();
}

void App::sync_frame(bool online, bool woke) {
    if (loading || read_only() || !sync.enabled()) return;
    sync.set_online(online);
    if (woke) sync.wake();
    sync.set_wall_clock(now, utc_offset);
    sync.tick(seconds, !storage.unsaved(), store.state());
    for (const auto& r : sync.take_requests())
        if (on_sync_send) on_sync_send(r, sync.settings().token);
    for (const auto& r : calendar_feed.tick(seconds, sync.settings().server, role(), store.state(), now))
        if (on_sync_send) on_sync_send(r, sync.settings().token);
}

void App::sync_reply(uint64_t id, int status, const std::string& body) {
    if (read_only()) return;
    if (calendar_feed.owns(id)) return calendar_feed.on_reply(id, status, body);
    sync_apply(sync.on_reply(id, status, body, store, kVersion));
}

void App::sync_restore(const nlohmann::json& settings, const nlohmann::json& meta) {
    if (!settings.is_object() || !settings.contains("server") || !settings["server"].is_string()) return;
    nlohmann::json m = meta.is_object() && meta.value("server", "") == settings["server"] ? meta : nlohmann::json::object();
    m["server"] = settings["server"];
    m["token"] = settings.value("token", "");
    m["device_name"] = settings.value("device_name", "");
    sync.restore(m, store.state(), device);
    if (!sync.person().empty()) who = sync.person();
}

}  // namespace atelier

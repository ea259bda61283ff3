#pragma once
// A SyncClient's requests answered by the in-process server, as serve.py would over HTTP: what the
// sync client tests (and a device of them) share.
#include <map>

#include "core/sync/client.hpp"
#include "core/sync/log_server.hpp"
#include "core/version.hpp"
#include "tests/core/fixture.hpp"

namespace atelier::test {

inline ServerReply route(LogServer& s, const std::string& server, const SyncRequest& r, const std::string& person,
                         const std::string& role = "owner") {
    std::string path = r.url.substr(server.size()), query;
    if (auto q = path.find('?'); q != std::string::npos) query = path.substr(q + 1), path = path.substr(0, q);
    std::map<std::string, std::string> params;
    for (size_t at = 0; at < query.size();) {
        size_t amp = query.find('&', at);
        if (amp == std::string::npos) amp = query.size();
        const std::string kv = query.substr(at, amp - at);
        const size_t eq = kv.find('=');
        params[kv.substr(0, eq)] = eq == std::string::npos ? "" : kv.substr(eq + 1);
        at = amp + 1;
    }
    const nlohmann::json body = r.body.empty() ? nlohmann::json() : nlohmann::json::parse(r.body);
    const std::string now = "2026-03-02T10:00", received = "2026-03-02T10:00:00.000Z";
    if (r.method == "GET" && path == "/api/v1/atelier") return s.atelier(person, role);
    if (r.method == "POST" && path == "/api/v1/push") return s.push(body, person, received, role);
    if (r.method == "GET" && path == "/api/v1/pull") return s.pull(std::stoll(params["after"]));
    if (r.method == "POST" && path == "/api/v1/numbers") return s.numbers(body, person, now, received);
    if (r.method == "GET" && path == "/api/v1/snapshot") return s.snapshot_get();
    if (r.method == "PUT" && path == "/api/v1/snapshot") return s.snapshot_put(std::stoll(params["pos"]), body);
    if (r.method == "POST" && path == "/api/v1/hash") return s.hash(body);
    if (r.method == "POST" && path == "/api/v1/mail") return s.mail_post(body);
    return {404, {{"error", "no route " + path}}};
}

// One device of the tests: its store, its SyncClient, a clock.
struct SyncDevice {
    std::string id, who;
    Store store;
    SyncClient sync;
    double now = 0;
    int backups = 0;
    bool online = true;  // false: every request goes unanswered (status 0)
    std::optional<std::pair<int, std::string>> answer;  // when set: every request gets this status and body

    SyncDevice(std::string d, std::string w, const Atelier& start) : id(std::move(d)), who(std::move(w)) { store.reset(start); }

    Result run(const char* json) {
        Context ctx{who, at("2026-03-02T10:00"), id, 0};
        ctx.synced = sync.enabled();
        Result r = store.dispatch(parse_command(json), ctx);
        if (r.ok) sync.recorded(std::get<JournalAppend>(r.effects.front()).entry);
        return r;
    }
    // Connects with `st` and offers this device's atelier to an empty server (the first sync's upload).
    void upload(LogServer& s, const SyncSettings& st) {
        sync.connect(st, id);
        pump(s, 2);
        sync.choose(true, store.state());
        pump(s);
    }
    // Connects with `st` and takes the server's atelier.
    void join(LogServer& s, const SyncSettings& st) {
        sync.connect(st, id);
        pump(s);
    }
    // Ticks and answers requests until none is left (a few rounds: pulls return at once here).
    void pump(LogServer& s, int rounds = 6) {
        for (int i = 0; i < rounds; ++i) {
            now += 1;
            sync.tick(now, true, store.state());
            auto requests = sync.take_requests();
            if (requests.empty()) continue;
            for (const auto& r : requests) {
                int status = 0;
                std::string body;
                if (answer) status = answer->first, body = answer->second;
                else if (online) {
                    const ServerReply reply = route(s, sync.settings().server, r, who);
                    status = reply.status;
                    body = reply.body.dump();
                }
                SyncEffect e = sync.on_reply(r.id, status, body, store, kVersion);
                if (e.backup_first) ++backups;
                if (e.replace) store.reset(std::move(*e.replace));
            }
        }
    }
};

}  // namespace atelier::test

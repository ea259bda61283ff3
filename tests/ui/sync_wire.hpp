#pragma once
// The app's sync requests answered by the in-process server (core/sync/log_server.hpp), for the
// view tests that sync: Settings → Sync, Not applied, email sent by the server.
#include <deque>

#include "tests/core/sync_transport.hpp"
#include "tests/ui/headless.hpp"

namespace atelier::test {

// The app's requests answered by an in-process server, a few frames' worth.
struct Wire {
    LogServer server;
    std::string role = "owner";  // the token's, as the server says it
    std::deque<SyncRequest> queue;
    // The demo atelier open in `h`, its requests answered here.
    explicit Wire(Headless& h) {
        h.app.on_sync_send = [this](const SyncRequest& r, const std::string&) { queue.push_back(r); };
        test::open_demo(h.app);
        h.frame();
    }
    void pump(Headless& h, int rounds = 6) {
        for (int i = 0; i < rounds; ++i) {
            h.app.seconds += 1;
            h.app.sync_frame(true, false);
            while (!queue.empty()) {
                const SyncRequest r = queue.front();
                queue.pop_front();
                const ServerReply reply = test::route(server, "http://studio:8080", r, "ana", role);
                h.app.sync_reply(r.id, reply.status, reply.body.dump());
            }
            h.frame();
        }
    }
    // Settings → Sync filled in and the first sync's upload chosen, as the first test does by clicks.
    void connect_and_upload(Headless& h) {
        h.app.sync_connect(SyncSettings{"http://studio:8080", "tok", ""});
        pump(h, 3);
        h.app.sync_choose(true);
        pump(h);
        REQUIRE(h.app.sync.state() == SyncState::synced);
    }
};

}  // namespace atelier::test

#pragma once
// Sync's platform side in the browser (issue 14): carries the core's requests with fetch
// (assets/sync.js), hands back the replies, reads online/visible, and keeps what sync saves:
// settings (server, token, device name) in localStorage, the replica's meta as sync.json beside
// the atelier's files (flushed to IndexedDB with the journal entry it goes with).
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/sync/client.hpp"

namespace atelier::platform {

void sync_send(const SyncRequest& r, const std::string& token);
struct SyncReply {
    uint64_t id = 0;
    int status = 0;
    std::string body;
};
std::vector<SyncReply> sync_take_replies();
bool sync_online();
bool sync_take_woke();  // the page became visible or came online since the last call

// Settings: {"server", "token", "device_name"}; empty object when none.
nlohmann::json sync_load_settings();
void sync_save_settings(const nlohmann::json& s);  // {} removes
// A link's invitation ({"server", "token"}), once.
std::optional<nlohmann::json> sync_take_invitation();

}  // namespace atelier::platform

#pragma once
// [SECTION] The sync server's semantics in process (issue 14): one atelier's ordered log, its
// checkpoints and state-hash reports, as serve.py keeps them (docs/sync-api.md) — for the native
// sync simulation (core/sync/sim.hpp), which cannot run a Python server for 10,000 seeds. The
// shared contract suite (tests/sync_contract/contract.json) runs against both, so they agree.
// Shape checks give serve.py's messages; HTTP, tokens and rate limits are serve.py's alone.
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace atelier {

struct ServerReply {
    int status = 200;
    nlohmann::json body;  // the reply, or {"error": "..."}
};

class LogServer {
public:
    // What GET /api/v1/atelier says the atelier is: {"id", "name", "code"}.
    explicit LogServer(nlohmann::json atelier = {{"id", 1}, {"name", "Atelier"}, {"code", "ATL"}}) : atelier_(std::move(atelier)) {}
    static constexpr size_t kMaxEntries = 1000, kMaxEntryBytes = 8 * 1024 * 1024, kMaxPullBytes = 8 * 1024 * 1024;
    static constexpr int kNumbersDefault = 20, kNumbersMax = 1000;

    // `person` is who the requests come from (the server stamps entries with it); `now` is the
    // server's clock as "YYYY-MM-DDTHH:MM" (its numbers.reserve entries' `at`), `received` beside it.
    // `role` is the token's (owner, manager, staff): the app works by it while synced.
    ServerReply atelier(const std::string& person, const std::string& role = "owner") const;
    // An entry `role` may not write (core/rules/roles.hpp) is kept as its entry.refused record, as serve.py does.
    ServerReply push(const nlohmann::json& body, const std::string& person, const std::string& received,
                     const std::string& role = "owner");
    ServerReply pull(int64_t after) const;
    ServerReply numbers(const nlohmann::json& body, const std::string& person, const std::string& now, const std::string& received);
    ServerReply snapshot_get() const;
    ServerReply snapshot_put(int64_t pos, const nlohmann::json& body);
    ServerReply hash(const nlohmann::json& body);

    // Email (docs/email.md) as serve.py keeps it, without the SMTP: `mail` is whether the atelier
    // sends email; POST /api/v1/mail keeps each message once by id (a retry puts a refused one
    // back); deliver() writes the server's order.message_delivery entry, as its sender does once the
    // mail server answered.
    bool mail = false;
    ServerReply mail_post(const nlohmann::json& body);
    const std::vector<nlohmann::json>& mail_queue() const { return mail_queue_; }
    std::vector<std::string> mail_retried() const { return mail_retried_; }
    const std::vector<std::string>& mail_withdrawn() const { return mail_withdrawn_; }  // {"withdraw": [...]}, once each
    void deliver(const nlohmann::json& message, const std::string& result, const std::string& reply, int attempts,
                 const std::string& now, const std::string& received);

    int64_t head() const { return static_cast<int64_t>(log_.size()); }
    const std::vector<nlohmann::json>& log() const { return log_; }  // without `pos` (index + 1)

private:
    struct Checkpoint {
        std::string hash;
        nlohmann::json snapshot;
    };
    nlohmann::json atelier_;
    std::vector<nlohmann::json> log_;
    std::map<std::pair<std::string, int64_t>, int64_t> positions_;  // (device, seq) -> pos
    int64_t server_seq_ = 0;
    std::map<int64_t, Checkpoint> checkpoints_;                       // the newest three
    std::map<int64_t, std::map<std::string, std::string>> hashes_;    // pos -> device -> hash
    std::vector<nlohmann::json> mail_queue_;                           // every message handed, once
    std::vector<std::string> mail_retried_;
    std::vector<std::string> mail_withdrawn_;
};

}  // namespace atelier

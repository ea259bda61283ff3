#pragma once
// [SECTION] The app's sync, as a pure state machine (issue 14): what to ask the server next and
// what its replies mean. The shell only carries requests over HTTP (web/platform/sync.cpp, fetch)
// and hands the replies back; the UI shows status() and asks the first-sync question.
// - connect: who am I (GET /atelier), is there a checkpoint (GET /snapshot). An empty server is
//   offered this device's atelier (upload, pos 0); a server with an atelier replaces this device's
//   (after a backup download) — silently when this device holds nothing yet.
// - Then: push the pending entries once they are saved locally (never an entry a crash could
//   take back), long-poll the log and fold it (Replica), ask for a block of numbers when few are
//   left, report state hashes, upload a checkpoint now and then. No answer: offline or server
//   unreachable, retried with backoff; 401: not allowed (token revoked); an entry of a newer app:
//   update needed, pending work kept.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/i18n/language.hpp"
#include "core/said.hpp"
#include "core/sync/replica.hpp"

namespace atelier {

struct SyncSettings {
    std::string server;       // "https://studio.local:8443" (no trailing slash)
    std::string token;        // the invitation's token
    std::string device_name;  // shown beside the status ("Front desk tablet")
    bool operator==(const SyncSettings&) const = default;
};

struct SyncRequest {
    uint64_t id = 0;
    std::string method;       // GET, POST, PUT
    std::string url;          // server + path and query
    std::string body;         // JSON text, "" for none
    double timeout_s = 20;
    std::string content_type = "application/json";  // of the body (the calendar feed's is text/calendar)
};

enum class SyncState : uint8_t { off, connecting, choosing, synced, pending, offline, unreachable, not_allowed, needs_update, failed };
// "Synced", "3 pending", "Offline", "Server unreachable", "Not allowed", ... : the top bar's words.
std::string sync_state_name(SyncState s, Language l = Language::en);

// The top bar's words for `c`: "Synced", "3 pending", "Offline · 3 pending", "Server unreachable", ...
class SyncClient;
std::string sync_status_text(const SyncClient& c, Language l = Language::en);

// What the first sync asks: upload this device's atelier (the server has none), or replace it with
// the server's (the server has one; a backup of this one is downloaded first).
enum class FirstSync : uint8_t { none, upload, replace };

// What a reply asks the app to do.
struct SyncEffect {
    bool state_changed = false;        // the store was changed (rebase or folded entries): save it whole
    std::optional<Atelier> replace;    // open this atelier in place of the device's (after backup_first)
    bool backup_first = false;         // download a backup of the device's atelier before replacing it
    std::optional<Said> notice;        // a toast, in the device's language
    bool save_meta = false;            // write meta() beside the atelier
    Renumbering renumbered;            // provisional numbers that became real ones: the views follow
};

class SyncClient {
public:
    // Starts syncing with `s` as device `device` (its id). Asks who the token is first.
    void connect(SyncSettings s, std::string device);
    void disconnect();
    bool enabled() const { return enabled_; }
    const SyncSettings& settings() const { return settings_; }
    const Replica& replica() const { return replica_; }
    const std::string& person() const { return person_; }
    // The token's role as the server says it (core/rules/roles.hpp): what the server accepts
    // from this device. nullopt before the server said (or from a server without roles).
    std::optional<Role> role() const;
    const std::string& atelier_name() const { return atelier_name_; }

    // The first sync's question, and the user's answer (false: disconnect instead).
    FirstSync first_sync() const { return first_; }
    SyncEffect choose(bool go, const Atelier& shown);

    // The app's events. recorded: an entry of this device's was journaled (while enabled).
    void recorded(const nlohmann::json& entry);
    void set_online(bool online);
    void wake();  // the page became visible: pull now
    // Each frame: `now` in seconds (monotonic), `saved` when every journaled entry is durable.
    void tick(double now, bool saved, const Atelier& shown);
    std::vector<SyncRequest> take_requests() { return std::exchange(out_, {}); }
    // A reply: `status` 0 when none came (network down, server unreachable, timeout).
    SyncEffect on_reply(uint64_t id, int status, const std::string& body, Store& shown, const std::string& app_version);

    SyncState state() const;
    size_t pending() const { return replica_.pending().size(); }
    // Of which held back until a block renumbers their provisional numbers.
    size_t waiting_for_numbers() const { return replica_.waiting_for_numbers(); }
    double last_synced() const { return last_synced_; }  // `now` of the last pull that reached the head; -1 never
    // Why failed / not allowed / unreachable: the English (the CLI, tests), and the same sentence
    // for a view to word in its language.
    const std::string& problem() const { return problem_; }
    const std::optional<Said>& problem_said() const { return problem_said_; }
    const std::string& newer_version() const { return newer_version_; }
    const std::vector<int64_t>& disagree() const { return disagree_; }  // log positions where devices' hashes differ
    // The server sends email for this atelier ("mail" in its who reply: docs/email.md): this device
    // hands it the waiting email messages of the confirmed state, once each per session.
    bool server_mail() const { return enabled_ && mail_; }
    // Ask the server to try a refused email message again (an owner's or manager's Retry).
    void retry_mail(const std::string& id);
    // The device's wall clock and its offset from UTC now, in minutes (the shell's, each frame):
    // a reminder written ahead goes to the server with its time in UTC — by the atelier's time
    // zone when it has one, else by this offset — and withdrawals are told for a day back.
    void set_wall_clock(DateTime local_now, int utc_offset_minutes);

    // Saved beside the atelier (sync.json): settings, person, the replica's meta. The token is kept
    // on the device like any app data (revoke it on the server if the device is lost).
    nlohmann::json meta() const;
    // After a restart, with the atelier the device saved.
    void restore(const nlohmann::json& meta, const Atelier& shown, const std::string& device);

private:
    enum class Step : uint8_t { idle, who, checkpoint, uploading, running };
    struct InFlight {
        uint64_t id = 0;
        std::string kind;  // who, checkpoint, upload, push, pull, numbers, hash, snapshot
        int64_t pos = 0;   // upload/snapshot: the position sent
    };
    uint64_t send(std::string kind, std::string method, std::string path, std::string body, double timeout = 20, int64_t pos = 0);
    bool busy(const std::string& kind) const;
    void failed_request(int status, const std::string& body, double retry_after);
    void set_problem(Said s);
    SyncEffect start_running(Atelier at, int64_t pos);
    std::vector<HashReport> replica_take_hashes();

    bool enabled_ = false, online_ = true;
    SyncSettings settings_;
    std::string device_, person_, atelier_name_, role_;
    Step step_ = Step::idle;
    FirstSync first_ = FirstSync::none;
    Replica replica_;
    std::optional<nlohmann::json> server_checkpoint_;  // GET /snapshot's reply, while asking
    int64_t head_ = 0, checkpoint_pos_ = -1;
    std::vector<SyncRequest> out_;
    std::vector<InFlight> flying_;
    uint64_t next_id_ = 1;
    double now_ = 0, retry_at_ = 0, backoff_ = 0, last_synced_ = -1, last_who_ = -1;
    int last_status_ = 200;
    bool denied_ = false, fatal_ = false, resume_ = false, pull_now_ = true;
    int64_t numbers_pos_ = 0;                 // the last block asked for is folded once pulled reaches it
    std::optional<Atelier> uploading_;        // the atelier sent as the first checkpoint, until answered
    std::string problem_, newer_version_;
    std::optional<Said> problem_said_;        // problem_ as a sentence: set_problem sets both
    std::vector<int64_t> disagree_;
    // Email (docs/email.md): whether the server sends it; the ids it holds already (answered
    // "queued" or "known") and those in the request in flight; the Retry asks not sent yet; the
    // log position the hand-over list was last made at (made again only when the log moved on).
    bool mail_ = false;
    std::set<std::string> mail_handed_, mail_withdrawn_;
    std::vector<std::string> mail_flying_, mail_retry_, mail_retry_flying_, mail_withdraw_flying_;
    DateTime wall_now_{};
    int wall_offset_ = 0;
    int64_t mail_checked_at_ = -1;
    void hand_over_mail();
};

}  // namespace atelier

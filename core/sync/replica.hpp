#pragma once
// [SECTION] One device's side of sync (issue 14): the server orders, the device computes.
// - `confirmed` is the atelier as the server's log makes it up to `pulled` (a checkpoint plus the
//   log after it, folded in order: core/sync/fold.hpp). The device's own entries not yet seen in
//   the log are `pending`, in the order written. What the device shows is confirmed + pending.
// - Pushing sends the pending entries; pulling folds what the log holds after `pulled` and then
//   rebases the pending entries onto it. A pending entry the rules now refuse is kept as a Not
//   applied record (in the state shown, and once pushed, in everyone's). An entry written by a
//   newer app is not folded: the device asks to be updated and keeps its pending work.
// - Acknowledged = the confirmed state's clock holds it (applied or recorded as refused), however
//   the device learnt it (a pull, a checkpoint after a crash).
// Pure: the caller does the HTTP and the saving (web/platform/sync.cpp, core/sync/sim.cpp).
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/said.hpp"
#include "core/store.hpp"
#include "core/sync/renumber.hpp"

namespace atelier {

struct PullOutcome {
    std::optional<Said> error;  // the reply does not read, or the log does not follow on: nothing changed
    int64_t head = 0;        // where the server's log ends
    bool more = false;       // the reply stopped before the head: pull again
    size_t folded = 0;       // log entries folded (applied or refused)
    size_t refused = 0;      // of which refused: listed as Not applied
    size_t acked = 0;        // own pending entries the log now holds
    bool changed = false;    // the state shown changed
    std::string newer_version;  // folding stopped before an entry of this newer app version
    Renumbering renumbered;     // provisional numbers of pending entries given real ones (renumber.hpp)
};

struct HashReport {
    int64_t pos = 0;
    std::string hash;
};

class Replica {
public:
    // Every this many log positions each device reports its state hash there, so the server can
    // tell when they disagree (the simulation asks for more often).
    int64_t hash_every = 100;

    // Starts at log position `pos` from the state there: a checkpoint, or (restarting with nothing
    // pending) the state the device saved. Pending entries already given (restart) are kept and
    // rebased at the next pull.
    void start(std::string device, Atelier at_pos, int64_t pos);
    bool started() const { return started_; }
    // After a restart: what was saved (meta()) without the state at `pulled`. With nothing pending
    // the state the device saved is that state (start() it); else the device starts from the
    // server's checkpoint, and the pending entries are rebased onto it.
    void restore(const nlohmann::json& meta);
    // After restore(): the state the device saved beside the meta is the one at `pulled` (nothing
    // was pending and the last pull had rebased it), so start() may take it.
    bool saved_state_is_confirmed() const { return saved_in_step_; }

    const std::string& device() const { return device_; }
    int64_t pulled() const { return pulled_; }
    const Atelier& confirmed() const { return confirmed_.state(); }
    const std::vector<nlohmann::json>& pending() const { return pending_; }

    // The app's store journaled this entry of the device's (a command, undo or redo).
    void recorded(const nlohmann::json& entry);
    // {"device", "entries"}: the first pending entries, at most `max_entries` and about `max_bytes`,
    // and none from the first that names a provisional number on (those wait for a block).
    nlohmann::json push_body(size_t max_entries = 1000, size_t max_bytes = 12 * 1024 * 1024) const;
    // Folds a pull reply {"entries": [{"pos", ...entry}], "head"} and rebases `shown` (the app's store,
    // holding confirmed + pending) onto it. Undo and redo of `shown` are kept, unless provisional
    // numbers were renumbered (Store::rebase).
    PullOutcome take_pull(const nlohmann::json& reply, Store& shown, std::string_view app_version);
    // Pending entries held back until a new block renumbers their provisional numbers.
    size_t waiting_for_numbers() const { return pending_.size() - held_from_; }
    // The state hashes at hash_every positions folded since the last call, to report.
    std::vector<HashReport> take_hash_reports();

    // What the device saves beside its atelier: {"device", "pulled", "pending", "in_step"} (in_step:
    // the state shown is confirmed + pending, as after a pull; not so between a start and its pull).
    nlohmann::json meta() const;

private:
    // Drops the pending entries the confirmed state's clock holds; how many.
    size_t drop_acked();
    Renumbering rebase(Store& shown);
    // Finds the first pending entry that names a provisional number (a walk of each entry's JSON:
    // done when the pending list is rebuilt, never per frame or per push).
    void find_held();

    bool started_ = false;
    bool needs_rebase_ = false;
    bool saved_in_step_ = false;
    std::string device_;
    int64_t pulled_ = 0;
    Store confirmed_;
    std::vector<nlohmann::json> pending_;
    size_t held_from_ = 0;  // pending_[held_from_...] wait for numbers (pending_.size(): none)
    std::vector<HashReport> hashes_;
};

}  // namespace atelier

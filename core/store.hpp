#pragma once
// [SECTION] The one owner of the atelier state.
// - dispatch: plan (pure check) -> commit after-images -> record undo images -> effects.
// - A batch (cmd::Batch) is dispatched command by command against the live state, each checked
//   like a single command; a refusal rolls all of them back. One Step, one journal entry.
// - undo/redo dispatch the inverse of a step (its images hold the touched entities only: cheap at 100k orders).
#include <cstdint>
#include <vector>

#include "core/commands/plan.hpp"
#include "core/storage/journal_entry.hpp"

namespace atelier {

struct Result {
    bool ok = true;
    Problem error;  // when !ok: the command field and why; nothing changed
    std::vector<Notice> warnings;
    std::vector<Effect> effects;  // a JournalAppend first when ok, then messages and notices
};

std::ostream& operator<<(std::ostream& os, const Result& r);

class Store {
public:
    Store() = default;
    explicit Store(Atelier a);

    const Atelier& state() const { return state_; }
    // Changes whenever the state may have changed (dispatch, undo, redo, reset, replay): what
    // caches of derived data (query index, a view's rows) are keyed by. Never repeats within a Store.
    uint64_t revision() const { return revision_; }
    // `undoable` false: an entry from elsewhere (another device, a replayed journal): applied and
    // journaled like any command, but not put on this device's undo stack, which it leaves alone.
    Result dispatch(const Command& c, const Context& ctx, bool undoable = true);
    // Undo and redo dispatch the inverse of the last step as a cmd::Undo / cmd::Redo (core/commands/
    // revert.hpp): an ordinary entry, which on any device changes only what the step changed.
    Result undo(const Context& ctx);
    Result redo(const Context& ctx);
    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    // Another person works on this device now: their undo must not reach the last one's steps.
    void forget_undo() { undo_.clear(); redo_.clear(); }
    // Replaces the state (a loaded snapshot); clears undo and redo.
    void reset(Atelier a);
    // Replaces the state with the one sync computed (the server's log, then this device's pending
    // entries), keeping undo and redo: their steps name what this device changed, and an undo
    // applies over other devices' changes as it does after any arriving entry. Unless the rebase
    // renumbered provisional orders or clients (`renumbered`): the steps name the old numbers, and
    // an undo or redo would bring a provisional number back with no create to renumber it.
    void rebase(Atelier a, bool renumbered = false);
    // Hands the state over (replay is done with it; a copy of 100k orders costs a visible pause).
    // Leaves the store empty, with no undo or redo.
    Atelier release();
    // Replays an undo/redo journal line from the entities it carries, not from this store's
    // history: after a reload or a compaction the undone step may predate the state. Leaves
    // undo/redo alone. False (nothing changed) when the result would not be a valid atelier.
    // `device` and `seq` are the line's author and number ("" and 0 for a line without an author).
    bool replay_images(const Images& put, const RemovedIds& remove, const std::string& device, int64_t seq,
                       Problems& problems);

private:
    // One undo step: one command, or a whole batch (an entity's before-image from its first touch,
    // its after-image from its last).
    struct Step {
        std::string what;  // command type, for "Undo order.pay" ("batch" for a batch)
        Images before;       // absent entities are listed in `created`
        Images after;
        RemovedIds created;  // what the step created (an undo removes it)
        RemovedIds removed;  // what the step removed (an undo of a create): listed in `before`
    };
    struct Gather;  // store.cpp: builds a Step from the commands applied one by one
    // Applies `c` (a command or a batch) as one step numbered `seq`: fills `s`, journals it.
    Result run(const Command& c, const Context& ctx, int64_t seq, Step& s);
    // Undo (`redo` false) or redo of the top step of `from`, whose result goes on `to`.
    Result revert(std::vector<Step>& from, std::vector<Step>& to, bool redo, const Context& ctx);
    // Plans `c` against the state as it is, applies it and checks the result; adds its images to
    // `g` and its effects and warnings to `r`. The refusal, if any: the caller rolls back `g`.
    // `recorded` receives the command as the journal keeps it, when planning changed it (a create's number).
    std::optional<Problem> apply(const Command& c, const Context& ctx, Gather& g, Result& r, Command& recorded);
    // Puts back what the entities of the gathered step were before it (a refused command or batch),
    // each in its place.
    void roll_back(const Gather& g);
    void put(const Images& img);
    void remove(const RemovedIds& ids);
    // The invariant: after a change the state passes the loader's validation. `removed` lists what
    // the change took away; `before` is the profile the change started from. Empty when valid.
    // `counters` false leaves out the counter check (a scan of every order and client): a batch's
    // commands skip it and the batch checks the counters once, after its last command.
    Problems check_change(const Images& touched, const RemovedIds& removed, const Profile& before, bool counters = true) const;
    // The number the entry made in `ctx` gets (0: no author); a problem when it cannot be made.
    std::optional<Problem> number_entry(const Context& ctx, int64_t& seq) const;
    // The entry's author fields from `ctx` and `seq`; the clock moves on to it.
    void stamp(JournalEntry& e, const Context& ctx, int64_t seq);
    Result journal(JournalEntry line, std::string notice);

    Atelier state_;
    std::vector<Step> undo_, redo_;
    size_t undo_limit_ = 200;
    uint64_t revision_ = 0;
};

}  // namespace atelier

#pragma once
// The pure half of dispatch: check a command against the state and compute the entities it changes.
#include <optional>
#include <string>
#include <vector>

#include "core/commands/command.hpp"
#include "core/effects.hpp"
#include "core/model/kinds.hpp"
#include "core/version.hpp"

namespace atelier {

// Who is acting and when; the clock is injected so every rule is testable and replays are exact.
// `device` names the installation acting (core/model/device_clock.hpp); its entries are numbered
// from the atelier's clock, unless `seq` gives the number (an entry being replayed). An empty
// device replays a line from before entries had authors: it is applied but not numbered.
struct Context {
    std::string who = "system";
    DateTime now;
    std::string device = "local";
    int64_t seq = 0;
    std::string app_version = kVersion;  // recorded in the entry; a replay keeps the author's
    // The device syncs through a server: a create with no block of the device's to number from
    // takes a provisional number, never the atelier's counter (the server may have handed those
    // numbers to another device meanwhile). Only the choice of a new number reads it: the journal
    // records the number given, so a replay never does.
    bool synced = false;
    // What `who` may do (core/rules/roles.hpp): the app's person on this device, or the sync
    // token's. Replays keep owner: an entry was checked when it was written.
    Role role = Role::owner;
};

// A command's images of one kind, in the order first touched, found by key. A deque, so an
// entity a command is changing stays put while it touches others (a command may hold several).
template <class T> using ImageTable = EntityTable<T, std::deque<T>>;

// Entities as they are (or will be) — one undo/redo image, one table per kind (of<Order>()).
// Only what a command touches is held, so undo never copies the whole atelier.
struct Images : PerKind<ImageTable> {
    std::optional<Profile> profile;
};

// Entities by key, per kind: what a step created, or what an undo/redo removes.
struct RemovedIds : PerKind<KeysOf> {
    bool empty() const { return all_empty(); }
    bool operator==(const RemovedIds&) const = default;
    template <class V> void fields(V& v) {
        each([&](auto* kind, auto& keys) { v.opt(KindOf<std::remove_pointer_t<decltype(kind)>>::list, keys); });
    }
};

struct Plan {
    bool ok = true;
    Problem error;  // path names the command field ("/amount"), message says why
    std::vector<Notice> warnings;
    std::vector<Effect> effects;  // outbox messages and notices (the store adds the journal line)
    Images after;
    RemovedIds removed;  // an undo of a create, a redo of an undone create: entities taken out
    // The command as the journal records it, when it differs from the one given: a create with
    // the number it was given (so a replay anywhere makes the same one).
    std::optional<Command> recorded;
};

Plan plan_command(const Atelier& a, const Command& c, const Context& ctx);

}  // namespace atelier

#include "core/sync/sim.hpp"

#include <set>
#include <vector>

#include "core/demo.hpp"
#include "core/i18n/said_text.hpp"
#include "core/laws/device_edit.hpp"
#include "core/rng.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/snapshot/state_hash.hpp"
#include "core/sync/fold.hpp"
#include "core/sync/log_server.hpp"
#include "core/sync/renumber.hpp"
#include "core/sync/replica.hpp"
#include "core/version.hpp"

namespace atelier {

void SyncRunStats::add(const SyncRunStats& o) {
    entries += o.entries;
    lost_unsaved += o.lost_unsaved;
    not_applied += o.not_applied;
    conflicts += o.conflicts;
    pushes += o.pushes;
    pulls += o.pulls;
    lost_replies += o.lost_replies;
    resent += o.resent;
    crashes += o.crashes;
    restarts_from_checkpoint += o.restarts_from_checkpoint;
    checkpoints += o.checkpoints;
    blocks += o.blocks;
    undos += o.undos;
    renumbered += o.renumbered;
}

namespace {

struct SimDevice {
    std::string id;
    Replica replica;
    Store shown;
    int64_t next_seq = 1;
    // What the device last saved: its atelier, the sync meta beside it and its entry counter.
    Atelier saved_shown;
    nlohmann::json saved_meta;
    int64_t saved_seq = 1;
    std::vector<std::string> unsaved;  // entry ids written since
};

size_t conflicts_in(const Atelier& a) {
    size_t n = a.profile.conflicts.size();
    for (const auto& p : a.pipelines) n += p.conflicts.size();
    for (const auto& o : a.orders) n += o.conflicts.size();
    for (const auto& c : a.clients) n += c.conflicts.size();
    return n;
}

struct Sim {
    uint64_t seed;
    int steps;
    Rng rng;
    DateTime now;
    Atelier base;
    LogServer server;
    std::vector<SimDevice> devices;
    std::set<std::string> must_land;  // every entry a device saved
    SyncRun out;
    int step = -1;

    Sim(uint64_t s, int n) : seed(s), steps(n), rng{s * 0x9E3779B97F4A7C15ull ^ 0x73796e63ull} {}

    bool fail(std::string what) {
        if (!out.failure) out.failure = "seed " + std::to_string(seed) + ", step " + std::to_string(step) + ": " + what;
        return false;
    }

    std::string received() const { return format_datetime(now) + ":00.000Z"; }

    void save(SimDevice& d) {
        d.saved_shown = d.shown.state();
        d.saved_meta = d.replica.meta();
        d.saved_seq = d.next_seq;
        must_land.insert(d.unsaved.begin(), d.unsaved.end());
        d.unsaved.clear();
    }

    bool start() {
        DemoOptions opt;
        opt.orders = rng.between(10, 30);
        opt.seed = seed;
        now = DateTime{at_midnight(opt.today).minutes + 8 * 60};
        base = make_demo(opt);
        // The first device uploads its atelier: the checkpoint at position 0.
        const ServerReply up = server.snapshot_put(0, {{"hash", state_hash(base)}, {"snapshot", snapshot_to_json(base)}});
        if (up.status != 200) return fail("the first checkpoint was refused: " + up.body.dump());
        devices.resize(static_cast<size_t>(rng.between(2, 4)));
        for (size_t i = 0; i < devices.size(); ++i) {
            SimDevice& d = devices[i];
            d.id = "tablet-" + std::to_string(i + 1);
            d.shown.reset(base);
            d.replica.start(d.id, base, 0);
            d.replica.hash_every = 5;  // often: a device that folds differently is caught where it starts
            save(d);
            if (!ask_numbers(d)) return false;
        }
        for (auto& d : devices)
            if (!pull(d, false)) return false;
        return true;
    }

    // Small blocks, so devices run out offline and make provisional numbers (renumber.hpp).
    bool ask_numbers(SimDevice& d, bool plenty = false) {
        int orders = rng.between(0, 4);
        int clients = orders == 0 ? rng.between(1, 3) : rng.between(0, 3);
        if (plenty) orders = clients = 1000;
        const ServerReply r = server.numbers({{"device", d.id}, {"orders", orders}, {"clients", clients}}, "owner", format_datetime(now), received());
        if (r.status != 200) return fail("numbers refused: " + r.body.dump());
        ++out.stats.blocks;
        return true;
    }

    bool edit(SimDevice& d) {
        Context ctx{"user of " + d.id, now, d.id, d.next_seq};
        ctx.synced = true;
        const int roll = rng.below(100);
        Result r;
        if (roll < 8 && d.shown.can_undo()) r = d.shown.undo(ctx), ++out.stats.undos;
        else if (roll < 10 && d.shown.can_redo()) r = d.shown.redo(ctx), ++out.stats.undos;
        else r = d.shown.dispatch(laws::device_edit(rng, d.shown.state(), now), ctx);
        if (!r.ok) return true;
        const nlohmann::json& entry = std::get<JournalAppend>(r.effects.front()).entry;
        d.replica.recorded(entry);
        d.unsaved.push_back(entry_id(d.id, d.next_seq));
        ++d.next_seq;
        ++out.stats.entries;
        return true;
    }

    // As the app does: saved first, so nothing the server holds can be lost to a crash here.
    bool push(SimDevice& d, bool faults) {
        save(d);
        const nlohmann::json body = d.replica.push_body(faults ? static_cast<size_t>(rng.between(1, 40)) : 1000);
        if (body["entries"].empty()) return true;
        ++out.stats.pushes;
        const ServerReply r = server.push(body, "user of " + d.id, received());
        if (r.status != 200) return fail(d.id + "'s push was refused (" + std::to_string(r.status) + "): " + r.body.dump());
        if (faults && rng.chance(10)) {
            ++out.stats.resent;  // the reply was lost and the device sent it again: harmless
            const ServerReply again = server.push(body, "user of " + d.id, received());
            if (again.status != 200 || again.body["accepted"] != r.body["accepted"])
                return fail(d.id + "'s resent push was answered differently: " + again.body.dump());
        }
        return true;
    }

    bool pull(SimDevice& d, bool faults) {
        for (int round = 0; round < 50; ++round) {
            ++out.stats.pulls;
            const ServerReply r = server.pull(d.replica.pulled());
            if (faults && rng.chance(10)) {
                ++out.stats.lost_replies;
                return true;
            }
            const PullOutcome o = d.replica.take_pull(r.body, d.shown, kVersion);
            out.stats.renumbered += o.renumbered.size();
            if (o.error) return fail(d.id + " could not take a pull: " + english(*o.error));
            for (const auto& h : d.replica.take_hash_reports()) {
                const ServerReply a = server.hash({{"device", d.id}, {"pos", h.pos}, {"hash", h.hash}});
                if (a.status != 200 || !a.body["agree"].get<bool>()) return fail("devices disagree at position " + std::to_string(h.pos));
            }
            if (!o.more) return true;
        }
        return fail(d.id + " kept pulling without reaching the head");
    }

    bool checkpoint(SimDevice& d) {
        if (!d.replica.pending().empty() || !d.replica.started()) return true;
        const Atelier& a = d.replica.confirmed();
        const ServerReply r = server.snapshot_put(d.replica.pulled(), {{"hash", state_hash(a)}, {"snapshot", snapshot_to_json(a)}});
        if (r.status != 200) return fail("checkpoint refused: " + r.body.dump());
        ++out.stats.checkpoints;
        return true;
    }

    // Back to the last save. Unless the saved state is the one at `pulled`, that state is unknown: the device
    // starts from the server's newest checkpoint and rebases its pending entries at the next pull.
    bool crash(SimDevice& d) {
        ++out.stats.crashes;
        out.stats.lost_unsaved += d.unsaved.size();
        d.unsaved.clear();
        d.shown.reset(d.saved_shown);
        d.next_seq = d.saved_seq;
        d.replica.restore(d.saved_meta);
        if (d.replica.saved_state_is_confirmed()) {
            d.replica.start(d.id, d.saved_shown, d.saved_meta["pulled"].get<int64_t>());
            return true;
        }
        ++out.stats.restarts_from_checkpoint;
        const ServerReply r = server.snapshot_get();
        if (r.status != 200) return fail("no checkpoint to restart from");
        Atelier at;
        Problems problems;
        if (!snapshot_from_json(r.body["snapshot"], at, problems)) return fail("the checkpoint does not load: " + problems.front().message);
        d.replica.start(d.id, std::move(at), r.body["pos"].get<int64_t>());
        return true;
    }

    bool low_on_numbers(const SimDevice& d) const {
        const NumbersLeft left = numbers_left(d.shown.state().profile, d.id);
        return left.orders < 2 || left.clients < 2;
    }

    bool step_once(SimDevice& d) {
        const int roll = rng.below(100);
        if (roll < 55) return edit(d);
        if (roll < 62) return save(d), true;
        if (roll < 76) return push(d, true);
        if (roll < 90) return pull(d, true);
        if (roll < 94) return low_on_numbers(d) ? ask_numbers(d) : true;
        if (roll < 97) return checkpoint(d);
        return crash(d);
    }

    bool check() {
        Store fresh(base);
        std::set<std::string> in_log;
        for (const auto& e : server.log()) {
            in_log.insert(e["id"].get<std::string>());
            std::string why;
            if (fold_entry(fresh, e, why) == Folded::refused) {
                // A number the device was given stays its own: a create refused for it is an edit lost.
                if (why.find("is not free") != std::string::npos)
                    return fail("entry " + e["id"].get<std::string>() + " was refused for its number: " + why);
                if (names_provisional(e)) return fail("entry " + e["id"].get<std::string>() + " left its device with a provisional number");
                const auto& kept = fresh.state().profile.not_applied;
                const std::string id = e["id"].get<std::string>();
                if (std::none_of(kept.begin(), kept.end(), [&](const NotApplied& k) { return k.entry == id; }))
                    return fail("entry " + id + " was refused (" + why + ") and is not in the Not applied list");
            }
        }
        for (const auto& id : must_land)
            if (!in_log.count(id)) return fail("entry " + id + " was saved on its device and never reached the log");
        const std::string hash = state_hash(fresh.state());
        for (const auto& d : devices) {
            if (!d.replica.pending().empty()) return fail(d.id + " still has " + std::to_string(d.replica.pending().size()) + " pending entries");
            if (state_hash(d.shown.state()) != hash)
                return fail(d.id + " shows a state other than the log's (its confirmed state " +
                            (state_hash(d.replica.confirmed()) == hash ? "is" : "is not") + " the log's): " +
                            nlohmann::json::diff(snapshot_to_json(fresh.state()), snapshot_to_json(d.shown.state())).dump().substr(0, 600));
            if (state_hash(d.replica.confirmed()) != hash) return fail(d.id + "'s confirmed state is not the log's");
        }
        out.stats.not_applied += fresh.state().profile.not_applied.size();
        out.stats.conflicts += conflicts_in(fresh.state());
        return true;
    }

    SyncRun run() {
        if (!start()) return out;
        for (step = 0; step < steps; ++step) {
            now.minutes += rng.between(1, 20);
            SimDevice& d = devices[static_cast<size_t>(rng.below(static_cast<int>(devices.size())))];
            if (!step_once(d)) return out;
        }
        // Everyone syncs until quiet: the first devices pulled before the last pushed; a device
        // holding provisional numbers gets a block first.
        for (int round = 0; round < 3; ++round)
            for (auto& d : devices) {
                if (d.replica.waiting_for_numbers() && !ask_numbers(d, true)) return out;
                if (!pull(d, false) || !push(d, false) || !pull(d, false)) return out;
            }
        check();
        return out;
    }
};

}  // namespace

SyncRun run_sync(uint64_t seed, int steps) { return Sim(seed, steps).run(); }

}  // namespace atelier

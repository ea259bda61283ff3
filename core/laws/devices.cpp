#include "core/laws/devices.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "core/commands/concurrent.hpp"
#include "core/demo.hpp"
#include "core/json/fields.hpp"
#include "core/laws/device_edit.hpp"
#include "core/snapshot/state_hash.hpp"
#include "core/store.hpp"

namespace atelier {

namespace {

// An entry in the server's log with what its author had seen: the log's first `seen` entries.
struct Logged {
    JournalEntry entry;
    size_t seen = 0;
};

struct Device {
    std::string id;
    int64_t next_seq = 1;
    size_t seen = 0;  // log entries folded into `store`
    std::vector<Logged> pending;
    Store store;
};

// The entity an update names and the fields it sets, for checking a conflict's cause.
struct Touch {
    char kind = 0;  // 'o' order, 'c' client, 'p' the atelier's settings, 'l' a pipeline, 0 other
    int id = 0;
    nlohmann::json fields;
    std::string pipeline;
};

// What a pipeline.put changed of what its author saw, as conflict fields ("name", "stages/<id>").
nlohmann::json pipeline_changes(const cmd::PipelinePut& u) {
    nlohmann::json out = nlohmann::json::object();
    const Pipeline seen = u.from.value_or(Pipeline{});
    if (seen.name != u.pipeline.name) out["name"] = true;
    auto find = [](const Pipeline& p, const std::string& id) -> nlohmann::json {
        for (const auto& s : p.stages)
            if (s.id == id) return write_value(s);
        return nullptr;
    };
    for (const auto* p : {&u.pipeline, &seen})
        for (const auto& s : p->stages)
            if (find(u.pipeline, s.id) != find(seen, s.id)) out["stages/" + s.id] = true;
    return out;
}

Touch touch_of(const JournalEntry& e) {
    if (!e.command) return {};
    if (auto u = std::get_if<cmd::OrderUpdate>(&*e.command)) return {'o', u->order, write_value(static_cast<const cmd::OrderFields&>(*u)), ""};
    if (auto u = std::get_if<cmd::ClientUpdate>(&*e.command)) return {'c', u->client, write_value(static_cast<const cmd::ClientFields&>(*u)), ""};
    if (auto u = std::get_if<cmd::AtelierUpdate>(&*e.command)) return {'p', 0, write_value(static_cast<const cmd::AtelierFields&>(*u)), ""};
    if (auto u = std::get_if<cmd::PipelinePut>(&*e.command)) return {'l', 0, pipeline_changes(*u), u->pipeline.id};
    // An undo or redo of one order's or client's edit sets fields as an update does.
    const cmd::Revert* r = std::get_if<cmd::Undo>(&*e.command);
    if (!r) r = std::get_if<cmd::Redo>(&*e.command);
    if (r && r->changes.size() == 1 && r->changes[0].to.values.is_object()) {
        const cmd::EntityChange& ch = r->changes[0];
        if (ch.kind == EntityKind::order) return {'o', std::stoi(ch.id), ch.to.values, ""};
        if (ch.kind == EntityKind::client) return {'c', std::stoi(ch.id), ch.to.values, ""};
        if (ch.kind == EntityKind::profile) return {'p', 0, ch.to.values, ""};
        if (ch.kind == EntityKind::pipeline && ch.from.values.is_object()) {
            Pipeline was, back;
            Problems ignored;
            Reader rd{ignored};
            read_fields(ch.from.values, was, PathSeg{nullptr, "", 0}, rd);
            read_fields(ch.to.values, back, PathSeg{nullptr, "", 0}, rd);
            return {'l', 0, pipeline_changes(cmd::PipelinePut{back, was}), ch.id};
        }
    }
    return {};
}

const std::vector<Conflict>* conflicts_of(const Atelier& a, const Touch& t) {
    if (t.kind == 'o') {
        const Order* o = a.order(t.id);
        return o ? &o->conflicts : nullptr;
    }
    if (t.kind == 'c') {
        const Client* c = a.client(t.id);
        return c ? &c->conflicts : nullptr;
    }
    if (t.kind == 'p') return &a.profile.conflicts;
    if (t.kind == 'l') {
        const Pipeline* p = a.pipeline(t.pipeline);
        return p ? &p->conflicts : nullptr;
    }
    return nullptr;
}

struct Sim {
    uint64_t seed;
    int steps;
    bool sequential;
    Rng rng;
    Atelier base;
    DateTime now;
    std::vector<Logged> log;
    std::vector<char> applied;  // per log entry: accepted in log order
    Store server;               // the log folded in order
    std::vector<Device> devices;
    DeviceRun out;
    int step = -1;

    Sim(uint64_t s, int n, bool seq) : seed(s), steps(n), sequential(seq), rng{s * 0xD1B54A32D192ED03ull ^ 0x64657673ull} {}

    bool fail(std::string what) {
        if (!out.failure)
            out.failure = "seed " + std::to_string(seed) + (sequential ? " (sequential)" : "") + ", step " + std::to_string(step) + ": " + what;
        return false;
    }

    void start() {
        DemoOptions d;
        d.orders = rng.between(10, 30);
        d.seed = seed;
        now = DateTime{at_midnight(d.today).minutes + 8 * 60};
        const int n = rng.between(2, 4);
        devices.resize(static_cast<size_t>(n));
        // Each device holds a block of numbers, as the server issues them (issue 14).
        Store setup(make_demo(d));
        for (int i = 0; i < n; ++i) {
            devices[static_cast<size_t>(i)].id = "tablet-" + std::to_string(i + 1);
            cmd::NumbersReserve r;
            r.device = devices[static_cast<size_t>(i)].id;
            r.orders = 100;
            r.clients = 50;
            setup.dispatch(r, Context{"server", now, "", 0});
        }
        base = setup.release();
        server.reset(base);
        for (auto& dev : devices) dev.store.reset(base);
    }

    // Push the pending entries to the log, then fold the whole log: the device shows the server's state.
    void sync(Device& d) {
        ++out.stats.syncs;
        for (auto& p : d.pending) {
            Problems problems;
            const bool ok = apply_entry(server, p.entry, problems);
            applied.push_back(ok);
            out.stats.refused += !ok;
            log.push_back(std::move(p));
        }
        d.pending.clear();
        d.seen = log.size();
        d.store.reset(server.state());
    }

    bool edit(Device& d) {
        if (sequential) sync(d);
        Context ctx{"user of " + d.id, now, d.id, d.next_seq};
        // Now and then the device's user undoes (or redoes) an edit made since its last sync.
        const int roll = rng.below(100);
        Result r;
        if (roll < 8 && d.store.can_undo()) r = d.store.undo(ctx), ++out.stats.undos;
        else if (roll < 10 && d.store.can_redo()) r = d.store.redo(ctx), ++out.stats.undos;
        else r = d.store.dispatch(laws::device_edit(rng, d.store.state(), now), ctx);
        if (r.ok) {
            Problems problems;
            auto e = entry_from_json(std::get<JournalAppend>(r.effects.front()).entry, problems);
            if (!e) return fail("the device's own entry does not read back: " + problems.front().message);
            d.pending.push_back(Logged{std::move(*e), d.seen});
            ++d.next_seq;
            ++out.stats.entries;
        }
        if (sequential) sync(d);
        return true;
    }

    // A create's journal entry carries the number its device gave, from that device's block.
    bool numbers_from_block(const JournalEntry& e) {
        if (!e.command) return true;
        int n = 0;
        bool order = true;
        if (auto k = std::get_if<cmd::OrderCreate>(&*e.command)) n = k->number;
        else if (auto k = std::get_if<cmd::OrderClone>(&*e.command)) n = k->number;
        else if (auto k = std::get_if<cmd::ClientCreate>(&*e.command)) n = k->id, order = false;
        else return true;
        ++out.stats.creates;
        for (const auto& b : base.profile.blocks)
            if (b.device == e.device) {
                const NumberRange& r = order ? b.orders : b.clients;
                if (n >= r.from && n < r.end) return true;
            }
        return fail("entry " + entry_id(e) + " created number " + std::to_string(n) + ", outside its device's block");
    }

    // Replays the log into a fresh store, checking each conflict record against the entries its
    // author had not seen.
    bool check_conflicts(std::string& hash) {
        Store fresh(base);
        std::map<int, int> cloned_from;  // order number -> the order it was cloned from
        for (size_t i = 0; i < log.size(); ++i) {
            const Touch t = touch_of(log[i].entry);
            const auto* before = conflicts_of(fresh.state(), t);
            const size_t had = before ? before->size() : 0;
            Problems problems;
            if (apply_entry(fresh, log[i].entry, problems) != static_cast<bool>(applied[i]))
                return fail("entry " + entry_id(log[i].entry) + " was " + (applied[i] ? "accepted" : "refused") + " by the server, not on replay");
            if (applied[i] && !numbers_from_block(log[i].entry)) return false;
            if (applied[i] && log[i].entry.command)
                if (auto k = std::get_if<cmd::OrderClone>(&*log[i].entry.command)) cloned_from[k->number] = k->order;
            const auto* after = conflicts_of(fresh.state(), t);
            for (size_t k = had; after && k < after->size(); ++k) {
                ++out.stats.conflicts;
                out.stats.settings_conflicts += t.kind == 'p';
                out.stats.pipeline_conflicts += t.kind == 'l';
                const std::string& field = (*after)[k].field;
                if (sequential) return fail("a conflict on " + field + " when every edit saw the one before");
                // The entity, or an order it was cloned from (a clone copies the source's fields as
                // they are where it applies), edited on that field by another device's entry the author
                // had not seen, or by the author's own earlier entry that its device applied but the log
                // refused (refused because of an unseen entry: in log order it meets a state its author never saw).
                std::vector<int> lineage{t.id};
                for (auto s = cloned_from.find(t.id); t.kind == 'o' && s != cloned_from.end(); s = cloned_from.find(s->second))
                    lineage.push_back(s->second);
                bool cause = false;
                for (size_t j = log[i].seen; j < i && !cause; ++j) {
                    const bool own = log[j].entry.device == log[i].entry.device;
                    if (applied[j] == own) continue;
                    const Touch o = touch_of(log[j].entry);
                    cause = o.kind == t.kind && o.pipeline == t.pipeline && std::find(lineage.begin(), lineage.end(), o.id) != lineage.end() &&
                            o.fields.contains(field);
                }
                if (!cause) return fail("entry " + entry_id(log[i].entry) + " made a conflict on " + field + " that no unseen edit explains");
            }
        }
        hash = state_hash(fresh.state());
        return true;
    }

    DeviceRun run() {
        start();
        for (step = 0; step < steps; ++step) {
            now.minutes += rng.between(1, 30);
            Device& d = devices[static_cast<size_t>(rng.below(static_cast<int>(devices.size())))];
            if (!sequential && rng.chance(15)) sync(d);
            else if (!edit(d)) return out;
        }
        for (auto& d : devices) sync(d);
        for (auto& d : devices) sync(d);  // the first devices synced before the last pushed
        std::string replayed;
        if (!check_conflicts(replayed)) return out;
        const std::string at_server = state_hash(server.state());
        if (replayed != at_server) fail("a fresh replay of the log hashes " + replayed + ", the server's fold " + at_server);
        for (const auto& d : devices)
            if (state_hash(d.store.state()) != at_server) fail(d.id + " ends at a different state hash from the server");
        return out;
    }
};

}  // namespace

DeviceRun run_devices(uint64_t seed, int steps, bool sequential) { return Sim(seed, steps, sequential).run(); }

}  // namespace atelier

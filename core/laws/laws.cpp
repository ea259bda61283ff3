#include "core/laws/laws.hpp"
#include "core/json/capped.hpp"
#include "core/laws/undo_view.hpp"

#include <cctype>
#include <sstream>

#include "core/demo.hpp"
#include "core/demo_producer.hpp"
#include "core/i18n/said_text.hpp"
#include "core/laws/generate.hpp"
#include "core/model/limits.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/storage/storage.hpp"
#include "core/store.hpp"

namespace atelier {

void LawStats::add(const LawStats& o) {
    seeds += o.seeds;
    steps += o.steps;
    commands += o.commands;
    accepted += o.accepted;
    refused += o.refused;
    undo += o.undo;
    redo += o.redo;
    for (size_t i = 0; i < tried.size(); ++i) {
        tried[i] += o.tried[i];
        taken[i] += o.taken[i];
    }
}


namespace {

// [SECTION] Helpers

std::string clip(std::string s, size_t max = 300) {
    if (s.size() > max) s = s.substr(0, max) + "... (" + std::to_string(s.size()) + " bytes)";
    return s;
}

// Typed values that differ but write the same text (a length the text form rounds): which entity.
Problems same_bytes(const char* what_a, const Atelier& a, const char* what_b, const Atelier& b) {
    std::string where = "the profile or the pipelines";
    for (size_t i = 0; i < a.orders.size() && i < b.orders.size(); ++i)
        if (!(a.orders[i] == b.orders[i])) {
            where = "/orders/" + std::to_string(i) + " (order " + std::to_string(a.orders[i].number) + ")";
            break;
        }
    for (size_t i = 0; i < a.clients.size() && i < b.clients.size(); ++i)
        if (!(a.clients[i] == b.clients[i])) {
            where = "/clients/" + std::to_string(i) + " (client " + std::to_string(a.clients[i].id) + ")";
            break;
        }
    return {{where, std::string(what_a) + " and " + what_b + " differ in memory but write the same snapshot bytes "
                    "(a value the text form rounds or cannot hold)"}};
}

// Where two ateliers differ, as the first differing line of their snapshots.
// Typed equality is byte equality: write_snapshot is a function of exactly the members == compares.
Problems differences(const char* what_a, const Atelier& a, const char* what_b, const Atelier& b) {
    std::string ta, tb;
    try {
        ta = write_snapshot(a);
        tb = write_snapshot(b);
    } catch (const std::exception& e) {
        return {{"", std::string("the states differ, and one cannot be written: ") + e.what()}};
    }
    std::istringstream sa(ta), sb(tb);
    std::string la, lb;
    for (int line = 1;; ++line) {
        const bool ha = static_cast<bool>(std::getline(sa, la)), hb = static_cast<bool>(std::getline(sb, lb));
        if (!ha && !hb) return same_bytes(what_a, a, what_b, b);
        if (!ha) la = "(end)";
        if (!hb) lb = "(end)";
        if (la != lb || !ha || !hb) {
            size_t at = 0;
            while (at < la.size() && at < lb.size() && la[at] == lb[at]) ++at;
            const size_t from = at > 80 ? at - 80 : 0;
            return {{"snapshot line " + std::to_string(line), std::string(what_a) + ": " + clip(la.substr(std::min(from, la.size())))},
                    {"snapshot line " + std::to_string(line), std::string(what_b) + ": " + clip(lb.substr(std::min(from, lb.size())))}};
        }
    }
}

Problems text_differences(const char* what_a, const std::string& a, const char* what_b, const std::string& b) {
    size_t at = 0;
    while (at < a.size() && at < b.size() && a[at] == b[at]) ++at;
    const size_t from = at > 80 ? at - 80 : 0;
    return {{"byte " + std::to_string(at), std::string(what_a) + ": " + clip(a.substr(std::min(from, a.size())))},
            {"byte " + std::to_string(at), std::string(what_b) + ": " + clip(b.substr(std::min(from, b.size())))}};
}

// [SECTION] One run

struct Runner {
    uint64_t seed;
    int steps;
    LawOptions opt;
    laws::Rng rng;
    Store store;
    Store replica;  // every journal line replayed into it, as Storage::open replays them
    MemoryFiles files;
    Storage storage{files};
    DateTime now;
    LawRun out;
    int step = -1;
    std::string type, action;  // what this step did
    const char* checking = "";  // what runs now, for an exception's report: a law's name or the step itself

    Runner(uint64_t s, int n, const LawOptions& o) : seed(s), steps(n), opt(o), rng{s * 0x9E3779B97F4A7C15ull ^ 0x6C617773ull} {}

    bool fail(const char* law, Problems problems) {
        if (out.failure) return false;
        out.failure = LawFailure{law, seed, steps, step, type, action, std::move(problems)};
        return false;
    }

    bool run() {
        try {
            if (!start()) return false;
            for (step = 0; step < steps; ++step)
                if (!one_step()) return false;
        } catch (const std::exception& e) {
            return fail(law::no_throw, {{"", std::string(checking) + " threw: " + e.what()}});
        }
        return true;
    }

    bool start() {
        DemoOptions d;
        d.orders = rng.between(20, 60);
        d.seed = seed;
        Atelier demo = make_demo(d);
        // A producer's part on two seeds in three: styles, production orders and batches to act on.
        if (seed % 3 != 0) add_producer_demo(demo, ProducerDemoOptions{3, 6, 3, seed, d.today});
        now = DateTime{at_midnight(d.today).minutes + 8 * 60};
        type = "demo";
        action = "make_demo(orders " + std::to_string(d.orders) + ", seed " + std::to_string(seed) + ")";
        checking = law::valid;
        Problems problems;
        validate_atelier(demo, problems);
        if (!problems.empty()) return fail(law::valid, problems);
        store.reset(demo);
        replica.reset(demo);
        checking = law::compaction;
        storage.open();
        if (!storage.compact(demo)) return fail(law::compaction, {{"", storage.error()}});
        out.stats.seeds = 1;
        return true;
    }

    bool valid() {
        checking = law::valid;
        const Atelier& a = store.state();
        Problems problems;
        validate_atelier(a, problems);
        // Every table's index follows its list (an undo erases from the middle, a refusal puts back).
        for_each_kind([&](auto* kind) {
            using T = std::remove_pointer_t<decltype(kind)>;
            const auto& table = table_of<T>(a);
            for (size_t i = 0; i < table.size(); ++i)
                if (table.index_of(entity_key(table[i])) != i)
                    problems.push_back({std::string("/") + KindOf<T>::list + "/" + std::to_string(i), "the table's index does not find this entity here"});
            if (table.indexed() != table.size())
                problems.push_back({std::string("/") + KindOf<T>::list, "the table's index holds entities that are gone"});
        });
        return problems.empty() || fail(law::valid, problems);
    }

    // Records an accepted step's journal line as the shell does, and replays it into the replica,
    // through the same text a reopened storage reads. `want`: the state the replay must give.
    // `clock`: the live clock after the step (want's own, unless want is an older state's content).
    bool keep(const Result& r, const Atelier& want, const DeviceClock& clock) {
        checking = law::replay;
        if (r.effects.empty() || !std::holds_alternative<JournalAppend>(r.effects.front()))
            return fail(law::replay, {{"", "an accepted step returned no journal line first"}});
        const nlohmann::json& line = std::get<JournalAppend>(r.effects.front()).entry;
        storage.record(line);
        const nlohmann::json back = nlohmann::json::parse(json_text(line), nullptr, false);
        Problems problems;
        if (back.is_discarded() || !replay_entry(replica, back, problems)) {
            if (problems.empty()) problems.push_back({"", "the journal line does not parse back"});
            problems.front().message = "refused on replay: " + problems.front().message;
            problems.push_back({"", "journal line: " + clip(json_text(line), 600)});
            return fail(law::replay, problems);
        }
        if (!(replica.state() == want)) return fail(law::replay, differences("live", want, "replayed", replica.state()));
        if (!(replica.state().clock == clock))
            return fail(law::replay, {{"/clock", "the replayed clock differs from the live one"}});
        // Met again (a journal read twice, an entry synced back), the entry changes nothing: the
        // replica's revision moves on any change at all.
        const uint64_t once = replica.revision();
        if (!replay_entry(replica, back, problems) || replica.revision() != once)
            return fail(law::replay, {{"", "an entry applied a second time changed the atelier: " + clip(json_text(line), 300)}});
        return true;
    }

    // What the step said (its refusal, warnings and notices) is each a catalogue sentence whose
    // English is the text the CLI prints.
    bool worded(const Result& r) {
        checking = law::worded;
        const auto sentence = [&](const std::optional<Said>& said, const std::string& text, const char* what) {
            if (!said) return fail(law::worded, {{"", std::string(what) + " without a catalogue key: " + text}});
            if (english(*said) != text)
                return fail(law::worded, {{"", std::string(what) + " worded \"" + english(*said) + "\" in English, but its text is \"" + text + "\""}});
            return true;
        };
        if (!r.ok && !sentence(r.error.said, r.error.message, "a refusal")) return false;
        for (const Notice& w : r.warnings)
            if (!sentence(w.said, w.text, "a warning")) return false;
        for (const auto& e : r.effects)
            if (const auto* n = std::get_if<Notice>(&e); n && !sentence(n->said, n->text, "a notice")) return false;
        return true;
    }

    bool refused_nothing(const Result& r, const Atelier& before) {
        checking = law::refused;
        for (const auto& e : r.effects)
            if (std::holds_alternative<JournalAppend>(e))
                return fail(law::refused, {{"", "a refused step returned a journal line"}});
        if (!(store.state() == before)) return fail(law::refused, differences("before", before, "after", store.state()));
        return true;
    }

    // After an accepted command: undo gives the state before it, redo the state after it, as far
    // as an undo gives anything back (core/laws/undo_view.hpp). Each is an entry the replica replays.
    bool undo_then_redo(const Context& ctx, const Atelier& before) {
        checking = law::undo_redo;
        const Atelier after = store.state();
        const Result u = store.undo(ctx);
        // An issued invoice is the one step no undo takes back (core/commands/revert.cpp).
        if (!u.ok && issued_invoice(before, after)) return true;
        if (!u.ok) return fail(law::undo_redo, {{"", "undo refused right after an accepted command: " + u.error.message}});
        if (!undo_equal(store.state(), before))
            return fail(law::undo_redo, differences("before the command", undo_view(before), "after undo", undo_view(store.state())));
        if (!keep(u, store.state(), store.state().clock)) return false;
        const Result d = store.redo(ctx);
        if (!d.ok) return fail(law::undo_redo, {{"", "redo refused right after undo: " + d.error.message}});
        if (!undo_equal(store.state(), after))
            return fail(law::undo_redo, differences("after the command", undo_view(after), "after undo and redo", undo_view(store.state())));
        return keep(d, store.state(), store.state().clock);
    }

    // The whole-snapshot laws: round trip, reopening the storage, and compaction.
    bool full(bool compact) {
        checking = law::roundtrip;
        const std::string text = write_snapshot(store.state());
        Atelier back;
        Problems problems;
        if (!read_snapshot(text, back, problems)) {
            problems.insert(problems.begin(), Problem{"", "read_snapshot refuses what write_snapshot wrote"});
            return fail(law::roundtrip, problems);
        }
        if (const std::string again = write_snapshot(back); again != text)
            return fail(law::roundtrip, text_differences("written", text, "read and written again", again));
        if (!reopen(law::replay, text)) return false;
        if (!compact) return true;
        checking = law::compaction;
        if (!storage.compact(store.state())) return fail(law::compaction, {{"", "compact failed: " + storage.error()}});
        return reopen(law::compaction, text);
    }

    bool reopen(const char* law, const std::string& live) {
        checking = law;
        Storage fresh(files);
        LoadResult lr = fresh.open();
        Problems problems;
        if (!lr.report.empty()) problems.push_back({"", "open() reports: " + lr.report});
        if (!lr.atelier) {
            problems.push_back({"", "open() found no atelier"});
            return fail(law, problems);
        }
        const std::string text = write_snapshot(*lr.atelier);
        if (text != live) {
            for (auto& p : text_differences("live", live, "reopened", text)) problems.push_back(std::move(p));
            return fail(law, problems);
        }
        return problems.empty() || fail(law, problems);
    }

    bool one_step() {
        static const char* const kWho[] = {"ana", "jonas", "system"};
        // One store, several authors: each device numbers its own entries from the shared clock.
        static const char* const kDevices[] = {"laptop", "tablet-1", "tablet-2"};
        now.minutes += rng.between(1, 240);
        Context ctx{rng.pick(kWho), now, rng.pick(kDevices)};
        const Atelier before = store.state();
        const int roll = rng.below(100);
        Result r;
        bool is_command = false;
        checking = "the step (dispatch, undo or redo)";
        if (roll < 6) {
            type = action = "undo";
            ++out.stats.undo;
            r = store.undo(ctx);
        } else if (roll < 9) {
            type = action = "redo";
            ++out.stats.redo;
            r = store.redo(ctx);
        } else {
            is_command = true;
            const size_t index = laws::random_command_type(rng);
            const Command c = laws::random_command(rng, store.state(), now, index);
            // A mail result is the sync server's to write: mostly written as the server does.
            if (std::holds_alternative<cmd::MessageDelivery>(c) && rng.chance(80)) ctx.device = kServerDevice;
            type = command_type(c);
            action = json_text(command_to_json(c));
            ++out.stats.commands;
            ++out.stats.tried[index];
            r = store.dispatch(c, ctx);
            if (r.ok) ++out.stats.taken[index], ++out.stats.accepted;
            else ++out.stats.refused;
        }
        ++out.stats.steps;
        if (!worded(r)) return false;
        if (!r.ok) {
            if (!refused_nothing(r, before) || !valid()) return false;
        } else {
            if (!keep(r, store.state(), store.state().clock) || !valid()) return false;
            if (is_command && !undo_then_redo(ctx, before)) return false;
        }
        const bool last = step + 1 == steps;
        const bool compact = last || (step + 1) % opt.compact_every == 0;
        if (last || compact || (step + 1) % opt.full_every == 0) return full(compact);
        return true;
    }
};

}  // namespace

LawRun run_laws(uint64_t seed, int steps, const LawOptions& opt) {
    Runner r(seed, steps, opt);
    r.run();
    return std::move(r.out);
}

LawRun check_laws(uint64_t seed, int steps, const LawOptions& opt) {
    LawRun run = run_laws(seed, steps, opt);
    if (!run.failure || run.failure->step < 0) return run;
    // With every law checked after every step, the first step anything breaks at is found in one
    // run; a run of that many steps ends with every law checked, so it fails as well. Each
    // candidate is confirmed with the usual options, since compaction points differ between them.
    const int at = run.failure->step + 1;
    std::vector<int> candidates;
    const LawRun every = run_laws(seed, at, LawOptions{1, 1});
    if (every.failure && every.failure->step + 1 < at) candidates.push_back(every.failure->step + 1);
    candidates.push_back(at);
    for (int n : candidates) {
        LawRun probe = run_laws(seed, n, opt);
        if (probe.failure) {
            run.shortest = std::move(probe.failure);
            return run;
        }
    }
    run.shortest = run.failure;
    return run;
}

std::string law_report(const LawRun& run) {
    if (!run.failure) return "";
    const LawFailure& f = *run.failure;
    std::ostringstream os;
    auto describe = [&](const LawFailure& x) {
        os << "law " << x.law << " broken: seed " << x.seed << ", step " << x.step << " (of " << x.steps << ")\n";
        os << "  " << (x.step < 0 ? "atelier: " : "after: ") << clip(x.action, 2000) << "\n";
        os << "  problems:\n";
        const size_t shown = std::min<size_t>(x.problems.size(), 12);
        for (size_t i = 0; i < shown; ++i) os << "    " << x.problems[i] << "\n";
        if (x.problems.size() > shown) os << "    ... and " << x.problems.size() - shown << " more\n";
    };
    describe(f);
    if (!run.shortest) {
        os << "  reproduce: atelier bench --laws --seed " << f.seed << " --steps " << f.steps << "\n";
        return os.str();
    }
    const LawFailure& s = *run.shortest;
    os << "  shortest failing prefix: " << s.steps << " steps\n";
    if (s.law != f.law || s.step != f.step) {
        os << "  (which breaks first with:)\n";
        describe(s);
    }
    os << "  reproduce: atelier bench --laws --seed " << s.seed << " --steps " << s.steps << "\n";
    return os.str();
}

std::string law_failure_kind(const LawFailure& f) {
    std::string first = f.problems.empty() ? "" : f.problems.front().path + ": " + f.problems.front().message;
    // Numbers become '#', quoted text '"…"': "no team \"Design\"" and "no team \"Sewing\"" are one kind.
    std::string blanked;
    bool quoted = false;
    for (size_t i = 0; i < first.size(); ++i) {
        const char c = first[i];
        if (c == '"') {
            blanked += quoted ? "\"" : "\"…";
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == '0' && i + 1 < first.size() && first[i + 1] == 'x') {  // a byte: 0xFF
            blanked += "0x#";
            for (i += 2; i < first.size() && std::isxdigit(static_cast<unsigned char>(first[i])); ++i) {}
            --i;
        } else if (c >= '0' && c <= '9') {
            if (blanked.empty() || blanked.back() != '#') blanked += '#';
        } else {
            blanked += c;
        }
    }
    return f.law + " | " + f.type + " | " + clip(blanked, 160);
}

}  // namespace atelier

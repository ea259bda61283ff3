#include "core/store.hpp"

#include <algorithm>
#include <unordered_map>

#include "core/commands/revert.hpp"
#include "core/i18n/said_text.hpp"
#include "core/json/fields.hpp"
#include "core/validate/validate.hpp"

namespace atelier {

Store::Store(Atelier a) { reset(std::move(a)); }

void Store::reset(Atelier a) {
    ++revision_;
    state_ = std::move(a);
    state_.reindex();
    undo_.clear();
    redo_.clear();
}

void Store::rebase(Atelier a, bool renumbered) {
    ++revision_;
    if (renumbered) undo_.clear(), redo_.clear();
    state_ = std::move(a);
    state_.reindex();
}

Atelier Store::release() {
    ++revision_;
    undo_.clear();
    redo_.clear();
    Atelier out = std::move(state_);
    state_ = Atelier{};
    return out;
}

void Store::put(const Images& img) {
    ++revision_;
    if (img.profile) state_.profile = *img.profile;
    img.each([&](auto* kind, const auto& list) {
        auto& table = table_of<std::remove_pointer_t<decltype(kind)>>(state_);
        for (const auto& x : list) table.put(x);
    });
}

void Store::remove(const RemovedIds& s) {
    ++revision_;
    s.each([&](auto* kind, const auto& keys) {
        auto& table = table_of<std::remove_pointer_t<decltype(kind)>>(state_);
        for (const auto& k : keys) table.erase(k);
    });
}

Problems Store::check_change(const Images& touched, const RemovedIds& removed, const Profile& before, bool counters) const {
    ChangeScope scope;
    // A pipeline, a removed client or a profile rule (teams, fees, ranges) can break untouched orders.
    scope.everything = !touched.of<Pipeline>().empty() || !removed.of<Client>().empty() || !removed.of<Pipeline>().empty() ||
                       (touched.profile && profile_rules_differ(before, *touched.profile));
    scope.counters = counters && touched.profile && (touched.profile->next_order != before.next_order ||
                                                     touched.profile->next_client != before.next_client);
    scope.profile = touched.profile.has_value();
    touched.each([&](auto* kind, const auto& table) {
        auto& keys = scope.touched.of<std::remove_pointer_t<decltype(kind)>>();
        for (const auto& x : table) keys.push_back(entity_key(x));
    });
    Problems problems;
    validate_change(state_, scope, problems, 5);
    return problems;
}

namespace {
// What the store says when a change would leave an atelier the loader refuses: a rule the command
// did not check itself. The change is rolled back; the first problem says where.
// `s` with {name} worded from the problem's own sentence, or its English when it has none.
Said with_reason(Said s, const char* name, const Problem& p) {
    if (p.said) return s.with(name, *p.said);
    s.values.push_back({name, p.message, {}});
    return s;
}

Problem invalid_result(const Problems& problems) {
    const Problem& p = problems.front();
    return problem_at(p.path, with_reason(say(Msg::why_sales_store_invalid), "reason", p));
}

// The entities `img` names, as they are in `a` now; those absent are listed in `created`.
Images current_of(const Atelier& a, const Images& img, RemovedIds& created) {
    Images out;
    if (img.profile) out.profile = a.profile;
    img.each([&](auto* kind, const auto& table) {
        using T = std::remove_pointer_t<decltype(kind)>;
        for (const auto& x : table) {
            if (const T* b = table_of<T>(a).find(entity_key(x))) out.of<T>().put(*b);
            else created.of<T>().push_back(entity_key(x));
        }
    });
    return out;
}

// What a replay removes, with where each entity stood, so a refusal puts each back in its place:
// the snapshot writes entities in order, and a refused line must leave the state byte-identical.
template <class T> using PlacedList = std::vector<std::pair<size_t, T>>;
using Taken = PerKind<PlacedList>;

// Ascending positions within each kind: inserting in that order rebuilds the original sequence.
Taken taken_of(const Atelier& a, const RemovedIds& ids) {
    Taken t;
    ids.each([&](auto* kind, const auto& keys) {
        using T = std::remove_pointer_t<decltype(kind)>;
        auto& out = t.of<T>();
        for (const auto& k : keys)
            if (auto i = table_of<T>(a).index_of(k);
                i && std::find_if(out.begin(), out.end(), [&](const auto& p) { return p.first == *i; }) == out.end())
                out.emplace_back(*i, table_of<T>(a)[*i]);
        std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    });
    return t;
}

void put_back(Atelier& a, const Taken& taken) {
    taken.each([&](auto* kind, const auto& placed) {
        for (const auto& [i, x] : placed) table_of<std::remove_pointer_t<decltype(kind)>>(a).insert_at(i, x);
    });
}
}  // namespace

bool Store::replay_images(const Images& img, const RemovedIds& removed, const std::string& device, int64_t seq,
                          Problems& problems) {
    const Profile profile_before = state_.profile;
    const Taken taken = taken_of(state_, removed);
    RemovedIds created;
    const Images before = current_of(state_, img, created);
    remove(removed);
    put(img);
    if (Problems bad = check_change(img, removed, profile_before); !bad.empty()) {
        // Undo in reverse: drop what the line created or put back under a removed id, return the
        // removed entities to their places, then restore the ones it overwrote in place.
        remove(created);
        remove(removed);
        put_back(state_, taken);
        put(before);
        problems.push_back(invalid_result(bad));
        return false;
    }
    if (!device.empty()) state_.clock.advance(device, seq);
    return true;
}

std::optional<Problem> Store::number_entry(const Context& ctx, int64_t& seq) const {
    seq = 0;
    if (ctx.device.empty()) return std::nullopt;
    if (!valid_device_id(ctx.device))
        return problem_at("", say(Msg::why_sales_store_device_id));
    const int64_t last = state_.clock.applied(ctx.device);
    seq = ctx.seq > 0 ? ctx.seq : last + 1;
    if (seq <= last) return problem_at("", say(Msg::why_sales_store_entry_applied, {{"entry", entry_id(ctx.device, seq)}}));
    if (seq > kMaxSeq) return problem_at("", say(Msg::why_sales_store_no_entry_numbers, {{"device", ctx.device}}));
    return std::nullopt;
}

void Store::stamp(JournalEntry& e, const Context& ctx, int64_t seq) {
    e.device = seq > 0 ? ctx.device : std::string();
    e.seq = seq;
    e.at = ctx.now;
    e.who = ctx.who;
    e.app_version = ctx.app_version;
    if (seq > 0) state_.clock.advance(ctx.device, seq);
}

Result Store::journal(JournalEntry line, std::string notice) {
    Result r;
    r.effects.push_back(JournalAppend{entry_to_json(line)});
    if (!notice.empty()) r.effects.push_back(Notice{std::move(notice), std::nullopt});
    return r;
}

// [SECTION] Gather: the images of one undo step, over one command or a batch.
// - An entity's before-image is the state's on its first touch (absent: created); its after-image
//   is replaced by each later touch, keeping the first touch's place in the list, so a redo puts
//   created entities back in the order they were made (the snapshot's order).
// - Indexed by id: a rename touching 30k orders must not search the list once per order.
struct Store::Gather {
    Step& s;
    bool batch = false;    // the counters are checked once, after the last command
    bool touched = false;  // the state was changed (and must be put back on a refusal)
    std::vector<Taken> taken;  // where each removal's entities stood, to put them back there on a refusal

    explicit Gather(Step& step) : s(step) {}

    // Before `ids` are removed: their images and places.
    void note_removed(const Atelier& a, const RemovedIds& ids) {
        touched = true;
        Taken t = taken_of(a, ids);
        t.each([&](auto* kind, const auto& placed) {
            using T = std::remove_pointer_t<decltype(kind)>;
            // One touched before in this step has its before-image (or is listed as created) already.
            for (const auto& [i, x] : placed)
                if (!s.after.of<T>().contains(entity_key(x))) s.before.of<T>().put(x);
            auto& removed = s.removed.of<T>();
            const auto& keys = ids.of<T>();
            removed.insert(removed.end(), keys.begin(), keys.end());
        });
        taken.push_back(std::move(t));
    }

    // Before the state changes: the before-images of what `img` touches for the first time.
    void note_before(const Atelier& a, const Images& img) {
        touched = true;
        if (img.profile && !s.after.profile && !s.before.profile) s.before.profile = a.profile;
        img.each([&](auto* kind, const auto& table) {
            using T = std::remove_pointer_t<decltype(kind)>;
            for (const auto& x : table) {
                const auto& k = entity_key(x);
                if (s.after.of<T>().contains(k)) continue;
                if (const T* b = table_of<T>(a).find(k)) s.before.of<T>().put(*b);
                else s.created.of<T>().push_back(k);
            }
        });
    }

    // After the change was accepted: the latest after-images (each keeps its first touch's place).
    void take_after(Images&& img) {
        if (img.profile) s.after.profile = std::move(img.profile);
        img.each([&](auto* kind, auto& table) {
            auto& into = s.after.of<std::remove_pointer_t<decltype(kind)>>();
            for (auto& x : table) into.put(std::move(x));
        });
    }
};

std::optional<Problem> Store::apply(const Command& c, const Context& ctx, Gather& g, Result& r, Command& recorded) {
    Plan p = plan_command(state_, c, ctx);
    if (!p.ok) return p.error;
    if (p.recorded) recorded = std::move(*p.recorded);
    g.note_before(state_, p.after);
    const Profile profile_before = state_.profile;
    if (!p.removed.empty()) {
        g.note_removed(state_, p.removed);
        remove(p.removed);
    }
    put(p.after);
    if (Problems bad = check_change(p.after, p.removed, profile_before, !g.batch); !bad.empty()) return invalid_result(bad);
    g.take_after(std::move(p.after));
    for (auto& e : p.effects) r.effects.push_back(std::move(e));
    for (auto& w : p.warnings) r.warnings.push_back(std::move(w));
    return std::nullopt;
}

void Store::roll_back(const Gather& g) {
    remove(g.s.created);
    // Latest removal first: each put back where it stood when it was taken.
    for (auto t = g.taken.rbegin(); t != g.taken.rend(); ++t) put_back(state_, *t);
    put(g.s.before);
}

namespace {
Images profile_image(const Profile& p) {
    Images img;
    img.profile = p;
    return img;
}

// A batch's refusal names the command that was refused: its place in the path, its step and type
// in the message ("/commands/1/amount", "step 2 of 3 (order.pay): overpayment refused: ...").
Problem batch_refusal(const cmd::Batch& b, size_t i, const Problem& p) {
    const Said step = say(Msg::why_sales_batch_step,
                          {{"step", std::to_string(i + 1)}, {"steps", std::to_string(b.commands.size())}, {"type", command_type(b.commands[i])}});
    return problem_at("/commands/" + std::to_string(i) + p.path, with_reason(step, "reason", p));
}
}  // namespace

Result Store::dispatch(const Command& c, const Context& ctx, bool undoable) {
    int64_t seq = 0;
    if (auto refused = number_entry(ctx, seq)) return Result{false, *refused, {}, {}};
    Step s;
    Result r = run(c, ctx, seq, s);
    if (!r.ok || !undoable) return r;
    undo_.push_back(std::move(s));
    if (undo_.size() > undo_limit_) undo_.erase(undo_.begin());
    redo_.clear();
    return r;
}

Result Store::run(const Command& c, const Context& given, int64_t seq, Step& s) {
    // The commands see the entry's own number (a message they write is named by it: docs/email.md),
    // whether the caller gave it (a replay) or the store chose it.
    Context ctx = given;
    ctx.seq = seq;
    s.what = command_type(c);
    Gather g(s);
    Result done;  // every command's effects and warnings, in order
    std::optional<Problem> refused;
    Command recorded = c;  // as the journal keeps it: creates with the numbers they gave
    if (const auto* b = std::get_if<cmd::Batch>(&c)) {
        if (auto bad = check_batch_shape(*b)) return Result{false, *bad, {}, {}};
        g.batch = true;
        auto& kept = std::get<cmd::Batch>(recorded).commands;
        for (size_t i = 0; i < b->commands.size() && !refused; ++i) {
            auto step = resolve_batch_references(b->commands[i], kept, i);
            if (auto* bad = std::get_if<Problem>(&step)) {
                refused = batch_refusal(*b, i, *bad);
                break;
            }
            kept[i] = std::get<Command>(step);
            if (auto bad = apply(std::get<Command>(step), ctx, g, done, kept[i])) refused = batch_refusal(*b, i, *bad);
        }
        // One counter scan for the whole batch, not one per order.create (5,000 rows at 100k
        // orders): the profile's rules were checked by each command, only its counters are left.
        if (!refused && s.before.profile) {
            Profile start = state_.profile;
            start.next_order = s.before.profile->next_order;
            start.next_client = s.before.profile->next_client;
            if (Problems bad = check_change(profile_image(state_.profile), {}, start); !bad.empty()) {
                Problem whole = invalid_result(bad);
                refused = Problem{"/commands", std::move(whole.message), std::move(whole.said)};
            }
        }
    } else {
        refused = apply(c, ctx, g, done, recorded);
    }
    if (refused) {
        // Nothing put yet (the first plan refused): nothing to put back, and caches keyed by the
        // revision stay valid.
        if (g.touched) roll_back(g);
        return Result{false, *refused, {}, {}};
    }
    JournalEntry line;
    stamp(line, ctx, seq);
    line.command = std::move(recorded);
    Result r = journal(std::move(line), "");
    for (auto& e : done.effects) r.effects.push_back(std::move(e));
    r.warnings = std::move(done.warnings);
    return r;
}

Result Store::revert(std::vector<Step>& from, std::vector<Step>& to, bool redo, const Context& ctx) {
    if (from.empty()) return Result{false, problem_at("", say(redo ? Msg::why_sales_nothing_to_redo : Msg::why_sales_nothing_to_undo)), {}, {}};
    int64_t seq = 0;
    if (auto refused = number_entry(ctx, seq)) return Result{false, *refused, {}, {}};
    const Step& top = from.back();
    std::vector<Notice> kept;
    Context numbered = ctx;  // a message written again is named by this entry (docs/email.md)
    numbered.seq = seq;
    auto inverse = invert_step(StepImages{top.before, top.after, top.created, top.removed}, state_, numbered, kept);
    if (auto* p = std::get_if<Problem>(&inverse)) return Result{false, *p, {}, {}};
    cmd::Revert body;
    body.what = top.what;
    body.changes = std::move(std::get<std::vector<cmd::EntityChange>>(inverse));
    Command c = redo ? Command{cmd::Redo{body}} : Command{cmd::Undo{body}};
    Step s;
    Result r = run(c, ctx, seq, s);
    if (!r.ok) return r;
    s.what = top.what;
    for (auto& k : kept) r.warnings.push_back(std::move(k));
    Said done = say(redo ? Msg::why_sales_redone : Msg::why_sales_undone, {{"what", top.what}});
    std::string text = english(done);
    r.effects.push_back(Notice{std::move(text), std::move(done)});
    to.push_back(std::move(s));
    from.pop_back();
    return r;
}

Result Store::undo(const Context& ctx) { return revert(undo_, redo_, false, ctx); }
Result Store::redo(const Context& ctx) { return revert(redo_, undo_, true, ctx); }

std::ostream& operator<<(std::ostream& os, const Result& r) {
    if (!r.ok) return os << "Result{error " << r.error << "}";
    os << "Result{ok";
    for (const auto& w : r.warnings) os << ", warning: " << w.text;
    return os << ", " << r.effects.size() << " effects}";
}

}  // namespace atelier

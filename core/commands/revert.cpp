#include "core/commands/revert.hpp"

#include <charconv>
#include <set>

#include "core/commands/concurrent.hpp"
#include "core/commands/plan_detail.hpp"
#include "core/json/capped.hpp"
#include "core/json/fields.hpp"

namespace atelier {

namespace {

// Writes every field, defaults too: a field left out would read as "unchanged" on one side only.
// History is left out unless asked for: an undo never sets it, and it is most of an order's JSON.
struct FullWriter {
    nlohmann::json& j;
    bool history;
    template <class T> void req(const char* key, const T& v) { j[key] = write_value(v); }
    template <class T> void opt(const char* key, const T& v) {
        if (history || std::string_view(key) != "history") j[key] = write_value(v);
    }
};

template <class T>
nlohmann::json full_of(const T& x, bool history = false) {
    nlohmann::json j = nlohmann::json::object();
    FullWriter w{j, history};
    mut(x).fields(w);
    return j;
}

enum class Rule { skip, list, editable, state };

Rule rule_of(EntityKind k, const std::string& f) {
    static const std::set<std::string> order_edit = [] {
        std::set<std::string> s;
        const nlohmann::json j = write_value(order_fields_of(Order{}));
        for (auto it = j.begin(); it != j.end(); ++it) s.insert(it.key());
        return s;
    }();
    static const std::set<std::string> client_edit = [] {
        std::set<std::string> s;
        const nlohmann::json j = write_value(client_fields_of(Client{}));
        for (auto it = j.begin(); it != j.end(); ++it) s.insert(it.key());
        return s;
    }();
    static const std::set<std::string> order_lists{"payments", "fittings", "images", "log", "outbox", "conflicts"};
    static const std::set<std::string> client_lists{"sessions", "conflicts"};
    static const std::set<std::string> profile_lists{"teams", "salespeople", "conflicts", "not_applied"};
    static const std::set<std::string> profile_edit = [] {
        std::set<std::string> s;
        const nlohmann::json j = write_value(atelier_fields_of(Profile{}));
        for (auto it = j.begin(); it != j.end(); ++it)
            if (!profile_lists.count(it.key())) s.insert(it.key());
        return s;
    }();
    switch (k) {
        case EntityKind::order:
            if (f == "number" || f == "history" || f == "created") return Rule::skip;
            if (order_edit.count(f)) return Rule::editable;
            return order_lists.count(f) ? Rule::list : Rule::state;
        case EntityKind::client:
            if (f == "id" || f == "history") return Rule::skip;
            if (client_edit.count(f)) return Rule::editable;
            return client_lists.count(f) ? Rule::list : Rule::state;
        case EntityKind::pipeline:
            if (f == "id") return Rule::skip;
            return f == "conflicts" ? Rule::list : Rule::state;
        case EntityKind::style: return f == "code" || f == "history" ? Rule::skip : Rule::state;
        case EntityKind::production: return f == "number" || f == "history" ? Rule::skip : Rule::state;
        case EntityKind::sales:
            // An issued invoice number is never taken back, as an order's.
            if (f == "number" || f == "history") return Rule::skip;
            return f == "payments" || f == "shipments" ? Rule::list : Rule::state;
        case EntityKind::profile:
            // Counters never go back: an order number or invoice number given is never given again.
            if (f == "next_order" || f == "next_client" || f == "blocks" || f == "invoice_year" || f == "invoice_next") return Rule::skip;
            if (profile_edit.count(f)) return Rule::editable;
            return profile_lists.count(f) ? Rule::list : Rule::state;
    }
    return Rule::skip;
}

// `cur` with the difference `from` -> `to` applied: elements `from` has more of are taken out (the
// first equal one, if still there), elements `to` has more of are appended, in `to`'s order.
nlohmann::json apply_delta(const nlohmann::json& cur, const nlohmann::json& from, const nlohmann::json& to) {
    std::vector<nlohmann::json> drop(from.begin(), from.end()), add;
    for (const auto& x : to) {
        auto it = std::find(drop.begin(), drop.end(), x);
        if (it != drop.end()) drop.erase(it);
        else add.push_back(x);
    }
    nlohmann::json out = cur;
    for (const auto& x : drop) {
        for (auto it = out.begin(); it != out.end(); ++it)
            if (*it == x) {
                out.erase(it);
                break;
            }
    }
    for (auto& x : add) out.push_back(std::move(x));
    return out;
}

// True when every element of `from` is still in `to` (counted with repeats): nothing was taken out.
bool keeps_all(const nlohmann::json& from, const nlohmann::json& to) {
    std::vector<nlohmann::json> left(from.begin(), from.end());
    for (const auto& x : to) {
        auto it = std::find(left.begin(), left.end(), x);
        if (it != left.end()) left.erase(it);
    }
    return left.empty();
}


// The latest history entry's author, for "changed since by ...": nullopt when it names none.
std::optional<std::string> last_author(const nlohmann::json& entity) {
    auto h = entity.find("history");
    if (h == entity.end() || !h->is_array() || h->empty()) return std::nullopt;
    auto who = h->back().find("who");
    if (who == h->back().end() || !who->is_string()) return std::nullopt;
    return who->get<std::string>();
}

// `with` (the sentence naming who changed it last) when the entity's history names an author,
// else `without`; each names what was changed as {what}.
Said by_author(const nlohmann::json& entity, Msg without, Msg with, const Said& what, std::initializer_list<Arg> values = {}) {
    const auto who = last_author(entity);
    Said s = who ? say(with, values) : say(without, values);
    if (who) s.values.push_back({"who", *who, {}});
    return s.with("what", what);
}

// [SECTION] Kinds: how each is found, named and labelled.
int number_of(const std::string& id) {
    int n = 0;
    const char* end = id.data() + id.size();
    auto [p, ec] = std::from_chars(id.data(), end, n);
    return ec == std::errc() && p == end && !id.empty() && id[0] != '-' ? n : -1;
}

// What the sentences name an entity by ("order 12-BFG", "the atelier's settings"), as {what}.
Said label_of(const Atelier& a, EntityKind k, const std::string& id) {
    switch (k) {
        case EntityKind::order: return say(Msg::why_sales_revert_label_order, {{"order", order_label(a.profile, number_of(id))}});
        case EntityKind::client: return say(Msg::why_sales_revert_label_client, {{"client", id}});
        case EntityKind::pipeline: return say(Msg::why_sales_revert_label_pipeline, {{"pipeline", id}});
        case EntityKind::style: return say(Msg::why_sales_revert_label_style, {{"style", id}});
        case EntityKind::production: return say(Msg::why_sales_revert_label_production, {{"production", production_label(a.profile, number_of(id))}});
        case EntityKind::sales: return say(Msg::why_sales_revert_label_sales, {{"sales", sales_label(a.profile, number_of(id))}});
        case EntityKind::profile: return say(Msg::why_sales_revert_label_settings);
    }
    return say(Msg::why_sales_revert_label_client, {{"client", id}});
}

// The entity's JSON as it is in `a` (with its history, to say who changed it), or null when absent.
nlohmann::json current_json(const Atelier& a, EntityKind k, const std::string& id) {
    switch (k) {
        case EntityKind::order:
            if (const Order* o = a.order(number_of(id))) return full_of(*o, true);
            break;
        case EntityKind::client:
            if (const Client* c = a.client(number_of(id))) return full_of(*c, true);
            break;
        case EntityKind::pipeline:
            if (const Pipeline* p = a.pipeline(id)) return full_of(*p, true);
            break;
        case EntityKind::style:
            if (const Style* s = a.style(id)) return full_of(*s, true);
            break;
        case EntityKind::production:
            if (const ProductionOrder* p = a.production(number_of(id))) return full_of(*p, true);
            break;
        case EntityKind::sales:
            if (const SalesOrder* s = a.sales_order(number_of(id))) return full_of(*s, true);
            break;
        case EntityKind::profile: return full_of(a.profile, true);
    }
    return nullptr;
}

nlohmann::json without_history(nlohmann::json j) {
    if (j.is_object()) j.erase("history");
    return j;
}

// A payment's correcting entry: the opposite amount, dated now, saying what it corrects.
nlohmann::json correction_of(const nlohmann::json& payment, DateTime now, bool redo) {
    Problems ignored;
    Reader r{ignored};
    Payment p;
    read_fields(payment, p, PathSeg{nullptr, "", 0}, r);
    // Same kind (refund or payment) and same line named (a void's undo reinstates that line), opposite sign.
    Payment c = p;
    c.at = now;
    c.note = std::string(redo ? "redo" : "undo") + " of the " + format_money(p.amount) + " entry of " + format_datetime(p.at);
    c.correction = !p.correction;
    return write_value(c);
}

// An order's outbox after an undo or redo: a message is never taken out, nor put back once
// withdrawn — a sync server may hold one by its id, and is told it is withdrawn (docs/email.md).
// A message with an id that `to` leaves out stays where it is, withdrawn unless it was sent; one
// that `to` wants standing again is written again under a new id of this entry (a reminder
// written ahead is left to plan_reminders, which writes one where its fitting still wants it).
nlohmann::json outbox_kept(const nlohmann::json& now, const nlohmann::json& to, const Context& ctx, int number) {
    if (!now.is_array() || !to.is_array()) return to;
    const auto id_of = [](const nlohmann::json& m) { return m.is_object() ? m.value("id", std::string()) : std::string(); };
    const auto flag = [](const nlohmann::json& m, const char* k) { return m.is_object() && m.value(k, false); };
    const auto unsent = [](const nlohmann::json& m) { return m.value("sent_at", nlohmann::json()).is_null(); };
    nlohmann::json out = nlohmann::json::array(), again = nlohmann::json::array();
    std::vector<bool> used(to.size(), false);
    size_t plain = 0;  // messages without an id (written before ids) follow `to` in its order
    for (const auto& m : now) {
        const std::string id = id_of(m);
        std::optional<size_t> at;
        if (!id.empty()) {
            for (size_t i = 0; i < to.size() && !at; ++i)
                if (!used[i] && id_of(to[i]) == id) at = i;
        } else {
            while (plain < to.size() && (used[plain] || !id_of(to[plain]).empty())) ++plain;
            if (plain < to.size()) at = plain;
        }
        if (at) {
            used[*at] = true;
            nlohmann::json x = to[*at];
            if (flag(m, "withdrawn") && !flag(x, "withdrawn")) {
                if (unsent(x) && x.value("due", nlohmann::json()).is_null()) again.push_back(x);
                x["withdrawn"] = true;
            }
            out.push_back(std::move(x));
        } else if (!id.empty()) {
            nlohmann::json x = m;
            if (unsent(x)) x["withdrawn"] = true;
            out.push_back(std::move(x));
        }
    }
    for (size_t i = 0; i < to.size(); ++i)
        if (!used[i]) out.push_back(to[i]);
    for (auto& x : again) {
        x["id"] = detail::message_id_for(ctx, number, out.size());
        if (x["id"] == "") x.erase("id");
        out.push_back(std::move(x));
    }
    return out;
}

// [SECTION] Inverse: the fields of one entity the step changed, from the values found now.
struct Inverter {
    const Atelier& now;
    const Context& ctx;
    bool redo;  // the step being inverted was itself an undo: corrections say "redo"
    std::vector<Notice>& kept;
    std::vector<cmd::EntityChange> out;
    std::optional<Problem> refused;

    void touched(EntityKind k, const std::string& id, const nlohmann::json& b, const nlohmann::json& a) {
        const Said label = label_of(now, k, id);
        const nlohmann::json c = current_json(now, k, id);
        if (c.is_null()) return (void)(refused = problem_at("", say(Msg::why_sales_revert_gone).with("what", label)));
        cmd::EntityChange ch{k, k == EntityKind::profile ? "" : id, {nlohmann::json::object()}, {nlohmann::json::object()}};
        for (auto it = a.begin(); it != a.end() && !refused; ++it) {
            const std::string& f = it.key();
            const Rule rule = rule_of(k, f);
            const nlohmann::json& av = it.value();
            const nlohmann::json bv = b.value(f, nlohmann::json());
            const nlohmann::json cv = c.value(f, nlohmann::json());
            if (rule == Rule::skip || bv == av) continue;
            nlohmann::json to;
            if (rule == Rule::list && f == "payments") {
                // The ledger only grows: what the step added is corrected, nothing is taken out.
                to = cv;
                const nlohmann::json added = apply_delta(av, bv, nlohmann::json::array());
                for (const auto& p : added) to.push_back(correction_of(p, ctx.now, redo));
            } else if (rule == Rule::list) {
                to = cv == av ? bv : apply_delta(cv, av, bv);
                if (k == EntityKind::order && f == "outbox") to = outbox_kept(cv, to, ctx, number_of(id));
            } else if (cv != av) {
                if (rule == Rule::editable) {
                    Said why = by_author(c, Msg::why_sales_revert_kept_edit, Msg::why_sales_revert_kept_edit_by, label, {{"field", f}});
                    std::string text = english(why);
                    kept.push_back(Notice{std::move(text), std::move(why)});
                    continue;
                }
                refused = problem_at("", by_author(c, Msg::why_sales_revert_changed, Msg::why_sales_revert_changed_by, label, {{"field", f}}));
                break;
            } else {
                to = bv;
            }
            if (to == cv) continue;
            ch.from.values[f] = cv;
            ch.to.values[f] = std::move(to);
        }
        if (!ch.to.values.empty()) out.push_back(std::move(ch));
    }

    void created(EntityKind k, const std::string& id, const nlohmann::json& a) {
        const Said label = label_of(now, k, id);
        const nlohmann::json c = current_json(now, k, id);
        if (c.is_null()) return;
        if (k == EntityKind::order && !c.value("payments", nlohmann::json::array()).empty() && c["payments"] != a["payments"])
            return (void)(refused = problem_at("", say(Msg::why_sales_revert_ledger_lines, {{"order", order_label(now.profile, number_of(id))}})));
        if (without_history(c) != without_history(a))
            return (void)(refused = problem_at("", by_author(c, Msg::why_sales_revert_created_changed, Msg::why_sales_revert_created_changed_by, label)));
        out.push_back(cmd::EntityChange{k, id, {c}, {nullptr}});
    }

    void removed(EntityKind k, const std::string& id, const nlohmann::json& b) {
        if (!current_json(now, k, id).is_null())
            return (void)(refused = problem_at("", say(Msg::why_sales_revert_exists_again).with("what", label_of(now, k, id))));
        out.push_back(cmd::EntityChange{k, id, {nullptr}, {b}});
    }
};

std::string key_text(int key) { return std::to_string(key); }
const std::string& key_text(const std::string& key) { return key; }

// The inverse of what step `s` did to the entities of kind T.
template <class T>
void invert_kind(Inverter& inv, const StepImages& s) {
    constexpr EntityKind k = KindOf<T>::entity;
    const auto& before = s.before.of<T>();
    const auto& created = s.created.of<T>();
    for (const auto& key : s.removed.of<T>())
        if (const T* b = before.find(key); b && !inv.refused) inv.removed(k, key_text(key), full_of(*b, true));
    for (const auto& x : s.after.of<T>()) {
        if (inv.refused) return;
        const auto& key = entity_key(x);
        if (std::find(created.begin(), created.end(), key) != created.end()) inv.created(k, key_text(key), full_of(x));
        else if (const T* b = before.find(key)) inv.touched(k, key_text(key), full_of(*b), full_of(x));
    }
}

}  // namespace

nlohmann::json full_json(const Profile& p) { return full_of(p, true); }
nlohmann::json full_json(const Pipeline& p) { return full_of(p, true); }
nlohmann::json full_json(const Client& c) { return full_of(c, true); }
nlohmann::json full_json(const Order& o) { return full_of(o, true); }

std::variant<std::vector<cmd::EntityChange>, Problem> invert_step(const StepImages& s, const Atelier& now, const Context& ctx,
                                                                  std::vector<Notice>& kept) {
    Inverter inv{now, ctx, false, kept, {}, {}};
    // A step that was an undo holds correcting payments: inverting it is a redo.
    for (const auto& o : s.after.of<Order>())
        if (!o.history.empty() && o.history.back().what == cmd::Undo::kType) inv.redo = true;
    if (s.before.profile && s.after.profile) inv.touched(EntityKind::profile, "", full_of(*s.before.profile), full_of(*s.after.profile));
    for_each_kind([&](auto* kind) { invert_kind<std::remove_pointer_t<decltype(kind)>>(inv, s); });
    if (inv.refused) return *inv.refused;
    return std::move(inv.out);
}

// [SECTION] Apply: run by plan_command for cmd::Undo and cmd::Redo.
namespace detail {

namespace {

// Reads `j` back into the entity; false (and a failure at `path`) when it is not one.
template <class T>
bool read_back(Work& w, const nlohmann::json& j, T& out, const std::string& path) {
    Problems problems;
    Reader r{problems};
    read_fields(j, out, PathSeg{nullptr, "", 0}, r);
    if (!r.failed) return true;
    // The reader's own problem, as it said it (a sentence of its own, or only English).
    const Problem& p = problems.front();
    if (w.out.ok) {
        w.out.ok = false;
        w.out.error = Problem{path + p.path, p.message, p.said};
    }
    return false;
}

// `cur` with the change's fields set by their rules; null (and a failure) when refused.
nlohmann::json changed_fields(Work& w, EntityKind k, const Said& label, const nlohmann::json& cur, const cmd::EntityChange& ch,
                              const std::string& path, nlohmann::json& conflicted) {
    const nlohmann::json& from = ch.from.values;
    for (auto it = from.begin(); it != from.end(); ++it)
        if (!ch.to.values.contains(it.key())) return w.fail(path + "/from/" + it.key(), Msg::why_sales_revert_not_set), nullptr;
    nlohmann::json out = cur;
    for (auto it = ch.to.values.begin(); it != ch.to.values.end(); ++it) {
        const std::string& f = it.key();
        const std::string at = path + "/to/" + f;
        if (!cur.contains(f)) return w.fail(at, say(Msg::why_sales_revert_not_field_of).with("what", label)), nullptr;
        const Rule rule = rule_of(k, f);
        if (rule == Rule::skip) return w.fail(at, Msg::why_sales_revert_never_put_back), nullptr;
        auto seen = from.find(f);
        if (seen == from.end()) return w.fail(path + "/from/" + f, Msg::why_sales_revert_from_missing), nullptr;
        const nlohmann::json& cv = cur[f];
        if (rule == Rule::list) {
            if (!it->is_array() || !seen->is_array()) return w.fail(at, Msg::why_sales_revert_not_list, {{"field", f}}), nullptr;
            if (k == EntityKind::order && f == "payments" && !keeps_all(*seen, *it))
                return w.fail(at, Msg::why_sales_revert_ledger_out), nullptr;
            out[f] = cv == *seen ? *it : apply_delta(cv, *seen, *it);
        } else {
            // A field the step set to the value it found was not changed by it: nothing to put
            // back, and another device's value since stays (the roles' check reads it so too).
            if (*seen == *it) continue;
            if (cv != *seen) {
                if (rule == Rule::state)
                    return w.fail(path + "/from/" + f,
                                  say(Msg::why_sales_revert_state_changed, {{"field", f}, {"now", json_text(cv)}}).with("what", label)),
                           nullptr;
                conflicted[f] = *seen;
            }
            out[f] = *it;
        }
    }
    return out;
}

template <class T>
void put_changed(Work& w, EntityKind k, const Said& label, const T& cur, const cmd::EntityChange& ch, const std::string& path, T& into) {
    nlohmann::json conflicted = nlohmann::json::object();
    const nlohmann::json before = full_of(cur);
    const nlohmann::json after = changed_fields(w, k, label, before, ch, path, conflicted);
    if (after.is_null()) return;
    T x;
    if (!read_back(w, after, x, path + "/to")) return;
    if constexpr (requires { x.history; }) x.history = cur.history;
    if constexpr (requires { x.conflicts; }) {
        std::vector<HistoryEntry> none;  // the atelier's settings keep no history: who set them is in the journal
        const std::vector<HistoryEntry>* history = &none;
        if constexpr (requires { x.history; }) history = &x.history;
        for (auto& c : concurrent_edits(conflicted, before, after, *history, w.ctx.who, w.ctx.now)) x.conflicts.push_back(std::move(c));
    }
    into = std::move(x);
}

// An entity put back whole: absent now, with the id the change names.
template <class T>
bool put_whole(Work& w, const cmd::EntityChange& ch, const std::string& path, const Said& label, const EntityKey<T>& key) {
    if (!ch.to.values.is_object()) return w.fail(path + "/to", Msg::why_sales_revert_to_not_entity);
    T x;
    if (!read_back(w, ch.to.values, x, path + "/to")) return false;
    if (entity_key(x) != key) return w.fail(path + "/to", say(Msg::why_sales_revert_other_entity).with("what", label));
    w.out.after.of<T>().put(std::move(x));
    return true;
}

// Removes what the change names, if it is still as `from` says (history aside).
bool take_out(Work& w, const nlohmann::json& cur, const cmd::EntityChange& ch, const std::string& path, const Said& label) {
    if (!ch.from.values.is_object()) return w.fail(path + "/from", Msg::why_sales_revert_from_not_entity);
    const nlohmann::json now = without_history(cur);
    for (auto it = ch.from.values.begin(); it != ch.from.values.end(); ++it) {
        if (it.key() == "history") continue;
        auto c = now.find(it.key());
        if (c == now.end() || *c != *it)
            return w.fail(path + "/from/" + it.key(), say(Msg::why_sales_revert_remove_changed).with("what", label));
    }
    return true;
}

// The key a change's id names: a positive number for kinds numbered so, the text otherwise.
std::optional<int> parse_key(const std::string& id, const int*) {
    const int n = number_of(id);
    return n > 0 ? std::optional<int>(n) : std::nullopt;
}
std::optional<std::string> parse_key(const std::string& id, const std::string*) { return id; }

// One change to an entity of kind T: put back whole (`absent`), removed (`remove`), or its fields set.
template <class T>
void revert_entity(Work& w, const cmd::EntityChange& ch, const std::string& path, const Said& label, bool absent, bool remove) {
    const auto key = parse_key(ch.id, static_cast<const EntityKey<T>*>(nullptr));
    if (!key) return (void)w.fail(path + "/id", Msg::why_sales_revert_id_not_positive);
    const T* cur = table_of<T>(w.a).find(*key);
    if (absent) {
        if (cur) return (void)w.fail(path + "/id", say(Msg::why_sales_revert_exists).with("what", label));
        put_whole<T>(w, ch, path, label, *key);
    } else if (!cur) {
        w.fail(path + "/id", say(Msg::why_sales_revert_missing).with("what", label));
    } else if (remove) {
        if (take_out(w, full_of(*cur), ch, path, label)) w.out.removed.of<T>().push_back(*key);
    } else {
        // Each entity is named by one change only (checked before), so this is its first touch.
        put_changed(w, ch.kind, label, *cur, ch, path, w.out.after.of<T>().put(*cur));
    }
}

}  // namespace

void run_revert(Work& w, const cmd::Revert& c) {
    if (c.changes.size() > cmd::Revert::kMaxChanges)
        return (void)w.fail("/changes", Msg::why_sales_revert_too_many, {{"max", std::to_string(cmd::Revert::kMaxChanges)}});
    std::set<std::pair<EntityKind, std::string>> named;
    for (size_t i = 0; i < c.changes.size() && w.out.ok; ++i) {
        const cmd::EntityChange& ch = c.changes[i];
        const std::string path = "/changes/" + std::to_string(i);
        if (!named.insert({ch.kind, ch.id}).second) return (void)w.fail(path + "/id", Msg::why_sales_revert_named_twice);
        const Said label = label_of(w.a, ch.kind, ch.id);
        const bool absent = ch.from.values.is_null(), remove = ch.to.values.is_null();
        if (absent && remove) return (void)w.fail(path, Msg::why_sales_revert_both_null);
        // An issued invoice stays issued (its number is in the client's hands and the sequence
        // has no gaps): no undo takes it back; a refund or a credit corrects it.
        if ((ch.kind == EntityKind::order || ch.kind == EntityKind::sales) && ch.from.values.is_object()) {
            const auto inv = ch.from.values.find("invoice");
            if (inv != ch.from.values.end() && inv->is_string() && !inv->get<std::string>().empty() &&
                (remove || !ch.to.values.contains("invoice") || ch.to.values.at("invoice") != *inv))
                return (void)w.fail(path, say(Msg::why_sales_revert_invoice_issued, {{"invoice", inv->get<std::string>()}}).with("what", label));
        }
        // Nor does one give a number: only order.invoice and sales.invoice take the next of the
        // sequence (a hand-written undo would give one twice, or out of turn).
        if ((ch.kind == EntityKind::order || ch.kind == EntityKind::sales) && ch.to.values.is_object()) {
            const auto inv = ch.to.values.find("invoice");
            const bool gives = inv != ch.to.values.end() && inv->is_string() && !inv->get<std::string>().empty();
            if (gives && !(ch.from.values.is_object() && ch.from.values.contains("invoice") && ch.from.values.at("invoice") == *inv))
                return (void)w.fail(path, say(Msg::why_sales_revert_gives_invoice).with("what", label));
        }
        switch (ch.kind) {
            case EntityKind::profile: {
                if (!ch.id.empty()) return (void)w.fail(path + "/id", Msg::why_sales_revert_settings_id);
                if (absent || remove) return (void)w.fail(path, Msg::why_sales_revert_settings_whole);
                put_changed(w, ch.kind, label, w.a.profile, ch, path, w.profile());
                break;
            }
            default:
                for_each_kind([&](auto* kind) {
                    using T = std::remove_pointer_t<decltype(kind)>;
                    if (KindOf<T>::entity == ch.kind) revert_entity<T>(w, ch, path, label, absent, remove);
                });
                break;
        }
    }
}


}  // namespace detail

}  // namespace atelier

#include "core/store.hpp"

#include <algorithm>

#include "core/json/fields.hpp"

namespace atelier {

Store::Store(Atelier a) { reset(std::move(a)); }

void Store::reset(Atelier a) {
    state_ = std::move(a);
    state_.reindex();
    undo_.clear();
    redo_.clear();
}

Atelier Store::release() {
    undo_.clear();
    redo_.clear();
    Atelier out = std::move(state_);
    state_ = Atelier{};
    return out;
}

void Store::put(const Images& img) {
    if (img.profile) state_.profile = *img.profile;
    for (const auto& p : img.pipelines) {
        auto it = std::find_if(state_.pipelines.begin(), state_.pipelines.end(), [&](const Pipeline& x) { return x.id == p.id; });
        if (it != state_.pipelines.end()) *it = p;
        else state_.pipelines.push_back(p);
    }
    for (const auto& c : img.clients) {
        auto it = state_.client_at.find(c.id);
        if (it != state_.client_at.end()) state_.clients[it->second] = c;
        else {
            state_.client_at.emplace(c.id, state_.clients.size());
            state_.clients.push_back(c);
        }
    }
    for (const auto& o : img.orders) {
        auto it = state_.order_at.find(o.number);
        if (it != state_.order_at.end()) state_.orders[it->second] = o;
        else {
            state_.order_at.emplace(o.number, state_.orders.size());
            state_.orders.push_back(o);
        }
    }
}

void Store::remove_created(const Step& s) {
    // Created entities were appended, so undo usually pops the tail; reindex only otherwise.
    bool shifted = false;
    for (int n : s.created_orders) {
        auto it = state_.order_at.find(n);
        if (it == state_.order_at.end()) continue;
        const size_t i = it->second;
        if (i + 1 != state_.orders.size()) shifted = true;
        state_.orders.erase(state_.orders.begin() + static_cast<std::ptrdiff_t>(i));
        state_.order_at.erase(it);
    }
    for (int id : s.created_clients) {
        auto it = state_.client_at.find(id);
        if (it == state_.client_at.end()) continue;
        const size_t i = it->second;
        if (i + 1 != state_.clients.size()) shifted = true;
        state_.clients.erase(state_.clients.begin() + static_cast<std::ptrdiff_t>(i));
        state_.client_at.erase(it);
    }
    for (const auto& id : s.created_pipelines)
        state_.pipelines.erase(std::remove_if(state_.pipelines.begin(), state_.pipelines.end(),
                                              [&](const Pipeline& p) { return p.id == id; }),
                               state_.pipelines.end());
    if (shifted) state_.reindex();
}

namespace {
nlohmann::json envelope(const Context& ctx) {
    return {{"at", format_datetime(ctx.now)}, {"who", ctx.who}};
}

// What an undo/redo journal line carries so a replay needs no history: the entities after the
// step, and for an undo the ones the undone step had created.
struct ImagesDoc {
    std::optional<Profile> profile;
    std::vector<Pipeline> pipelines;
    std::vector<Client> clients;
    std::vector<Order> orders;
    template <class V> void fields(V& v) {
        v.opt("profile", profile);
        v.opt("pipelines", pipelines);
        v.opt("clients", clients);
        v.opt("orders", orders);
    }
};
struct RemovedDoc {
    std::vector<int> orders, clients;
    std::vector<std::string> pipelines;
    template <class V> void fields(V& v) {
        v.opt("orders", orders);
        v.opt("clients", clients);
        v.opt("pipelines", pipelines);
    }
};

nlohmann::json images_json(const Images& img) {
    return write_value(ImagesDoc{img.profile, img.pipelines, img.clients, img.orders});
}
}  // namespace

bool Store::replay_images(const nlohmann::json& entry, Problems& problems) {
    if (!entry.is_object() || !(entry.contains("undo") || entry.contains("redo")) || !entry.contains("put")) {
        problems.push_back({"", "not an undo or redo line with its entities"});
        return false;
    }
    const size_t before = problems.size();
    Reader r{problems};
    ImagesDoc doc;
    RemovedDoc removed;
    read_value(entry["put"], doc, PathSeg{nullptr, "put", 0}, r);
    if (entry.contains("remove")) read_value(entry["remove"], removed, PathSeg{nullptr, "remove", 0}, r);
    if (problems.size() != before) return false;
    Step s;
    s.created_orders = std::move(removed.orders);
    s.created_clients = std::move(removed.clients);
    s.created_pipelines = std::move(removed.pipelines);
    remove_created(s);
    put(Images{std::move(doc.profile), std::move(doc.pipelines), std::move(doc.clients), std::move(doc.orders)});
    return true;
}

Result Store::dispatch(const Command& c, const Context& ctx) {
    Plan p = plan_command(state_, c, ctx);
    Result r;
    if (!p.ok) {
        r.ok = false;
        r.error = p.error;
        return r;
    }
    Step s;
    s.what = command_type(c);
    if (p.after.profile) s.before.profile = state_.profile;
    for (const auto& x : p.after.pipelines) {
        if (const Pipeline* b = state_.pipeline(x.id)) s.before.pipelines.push_back(*b);
        else s.created_pipelines.push_back(x.id);
    }
    for (const auto& x : p.after.clients) {
        if (const Client* b = state_.client(x.id)) s.before.clients.push_back(*b);
        else s.created_clients.push_back(x.id);
    }
    for (const auto& x : p.after.orders) {
        if (const Order* b = state_.order(x.number)) s.before.orders.push_back(*b);
        else s.created_orders.push_back(x.number);
    }
    put(p.after);
    s.after = std::move(p.after);
    undo_.push_back(std::move(s));
    if (undo_.size() > undo_limit_) undo_.erase(undo_.begin());
    redo_.clear();

    nlohmann::json line = envelope(ctx);
    line["command"] = command_to_json(c);
    r.effects.push_back(JournalAppend{std::move(line)});
    for (auto& e : p.effects) r.effects.push_back(std::move(e));
    r.warnings = std::move(p.warnings);
    return r;
}

Result Store::undo(const Context& ctx) {
    Result r;
    if (undo_.empty()) {
        r.ok = false;
        r.error = Problem{"", "nothing to undo"};
        return r;
    }
    Step s = std::move(undo_.back());
    undo_.pop_back();
    remove_created(s);
    put(s.before);
    nlohmann::json line = envelope(ctx);
    line["undo"] = s.what;
    line["put"] = images_json(s.before);
    line["remove"] = write_value(RemovedDoc{s.created_orders, s.created_clients, s.created_pipelines});
    r.effects.push_back(JournalAppend{std::move(line)});
    r.effects.push_back(Notice{"undone: " + s.what});
    redo_.push_back(std::move(s));
    return r;
}

Result Store::redo(const Context& ctx) {
    Result r;
    if (redo_.empty()) {
        r.ok = false;
        r.error = Problem{"", "nothing to redo"};
        return r;
    }
    Step s = std::move(redo_.back());
    redo_.pop_back();
    put(s.after);
    nlohmann::json line = envelope(ctx);
    line["redo"] = s.what;
    line["put"] = images_json(s.after);
    r.effects.push_back(JournalAppend{std::move(line)});
    r.effects.push_back(Notice{"redone: " + s.what});
    undo_.push_back(std::move(s));
    return r;
}

std::ostream& operator<<(std::ostream& os, const Result& r) {
    if (!r.ok) return os << "Result{error " << r.error << "}";
    os << "Result{ok";
    for (const auto& w : r.warnings) os << ", warning: " << w;
    return os << ", " << r.effects.size() << " effects}";
}

}  // namespace atelier

#include "core/sync/renumber.hpp"

#include <optional>
#include <vector>

namespace atelier {

namespace {

// The number a reference holds: an integer, or (an undo's entity id) a string of digits.
std::optional<int64_t> number_in(const nlohmann::json& v) {
    if (v.is_number_integer()) return v.get<int64_t>();
    if (!v.is_string()) return std::nullopt;
    const std::string& s = v.get_ref<const std::string&>();
    if (s.empty() || s.size() > 10 || s.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stoll(s);
}

// Calls `f` on each value of `j` that names an order number or a client id: the fields a command
// names them by ("order", "client", client.merge's "keep", a create's "number" or "id"), an undo's entity ids and the
// entities it puts back, and the id lists an undo removes ("orders", "clients").
template <class J, class F>
void each_reference(J& j, F&& f) {
    if (j.is_array()) {
        for (auto& x : j) each_reference(x, f);
        return;
    }
    if (!j.is_object()) return;
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string& k = it.key();
        auto& v = it.value();
        if (k == "number" || k == "order" || k == "client" || k == "id" || k == "keep" || k == "production" || k == "sales") {
            if (v.is_number_integer() || (k == "id" && v.is_string())) f(v);
            else each_reference(v, f);
        } else if ((k == "orders" || k == "clients" || k == "productions" || k == "sales_orders") && v.is_array()) {
            for (auto& x : v)
                if (x.is_number_integer()) f(x);
                else each_reference(x, f);
        } else {
            each_reference(v, f);
        }
    }
}

void rewrite(nlohmann::json& j, const Renumbering& map) {
    if (map.empty()) return;
    each_reference(j, [&](nlohmann::json& v) {
        const auto n = number_in(v);
        if (!n || *n > kMaxNumber) return;
        const auto it = map.find(static_cast<int>(*n));
        if (it == map.end()) return;
        v = v.is_string() ? nlohmann::json(std::to_string(it->second)) : nlohmann::json(it->second);
    });
}

// The device's ranges of one kind, oldest first, as take_number walks them.
struct Cursor {
    std::vector<NumberRange> ranges;
    std::optional<int> take() {
        for (auto& r : ranges)
            if (r.next < r.end) return r.next++;
        return std::nullopt;
    }
    void given(int n) {
        for (auto& r : ranges)
            if (n >= r.next && n < r.end) return (void)(r.next = n + 1);
    }
};

// The commands of an entry: its command, or a batch's.
std::vector<const nlohmann::json*> steps_of(const nlohmann::json& entry) {
    std::vector<const nlohmann::json*> steps;
    const auto command = entry.find("command");
    if (command == entry.end() || !command->is_object()) return steps;
    if (command->value("type", "") == "batch" && command->contains("commands") && (*command)["commands"].is_array())
        for (const auto& c : (*command)["commands"]) steps.push_back(&c);
    else
        steps.push_back(&*command);
    return steps;
}

}  // namespace

const char* created_number_field(const nlohmann::json& command) {
    if (!command.is_object()) return nullptr;
    const std::string type = command.value("type", "");
    return type == "order.create" || type == "order.clone" || type == "production.create" || type == "sales.create" ||
                   type == "sales.produce" ? "number"
           : type == "client.create"                                                        ? "id"
                                                                                            : nullptr;
}

NumbersLeft numbers_left(const Profile& p, const std::string& device) {
    NumbersLeft out;
    for (const auto& b : p.blocks) {
        if (b.device != device) continue;
        out.held = true;
        out.orders += b.orders.end - b.orders.next;
        out.clients += b.clients.end - b.clients.next;
    }
    return out;
}

bool names_provisional(const nlohmann::json& entry) {
    bool found = false;
    each_reference(entry, [&](const nlohmann::json& v) {
        const auto n = number_in(v);
        found = found || (n && *n < kMaxNumber && is_provisional(static_cast<int>(*n)));
    });
    return found;
}

bool renumber_entry(nlohmann::json& entry, const Profile& before, const std::string& device, Renumbering& map) {
    // A provisional number this entry creates is free where it applies (an undo took back the
    // one that had it): from here on it names the new order, not the one mapped before.
    const std::vector<const nlohmann::json*> steps = steps_of(entry);  // rewriting changes values only
    for (const nlohmann::json* c : steps)
        if (const char* field = created_number_field(*c); field && c->contains(field) && (*c)[field].is_number_integer())
            if (const int64_t n = (*c)[field].get<int64_t>(); n >= kProvisionalFrom && n < kMaxNumber) map.erase(static_cast<int>(n));
    rewrite(entry, map);
    Cursor orders, clients;
    for (const auto& b : before.blocks)
        if (b.device == device) orders.ranges.push_back(b.orders), clients.ranges.push_back(b.clients);
    Renumbering mine;
    for (const nlohmann::json* c : steps) {
        const char* field = created_number_field(*c);
        if (!field) continue;
        const bool order = std::string(field) == "number";
        const auto given = c->find(field);
        if (given == c->end() || !given->is_number_integer()) continue;
        const int64_t n = given->get<int64_t>();
        Cursor& cursor = order ? orders : clients;
        if (n >= kProvisionalFrom && n < kMaxNumber) {
            const auto real = cursor.take();
            if (!real) return false;
            mine[static_cast<int>(n)] = *real;
        } else if (n > 0 && n < kProvisionalFrom) {
            cursor.given(static_cast<int>(n));
        }
    }
    rewrite(entry, mine);
    for (const auto& [from, to] : mine) map[from] = to;
    return !names_provisional(entry);
}

}  // namespace atelier

#include "core/sync/log_server.hpp"

#include <algorithm>
#include <set>

#include "core/model/device_clock.hpp"
#include "core/model/not_applied.hpp"
#include "core/rules/roles.hpp"

namespace atelier {

namespace {

constexpr int64_t kMaxPos = (int64_t{1} << 53) - 1;
const char* const kEntryFields[] = {"id", "device", "seq", "at", "who", "app_version", "command", "undo", "redo", "put", "remove"};

struct Bad {
    int status;
    std::string message;
};

ServerReply error(int status, std::string message) { return {status, {{"error", std::move(message)}}}; }

bool is_int(const nlohmann::json& j) { return j.is_number_integer(); }

void object_body(const nlohmann::json& body, std::initializer_list<const char*> allowed, std::initializer_list<const char*> required) {
    if (!body.is_object()) throw Bad{400, "body must be a JSON object"};
    for (auto it = body.begin(); it != body.end(); ++it) {
        bool known = false;
        for (const char* a : allowed) known = known || it.key() == a;
        if (!known) {
            std::string list;
            for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
            throw Bad{400, "/" + it.key() + ": unknown field (expected " + list + ")"};
        }
    }
    for (const char* r : required)
        if (!body.contains(r)) throw Bad{400, "/" + std::string(r) + ": missing"};
}

bool device_shape(const nlohmann::json& d) { return d.is_string() && valid_device_id(d.get_ref<const std::string&>()); }

// What became of an email is the server's own word (docs/email.md): a device's entry may not say
// it, alone or inside a batch.
void not_the_servers(const nlohmann::json& c, const std::string& where) {
    if (c.value("type", "") == "batch" && c.contains("commands") && c["commands"].is_array())
        for (size_t i = 0; i < c["commands"].size(); ++i)
            if (c["commands"][i].is_object()) not_the_servers(c["commands"][i], where + "/commands/" + std::to_string(i));
    if (c.value("type", "") == "order.message_delivery")
        throw Bad{400, where + "/type: order.message_delivery is written by the server only (an entry of device 'server'), not by a device"};
}

std::string check_device(const nlohmann::json& d, const std::string& where) {
    if (!device_shape(d)) throw Bad{400, where + ": a device id is 1-64 letters, digits, '-' or '_'"};
    if (d == "server") throw Bad{400, where + ": the device id 'server' is the server's own"};
    return d.get<std::string>();
}

int64_t check_int(const nlohmann::json& v, const std::string& where, int64_t low, int64_t high) {
    if (!is_int(v)) throw Bad{400, where + ": must be an integer"};
    const int64_t n = v.get<int64_t>();
    if (n < low || n > high) throw Bad{400, where + ": must be from " + std::to_string(low) + " to " + std::to_string(high)};
    return n;
}

std::string check_hash(const nlohmann::json& v, const std::string& where) {
    bool ok = v.is_string() && !v.get_ref<const std::string&>().empty() && v.get_ref<const std::string&>().size() <= 128;
    if (ok)
        for (unsigned char c : v.get_ref<const std::string&>()) ok = ok && c >= 0x20 && c != 0x7f;
    if (!ok) throw Bad{400, where + ": a state hash is a string of 1-128 printable characters"};
    return v.get<std::string>();
}

// "YYYY-MM-DDTHH:MM" with ASCII digits, a real day and time (serve.py's check_at).
bool real_datetime(const std::string& s) {
    static const char shape[] = "dddd-dd-ddTdd:dd";
    if (s.size() != sizeof shape - 1) return false;
    for (size_t i = 0; i < s.size(); ++i)
        if (shape[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != shape[i]) return false;
    auto num = [&](size_t at, size_t n) { return std::stoi(s.substr(at, n)); };
    const int y = num(0, 4), mo = num(5, 2), d = num(8, 2), h = num(11, 2), mi = num(14, 2);
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59) return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[mo - 1] + (mo == 2 && leap);
}

// One entry of a push, as serve.py's backend/entries.py checks it.
void check_entry(const nlohmann::json& e, const std::string& device, const std::string& where) {
    if (!e.is_object()) throw Bad{400, where + ": an entry must be a JSON object"};
    for (auto it = e.begin(); it != e.end(); ++it)
        if (std::find(std::begin(kEntryFields), std::end(kEntryFields), it.key()) == std::end(kEntryFields))
            throw Bad{400, where + "/" + it.key() + ": unknown field"};
    for (const char* k : {"id", "device", "seq", "at", "app_version"})
        if (!e.contains(k)) throw Bad{400, where + "/" + k + ": missing"};
    const int shapes = static_cast<int>(e.contains("command")) + static_cast<int>(e.contains("undo")) + static_cast<int>(e.contains("redo"));
    if (shapes == 0) throw Bad{400, where + "/command: missing"};
    if (shapes > 1) throw Bad{400, where + ": an entry holds one of command, undo or redo"};
    if (!device_shape(e["device"])) throw Bad{400, where + "/device: a device id is 1-64 letters, digits, '-' or '_'"};
    if (e["device"] != device) throw Bad{400, where + "/device: " + e["device"].get<std::string>() + " is not the pushing device " + device};
    const auto& seq = e["seq"];
    if (!is_int(seq) || seq.get<int64_t>() < 1 || seq.get<int64_t>() > kMaxPos) throw Bad{400, where + "/seq: must be a positive integer"};
    const std::string id = device + "." + std::to_string(seq.get<int64_t>());
    if (e["id"] != id) throw Bad{400, where + "/id: must be \"" + id + "\" (device.seq)"};
    const auto& at = e["at"];
    if (!at.is_string() || !real_datetime(at.get<std::string>())) throw Bad{400, where + "/at: must be a date-time \"YYYY-MM-DDTHH:MM\""};
    const auto& v = e["app_version"];
    if (!v.is_string() || v.get_ref<const std::string&>().size() > 64) throw Bad{400, where + "/app_version: must be a string of at most 64 characters"};
    if (e.contains("who") && !e["who"].is_string()) throw Bad{400, where + "/who: must be a string"};
    if (e.contains("command")) {
        const auto& c = e["command"];
        if (!c.is_object()) throw Bad{400, where + "/command: must be a JSON object"};
        if (!c.contains("type") || !c["type"].is_string() || c["type"].get_ref<const std::string&>().empty())
            throw Bad{400, where + "/command/type: must be a non-empty string"};
        if (e.contains("put") || e.contains("remove")) throw Bad{400, where + ": put and remove belong to an undo or redo"};
        not_the_servers(c, where + "/command");
    } else {
        const char* k = e.contains("undo") ? "undo" : "redo";
        if (!e[k].is_string() || e[k].get_ref<const std::string&>().empty()) throw Bad{400, where + "/" + k + ": must be a non-empty string"};
        if (!e.contains("put") || !e["put"].is_object()) throw Bad{400, where + "/put: must be a JSON object"};
        if (e.contains("remove") && (!e["remove"].is_object() || e.contains("redo"))) throw Bad{400, where + "/remove: must be a JSON object, in an undo only"};
    }
    if (e.dump().size() > LogServer::kMaxEntryBytes) throw Bad{400, where + ": an entry must be at most 8 MiB"};
}

// The fields (who aside) where a stored entry and a re-sent one differ.
std::string differing(const nlohmann::json& stored, const nlohmann::json& sent) {
    std::string out;
    for (const char* k : kEntryFields) {
        if (std::string(k) == "who") continue;
        const auto a = stored.find(k), b = sent.find(k);
        const bool same = (a == stored.end()) == (b == sent.end()) && (a == stored.end() || *a == *b);
        if (!same) out += (out.empty() ? "" : ", ") + std::string(k);
    }
    return out;
}

nlohmann::json kept(const nlohmann::json& e, const std::string& who, const std::string& received) {
    nlohmann::json out = nlohmann::json::object();
    for (const char* k : kEntryFields)
        if (std::string(k) == "who") out["who"] = who;
        else if (e.contains(k)) out[k] = e[k];
    out["received"] = received;
    return out;
}

}  // namespace

ServerReply LogServer::atelier(const std::string& person, const std::string& role) const {
    nlohmann::json disagree = nlohmann::json::array();
    for (auto it = hashes_.rbegin(); it != hashes_.rend() && disagree.size() < 50; ++it) {
        std::set<std::string> distinct;
        for (const auto& [d, h] : it->second) distinct.insert(h);
        if (distinct.size() > 1) disagree.push_back({{"pos", it->first}, {"devices", it->second}});
    }
    return {200, {{"atelier", atelier_}, {"person", person}, {"role", role}, {"head", head()}, {"disagree", std::move(disagree)}, {"mail", mail}}};
}

namespace {

// The entry as the log keeps it from a token of `role`: itself, or the entry.refused record of it
// under its own id (backend/roles.py refused_entry).
nlohmann::json as_role_keeps(const nlohmann::json& e, const std::string& role) {
    const auto why = entry_role_refusal(enum_from_id<Role>(role).value_or(Role::owner), e);
    if (!why) return e;
    nlohmann::json record = {{"type", "entry.refused"}, {"entry", e["id"]}, {"reason", *why + " (the token's role on the server)"}};
    if (e.contains("command")) {
        record["what"] = e["command"].value("type", "command");
        const std::string text = e["command"].dump();
        if (text.size() <= kMaxRefusedCommand) record["command"] = text;
    } else {
        const std::string shape = e.contains("undo") ? "undo" : "redo";
        record["what"] = shape + " " + e[shape].get<std::string>();
    }
    nlohmann::json kept = nlohmann::json::object();
    for (const char* k : {"id", "device", "seq", "at", "app_version"})
        if (e.contains(k)) kept[k] = e[k];
    kept["command"] = std::move(record);
    return kept;
}

}  // namespace

ServerReply LogServer::push(const nlohmann::json& body, const std::string& person, const std::string& received,
                            const std::string& role) {
    try {
        object_body(body, {"device", "entries"}, {"device", "entries"});
        const std::string device = check_device(body["device"], "/device");
        const auto& entries = body["entries"];
        if (!entries.is_array()) throw Bad{400, "/entries: must be an array"};
        if (entries.size() > kMaxEntries)
            throw Bad{400, "/entries: at most 1000 entries per push (got " + std::to_string(entries.size()) + ")"};
        for (size_t i = 0; i < entries.size(); ++i) check_entry(entries[i], device, "/entries/" + std::to_string(i));
        // All or nothing: every entry is checked against the log before any is appended.
        std::map<int64_t, int64_t> within;  // seq -> pos for repeats inside this push
        nlohmann::json accepted = nlohmann::json::array();
        std::vector<nlohmann::json> add;
        add.reserve(entries.size());
        int64_t next = head();
        for (size_t i = 0; i < entries.size(); ++i) {
            const nlohmann::json e = as_role_keeps(entries[i], role);
            const int64_t seq = e["seq"].get<int64_t>();
            const auto found = positions_.find({device, seq});
            const nlohmann::json* stored = found != positions_.end() ? &log_[static_cast<size_t>(found->second - 1)] : nullptr;
            if (!stored)
                if (auto w = within.find(seq); w != within.end()) stored = &add[static_cast<size_t>(w->second - head() - 1)];
            if (stored) {
                const std::string diff = differing(*stored, e);
                const int64_t pos = found != positions_.end() ? found->second : within[seq];
                if (!diff.empty() && found == positions_.end())
                    throw Bad{409, "/entries/" + std::to_string(i) + ": entry " + e["id"].get<std::string>() + " is in this push twice, with a different " + diff};
                if (!diff.empty())
                    throw Bad{409, "/entries/" + std::to_string(i) + ": entry " + e["id"].get<std::string>() + " is already in the log at position " +
                                       std::to_string(pos) + " with a different " + diff};
                accepted.push_back(pos);
                continue;
            }
            within[seq] = ++next;
            add.push_back(e);
            accepted.push_back(next);
        }
        for (const auto& e : add) {
            log_.push_back(kept(e, person, received));
            positions_[{device, e["seq"].get<int64_t>()}] = head();
        }
        return {200, {{"head", head()}, {"accepted", std::move(accepted)}}};
    } catch (const Bad& b) {
        return error(b.status, b.message);
    }
}

ServerReply LogServer::pull(int64_t after) const {
    nlohmann::json entries = nlohmann::json::array();
    size_t bytes = 0;
    for (int64_t pos = std::max<int64_t>(after, 0) + 1; pos <= head() && entries.size() < kMaxEntries; ++pos) {
        const auto& e = log_[static_cast<size_t>(pos - 1)];
        const size_t size = e.dump().size();
        if (!entries.empty() && bytes + size > kMaxPullBytes) break;
        bytes += size;
        nlohmann::json out = nlohmann::json::object();
        out["pos"] = pos;
        out.update(e);
        entries.push_back(std::move(out));
    }
    return {200, {{"entries", std::move(entries)}, {"head", head()}}};
}

ServerReply LogServer::numbers(const nlohmann::json& body, const std::string& person, const std::string& now, const std::string& received) {
    try {
        object_body(body, {"device", "orders", "clients"}, {"device"});
        const std::string device = check_device(body["device"], "/device");
        const int64_t orders = check_int(body.value("orders", nlohmann::json(kNumbersDefault)), "/orders", 0, kNumbersMax);
        const int64_t clients = check_int(body.value("clients", nlohmann::json(kNumbersDefault)), "/clients", 0, kNumbersMax);
        if (orders == 0 && clients == 0) throw Bad{400, "/orders: ask for at least one order number or client id"};
        const int64_t seq = ++server_seq_;
        nlohmann::json e = {{"id", "server." + std::to_string(seq)}, {"device", "server"}, {"seq", seq}, {"at", now},
                            {"app_version", "server"},
                            {"command", {{"type", "numbers.reserve"}, {"device", device}, {"orders", orders}, {"clients", clients}}}};
        log_.push_back(kept(e, person, received));
        positions_[{"server", seq}] = head();
        return {200, {{"pos", head()}, {"head", head()}}};
    } catch (const Bad& b) {
        return error(b.status, b.message);
    }
}

ServerReply LogServer::mail_post(const nlohmann::json& body) {
    if (!mail) return error(409, "mail is not configured for this atelier");
    nlohmann::json queued = nlohmann::json::array(), known = nlohmann::json::array();
    if (body.is_object() && body.contains("withdraw")) {
        if (!body["withdraw"].is_array()) return error(400, "/withdraw: must be an array");
        nlohmann::json withdrawn = nlohmann::json::array();
        for (const auto& id : body["withdraw"]) {
            if (!id.is_string() || id.get_ref<const std::string&>().empty()) return error(400, "/withdraw: each id is a string");
            const bool again = std::find(mail_withdrawn_.begin(), mail_withdrawn_.end(), id.get<std::string>()) != mail_withdrawn_.end();
            if (!again) mail_withdrawn_.push_back(id.get<std::string>());
            (again ? known : withdrawn).push_back(id);
        }
        return {200, {{"withdrawn", std::move(withdrawn)}, {"known", std::move(known)}}};
    }
    const bool retry = body.is_object() && body.contains("retry");
    const nlohmann::json& list = body.is_object() ? body.value(retry ? "retry" : "messages", nlohmann::json()) : body;
    if (!list.is_array()) return error(400, retry ? "/retry: must be an array" : "/messages: must be an array");
    for (const auto& m : list) {
        const std::string id = retry ? (m.is_string() ? m.get<std::string>() : "") : (m.is_object() ? m.value("id", "") : "");
        if (id.empty()) return error(400, "/messages: each message has an id");
        const bool held = std::any_of(mail_queue_.begin(), mail_queue_.end(), [&](const nlohmann::json& x) { return x["id"] == id; });
        if (retry) {
            if (held) mail_retried_.push_back(id);
            (held ? queued : known).push_back(id);
        } else {
            if (!held) mail_queue_.push_back(m);
            (held ? known : queued).push_back(id);
        }
    }
    return {200, {{"queued", std::move(queued)}, {"known", std::move(known)}}};
}

void LogServer::deliver(const nlohmann::json& message, const std::string& result, const std::string& reply, int attempts,
                        const std::string& now, const std::string& received) {
    const int64_t seq = ++server_seq_;
    nlohmann::json e = {{"id", "server." + std::to_string(seq)}, {"device", "server"}, {"seq", seq}, {"at", now},
                        {"app_version", "server"},
                        {"command", {{"type", "order.message_delivery"}, {"order", message["order"]}, {"message", message["id"]},
                                     {"result", result}, {"reply", reply}, {"attempts", attempts}}}};
    log_.push_back(kept(e, "server", received));
    positions_[{"server", seq}] = head();
}

ServerReply LogServer::snapshot_get() const {
    if (checkpoints_.empty()) return error(404, "no checkpoint yet");
    const auto& [pos, c] = *checkpoints_.rbegin();
    return {200, {{"pos", pos}, {"hash", c.hash}, {"snapshot", c.snapshot}}};
}

ServerReply LogServer::snapshot_put(int64_t pos, const nlohmann::json& body) {
    try {
        if (pos < 0 || pos > kMaxPos) throw Bad{400, "pos: must be from 0 to " + std::to_string(kMaxPos)};
        object_body(body, {"hash", "snapshot"}, {"hash", "snapshot"});
        const std::string h = check_hash(body["hash"], "/hash");
        if (!body["snapshot"].is_object()) throw Bad{400, "/snapshot: must be a JSON object"};
        if (pos > head()) throw Bad{400, "pos: " + std::to_string(pos) + " is past the log's head " + std::to_string(head())};
        checkpoints_[pos] = Checkpoint{h, body["snapshot"]};
        while (checkpoints_.size() > 3) checkpoints_.erase(checkpoints_.begin());
        return {200, {{"pos", pos}, {"head", head()}}};
    } catch (const Bad& b) {
        return error(b.status, b.message);
    }
}

ServerReply LogServer::hash(const nlohmann::json& body) {
    try {
        object_body(body, {"device", "pos", "hash"}, {"device", "pos", "hash"});
        const std::string device = check_device(body["device"], "/device");
        const int64_t pos = check_int(body["pos"], "/pos", 0, kMaxPos);
        const std::string h = check_hash(body["hash"], "/hash");
        if (pos > head()) throw Bad{400, "/pos: " + std::to_string(pos) + " is past the log's head " + std::to_string(head())};
        auto& at = hashes_[pos];
        at[device] = h;
        bool agree = true;
        for (const auto& [d, other] : at) agree = agree && other == h;
        return {200, {{"pos", pos}, {"agree", agree}}};
    } catch (const Bad& b) {
        return error(b.status, b.message);
    }
}

}  // namespace atelier

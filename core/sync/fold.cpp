#include "core/sync/fold.hpp"

#include <charconv>
#include <vector>

#include "core/json/capped.hpp"

namespace atelier {

namespace {

std::string reason_of(const Problems& problems) {
    if (problems.empty()) return "refused";
    const Problem& p = problems.front();
    return p.path.empty() ? p.message : p.path + ": " + p.message;
}

// What the record calls the entry: its command type, or "undo <type>".
std::string what_of(const nlohmann::json& entry) {
    for (const char* k : {"undo", "redo"})
        if (auto it = entry.find(k); it != entry.end() && it->is_string()) return std::string(k) + " " + it->get<std::string>();
    if (auto c = entry.find("command"); c != entry.end() && c->is_object())
        if (auto t = c->find("type"); t != c->end() && t->is_string() && !t->get_ref<const std::string&>().empty())
            return t->get<std::string>();
    return "unreadable entry";
}

Folded record(Store& store, const std::string& device, int64_t seq, const std::string& who, DateTime at, std::string what,
              std::string command, std::string& why) {
    cmd::EntryRefused r{entry_id(device, seq), std::move(what), why, std::move(command)};
    // Text the record cannot hold (a hostile entry's) is cut to what it takes, never a reason to lose the record.
    if (r.what.size() > 200) r.what.resize(200);
    if (r.reason.size() > 4000) r.reason.resize(4000);
    if (r.command.size() > kMaxRefusedCommand) r.command.clear();
    Result res = store.dispatch(r, Context{who, at, device, seq}, false);
    if (!res.ok) {
        // Still nothing changed; the clock does not hold the entry, so a later fold meets it again.
        why += " (and it could not be listed: " + res.error.message + ")";
    }
    return Folded::refused;
}

}  // namespace

Folded fold_entry(Store& store, const JournalEntry& e, std::string& why) {
    if (e.device.empty() || e.kind == JournalEntry::Kind::restore) {
        why = "the entry has no author";
        return Folded::skipped;
    }
    if (e.seq <= store.state().clock.applied(e.device)) return Folded::skipped;
    Problems problems;
    if (apply_entry(store, e, problems)) return Folded::applied;
    why = reason_of(problems);
    const nlohmann::json j = entry_to_json(e);
    return record(store, e.device, e.seq, e.who, e.at, what_of(j), e.command ? command_to_json(*e.command).dump() : "", why);
}

Folded fold_entry(Store& store, const nlohmann::json& entry, std::string& why) {
    Problems problems;
    if (auto e = entry_from_json(entry, problems)) return fold_entry(store, *e, why);
    // Unreadable here (a command this version does not know, a hostile device's): recorded under
    // its author when it has one, so every device lists the same.
    why = reason_of(problems);
    if (!entry.is_object()) return Folded::skipped;
    const auto device = entry.find("device"), seq = entry.find("seq"), at = entry.find("at"), who = entry.find("who");
    if (device == entry.end() || !device->is_string() || !valid_device_id(device->get_ref<const std::string&>()) ||
        seq == entry.end() || !seq->is_number_integer() || seq->get<int64_t>() < 1 || seq->get<int64_t>() > kMaxSeq)
        return Folded::skipped;
    const std::string& d = device->get_ref<const std::string&>();
    if (seq->get<int64_t>() <= store.state().clock.applied(d)) return Folded::skipped;
    std::optional<DateTime> when = at != entry.end() && at->is_string() ? parse_datetime(at->get_ref<const std::string&>()) : std::nullopt;
    if (!when) return Folded::skipped;
    const std::string author = who != entry.end() && who->is_string() ? who->get<std::string>() : "";
    const auto c = entry.find("command");
    std::string command = c != entry.end() ? json_text(*c) : "";
    return record(store, d, seq->get<int64_t>(), author, *when, what_of(entry), std::move(command), why);
}

bool newer_version(std::string_view entry_version, std::string_view ours) {
    auto parts = [](std::string_view v, std::vector<long>& out) {
        while (!v.empty()) {
            long n = 0;
            auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
            if (ec != std::errc() || n < 0) return false;
            out.push_back(n);
            v.remove_prefix(static_cast<size_t>(end - v.data()));
            if (v.empty()) break;
            if (v.front() != '.') return false;
            v.remove_prefix(1);
            if (v.empty()) return false;
        }
        return !out.empty();
    };
    std::vector<long> a, b;
    if (!parts(entry_version, a) || !parts(ours, b)) return false;
    return a > b;
}

}  // namespace atelier

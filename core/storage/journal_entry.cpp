#include "core/storage/journal_entry.hpp"

#include "core/i18n/said_text.hpp"
#include "core/json/fields.hpp"
#include "core/store.hpp"

namespace atelier {

namespace {

// The entities an undo/redo line carries, in the snapshot's own field formats.
struct ImagesDoc : PerKind<ListOf> {
    std::optional<Profile> profile;
    template <class V> void fields(V& v) {
        v.opt("profile", profile);
        each([&](auto* kind, auto& list) { v.opt(KindOf<std::remove_pointer_t<decltype(kind)>>::list, list); });
    }
};

ImagesDoc doc_of(const Images& img) {
    ImagesDoc doc;
    doc.profile = img.profile;
    doc.each([&](auto* kind, auto& list) {
        const auto& t = img.of<std::remove_pointer_t<decltype(kind)>>();
        list.assign(t.begin(), t.end());
    });
    return doc;
}

Images images_of(const ImagesDoc& doc) {
    Images img;
    img.profile = doc.profile;
    img.each([&](auto* kind, auto& table) { table.assign(doc.of<std::remove_pointer_t<decltype(kind)>>()); });
    return img;
}

const char* kind_key(JournalEntry::Kind k) { return k == JournalEntry::Kind::undo ? "undo" : "redo"; }

// id, device, seq and app_version: all of the first three or none (a line from before entries had
// authors); the id must be the one the device and seq give.
template <class Bad>
bool read_author(const nlohmann::json& j, JournalEntry& e, Bad& bad) {
    const bool has_device = j.contains("device"), has_seq = j.contains("seq"), has_id = j.contains("id");
    if (has_device || has_seq || has_id) {
        if (!has_device) return bad("/device", say(Msg::why_json_device_missing)), false;
        const auto& d = j["device"];
        if (!d.is_string() || !valid_device_id(d.get_ref<const std::string&>()))
            return bad("/device", say(Msg::why_json_device_id)), false;
        e.device = d.get<std::string>();
        const auto s = j.find("seq");
        if (s == j.end()) return bad("/seq", say(Msg::why_json_seq_missing)), false;
        if (!s->is_number_integer() || s->get<int64_t>() < 1 || s->get<int64_t>() > kMaxSeq)
            return bad("/seq", say(Msg::why_json_seq)), false;
        e.seq = s->get<int64_t>();
        const auto id = j.find("id");
        if (id == j.end()) return bad("/id", say(Msg::why_json_id_missing, {{"id", entry_id(e)}})), false;
        if (!id->is_string() || id->get_ref<const std::string&>() != entry_id(e))
            return bad("/id", say(Msg::why_json_id, {{"id", entry_id(e)}})), false;
    }
    if (auto v = j.find("app_version"); v != j.end()) {
        if (!v->is_string() || v->get_ref<const std::string&>().size() > 40)
            return bad("/app_version", say(Msg::why_json_app_version, {{"max", "40"}})), false;
        e.app_version = v->get<std::string>();
    }
    return true;
}

}  // namespace

std::string entry_id(const JournalEntry& e) { return e.device.empty() ? std::string() : entry_id(e.device, e.seq); }

nlohmann::json entry_to_json(const JournalEntry& line) {
    if (line.kind == JournalEntry::Kind::restore) return {{"restore", line.what}};
    nlohmann::json j = nlohmann::json::object();
    if (!line.device.empty()) {
        j["id"] = entry_id(line);
        j["device"] = line.device;
        j["seq"] = line.seq;
    }
    j["at"] = format_datetime(line.at);
    j["who"] = line.who;
    if (!line.app_version.empty()) j["app_version"] = line.app_version;
    if (line.kind == JournalEntry::Kind::command) {
        j["command"] = line.command ? command_to_json(*line.command) : nlohmann::json::object();
        return j;
    }
    j[kind_key(line.kind)] = line.what;
    j["put"] = write_value(doc_of(line.put));
    if (line.kind == JournalEntry::Kind::undo) j["remove"] = write_value(line.remove);
    return j;
}

std::optional<JournalEntry> entry_from_json(const nlohmann::json& j, Problems& problems) {
    const size_t before = problems.size();
    auto bad = [&](std::string path, Said why) {
        problems.push_back(problem_at(std::move(path), std::move(why)));
        return std::nullopt;
    };
    if (!j.is_object()) return bad("", say(Msg::why_json_line_not_object));
    JournalEntry line;
    const int shapes = static_cast<int>(j.contains("command")) + static_cast<int>(j.contains("undo")) +
                       static_cast<int>(j.contains("redo")) + static_cast<int>(j.contains("restore"));
    if (shapes != 1) return bad("", say(Msg::why_json_line_shape));
    if (auto it = j.find("restore"); it != j.end()) {
        if (!it->is_string()) return bad("/restore", say(Msg::why_json_restore_name));
        line.kind = JournalEntry::Kind::restore;
        line.what = it->get<std::string>();
        return line;
    }
    if (!read_author(j, line, bad)) return std::nullopt;
    auto at = j.find("at");
    if (at == j.end()) return bad("/at", say(Msg::why_json_at_missing));
    auto t = at->is_string() ? parse_datetime(at->get_ref<const std::string&>()) : std::nullopt;
    if (!t) return bad("/at", say(Msg::why_json_at));
    line.at = *t;
    auto who = j.find("who");
    if (who == j.end() || !who->is_string()) return bad("/who", say(Msg::why_json_who));
    line.who = who->get<std::string>();

    if (auto c = j.find("command"); c != j.end()) {
        line.command = command_from_json(*c, problems, "/command");
        if (!line.command) return std::nullopt;
        return line;
    }
    line.kind = j.contains("undo") ? JournalEntry::Kind::undo : JournalEntry::Kind::redo;
    const char* key = kind_key(line.kind);
    if (!j[key].is_string()) return bad(std::string("/") + key, say(Msg::why_json_undone_type));
    line.what = j[key].get<std::string>();
    if (!j.contains("put"))
        return bad("/put", say(line.kind == JournalEntry::Kind::undo ? Msg::why_json_put_missing_undo : Msg::why_json_put_missing_redo));
    Reader r{problems};
    ImagesDoc doc;
    read_value(j["put"], doc, PathSeg{nullptr, "put", 0}, r);
    if (j.contains("remove")) {
        if (line.kind == JournalEntry::Kind::redo) return bad("/remove", say(Msg::why_json_redo_removes));
        read_value(j["remove"], line.remove, PathSeg{nullptr, "remove", 0}, r);
    }
    if (problems.size() != before) return std::nullopt;
    line.put = images_of(doc);
    return line;
}

bool apply_entry(Store& store, const JournalEntry& line, Problems& problems) {
    if (line.kind != JournalEntry::Kind::restore && !line.device.empty() &&
        line.seq <= store.state().clock.applied(line.device))
        return true;  // already in this atelier
    switch (line.kind) {
        case JournalEntry::Kind::restore:
            problems.push_back(problem_at("/restore", say(Msg::why_json_restored_here)));
            return false;
        case JournalEntry::Kind::undo:
        case JournalEntry::Kind::redo: return store.replay_images(line.put, line.remove, line.device, line.seq, problems);
        case JournalEntry::Kind::command: break;
    }
    Result r = store.dispatch(*line.command, Context{line.who, line.at, line.device, line.seq}, false);
    if (!r.ok) {
        problems.push_back(r.error);
        return false;
    }
    return true;
}

bool replay_entry(Store& store, const nlohmann::json& j, Problems& problems) {
    auto line = entry_from_json(j, problems);
    return line && apply_entry(store, *line, problems);
}

}  // namespace atelier

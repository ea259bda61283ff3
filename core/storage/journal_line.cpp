#include "core/storage/journal_line.hpp"

#include "core/json/fields.hpp"
#include "core/store.hpp"

namespace atelier {

namespace {

// The entities an undo/redo line carries, in the snapshot's own field formats.
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

const char* kind_key(JournalLine::Kind k) { return k == JournalLine::Kind::undo ? "undo" : "redo"; }

}  // namespace

nlohmann::json journal_line_to_json(const JournalLine& line) {
    if (line.kind == JournalLine::Kind::restore) return {{"restore", line.what}};
    nlohmann::json j = {{"at", format_datetime(line.at)}, {"who", line.who}};
    if (line.kind == JournalLine::Kind::command) {
        j["command"] = line.command ? command_to_json(*line.command) : nlohmann::json::object();
        return j;
    }
    j[kind_key(line.kind)] = line.what;
    j["put"] = write_value(ImagesDoc{line.put.profile, line.put.pipelines, line.put.clients, line.put.orders});
    if (line.kind == JournalLine::Kind::undo) j["remove"] = write_value(line.remove);
    return j;
}

std::optional<JournalLine> journal_line_from_json(const nlohmann::json& j, Problems& problems) {
    const size_t before = problems.size();
    auto bad = [&](std::string path, std::string message) {
        problems.push_back({std::move(path), std::move(message)});
        return std::nullopt;
    };
    if (!j.is_object()) return bad("", "a journal line must be a JSON object");
    JournalLine line;
    const int shapes = static_cast<int>(j.contains("command")) + static_cast<int>(j.contains("undo")) +
                       static_cast<int>(j.contains("redo")) + static_cast<int>(j.contains("restore"));
    if (shapes != 1) return bad("", "a journal line holds exactly one of command, undo, redo or restore");
    if (auto it = j.find("restore"); it != j.end()) {
        if (!it->is_string()) return bad("/restore", "must be the restored atelier's name");
        line.kind = JournalLine::Kind::restore;
        line.what = it->get<std::string>();
        return line;
    }
    auto at = j.find("at");
    if (at == j.end()) return bad("/at", "is missing (when the change was made)");
    auto t = at->is_string() ? parse_datetime(at->get_ref<const std::string&>()) : std::nullopt;
    if (!t) return bad("/at", "must be a date-time YYYY-MM-DDTHH:MM");
    line.at = *t;
    auto who = j.find("who");
    if (who == j.end() || !who->is_string()) return bad("/who", "must be the name of who made the change");
    line.who = who->get<std::string>();

    if (auto c = j.find("command"); c != j.end()) {
        line.command = command_from_json(*c, problems, "/command");
        if (!line.command) return std::nullopt;
        return line;
    }
    line.kind = j.contains("undo") ? JournalLine::Kind::undo : JournalLine::Kind::redo;
    const char* key = kind_key(line.kind);
    if (!j[key].is_string()) return bad(std::string("/") + key, "must be the command type undone or redone");
    line.what = j[key].get<std::string>();
    if (!j.contains("put")) return bad("/put", "is missing (the entities after the " + std::string(key) + ")");
    Reader r{problems};
    ImagesDoc doc;
    read_value(j["put"], doc, PathSeg{nullptr, "put", 0}, r);
    if (j.contains("remove")) {
        if (line.kind == JournalLine::Kind::redo) return bad("/remove", "a redo removes nothing");
        read_value(j["remove"], line.remove, PathSeg{nullptr, "remove", 0}, r);
    }
    if (problems.size() != before) return std::nullopt;
    line.put = Images{std::move(doc.profile), std::move(doc.pipelines), std::move(doc.clients), std::move(doc.orders)};
    return line;
}

bool apply_journal_line(Store& store, const JournalLine& line, Problems& problems) {
    switch (line.kind) {
        case JournalLine::Kind::restore:
            problems.push_back({"/restore", "the atelier was replaced from a backup here"});
            return false;
        case JournalLine::Kind::undo:
        case JournalLine::Kind::redo: return store.replay_images(line.put, line.remove, problems);
        case JournalLine::Kind::command: break;
    }
    Result r = store.dispatch(*line.command, Context{line.who, line.at});
    if (!r.ok) {
        problems.push_back(r.error);
        return false;
    }
    return true;
}

bool replay_journal_line(Store& store, const nlohmann::json& j, Problems& problems) {
    auto line = journal_line_from_json(j, problems);
    return line && apply_journal_line(store, *line, problems);
}

}  // namespace atelier

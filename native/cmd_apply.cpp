#include <ostream>

#include "core/json/capped.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/storage/journal_entry.hpp"
#include "core/store.hpp"
#include "native/io_util.hpp"

namespace atelier::cli {

// Commands arrive one JSON object per line, either bare ({"type": ...}) or as journal entries
// ({"id", "device", "seq", "at", "who", "command": {...}}), so a journal can be replayed onto a
// snapshot. Bare commands become entries of --device (default "cli"), numbered on from the
// snapshot's clock; an entry the snapshot already holds is skipped.
int cmd_apply(const Args& args, Io& io) {
    std::string file;
    Context base{"cli", system_now(), "cli"};
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--help") {
            io.out << "usage: atelier apply FILE [--who NAME] [--now YYYY-MM-DDTHH:MM] [--device ID] < commands.jsonl\n"
                      "Applies commands (one JSON object per line) to the snapshot FILE and writes the new snapshot.\n";
            return 0;
        } else if (args[i] == "--who" && i + 1 < args.size()) {
            base.who = args[++i];
        } else if (args[i] == "--device" && i + 1 < args.size()) {
            base.device = args[++i];
            if (!valid_device_id(base.device)) {
                io.err << "atelier apply: --device needs 1 to 64 letters, digits, '-' or '_'\n";
                return 2;
            }
        } else if (args[i] == "--now" && i + 1 < args.size()) {
            auto t = parse_datetime(args[++i]);
            if (!t) {
                io.err << "atelier apply: --now needs YYYY-MM-DDTHH:MM\n";
                return 2;
            }
            base.now = *t;
        } else if (file.empty()) {
            file = args[i];
        } else {
            io.err << "atelier apply: unexpected argument '" << args[i] << "'\n";
            return 2;
        }
    }
    if (file.empty() || file == "-") {
        io.err << "usage: atelier apply FILE < commands.jsonl (the commands use stdin)\n";
        return 2;
    }
    Atelier a;
    if (int code = load_snapshot(file, io, a)) return code;
    Store store(std::move(a));
    std::string line;
    size_t n = 0, applied = 0, held = 0;
    while (std::getline(io.in, line)) {
        ++n;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const std::string where = "line " + std::to_string(n);
        Problems unparsed;
        nlohmann::json j = parse_json_capped(line, unparsed);  // depth-capped, repeated keys refused
        if (j.is_discarded()) {
            const Problem& why = unparsed.front();
            io.err << where << ": " << (why.path.empty() ? "" : why.path + ": ") << why.message << "\nnothing written\n";
            return 1;
        }
        // A journal line (command, undo, redo) goes through the one parser storage replays with;
        // a bare command takes --who and --now.
        Problems bad;
        std::optional<JournalEntry> entry;
        const bool journal = j.is_object() && (j.contains("command") || j.contains("undo") || j.contains("redo") || j.contains("restore"));
        if (journal) {
            entry = entry_from_json(j, bad);
        } else if (auto c = command_from_json(j, bad)) {
            entry.emplace();
            entry->command = std::move(c);
        }
        if (!entry) {
            io.err << where << ": invalid " << (journal ? "journal line" : "command") << "\n";
            for (const auto& p : bad) io.err << "  " << p << "\n";
            io.err << "nothing written\n";
            return 1;
        }
        const std::string what = entry->kind == JournalEntry::Kind::command ? command_type(*entry->command)
                                 : entry->kind == JournalEntry::Kind::restore ? "restore"
                                 : entry->kind == JournalEntry::Kind::undo ? "undo " + entry->what : "redo " + entry->what;
        if (journal && entry->kind != JournalEntry::Kind::restore && !entry->device.empty() &&
            entry->seq <= store.state().clock.applied(entry->device)) {
            ++held;  // already in the snapshot
            continue;
        }
        Result r;
        if (!journal) {
            r = store.dispatch(*entry->command, base);
        } else if (entry->kind == JournalEntry::Kind::command) {
            r = store.dispatch(*entry->command, Context{entry->who, entry->at, entry->device, entry->seq, entry->app_version});
        } else if (!apply_entry(store, *entry, bad)) {
            r.ok = false;
            r.error = bad.empty() ? Problem{} : bad.front();
        }
        if (!r.ok) {
            io.err << where << ": " << what << " refused: " << r.error << "\nnothing written\n";
            return 1;
        }
        for (const auto& w : r.warnings) io.err << where << ": warning: " << w.text << "\n";
        ++applied;
    }
    io.out << write_snapshot(store.state());
    io.err << "applied " << applied << (applied == 1 ? " command" : " commands");
    if (held > 0) io.err << " (" << held << " already in " << file << ", skipped)";
    io.err << "\n";
    return 0;
}

}  // namespace atelier::cli

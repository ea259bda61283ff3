#include <cstdlib>
#include <ostream>

#include "core/laws/entry_log.hpp"
#include "core/snapshot/snapshot.hpp"
#include "native/io_util.hpp"

namespace atelier::cli {

// Journal lines to feed `atelier apply`: the random commands of `bench --laws`, kept only when the
// store took them, so the whole log applies. The same FILE and options give the same bytes.
int cmd_random_log(const Args& args, Io& io) {
    const char* usage = "usage: atelier random-log FILE|- [--steps N] [--seed S] [--now YYYY-MM-DDTHH:MM]\n";
    std::string file;
    long steps = 100;
    uint64_t seed = 1;
    DateTime now = system_now();
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--help") {
            io.out << usage
                   << "Writes the journal lines of N random steps (commands of every type, undo, redo; refusals left\n"
                      "out) taken from the snapshot FILE, one per line: `atelier apply FILE < log` replays them.\n"
                      "The clock starts at --now (default: the current time) and advances by seeded steps.\n";
            return 0;
        } else if (a == "--steps" && has_value) {
            char* end = nullptr;
            steps = std::strtol(args[++i].c_str(), &end, 10);
            if (*end || steps < 0 || steps > 1'000'000) {
                io.err << "atelier random-log: --steps needs a number from 0 to 1000000\n";
                return 2;
            }
        } else if (a == "--seed" && has_value) {
            char* end = nullptr;
            seed = std::strtoull(args[++i].c_str(), &end, 10);
            if (*end) {
                io.err << "atelier random-log: --seed needs a whole number\n";
                return 2;
            }
        } else if (a == "--now" && has_value) {
            auto t = parse_datetime(args[++i]);
            if (!t) {
                io.err << "atelier random-log: --now needs YYYY-MM-DDTHH:MM\n";
                return 2;
            }
            now = *t;
        } else if (file.empty() && (a == "-" || a.rfind("--", 0) != 0)) {
            file = a;
        } else {
            io.err << "atelier random-log: unexpected argument '" << a << "' (see atelier random-log --help)\n";
            return 2;
        }
    }
    if (file.empty()) {
        io.err << usage;
        return 2;
    }
    Atelier a;
    if (int code = load_snapshot(file, io, a)) return code;
    const EntryLog log = random_entry_log(a, seed, static_cast<int>(steps), now);
    for (const auto& line : log.lines) io.out << line.dump() << "\n";
    io.err << log.lines.size() << " lines (" << log.tried - log.lines.size() << " refused steps left out)\n";
    return io.out ? 0 : 1;
}

}  // namespace atelier::cli

#pragma once
// Small shell helpers shared by the subcommands (the only place the CLI touches files and the clock).
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>

#include "core/model/date.hpp"
#include "core/snapshot/snapshot.hpp"
#include "native/cli.hpp"

namespace atelier::cli {

// Reads FILE, or stdin for "-"; nullopt (with a message on err) when it cannot be opened.
inline std::optional<std::string> read_input(const std::string& file, Io& io) {
    if (file == "-") return std::string(std::istreambuf_iterator<char>(io.in), std::istreambuf_iterator<char>());
    std::ifstream f(file, std::ios::binary);
    if (!f) {
        io.err << "atelier: cannot open " << file << "\n";
        return std::nullopt;
    }
    std::ostringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// Reads and validates the snapshot FILE (or stdin for "-") into `out`. Returns 0, or the exit code
// after telling err why: 2 when the file cannot be opened, 1 with each problem and its JSON path.
inline int load_snapshot(const std::string& file, Io& io, Atelier& out) {
    auto text = read_input(file, io);
    if (!text) return 2;
    Problems problems;
    if (read_snapshot(*text, out, problems)) return 0;
    io.err << file << ": " << problems.size() << (problems.size() == 1 ? " problem" : " problems") << "\n";
    for (const auto& p : problems) io.err << "  " << p << "\n";
    return 1;
}

// The system clock in UTC minutes; the core never reads it itself.
inline DateTime system_now() {
    const auto secs = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    return DateTime{static_cast<int64_t>(secs / 60)};
}

}  // namespace atelier::cli

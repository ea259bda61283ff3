#pragma once
// Shared by `atelier query`, `board` and `dashboard`: loading a snapshot and the common options.
#include <cstdlib>
#include <optional>
#include <string>

#include "core/snapshot/snapshot.hpp"
#include "native/io_util.hpp"

namespace atelier::cli {

enum class Format { table, json, csv };

inline std::optional<Format> parse_format(const std::string& s) {
    if (s == "table" || s == "text") return Format::table;
    if (s == "json") return Format::json;
    if (s == "csv") return Format::csv;
    return std::nullopt;
}

// Reads and validates FILE; prints the problems and returns false when it is not a valid snapshot.
inline bool load_atelier(const std::string& file, const char* cmd, Atelier& a, Io& io) {
    auto text = read_input(file, io);
    if (!text) return false;
    Problems problems;
    if (!read_snapshot(*text, a, problems)) {
        io.err << "atelier " << cmd << ": " << file << " is not a valid snapshot (see atelier check)\n";
        for (const auto& p : problems) io.err << "  " << p << "\n";
        return false;
    }
    return true;
}

inline bool parse_int(const std::string& s, long lo, long hi, long& out) {
    char* end = nullptr;
    out = std::strtol(s.c_str(), &end, 10);
    return !s.empty() && !*end && out >= lo && out <= hi;
}

}  // namespace atelier::cli

#pragma once
#include <optional>
#include <utility>
#include <ostream>
#include <string>
#include <vector>

#include "core/said.hpp"

namespace atelier {

// A validation finding or a refusal: where in the JSON document (e.g. "/orders/3/deadline") and
// what is wrong. Loaders collect these instead of throwing, so a user sees every place to fix at
// once. `message` is the English (the CLI, logs, tests); `said` the same sentence as a catalogue
// key and values, for a view to word in its language (core/i18n/said_text.hpp problem_text).
struct Problem {
    std::string path;
    std::string message;
    std::optional<Said> said;
    Problem() = default;
    Problem(std::string at, std::string english, std::optional<Said> why = std::nullopt)
        : path(std::move(at)), message(std::move(english)), said(std::move(why)) {}
    // Two problems are the same when they say the same thing at the same place: `said` is
    // `message` in another form.
    bool operator==(const Problem& o) const { return path == o.path && message == o.message; }
};

using Problems = std::vector<Problem>;

inline std::ostream& operator<<(std::ostream& os, const Problem& p) {
    return os << (p.path.empty() ? "/" : p.path) << ": " << p.message;
}

}  // namespace atelier

#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace atelier {

// A validation finding: where in the JSON document (e.g. "/orders/3/deadline") and what is wrong.
// Loaders collect these instead of throwing, so a user sees every place to fix at once.
struct Problem {
    std::string path;
    std::string message;
    bool operator==(const Problem&) const = default;
};

using Problems = std::vector<Problem>;

inline std::ostream& operator<<(std::ostream& os, const Problem& p) {
    return os << (p.path.empty() ? "/" : p.path) << ": " << p.message;
}

}  // namespace atelier

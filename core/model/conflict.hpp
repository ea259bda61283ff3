#pragma once
// [SECTION] A concurrent edit, kept: two devices set the same field without seeing each other's
// value. The later entry (in journal order) wins, deterministically; the value it replaced is kept
// here with its author so nothing is lost and one click can put it back (order/client.resolve).
#include <string>
#include <vector>

#include "core/json/fields.hpp"
#include "core/model/date.hpp"

namespace atelier {

enum class ConflictState : uint8_t { open, restored, kept };
template <> struct EnumNames<ConflictState> {
    static constexpr std::array<const char*, 3> names{"open", "restored", "kept"};
};

struct Conflict {
    std::string field;     // the update field, e.g. "deadline"
    std::string replaced;  // JSON text of the value the later edit overwrote without having seen it
    std::string replaced_who;  // who had set that value, and when (from the entity's history)
    std::optional<DateTime> replaced_at;
    std::string kept;  // JSON text of the value the later edit set
    std::string who;   // the later edit's author and time
    DateTime at;
    ConflictState state = ConflictState::open;
    std::string resolved_who;  // who restored or kept, and when
    std::optional<DateTime> resolved_at;
    bool operator==(const Conflict&) const = default;
    template <class V> void fields(V& v) {
        v.req("field", field);
        v.req("replaced", replaced);
        v.opt("replaced_who", replaced_who);
        v.opt("replaced_at", replaced_at);
        v.req("kept", kept);
        v.req("who", who);
        v.req("at", at);
        v.opt("state", state);
        v.opt("resolved_who", resolved_who);
        v.opt("resolved_at", resolved_at);
    }
};

// Open conflicts: what the badge counts.
inline size_t open_conflicts(const std::vector<Conflict>& cs) {
    size_t n = 0;
    for (const auto& c : cs) n += c.state == ConflictState::open;
    return n;
}

}  // namespace atelier

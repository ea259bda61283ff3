#pragma once
// [SECTION] An entry another device's change made invalid, kept (issue 14).
// When a device folds the server's log (core/sync/), an entry the rules refuse in log order — a
// payment that now overpays, a stage move after the order moved on — changes nothing, but it is not
// dropped: `entry.refused` records it here with the reason, on every device alike (the log is the
// same everywhere). The Not applied list shows the open ones; Retry dispatches the command again
// with `entry.dismiss` (retried) in one batch, Dismiss settles it. Records are never removed.
#include <string>

#include "core/json/fields.hpp"
#include "core/model/date.hpp"

namespace atelier {

// A refused entry's command is kept for Retry up to this size (a CSV import's batch may be larger:
// it is listed without it, to dismiss).
inline constexpr size_t kMaxRefusedCommand = 256 * 1024;

enum class NotAppliedState : uint8_t { open, retried, dismissed };
template <> struct EnumNames<NotAppliedState> {
    static constexpr std::array<const char*, 3> names{"open", "retried", "dismissed"};
};

struct NotApplied {
    std::string entry;    // the refused entry's id, "<device>.<seq>"
    std::string what;     // its command type ("order.pay"), or "undo order.pay"
    std::string who;      // its author and time
    DateTime at;
    std::string reason;   // "/amount: ..." as the rules said it
    std::string command;  // the command as JSON text, for Retry; "" for an undo or redo
    NotAppliedState state = NotAppliedState::open;
    std::string settled_who;  // who retried or dismissed it, and when
    std::optional<DateTime> settled_at;
    bool operator==(const NotApplied&) const = default;
    template <class V> void fields(V& v) {
        v.req("entry", entry);
        v.req("what", what);
        v.req("who", who);
        v.req("at", at);
        v.req("reason", reason);
        v.opt("command", command);
        v.opt("state", state);
        v.opt("settled_who", settled_who);
        v.opt("settled_at", settled_at);
    }
};

}  // namespace atelier

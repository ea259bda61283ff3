#pragma once
// Side effects returned by the store as data; the shell (web app, CLI) performs them.
#include <nlohmann/json.hpp>
#include <string>
#include <variant>

#include "core/model/order.hpp"

namespace atelier {

// Append this line to the journal (issue 6 replays it on startup).
struct JournalAppend {
    nlohmann::json entry;
    bool operator==(const JournalAppend&) const = default;
};
// Send this message to the client (the order's outbox already holds a copy).
struct SendMessage {
    int order = 0;
    Message message;
    bool operator==(const SendMessage&) const = default;
};
// Tell the user something (a toast).
struct Notice {
    std::string text;
    bool operator==(const Notice&) const = default;
};

using Effect = std::variant<JournalAppend, SendMessage, Notice>;

}  // namespace atelier

#pragma once
// Side effects returned by the store as data; the shell (web app, CLI) performs them.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <variant>

#include "core/model/order.hpp"
#include "core/said.hpp"

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
// `text` is the English (the CLI, logs, tests); `said` the same for a view to word in its
// language (core/i18n/said_text.hpp).
struct Notice {
    std::string text;
    std::optional<Said> said;
    Notice() = default;
    explicit Notice(std::string english, std::optional<Said> what = std::nullopt) : text(std::move(english)), said(std::move(what)) {}
    bool operator==(const Notice& o) const { return text == o.text; }
};

using Effect = std::variant<JournalAppend, SendMessage, Notice>;

}  // namespace atelier

#include "core/sync/server_said.hpp"

#include <nlohmann/json.hpp>

#include "core/i18n/said_text.hpp"

namespace atelier {

Said server_said(const std::string& server, int status, const std::string& body) {
    const std::string code = std::to_string(status);
    // The statuses a person can act on, or wait out, in their own words: the server's text says
    // the same to a developer.
    if (status == 0) return say(Msg::sync_why_no_answer, {{"server", server}});
    if (status == 401) return say(Msg::sync_why_token);
    if (status == 429) return say(Msg::sync_why_slow_down);
    if (status >= 500) return say(Msg::sync_why_server_trouble, {{"status", code}});
    // Any other refusal is the server's own words, in English whatever the device's language: the
    // backend speaks English only, and its reason is precise where a sentence of ours would guess.
    const nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
    if (j.is_object() && j.contains("error") && j["error"].is_string())
        return say(Msg::sync_why_refused, {{"status", code}, {"detail", j["error"].get<std::string>()}});
    return say(Msg::sync_why_answered, {{"status", code}});
}

}  // namespace atelier

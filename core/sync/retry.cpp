#include "core/sync/retry.hpp"

#include <nlohmann/json.hpp>

#include "core/i18n/said_text.hpp"

namespace atelier {

std::optional<Command> retry_command(const NotApplied& k, Said& error) {
    if (k.command.empty()) return error = say(Msg::sync_why_not_kept), std::nullopt;
    const nlohmann::json j = nlohmann::json::parse(k.command, nullptr, false);
    Problems problems;
    std::optional<Command> c = j.is_discarded() ? std::nullopt : command_from_json(j, problems);
    if (!c) return error = say(Msg::sync_why_not_command), std::nullopt;
    if (auto* o = std::get_if<cmd::OrderCreate>(&*c)) o->number = 0;
    if (auto* o = std::get_if<cmd::OrderClone>(&*c)) o->number = 0;
    if (auto* o = std::get_if<cmd::ClientCreate>(&*c)) o->id = 0;
    return c;
}

}  // namespace atelier

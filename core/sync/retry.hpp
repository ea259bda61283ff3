#pragma once
// [SECTION] What Retry sends for a Not applied record (core/model/not_applied.hpp): the refused
// command again, as a command of the retrying device. A create asks for a new number: the one it
// was given belongs to its author's block, and the device retrying may be another (inside a batch
// the numbers stay, since the batch's other commands may name them).
#include <optional>

#include "core/commands/command.hpp"
#include "core/model/not_applied.hpp"
#include "core/said.hpp"

namespace atelier {

// nullopt, with why in `error`, when the record keeps no command or it does not read here.
std::optional<Command> retry_command(const NotApplied& k, Said& error);

}  // namespace atelier

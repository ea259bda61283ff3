#pragma once
// [SECTION] An edit as a device's user makes it, for the several-devices simulations
// (core/laws/devices.cpp, core/sync/sim.cpp): mostly field updates with `from` = what the device
// shows, then payments, stage moves, measurements, creates numbered from the device's block,
// settings and now and then a stage edited in the Pipelines view.
#include "core/commands/command.hpp"
#include "core/rng.hpp"

namespace atelier::laws {

Command device_edit(Rng& rng, const Atelier& a, DateTime now);

}  // namespace atelier::laws

#pragma once
// The catalogue keys of the names the core defines (order and stage states, badges), so every view
// and the CLI print the same words: English through text(Language::en, …).
#include "core/i18n/catalogue.hpp"
#include "core/model/order.hpp"
#include "core/rules/badge.hpp"

namespace atelier {

Msg status_msg(Status s);
Msg stage_status_msg(StageStatus s);
// What a card or row says of an order's progress: its stage's state while in production, else its own.
Msg progress_msg(Status s, StageStatus stage);
Msg badge_msg(Badge b);
Msg rework_kind_msg(ReworkKind k);
Msg event_msg(Event e);

}  // namespace atelier

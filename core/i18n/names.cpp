#include "core/i18n/names.hpp"

namespace atelier {

Msg status_msg(Status s) {
    switch (s) {
        case Status::draft: return Msg::status_draft;
        case Status::confirmed: return Msg::status_confirmed;
        case Status::in_production: return Msg::status_in_production;
        case Status::shipped: return Msg::status_shipped;
        case Status::collected: return Msg::status_collected;
        case Status::invoiced: return Msg::status_invoiced;
        case Status::paid: return Msg::status_paid;
        case Status::cancelled: return Msg::status_cancelled;
    }
    return Msg::status_draft;
}

Msg stage_status_msg(StageStatus s) {
    switch (s) {
        case StageStatus::not_started: return Msg::stage_not_started;
        case StageStatus::in_progress: return Msg::stage_in_progress;
        case StageStatus::done: return Msg::stage_done;
    }
    return Msg::stage_not_started;
}

Msg progress_msg(Status s, StageStatus stage) { return s == Status::in_production ? stage_status_msg(stage) : status_msg(s); }

Msg badge_msg(Badge b) {
    switch (b) {
        case Badge::overdue: return Msg::badge_overdue;
        case Badge::at_risk: return Msg::badge_at_risk;
        case Badge::due_soon: return Msg::badge_due_soon;
        case Badge::conflict: return Msg::badge_conflict;
        case Badge::rush: return Msg::badge_rush;
        case Badge::priority: return Msg::badge_priority;
    }
    return Msg::badge_overdue;
}

Msg rework_kind_msg(ReworkKind k) {
    switch (k) {
        case ReworkKind::qc_fail: return Msg::rework_kind_qc_fail;
        case ReworkKind::client_change: return Msg::rework_kind_client_change;
        case ReworkKind::other: return Msg::rework_kind_other;
    }
    return Msg::rework_kind_other;
}

Msg event_msg(Event e) {
    switch (e) {
        case Event::skipped: return Msg::event_skipped;
        case Event::qc_pass: return Msg::event_qc_pass;
        case Event::qc_fail: return Msg::event_qc_fail;
        case Event::released_owing: return Msg::event_released_owing;
        case Event::cancelled: return Msg::event_cancelled;
        case Event::rework: return Msg::event_rework;
    }
    return Msg::event_skipped;
}

}  // namespace atelier

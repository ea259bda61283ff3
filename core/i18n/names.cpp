#include "core/i18n/names.hpp"

#include <utility>

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

Msg kind_msg(Kind k) { return k == Kind::bulk ? Msg::kind_bulk : Msg::kind_mto; }

Msg delivery_msg(Delivery d) { return d == Delivery::ship ? Msg::delivery_ship : Msg::delivery_collect; }

Msg payment_status_msg(PaymentStatus p) {
    switch (p) {
        case PaymentStatus::unpaid: return Msg::paystat_unpaid;
        case PaymentStatus::deposit: return Msg::paystat_deposit;
        case PaymentStatus::paid: return Msg::paystat_paid;
    }
    return Msg::paystat_unpaid;
}

Msg payment_kind_msg(PaymentKind p) {
    switch (p) {
        case PaymentKind::none: return Msg::pay_kind_none;
        case PaymentKind::deposit: return Msg::pay_kind_deposit;
        case PaymentKind::full: return Msg::pay_kind_full;
    }
    return Msg::pay_kind_none;
}

Msg report_kind_msg(ReportKind k) {
    switch (k) {
        case ReportKind::revenue_by_month: return Msg::rep_kind_revenue_by_month;
        case ReportKind::revenue_by_salesperson: return Msg::rep_kind_revenue_by_salesperson;
        case ReportKind::revenue_by_pipeline: return Msg::rep_kind_revenue_by_pipeline;
        case ReportKind::outstanding_by_age: return Msg::rep_kind_outstanding_by_age;
        case ReportKind::days_per_stage: return Msg::rep_kind_days_per_stage;
    }
    return Msg::rep_kind_revenue_by_month;
}

Msg report_range_msg(ReportRange r) {
    switch (r) {
        case ReportRange::this_month: return Msg::rep_range_this_month;
        case ReportRange::last_month: return Msg::rep_range_last_month;
        case ReportRange::this_year: return Msg::rep_range_this_year;
        case ReportRange::last_12_months: return Msg::rep_range_last_12_months;
        case ReportRange::last_year: return Msg::rep_range_last_year;
        case ReportRange::custom: return Msg::rep_range_custom;
    }
    return Msg::rep_range_custom;
}

Msg style_state_msg(StyleState s) {
    switch (s) {
        case StyleState::commercial: return Msg::style_state_commercial;
        case StyleState::design: return Msg::style_state_design;
        case StyleState::approval: return Msg::style_state_approval;
        case StyleState::production_ready: return Msg::style_state_production_ready;
        case StyleState::archived: return Msg::style_state_archived;
    }
    return Msg::style_state_design;
}

Msg production_state_msg(ProductionState s) {
    switch (s) {
        case ProductionState::draft: return Msg::pr_state_draft;
        case ProductionState::planned: return Msg::pr_state_planned;
        case ProductionState::released: return Msg::pr_state_released;
        case ProductionState::in_progress: return Msg::pr_state_in_progress;
        case ProductionState::completed: return Msg::pr_state_completed;
        case ProductionState::cancelled: return Msg::pr_state_cancelled;
    }
    return Msg::pr_state_draft;
}

Msg sales_state_msg(SalesState s) {
    switch (s) {
        case SalesState::draft: return Msg::status_draft;
        case SalesState::confirmed: return Msg::status_confirmed;
        case SalesState::in_production: return Msg::status_in_production;
        case SalesState::shipped: return Msg::status_shipped;
        case SalesState::invoiced: return Msg::status_invoiced;
        case SalesState::paid: return Msg::status_paid;
        case SalesState::cancelled: return Msg::status_cancelled;
    }
    return Msg::status_draft;
}

Msg trade_term_msg(TradeTerm t) {
    switch (t) {
        case TradeTerm::exw: return Msg::sales_term_exw;
        case TradeTerm::fca: return Msg::sales_term_fca;
        case TradeTerm::fob: return Msg::sales_term_fob;
        case TradeTerm::cif: return Msg::sales_term_cif;
        case TradeTerm::dap: return Msg::sales_term_dap;
        case TradeTerm::ddp: return Msg::sales_term_ddp;
    }
    return Msg::sales_term_exw;
}

namespace {

// Each command type (core/commands/command.hpp, producer_commands.hpp) and its label.
constexpr std::pair<std::string_view, Msg> kCommandMsgs[] = {
        {"atelier.update", Msg::hist_cmd_atelier_update},
        {"atelier.resolve", Msg::hist_cmd_atelier_resolve},
        {"pipeline.resolve", Msg::hist_cmd_pipeline_resolve},
        {"team.rename", Msg::hist_cmd_team_rename},
        {"person.put", Msg::hist_cmd_person_put},
        {"person.remove", Msg::hist_cmd_person_remove},
        {"salesperson.rename", Msg::hist_cmd_salesperson_rename},
        {"pipeline.put", Msg::hist_cmd_pipeline_put},
        {"numbers.reserve", Msg::hist_cmd_numbers_reserve},
        {"entry.refused", Msg::hist_cmd_entry_refused},
        {"entry.dismiss", Msg::hist_cmd_entry_dismiss},
        {"client.create", Msg::hist_cmd_client_create},
        {"client.update", Msg::hist_cmd_client_update},
        {"client.resolve", Msg::hist_cmd_client_resolve},
        {"client.measure", Msg::hist_cmd_client_measure},
        {"client.correct", Msg::hist_cmd_client_correct},
        {"client.merge", Msg::hist_cmd_client_merge},
        {"client.delete", Msg::hist_cmd_client_delete},
        {"order.create", Msg::hist_cmd_order_create},
        {"order.update", Msg::hist_cmd_order_update},
        {"order.resolve", Msg::hist_cmd_order_resolve},
        {"order.confirm", Msg::hist_cmd_order_confirm},
        {"order.start", Msg::hist_cmd_order_start},
        {"order.stage_start", Msg::hist_cmd_order_stage_start},
        {"order.advance", Msg::hist_cmd_order_advance},
        {"order.qc", Msg::hist_cmd_order_qc},
        {"order.skip", Msg::hist_cmd_order_skip},
        {"order.move_to", Msg::hist_cmd_order_move_to},
        {"order.pay", Msg::hist_cmd_order_pay},
        {"order.refund", Msg::hist_cmd_order_refund},
        {"order.void", Msg::hist_cmd_order_void},
        {"order.schedule", Msg::hist_cmd_order_schedule},
        {"order.override", Msg::hist_cmd_order_override},
        {"order.image", Msg::hist_cmd_order_image},
        {"order.image.remove", Msg::hist_cmd_order_image_remove},
        {"order.fitting", Msg::hist_cmd_order_fitting},
        {"order.fitting_reschedule", Msg::hist_cmd_order_fitting_reschedule},
        {"order.fitting_cancel", Msg::hist_cmd_order_fitting_cancel},
        {"order.fitting_done", Msg::hist_cmd_order_fitting_done},
        {"order.fitting_remind", Msg::hist_cmd_order_fitting_remind},
        {"order.message_sent", Msg::hist_cmd_order_message_sent},
        {"order.message_delivery", Msg::hist_cmd_order_message_delivery},
        {"order.ship", Msg::hist_cmd_order_ship},
        {"order.collect", Msg::hist_cmd_order_collect},
        {"order.invoice", Msg::hist_cmd_order_invoice},
        {"order.cancel", Msg::hist_cmd_order_cancel},
        {"order.clone", Msg::hist_cmd_order_clone},
        {"order.rework", Msg::hist_cmd_order_rework},
        {"style.create", Msg::hist_cmd_style_create},
        {"style.update", Msg::hist_cmd_style_update},
        {"style.state", Msg::hist_cmd_style_state},
        {"style.revise", Msg::hist_cmd_style_revise},
        {"style.image", Msg::hist_cmd_style_image},
        {"style.image.remove", Msg::hist_cmd_style_image_remove},
        {"production.create", Msg::hist_cmd_production_create},
        {"production.update", Msg::hist_cmd_production_update},
        {"production.plan", Msg::hist_cmd_production_plan},
        {"production.release", Msg::hist_cmd_production_release},
        {"production.cancel", Msg::hist_cmd_production_cancel},
        {"production.complete", Msg::hist_cmd_production_complete},
        {"production.batch", Msg::hist_cmd_production_batch},
        {"production.progress", Msg::hist_cmd_production_progress},
        {"sales.create", Msg::hist_cmd_sales_create},
        {"sales.update", Msg::hist_cmd_sales_update},
        {"sales.confirm", Msg::hist_cmd_sales_confirm},
        {"sales.produce", Msg::hist_cmd_sales_produce},
        {"sales.ship", Msg::hist_cmd_sales_ship},
        {"sales.invoice", Msg::hist_cmd_sales_invoice},
        {"sales.pay", Msg::hist_cmd_sales_pay},
        {"sales.cancel", Msg::hist_cmd_sales_cancel},
        {"undo", Msg::hist_cmd_undo},
        {"redo", Msg::hist_cmd_redo},
        {"batch", Msg::hist_cmd_batch},
};

// Each field of Order::fields that history records (all but history and conflicts) and its word:
// the order form's and the table's where they have one.
constexpr std::pair<std::string_view, Msg> kOrderFieldMsgs[] = {
    {"number", Msg::filt_number},
    {"client", Msg::order_client},
    {"created", Msg::col_created},
    {"garment", Msg::order_garment},
    {"collection", Msg::order_collection},
    {"kind", Msg::order_kind},
    {"quantity", Msg::order_quantity},
    {"deadline", Msg::order_deadline},
    {"event", Msg::order_event},
    {"price", Msg::order_price},
    {"tax", Msg::hist_field_tax},
    {"rush", Msg::order_rush},
    {"rush_fee", Msg::order_rush_fee},
    {"priority", Msg::order_priority},
    {"status", Msg::col_status},
    {"pipeline", Msg::order_pipeline},
    {"stage", Msg::col_stage},
    {"stage_status", Msg::col_stage_status},
    {"qc", Msg::hist_field_qc},
    {"wip_start", Msg::col_wip_start},
    {"payments", Msg::order_section_payments},
    {"schedule", Msg::sched_title},
    {"overrides", Msg::hist_field_overrides},
    {"frozen", Msg::hist_field_frozen},
    {"frozen_on", Msg::hist_field_frozen_on},
    {"images", Msg::order_section_photos},
    {"fittings", Msg::doc_fittings},
    {"delivery", Msg::order_delivery},
    {"tracking", Msg::order_tracking},
    {"salesperson", Msg::order_salesperson},
    {"team", Msg::order_team},
    {"notes", Msg::order_notes},
    {"cancel_fee", Msg::hist_field_cancel_fee},
    {"invoice", Msg::hist_field_invoice},
    {"invoiced_at", Msg::hist_field_invoiced_at},
    {"log", Msg::hist_field_log},
    {"outbox", Msg::order_section_outbox},
};

template <size_t N>
std::optional<Msg> find_msg(const std::pair<std::string_view, Msg> (&table)[N], std::string_view name) {
    for (const auto& [n, m] : table)
        if (n == name) return m;
    return std::nullopt;
}

}  // namespace

std::optional<Msg> command_msg(std::string_view type) { return find_msg(kCommandMsgs, type); }

std::optional<Msg> order_field_msg(std::string_view field) { return find_msg(kOrderFieldMsgs, field); }

}  // namespace atelier

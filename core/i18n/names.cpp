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

}  // namespace atelier

#pragma once
// The catalogue keys of the names the core defines (order and stage states, badges), so every view
// and the CLI print the same words: English through text(Language::en, …).
#include <optional>
#include <string_view>

#include "core/i18n/catalogue.hpp"
#include "core/derive.hpp"
#include "core/model/order.hpp"
#include "core/model/production.hpp"
#include "core/model/sales.hpp"
#include "core/model/style.hpp"
#include "core/reports/report.hpp"
#include "core/rules/badge.hpp"

namespace atelier {

Msg status_msg(Status s);
Msg stage_status_msg(StageStatus s);
// What a card or row says of an order's progress: its stage's state while in production, else its own.
Msg progress_msg(Status s, StageStatus stage);
Msg badge_msg(Badge b);
Msg rework_kind_msg(ReworkKind k);
Msg event_msg(Event e);
Msg kind_msg(Kind k);
Msg delivery_msg(Delivery d);
Msg payment_status_msg(PaymentStatus p);
Msg payment_kind_msg(PaymentKind p);
// A report and a period as the report picker names them (English: EnumNames<…>::labels).
Msg report_kind_msg(ReportKind k);
Msg report_range_msg(ReportRange r);
// Production (core/model/style, production, sales): a style's (its tech pack's) state, a production
// order's, a sales order's (the order states' words) and the trade term (Incoterms, the same
// letters everywhere); English text = EnumNames<…>::labels.
Msg style_state_msg(StyleState s);
Msg production_state_msg(ProductionState s);
Msg sales_state_msg(SalesState s);
Msg trade_term_msg(TradeTerm t);

// A history's What and Details (web/ui/history_table.cpp, view_order_history.cpp): a command type
// ("order.pay") as a short label ("Payment recorded"), every type of command_types() has one; an
// order's field as history records it ("deadline", Order::fields) as the order form's word
// ("Deadline"). nullopt: not known, shown as it is.
std::optional<Msg> command_msg(std::string_view type);
std::optional<Msg> order_field_msg(std::string_view field);

}  // namespace atelier

// [SECTION] order.* commands: the production and money rules.
#include <algorithm>
#include <array>
#include <optional>
#include <set>

#include "core/commands/concurrent.hpp"
#include "core/commands/plan_detail.hpp"
#include "core/model/limits.hpp"
#include "core/rules/fittings.hpp"
#include "core/rules/messages.hpp"
#include "core/rules/photos.hpp"
#include "core/rules/rework.hpp"
#include "core/rules/schedule.hpp"
#include "core/text.hpp"

namespace atelier::detail {

namespace {

std::string label(const Work& w, int number) { return order_label(w.a.profile, number); }

const Pipeline* pipeline_of(Work& w, const Order& o) { return w.a.pipeline(o.pipeline); }


// An order's status as its refusals name it: the English is the status's id ("in_production");
// "cancelled" is the history's word for it.
Said status_word(Status s) {
    static constexpr std::array<Msg, 8> words{Msg::why_ord_status_draft,     Msg::why_ord_status_confirmed,
                                              Msg::why_ord_status_in_production, Msg::why_ord_status_shipped,
                                              Msg::why_ord_status_collected, Msg::why_ord_status_invoiced,
                                              Msg::why_ord_status_paid,      Msg::event_cancelled};
    return say(words[static_cast<size_t>(s)]);
}

bool not_closed(Work& w, const Order& o) {
    if (o.status == Status::cancelled) return w.fail("/order", Msg::why_ord_cancelled, {{"order", label(w, o.number)}});
    return true;
}

bool in_production(Work& w, const Order& o) {
    if (o.status == Status::draft) return w.fail("/order", Msg::why_ord_draft_no_production, {{"order", label(w, o.number)}});
    if (o.status != Status::in_production)
        return w.fail("/order", say(Msg::why_ord_not_in_production, {{"order", label(w, o.number)}}).with("status", status_word(o.status)));
    return true;
}

void freeze(Work& w, Order& o) {
    if (o.frozen_on) return;
    o.frozen = measurements_to_freeze(w.a.client(o.client), o);
    o.frozen_on = w.today();
}

// Moves to the next stage, or marks the last one done.
void next_stage(const Pipeline& p, Order& o) {
    const int i = stage_index(p, o.stage);
    o.qc = Qc::none;
    if (i + 1 < static_cast<int>(p.stages.size())) {
        o.stage = p.stages[static_cast<size_t>(i + 1)].id;
        o.stage_status = StageStatus::not_started;
    } else {
        o.stage_status = StageStatus::done;
    }
}

// A new order, a copy or a change of pipeline goes into a pipeline in use; an order already in an
// archived one stays there.
bool pipeline_open(Work& w, const std::string& id) {
    const Pipeline* p = w.a.pipeline(id);
    if (p && p->archived)
        return w.fail("/pipeline", Msg::why_ord_pipeline_archived, {{"pipeline", p->name}});
    return true;
}

void run(Work& w, const cmd::OrderCreate& c) {
    Order o;
    o.created = w.ctx.now;
    o.client = live_client(w.a.profile, c.client);
    o.pipeline = c.pipeline;
    o.deadline = c.deadline;
    o.event = c.event;
    o.garment = c.garment;
    o.collection = c.collection;
    o.kind = c.kind;
    o.quantity = c.quantity;
    o.price = c.price;
    o.tax = OrderTax{w.a.profile.tax_rate_bp, w.a.profile.prices_include_tax};
    o.rush = c.rush;
    o.rush_fee = c.rush_fee;
    o.priority = c.priority;
    o.delivery = c.delivery;
    o.salesperson = c.salesperson;
    o.team = c.team;
    o.notes = c.notes;
    if (const Pipeline* p = w.a.pipeline(c.pipeline); p && !p->stages.empty()) o.stage = p->stages.front().id;
    if (!check_order_spec(w, o) || !pipeline_open(w, o.pipeline)) return;
    if (const Pipeline* p = w.a.pipeline(c.pipeline)) o.schedule = default_schedule(*p, order_total(o));
    o.number = take_number(w, true, c.number, "/number");
    if (!o.number) return;
    if (c.number == 0) {
        cmd::OrderCreate given = c;
        given.number = o.number;
        w.out.recorded = given;
    }
    w.notice(say(Msg::why_ord_created_draft, {{"order", label(w, o.number)}}));
    w.out.after.of<Order>().push_back(std::move(o));
}

// An order moving to another pipeline keeps its milestones, photos and log: each stage they name
// must exist in the new pipeline too, or the move is refused with what to change first.
bool stage_refs_fit(Work& w, const Order& o, const Pipeline& p) {
    auto missing = [&](const std::string& s) { return !s.empty() && stage_index(p, s) < 0; };
    for (const auto& m : o.schedule)
        if (m.when != "order" && m.when != "handover" && missing(m.when))
            return w.fail("/pipeline", Msg::why_ord_milestone_stage_missing, {{"milestone", m.label}, {"stage", m.when}, {"pipeline", p.id}});
    for (const auto& im : o.images)
        if (missing(im.stage)) return w.fail("/pipeline", Msg::why_ord_photo_stage_missing, {{"stage", im.stage}, {"pipeline", p.id}});
    for (const auto& l : o.log)
        for (const std::string* s : {&l.stage, &l.from})
            if (*s != "handover" && missing(*s))
                return w.fail("/pipeline", Msg::why_ord_log_stage_missing, {{"stage", *s}, {"pipeline", p.id}});
    return true;
}

void run(Work& w, const cmd::OrderUpdate& c) {
    Order* o = w.order(c.order);
    if (!o || !not_closed(w, *o)) return;
    const cmd::OrderFields& to = c;
    nlohmann::json seen, before;
    if (c.from) {
        seen = write_value(*c.from);
        if (auto outside = from_outside_update(seen, write_value(to))) return (void)w.fail(std::move(*outside));
        before = write_value(order_fields_of(*o));
    }
    // A schedule still as its pipeline made it follows the order's pipeline and total.
    const Pipeline* was = pipeline_of(w, *o);
    const bool default_schedule_kept = was && o->schedule == default_schedule(*was, order_total(*o));
    if (c.pipeline && *c.pipeline != o->pipeline) {
        if (default_schedule_kept) o->schedule.clear();
        if (o->status >= Status::in_production)
            return (void)w.fail("/pipeline", Msg::why_ord_pipeline_fixed);
        if (!pipeline_open(w, *c.pipeline)) return;
        o->pipeline = *c.pipeline;
        const Pipeline* p = w.a.pipeline(o->pipeline);
        o->stage = p && !p->stages.empty() ? p->stages.front().id : std::string();
        o->stage_status = StageStatus::not_started;
        if (p && !stage_refs_fit(w, *o, *p)) return;
    }
    if (c.client) o->client = live_client(w.a.profile, *c.client);
    if (c.garment) o->garment = *c.garment;
    if (c.collection) o->collection = *c.collection;
    if (c.salesperson) o->salesperson = *c.salesperson;
    if (c.team) o->team = *c.team;
    if (c.notes) o->notes = *c.notes;
    if (c.deadline) o->deadline = *c.deadline;
    if (c.event) o->event = *c.event;
    if (c.kind) o->kind = *c.kind;
    if (c.quantity) o->quantity = *c.quantity;
    if (c.price) o->price = *c.price;
    if (c.rush_fee) o->rush_fee = *c.rush_fee;
    if (c.rush) o->rush = *c.rush;
    if (c.priority) o->priority = *c.priority;
    if (c.delivery) o->delivery = *c.delivery;
    // A typo in the carrier's number is corrected after shipping too; "" clears it.
    if (c.tracking) {
        if (!check_text(w, "/tracking", *c.tracking, false, 100)) return;
        o->tracking = *c.tracking;
    }
    if (default_schedule_kept)
        if (const Pipeline* p = pipeline_of(w, *o)) o->schedule = default_schedule(*p, order_total(*o));
    if (!check_order_spec(w, *o) || !c.from) return;
    for (auto& k : concurrent_edits(seen, before, write_value(order_fields_of(*o)), o->history, w.ctx.who, w.ctx.now))
        o->conflicts.push_back(std::move(k));
}

// Restore re-applies the replaced value as an update (every rule of order.update holds), seeing
// the value kept: if that too has changed since, the restore is itself a concurrent edit.
void run(Work& w, const cmd::OrderResolve& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    if (c.conflict < 0 || static_cast<size_t>(c.conflict) >= o->conflicts.size())
        return (void)w.fail("/conflict", Msg::why_ord_no_conflict, {{"order", label(w, o->number)}, {"conflict", std::to_string(c.conflict)}});
    const Conflict k = o->conflicts[static_cast<size_t>(c.conflict)];
    if (k.state != ConflictState::open)
        return (void)w.fail("/conflict", k.state == ConflictState::kept ? Msg::why_ord_conflict_kept : Msg::why_ord_conflict_restored,
                            {{"field", k.field}});
    if (c.restore) {
        Problems bad;
        auto values = order_restore_value(k, "/conflict", bad);
        if (!values) return (void)w.fail(bad.front());
        cmd::OrderUpdate u;
        static_cast<cmd::OrderFields&>(u) = values->first;
        u.order = c.order;
        u.from = values->second;
        run(w, u);
        if (!w.out.ok) return;
        o = w.order(c.order);
    }
    Conflict& settled = o->conflicts[static_cast<size_t>(c.conflict)];
    settled.state = c.restore ? ConflictState::restored : ConflictState::kept;
    settled.resolved_who = w.ctx.who;
    settled.resolved_at = w.ctx.now;
}

void run(Work& w, const cmd::OrderConfirm& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    if (o->status != Status::draft) return (void)w.fail("/order", Msg::why_ord_not_draft, {{"order", label(w, o->number)}});
    o->status = Status::confirmed;
}

void run(Work& w, const cmd::OrderStart& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    if (o->status == Status::draft)
        return (void)w.fail("/order", Msg::why_ord_draft_confirm_first, {{"order", label(w, o->number)}});
    if (o->status != Status::confirmed)
        return (void)w.fail("/order", Msg::why_ord_start_unconfirmed, {{"order", label(w, o->number)}});
    const Pipeline* p = pipeline_of(w, *o);
    if (!p || p->stages.empty()) return (void)w.fail("/order", Msg::why_ord_pipeline_no_stages);
    o->status = Status::in_production;
    o->wip_start = w.today();
    o->stage = p->stages.front().id;
    o->stage_status = StageStatus::in_progress;
    o->qc = Qc::none;
    if (p->stages.front().freezes) freeze(w, *o);
}

void run(Work& w, const cmd::StageStart& c) {
    Order* o = w.order(c.order);
    if (!o || !in_production(w, *o)) return;
    if (o->stage_status != StageStatus::not_started)
        return (void)w.fail("/order", o->stage_status == StageStatus::done ? Msg::why_ord_stage_already_done : Msg::why_ord_stage_already_started,
                            {{"stage", o->stage}});
    o->stage_status = StageStatus::in_progress;
    if (const Stage* s = current_stage(w.a, *o); s && s->freezes) freeze(w, *o);
}

void run(Work& w, const cmd::OrderQc& c) {
    Order* o = w.order(c.order);
    if (!o || !in_production(w, *o)) return;
    const Stage* s = current_stage(w.a, *o);
    if (!s || !s->qc) return (void)w.fail("/order", Msg::why_ord_stage_no_qc, {{"stage", o->stage}});
    if (o->stage_status == StageStatus::done) return (void)w.fail("/order", Msg::why_ord_production_finished);
    if (!c.pass && c.note.empty()) return (void)w.fail("/note", Msg::why_ord_qc_fail_note);
    o->qc = c.pass ? Qc::pass : Qc::fail;
    o->log.push_back(LogEntry{c.pass ? Event::qc_pass : Event::qc_fail, o->stage, w.ctx.now, c.note, {}});
    if (o->stage_status == StageStatus::not_started) o->stage_status = StageStatus::in_progress;
}

// The name of the next message written into `o`'s outbox (docs/email.md): the entry that writes
// it, so the same on every device that applies the entry; none outside a journal.
std::string next_message_id(const Work& w, const Order& o) { return message_id_for(w.ctx, o.number, o.outbox.size()); }

void run(Work& w, const cmd::OrderAdvance& c) {
    Order* o = w.order(c.order);
    if (!o || !in_production(w, *o)) return;
    const Pipeline* p = pipeline_of(w, *o);
    const Stage* s = current_stage(w.a, *o);
    if (!p || !s) return (void)w.fail("/order", Msg::why_ord_stage_not_in_pipeline, {{"stage", o->stage}, {"pipeline", o->pipeline}});
    if (o->stage_status == StageStatus::done) return (void)w.fail("/order", Msg::why_ord_production_finished_hand_over);
    if (s->qc && o->qc != Qc::pass) {
        if (o->qc == Qc::fail) {
            for (auto it = o->log.rbegin(); it != o->log.rend(); ++it)
                if (it->event == Event::qc_fail)
                    return (void)w.fail("/order", Msg::why_ord_qc_pass_needed_failed, {{"stage", s->name}, {"note", it->note}});
        }
        return (void)w.fail("/order", Msg::why_ord_qc_pass_needed, {{"stage", s->name}});
    }
    if (s->photo && std::none_of(o->images.begin(), o->images.end(), [&](const Image& im) { return im.stage == s->id; }))
        return (void)w.fail("/order", Msg::why_ord_stage_needs_photo, {{"stage", s->name}});
    if (s->freezes) freeze(w, *o);
    const Client* cl = w.a.client(o->client);
    if (s->notify != Channel::none && cl && cl->do_not_contact) {
        w.notice(say(Msg::why_ord_not_contacted, {{"client", cl->name}, {"stage", s->name}}));
    } else if (s->notify != Channel::none) {
        // The client's preferred channel when they have its address (core/rules/messages.hpp).
        const Channel ch = message_channel(cl, s->notify);
        const std::string& tmpl = template_for(s->message, s->translations, client_locale(w.a.profile, cl));
        Message m{w.ctx.now, ch == Channel::none ? s->notify : ch, message_address(cl, ch),
                  fill_template(tmpl, w.a, *o, MessageAbout{w.ctx.now, s, nullptr}), s->id};
        m.id = next_message_id(w, *o);
        o->outbox.push_back(m);
        w.out.effects.push_back(SendMessage{o->number, m});
    }
    next_stage(*p, *o);
}

void run(Work& w, const cmd::OrderSkip& c) {
    Order* o = w.order(c.order);
    if (!o || !in_production(w, *o)) return;
    const Pipeline* p = pipeline_of(w, *o);
    const Stage* s = current_stage(w.a, *o);
    if (!p || !s) return (void)w.fail("/order", Msg::why_ord_stage_not_in_pipeline, {{"stage", o->stage}, {"pipeline", o->pipeline}});
    if (o->stage_status == StageStatus::done) return (void)w.fail("/order", Msg::why_ord_production_finished);
    if (!s->optional) return (void)w.fail("/order", Msg::why_ord_stage_not_optional, {{"stage", s->name}});
    o->log.push_back(LogEntry{Event::skipped, o->stage, w.ctx.now, c.note, {}});
    next_stage(*p, *o);
}

}  // namespace

// The steps follow from the order's status and stage and the pipeline alone; each step's own rules
// (QC pass, photo, freeze, notify) decide when it is applied whether it passes.
// - A confirmed order is started first (a draft is refused by order.start's own rule).
// - The stage the order stands in was worked on: advanced. Optional stages only passed over: skipped.
std::vector<MoveStep> move_steps(Work& w, const Order& o, const cmd::OrderMoveTo& c) {
    std::vector<MoveStep> steps;
    if (!check_text(w, "/stage", c.stage, true, 40) || !check_text(w, "/note", c.note, false, 400)) return steps;
    const Pipeline* p = pipeline_of(w, o);
    if (!p) return w.fail("/order", Msg::why_ord_pipeline_missing, {{"pipeline", o.pipeline}}), steps;
    const int target = stage_index(*p, c.stage);
    if (target < 0) return w.fail("/stage", Msg::why_ord_no_stage, {{"stage", c.stage}, {"pipeline", o.pipeline}}), steps;
    const Stage& to = p->stages[static_cast<size_t>(target)];
    const bool start = o.status == Status::draft || o.status == Status::confirmed;
    if (!start && !in_production(w, o)) return steps;
    const int from = start ? 0 : stage_index(*p, o.stage);  // a start enters the first stage
    if (from < 0) return w.fail("/order", Msg::why_ord_stage_not_in_pipeline, {{"stage", o.stage}, {"pipeline", o.pipeline}}), steps;
    const std::string& at_name = p->stages[static_cast<size_t>(from)].name;
    if (target < from)
        return w.fail("/stage", Msg::why_ord_move_backward, {{"order", label(w, o.number)}, {"at", at_name}, {"stage", to.name}}), steps;
    if (target == from && !start) return w.fail("/stage", Msg::why_ord_already_at, {{"order", label(w, o.number)}, {"stage", to.name}}), steps;
    if (start) steps.push_back(MoveStep{cmd::OrderStart{c.order}, ""});
    for (int at = from; at < target; ++at) {
        const Stage& s = p->stages[static_cast<size_t>(at)];
        if (at != from && s.optional) steps.push_back(MoveStep{cmd::OrderSkip{c.order, c.note}, s.name});
        else steps.push_back(MoveStep{cmd::OrderAdvance{c.order}, s.name});
    }
    return steps;
}

namespace {

// The steps applied one after the other to the same after-image, each with the history entry its
// own command would have written: a refusal anywhere discards the whole move, prefixed with where
// the move stops.
void run(Work& w, const cmd::OrderMoveTo& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    const std::vector<MoveStep> steps = move_steps(w, *o, c);
    w.own_history = true;
    for (const MoveStep& s : steps) {
        const Order before = *o;
        plan_order(w, s.command);
        if (!w.out.ok) {
            if (!s.leaves.empty()) {
                // Where the move stops, then the step's own refusal in its words (as given, when it has none).
                Problem& e = w.out.error;
                e = problem_at(std::move(e.path), e.said ? say(Msg::why_ord_move_past, {{"stage", s.leaves}}).with("reason", std::move(*e.said))
                                                         : say(Msg::why_ord_move_past, {{"stage", s.leaves}, {"reason", e.message}}));
            }
            return;
        }
        o->history.push_back(HistoryEntry{w.ctx.now, w.ctx.who, command_type(s.command), diff(write_value(before), write_value(*o))});
    }
}

// What an order's ledger lines are called in refusals: "the 400.00 payment of 2026-03-01 09:00".
Said line_text(const Payment& p) {
    return say(p.refund ? Msg::why_ord_line_refund : Msg::why_ord_line_payment, {{"amount", format_money(p.amount)}, {"at", format_datetime(p.at)}});
}

// A refund or void may leave an order marked paid with money owed again, and a voided refund may
// settle an invoiced one: the status follows the balance, as order.pay and order.invoice set it.
void settle_status(Order& o) {
    if (o.status == Status::paid && balance_owed(o).minor > 0) o.status = Status::invoiced;
    else if (o.status == Status::invoiced && balance_owed(o).minor == 0) o.status = Status::paid;
}

// A cancelled order takes payments up to the fee still owed; an open one up to its balance.
void run(Work& w, const cmd::OrderPay& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    if (c.amount.minor <= 0) return (void)w.fail("/amount", Msg::why_ord_more_than_zero);
    const Money owed = balance_owed(*o);
    if (c.amount > owed) {
        if (o->status == Status::cancelled)
            return (void)w.fail("/amount", Msg::why_ord_overpayment_fee,
                                {{"amount", format_money(c.amount)}, {"owed", format_money(owed)}, {"fee", format_money(o->cancel_fee)}});
        return (void)w.fail("/amount", Msg::why_ord_overpayment, {{"amount", format_money(c.amount)}, {"owed", format_money(owed)}});
    }
    o->payments.push_back(Payment{c.amount, c.at ? *c.at : w.ctx.now, c.method, c.note});
    if (o->status == Status::invoiced && balance_owed(*o).minor == 0) o->status = Status::paid;
}

void run(Work& w, const cmd::OrderRefund& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    if (c.amount.minor <= 0) return (void)w.fail("/amount", Msg::why_ord_more_than_zero);
    if (!check_text(w, "/method", c.method, true, 40) || !check_text(w, "/reason", c.reason, true, 400)) return;
    const Money most = refundable(*o);
    if (c.amount > most) {
        const std::string amount = format_money(c.amount), paid = format_money(most);
        if (o->status == Status::cancelled) {
            const std::string fee = format_money(o->cancel_fee);
            if (most.minor)
                return (void)w.fail("/amount", Msg::why_ord_refund_over_paid_fee, {{"amount", amount}, {"paid", paid}, {"fee", fee}});
            return (void)w.fail("/amount", Msg::why_ord_refund_nothing_paid_fee, {{"amount", amount}, {"fee", fee}});
        }
        if (most.minor) return (void)w.fail("/amount", Msg::why_ord_refund_over_paid, {{"amount", amount}, {"paid", paid}});
        return (void)w.fail("/amount", Msg::why_ord_refund_nothing_paid, {{"amount", amount}});
    }
    Payment p{c.amount, c.at ? *c.at : w.ctx.now, c.method, c.reason};
    p.refund = true;
    o->payments.push_back(std::move(p));
    settle_status(*o);
}

void run(Work& w, const cmd::OrderVoid& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    const std::string order = label(w, o->number);
    if (c.line < 0 || static_cast<size_t>(c.line) >= o->payments.size())
        return (void)w.fail("/line", Msg::why_ord_no_ledger_line,
                            {{"line", std::to_string(c.line)}, {"order", order}, {"count", std::to_string(o->payments.size())}});
    const size_t i = static_cast<size_t>(c.line);
    const std::string line = std::to_string(i);
    const Payment target = o->payments[i];  // a copy: the push below may move the ledger
    if (target.amount != c.amount)
        return (void)w.fail("/amount", say(Msg::why_ord_ledger_changed, {{"line", line}, {"order", order}, {"amount", format_money(c.amount)}})
                                           .with("what", line_text(target)));
    if (!original_line(target)) return (void)w.fail("/line", Msg::why_ord_line_is_correction, {{"line", line}, {"order", order}});
    if (const auto by = voided_by(*o, i))
        return (void)w.fail("/line", say(Msg::why_ord_line_voided, {{"by", std::to_string(*by)}}).with("what", line_text(target)));
    if (!check_text(w, "/reason", c.reason, true, 400)) return;
    const Money paid = amount_paid(*o);
    if (!target.refund && target.amount > paid)
        return (void)w.fail("/line", say(Msg::why_ord_void_payment_refused, {{"paid", format_money(paid)}}).with("what", line_text(target)));
    if (target.refund && paid + target.amount > order_total(*o))
        return (void)w.fail("/line", say(Msg::why_ord_void_refund_refused,
                                         {{"reach", format_money(paid + target.amount)}, {"total", format_money(order_total(*o))}})
                                         .with("what", line_text(target)));
    Payment v{target.amount, w.ctx.now, target.method, c.reason, true};
    v.refund = target.refund;
    v.voids = c.line;
    o->payments.push_back(std::move(v));
    settle_status(*o);
}

void run(Work& w, const cmd::OrderSchedule& c) {
    Order* o = w.order(c.order);
    if (!o || !not_closed(w, *o)) return;
    const Pipeline* p = pipeline_of(w, *o);
    Money total;
    for (size_t i = 0; i < c.milestones.size(); ++i) {
        const auto& m = c.milestones[i];
        const std::string at = "/milestones/" + std::to_string(i);
        if (!check_text(w, at + "/label", m.label, true, 80)) return;
        if (m.when != "order" && m.when != "handover" && (!p || stage_index(*p, m.when) < 0))
            return (void)w.fail(at + "/when", Msg::why_ord_milestone_when, {{"pipeline", o->pipeline}});
        if (m.amount.minor <= 0) return (void)w.fail(at + "/amount", Msg::why_ord_more_than_zero);
        total += m.amount;
    }
    if (total > order_total(*o))
        return (void)w.fail("/milestones", Msg::why_ord_schedule_over_total, {{"schedule", format_money(total)}, {"total", format_money(order_total(*o))}});
    o->schedule = c.milestones;
}

void run(Work& w, const cmd::OrderOverride& c) {
    Order* o = w.order(c.order);
    if (!o || !not_closed(w, *o) || !check_text(w, "/name", c.name, true, 60)) return;
    auto it = std::find_if(o->overrides.begin(), o->overrides.end(), [&](const Measurement& m) { return m.name == c.name; });
    if (!c.value) {
        if (it == o->overrides.end()) return (void)w.fail("/name", Msg::why_ord_no_override, {{"name", c.name}});
        o->overrides.erase(it);
    } else if (it != o->overrides.end()) {
        it->value = *c.value;
    } else {
        o->overrides.push_back(Measurement{c.name, *c.value});
    }
    if (o->frozen_on) w.warn(say(Msg::why_ord_already_cut, {{"order", label(w, o->number)}}));
}

void run(Work& w, const cmd::OrderImage& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    std::string field;
    if (std::optional<Said> why = photo_problem(c.image, field)) return (void)w.fail("/image/" + field, std::move(*why));
    if (!check_text(w, "/image/caption", c.image.caption, false, 400)) return;
    if (!c.image.by.empty() || c.image.added) return (void)w.fail("/image/added", Msg::why_ord_image_added_by_app);
    if (std::any_of(o->images.begin(), o->images.end(), [&](const Image& im) { return im.id == c.image.id; }))
        return (void)w.fail("/image/id", Msg::why_ord_photo_duplicate, {{"order", label(w, o->number)}});
    if (o->images.size() >= static_cast<size_t>(kMaxPhotosPerOrder))
        return (void)w.fail("/image", Msg::why_ord_photos_full, {{"order", label(w, o->number)}, {"max", std::to_string(kMaxPhotosPerOrder)}});
    const Pipeline* p = pipeline_of(w, *o);
    if (!c.image.stage.empty() && (!p || stage_index(*p, c.image.stage) < 0))
        return (void)w.fail("/image/stage", Msg::why_ord_no_stage, {{"stage", c.image.stage}, {"pipeline", o->pipeline}});
    Image im = c.image;
    im.added = w.ctx.now;
    im.by = w.ctx.who;
    o->images.push_back(std::move(im));
}

void run(Work& w, const cmd::OrderImageRemove& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    auto it = std::find_if(o->images.begin(), o->images.end(), [&](const Image& im) { return im.id == c.id; });
    if (it == o->images.end()) return (void)w.fail("/id", Msg::why_ord_no_photo, {{"order", label(w, o->number)}});
    o->images.erase(it);
}

bool check_minutes(Work& w, int minutes) {
    if (!kFittingMinutes.contains(minutes))
        return w.fail("/minutes", Msg::why_ord_minutes_range, {{"min", std::to_string(kFittingMinutes.min)}, {"max", std::to_string(kFittingMinutes.max)}});
    return true;
}

// A clash with another booked fitting of the atelier warns (core/rules/fittings.hpp).
void warn_overlap(Work& w, DateTime at, int minutes, std::optional<FittingRef> self) {
    if (std::optional<Said> t = overlap_warning(w.a, overlapping_fittings(w.a, at, minutes, self))) w.warn(std::move(*t));
}

void run(Work& w, const cmd::OrderFitting& c) {
    Order* o = w.order(c.order);
    if (!o || !not_closed(w, *o) || !check_text(w, "/kind", c.kind, true, 60)) return;
    if (!check_text(w, "/notes", c.notes, false, 4000) || !check_minutes(w, c.minutes)) return;
    o->fittings.push_back(Fitting{c.at, c.kind, c.notes, false, c.minutes});
    if (o->event && date_of(c.at) > *o->event) w.warn(say(Msg::why_ord_fitting_after_event));
    warn_overlap(w, c.at, c.minutes, std::nullopt);
}

Fitting* fitting_of(Work& w, Order& o, int index) {
    if (index < 0 || static_cast<size_t>(index) >= o.fittings.size())
        return w.fail("/fitting", Msg::why_ord_no_fitting, {{"fitting", std::to_string(index)}}), nullptr;
    return &o.fittings[static_cast<size_t>(index)];
}

void run(Work& w, const cmd::FittingDone& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    Fitting* f = fitting_of(w, *o, c.fitting);
    if (!f) return;
    if (f->done) return (void)w.fail("/fitting", Msg::why_ord_fitting_done);
    if (f->cancelled) return (void)w.fail("/fitting", Msg::why_ord_fitting_cancelled);
    f->done = true;
    if (!c.notes.empty()) f->notes = c.notes;
}

void run(Work& w, const cmd::FittingReschedule& c) {
    Order* o = w.order(c.order);
    if (!o || !not_closed(w, *o)) return;
    Fitting* f = fitting_of(w, *o, c.fitting);
    if (!f) return;
    if (f->done) return (void)w.fail("/fitting", Msg::why_ord_done_fitting_reschedule);
    if (f->cancelled) return (void)w.fail("/fitting", Msg::why_ord_cancelled_fitting_reschedule);
    if (c.minutes && !check_minutes(w, *c.minutes)) return;
    if (c.notes && !check_text(w, "/notes", *c.notes, false, 4000)) return;
    const int minutes = c.minutes.value_or(f->minutes);
    if (c.at == f->at && minutes == f->minutes && (!c.notes || *c.notes == f->notes))
        return (void)w.fail("/at", Msg::why_ord_fitting_unchanged, {{"minutes", std::to_string(minutes)}});
    f->at = c.at;
    f->minutes = minutes;
    if (c.notes) f->notes = *c.notes;
    if (o->event && date_of(c.at) > *o->event) w.warn(say(Msg::why_ord_fitting_after_event));
    warn_overlap(w, c.at, minutes, FittingRef{o->number, c.fitting});
}

void run(Work& w, const cmd::FittingCancel& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    Fitting* f = fitting_of(w, *o, c.fitting);
    if (!f) return;
    if (f->done) return (void)w.fail("/fitting", Msg::why_ord_done_fitting_cancel);
    if (f->cancelled) return (void)w.fail("/fitting", Msg::why_ord_fitting_already_cancelled);
    if (trim(c.reason).empty()) return (void)w.fail("/reason", Msg::why_ord_fitting_cancel_reason);
    if (!check_text(w, "/reason", c.reason, true, 400)) return;
    f->cancelled = true;
    f->cancel_reason = c.reason;
}

void run(Work& w, const cmd::FittingRemind& c) {
    Order* o = w.order(c.order);
    if (!o || !not_closed(w, *o)) return;
    const Fitting* f = fitting_of(w, *o, c.fitting);
    if (!f) return;
    if (f->done) return (void)w.fail("/fitting", Msg::why_ord_fitting_done);
    if (f->cancelled) return (void)w.fail("/fitting", Msg::why_ord_fitting_cancelled);
    if (reminder_written(*o, *f)) return (void)w.fail("/fitting", Msg::why_ord_reminder_written);
    const Client* cl = w.a.client(o->client);
    if (cl && cl->do_not_contact) return (void)w.fail("/order", Msg::why_ord_do_not_contact, {{"client", cl->name}});
    const Channel ch = message_channel(cl, Channel::none);
    if (ch == Channel::none) return (void)w.fail("/order", Msg::why_ord_no_contact);
    Message m{w.ctx.now, ch, message_address(cl, ch), fill_template(reminder_template(w.a.profile, client_locale(w.a.profile, cl)), w.a, *o, MessageAbout{w.ctx.now, nullptr, f})};
    m.fitting = f->at;
    m.id = next_message_id(w, *o);
    o->outbox.push_back(m);
    w.out.effects.push_back(SendMessage{o->number, m});
}

void run(Work& w, const cmd::MessageSent& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    auto& box = o->outbox;
    size_t i = static_cast<size_t>(c.message);
    const bool in_place = c.message >= 0 && i < box.size() && box[i].at == c.at;
    if (!in_place) {
        // Another device's message came first and moved it: the first unsent one of that time.
        auto it = std::find_if(box.begin(), box.end(), [&](const Message& m) { return m.at == c.at && !m.sent_at; });
        if (it == box.end())
            return (void)w.fail("/message", Msg::why_ord_no_message, {{"message", std::to_string(c.message)}, {"at", format_datetime(c.at)}});
        i = static_cast<size_t>(it - box.begin());
    }
    Message& m = box[i];
    if (m.sent_at) {
        if (m.sent_by.empty()) return (void)w.fail("/message", Msg::why_ord_message_sent, {{"at", format_datetime(*m.sent_at)}});
        return (void)w.fail("/message", Msg::why_ord_message_sent_by, {{"who", m.sent_by}, {"at", format_datetime(*m.sent_at)}});
    }
    m.sent_at = w.ctx.now;
    m.sent_by = w.ctx.who;
    m.sent_via = c.via;
}

void run(Work& w, const cmd::MessageDelivery& c) {
    if (w.ctx.device != kServerDevice) return (void)w.fail("", Msg::why_ord_delivery_server_only);
    if (c.result == MailState::none) return (void)w.fail("/result", Msg::why_ord_delivery_result);
    if (!check_text(w, "/reply", c.reply, false, kMaxDeliveryReply)) return;
    if (c.attempts < 0 || c.attempts > kMaxDeliveryAttempts)
        return (void)w.fail("/attempts", Msg::set_range, {{"min", "0"}, {"max", std::to_string(kMaxDeliveryAttempts)}});
    if (c.next && c.result != MailState::retrying) return (void)w.fail("/next", Msg::why_delivery_next);
    // In the order named, else wherever it is now: the order may have been renumbered since.
    const auto holds = [&](const Order& o) {
        return std::any_of(o.outbox.begin(), o.outbox.end(), [&](const Message& m) { return m.id == c.message; });
    };
    int number = c.order;
    if (const Order* named = w.a.order(c.order); !named || !holds(*named)) {
        number = 0;
        if (!c.message.empty())
            for (const Order& o : w.a.orders)
                if (holds(o)) number = o.number;
    }
    if (!number) return (void)w.fail("/message", Msg::why_ord_no_message_id, {{"message", c.message}});
    Order* o = w.order(number);
    if (!o) return;
    Message& m = *std::find_if(o->outbox.begin(), o->outbox.end(), [&](const Message& x) { return x.id == c.message; });
    if (m.mail == MailState::sent) return;  // a late word after "sent": nothing to change
    m.mail = c.result;
    m.mail_reply = c.reply;
    m.mail_attempts = c.attempts;
    m.mail_at = w.ctx.now;
    m.mail_next = c.next;
    if (c.result == MailState::sent && !m.sent_at) {
        m.sent_at = w.ctx.now;
        m.sent_by = w.ctx.who;
        m.sent_via = SentVia::email;
    }
}

// Back to an earlier stage: it becomes current, not started, QC reset, logged with the stage left
// ("handover" when production was finished) and the reason. Measurements stay frozen — the garment
// was cut from them — unless a freezing stage is to be done again: then they are unfrozen and freeze
// again, from the values of that day, when that stage is started or left. Milestones already reached
// stay due (reached_position counts the stage left).
void run(Work& w, const cmd::OrderRework& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    if (o->status != Status::in_production)
        return (void)w.fail("/order", say(Msg::why_ord_rework_not_in_production, {{"order", label(w, o->number)}}).with("status", status_word(o->status)));
    const Pipeline* p = pipeline_of(w, *o);
    if (!p) return (void)w.fail("/order", Msg::why_ord_pipeline_missing, {{"pipeline", o->pipeline}});
    const int target = stage_index(*p, c.stage);
    if (target < 0) return (void)w.fail("/stage", Msg::why_ord_no_stage, {{"stage", c.stage}, {"pipeline", o->pipeline}});
    const int here = production_position(*p, *o);
    if (here < 0) return (void)w.fail("/order", Msg::why_ord_stage_not_in_pipeline, {{"stage", o->stage}, {"pipeline", o->pipeline}});
    const Stage& to = p->stages[static_cast<size_t>(target)];
    if (target >= here)
        return (void)w.fail("/stage", Msg::why_ord_rework_not_earlier,
                            {{"order", label(w, o->number)}, {"at", p->stages[static_cast<size_t>(here)].name}, {"stage", to.name}});
    if (trim(c.reason).empty()) return (void)w.fail("/reason", Msg::why_ord_rework_reason);
    if (!check_text(w, "/reason", c.reason, true, 400)) return;
    const bool finished = here == static_cast<int>(p->stages.size());
    o->log.push_back(LogEntry{Event::rework, to.id, w.ctx.now, c.reason, {}, finished ? "handover" : o->stage, c.kind});
    o->stage = to.id;
    o->stage_status = StageStatus::not_started;
    o->qc = Qc::none;
    if (const int cut = refrozen_stage(*p, target, here); cut >= 0 && o->frozen_on) {
        o->frozen.clear();
        o->frozen_on.reset();
        w.notice(say(Msg::why_ord_unfrozen, {{"stage", p->stages[static_cast<size_t>(cut)].name}}));
    }
    w.notice(say(Msg::why_ord_sent_back, {{"order", label(w, o->number)}, {"stage", to.name}}));
}

// Shipping and collection hand the garment over: production must be finished and, unless the
// atelier allows it, nothing may be owed.
bool hand_over(Work& w, Order& o) {
    if (!in_production(w, o)) return false;
    if (!production_finished(w.a, o)) return w.fail("/order", Msg::why_ord_not_finished, {{"stage", o.stage}});
    const Money owed = balance_owed(o);
    if (owed.minor > 0) {
        if (!w.a.profile.release_owing)
            return w.fail("/order", Msg::why_ord_still_owes, {{"order", label(w, o.number)}, {"amount", format_money(owed)}});
        o.log.push_back(LogEntry{Event::released_owing, o.stage, w.ctx.now, "", owed});
        w.warn(say(Msg::why_ord_released_owing, {{"order", label(w, o.number)}, {"amount", format_money(owed)}}));
    }
    return true;
}

void run(Work& w, const cmd::OrderShip& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    if (!check_text(w, "/tracking", c.tracking, true, 100) || !hand_over(w, *o)) return;
    o->delivery = Delivery::ship;
    o->tracking = c.tracking;
    o->status = Status::shipped;
}

void run(Work& w, const cmd::OrderCollect& c) {
    Order* o = w.order(c.order);
    if (!o || !hand_over(w, *o)) return;
    o->delivery = Delivery::collect;
    o->status = Status::collected;
}

void run(Work& w, const cmd::OrderInvoice& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    if (o->status != Status::shipped && o->status != Status::collected)
        return (void)w.fail("/order", Msg::why_ord_invoice_not_handed_over);
    if (!o->invoice.empty()) return (void)w.fail("/order", Msg::why_ord_already_invoiced, {{"order", label(w, o->number)}, {"invoice", o->invoice}});
    const std::string number = take_invoice_number(w, "/order");
    if (number.empty()) return;
    o->invoice = number;
    o->invoiced_at = w.ctx.now;
    o->status = balance_owed(*o).minor == 0 ? Status::paid : Status::invoiced;
    w.notice(say(Msg::why_ord_invoice_issued, {{"invoice", o->invoice}, {"order", label(w, o->number)}}));
}

void run(Work& w, const cmd::OrderCancel& c) {
    Order* o = w.order(c.order);
    if (!o || !not_closed(w, *o)) return;
    if (o->status > Status::in_production)
        return (void)w.fail("/order", Msg::why_ord_cancel_handed_over, {{"order", label(w, o->number)}});
    const CancelQuote q = cancellation_quote(w.a, *o, w.ctx.now);
    o->cancel_fee = q.fee;
    o->status = Status::cancelled;
    o->log.push_back(LogEntry{Event::cancelled, o->stage, w.ctx.now, c.reason.empty() ? q.reason : c.reason + " (" + q.reason + ")", q.fee});
    w.notice(say(Msg::why_ord_cancelled_notice, {{"order", label(w, o->number)}, {"fee", format_money(q.fee)}, {"refund", format_money(q.refund)}}));
}

void run(Work& w, const cmd::OrderClone& c) {
    const Order* src = w.a.order(c.order);
    if (!src) return (void)w.fail("/order", Msg::why_no_order, {{"number", std::to_string(c.order)}});
    if (!pipeline_open(w, src->pipeline)) return;
    Order o;
    o.created = w.ctx.now;
    o.client = src->client;
    o.garment = src->garment;
    o.collection = src->collection;
    o.kind = src->kind;
    o.quantity = src->quantity;
    o.deadline = src->deadline;
    o.event = src->event;
    o.price = src->price;
    o.tax = src->tax;  // the copy keeps the terms its price was given under, as it keeps the schedule
    o.rush = src->rush;
    o.rush_fee = src->rush_fee;
    o.priority = src->priority;
    o.pipeline = src->pipeline;
    const Pipeline* p = w.a.pipeline(src->pipeline);
    o.stage = p && !p->stages.empty() ? p->stages.front().id : src->stage;
    o.schedule = src->schedule;
    o.overrides = src->overrides;
    o.images = src->images;
    o.delivery = src->delivery;
    o.salesperson = src->salesperson;
    o.team = src->team;
    o.notes = src->notes;
    o.number = take_number(w, true, c.number, "/number");
    if (!o.number) return;
    if (c.number == 0) w.out.recorded = cmd::OrderClone{c.order, o.number};
    if (o.deadline < w.today()) w.warn(say(Msg::why_ord_copied_deadline_past, {{"date", format_date(o.deadline)}}));
    w.notice(say(Msg::why_ord_copy_of, {{"order", label(w, o.number)}, {"source", label(w, src->number)}}));
    w.out.after.of<Order>().push_back(std::move(o));
}

}  // namespace

bool check_order_spec(Work& w, const Order& o) {
    if (!w.a.client(o.client)) return w.fail("/client", Msg::why_no_client, {{"number", std::to_string(o.client)}});
    const Pipeline* p = w.a.pipeline(o.pipeline);
    if (!p) return w.fail("/pipeline", Msg::why_ord_no_pipeline, {{"pipeline", o.pipeline}});
    if (p->stages.empty()) return w.fail("/pipeline", Msg::why_ord_pipeline_empty, {{"pipeline", o.pipeline}});
    if (o.event && o.deadline > *o.event)
        return w.fail("/deadline", Msg::why_ord_deadline_after_event, {{"deadline", format_date(o.deadline)}, {"event", format_date(*o.event)}});
    if (o.kind == Kind::mto && o.quantity != 1) return w.fail("/quantity", Msg::why_ord_mto_quantity);
    if (o.kind == Kind::bulk && o.quantity < 1) return w.fail("/quantity", Msg::why_ord_bulk_quantity);
    if (!o.team.empty() && std::find(w.a.profile.teams.begin(), w.a.profile.teams.end(), o.team) == w.a.profile.teams.end())
        return w.fail("/team", Msg::why_ord_no_team, {{"team", o.team}});
    if (!o.salesperson.empty() &&
        std::find(w.a.profile.salespeople.begin(), w.a.profile.salespeople.end(), o.salesperson) == w.a.profile.salespeople.end())
        return w.fail("/salesperson", Msg::why_ord_no_salesperson, {{"salesperson", o.salesperson}});
    if (!check_text(w, "/garment", o.garment, false) || !check_text(w, "/collection", o.collection, false) ||
        !check_text(w, "/notes", o.notes, false, 4000))
        return false;
    if (amount_paid(o) > order_total(o))
        return w.fail("/price", Msg::why_ord_total_below_paid, {{"total", format_money(order_total(o))}, {"paid", format_money(amount_paid(o))}});
    if (o.status == Status::paid && amount_paid(o) < order_total(o))
        return w.fail("/price", Msg::why_ord_paid_in_full,
                      {{"order", label(w, o.number)}, {"paid", format_money(amount_paid(o))}, {"total", format_money(order_total(o))}});
    if (o.event && days_between(o.deadline, *o.event) < w.a.profile.buffer_days)
        w.warn(say(Msg::why_ord_deadline_buffer, {{"days", std::to_string(w.a.profile.buffer_days)}}));
    if (o.deadline < w.today() && o.status < Status::shipped) w.warn(say(Msg::why_ord_deadline_past, {{"date", format_date(o.deadline)}}));
    return true;
}

void plan_order(Work& w, const Command& c) {
    std::visit(
        [&](const auto& x) {
            if constexpr (requires { run(w, x); }) run(w, x);
        },
        c);
}

}  // namespace atelier::detail

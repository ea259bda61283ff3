// [SECTION] order.* commands: the production and money rules.
#include <algorithm>
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

bool not_closed(Work& w, const Order& o) {
    if (o.status == Status::cancelled) return w.fail("/order", "order " + label(w, o.number) + " is cancelled");
    return true;
}

bool in_production(Work& w, const Order& o) {
    if (o.status == Status::draft)
        return w.fail("/order", "order " + label(w, o.number) + " is a draft: a Draft order cannot enter production");
    if (o.status != Status::in_production)
        return w.fail("/order", "order " + label(w, o.number) + " is not in production (it is " +
                                    enum_id(o.status) + ")");
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
        return w.fail("/pipeline", "pipeline \"" + p->name + "\" is archived; unarchive it in Pipelines to use it for new orders");
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
    w.notice("order " + label(w, o.number) + " created as a draft");
    w.out.after.of<Order>().push_back(std::move(o));
}

// An order moving to another pipeline keeps its milestones, photos and log: each stage they name
// must exist in the new pipeline too, or the move is refused with what to change first.
bool stage_refs_fit(Work& w, const Order& o, const Pipeline& p) {
    auto missing = [&](const std::string& s) { return !s.empty() && stage_index(p, s) < 0; };
    const std::string in = "\", which pipeline \"" + p.id + "\" does not have";
    for (const auto& m : o.schedule)
        if (m.when != "order" && m.when != "handover" && missing(m.when))
            return w.fail("/pipeline", "the payment milestone \"" + m.label + "\" is due at stage \"" + m.when + in + "; change the schedule first");
    for (const auto& im : o.images)
        if (missing(im.stage)) return w.fail("/pipeline", "a photo documents stage \"" + im.stage + in);
    for (const auto& l : o.log)
        for (const std::string* s : {&l.stage, &l.from})
            if (*s != "handover" && missing(*s)) return w.fail("/pipeline", "the production log names stage \"" + *s + in);
    return true;
}

void run(Work& w, const cmd::OrderUpdate& c) {
    Order* o = w.order(c.order);
    if (!o || !not_closed(w, *o)) return;
    const cmd::OrderFields& to = c;
    nlohmann::json seen, before;
    if (c.from) {
        seen = write_value(*c.from);
        if (auto outside = from_outside_update(seen, write_value(to))) return (void)w.fail(outside->path, outside->message);
        before = write_value(order_fields_of(*o));
    }
    // A schedule still as its pipeline made it follows the order's pipeline and total.
    const Pipeline* was = pipeline_of(w, *o);
    const bool default_schedule_kept = was && o->schedule == default_schedule(*was, order_total(*o));
    if (c.pipeline && *c.pipeline != o->pipeline) {
        if (default_schedule_kept) o->schedule.clear();
        if (o->status >= Status::in_production)
            return (void)w.fail("/pipeline", "the pipeline cannot change once production has started");
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
        return (void)w.fail("/conflict", "order " + label(w, o->number) + " has no conflict " + std::to_string(c.conflict));
    const Conflict k = o->conflicts[static_cast<size_t>(c.conflict)];
    if (k.state != ConflictState::open)
        return (void)w.fail("/conflict", "the conflict on " + k.field + " is already settled (" + enum_id(k.state) + ")");
    if (c.restore) {
        Problems bad;
        auto values = order_restore_value(k, "/conflict", bad);
        if (!values) return (void)w.fail(bad.front().path, bad.front().message);
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
    if (o->status != Status::draft) return (void)w.fail("/order", "order " + label(w, o->number) + " is not a draft");
    o->status = Status::confirmed;
}

void run(Work& w, const cmd::OrderStart& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    if (o->status == Status::draft)
        return (void)w.fail("/order", "order " + label(w, o->number) + " is a draft: a Draft order cannot enter production; confirm it first");
    if (o->status != Status::confirmed)
        return (void)w.fail("/order", "order " + label(w, o->number) + " must be confirmed to start production");
    const Pipeline* p = pipeline_of(w, *o);
    if (!p || p->stages.empty()) return (void)w.fail("/order", "the order's pipeline has no stages");
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
        return (void)w.fail("/order", "stage \"" + o->stage + "\" is already " +
                                          enum_id(o->stage_status));
    o->stage_status = StageStatus::in_progress;
    if (const Stage* s = current_stage(w.a, *o); s && s->freezes) freeze(w, *o);
}

void run(Work& w, const cmd::OrderQc& c) {
    Order* o = w.order(c.order);
    if (!o || !in_production(w, *o)) return;
    const Stage* s = current_stage(w.a, *o);
    if (!s || !s->qc) return (void)w.fail("/order", "stage \"" + o->stage + "\" does not require QC");
    if (o->stage_status == StageStatus::done) return (void)w.fail("/order", "production is finished");
    if (!c.pass && c.note.empty()) return (void)w.fail("/note", "a QC fail needs a note saying what to fix");
    o->qc = c.pass ? Qc::pass : Qc::fail;
    o->log.push_back(LogEntry{c.pass ? Event::qc_pass : Event::qc_fail, o->stage, w.ctx.now, c.note, {}});
    if (o->stage_status == StageStatus::not_started) o->stage_status = StageStatus::in_progress;
}

void run(Work& w, const cmd::OrderAdvance& c) {
    Order* o = w.order(c.order);
    if (!o || !in_production(w, *o)) return;
    const Pipeline* p = pipeline_of(w, *o);
    const Stage* s = current_stage(w.a, *o);
    if (!p || !s) return (void)w.fail("/order", "stage \"" + o->stage + "\" is not in pipeline \"" + o->pipeline + "\"");
    if (o->stage_status == StageStatus::done) return (void)w.fail("/order", "production is finished; ship or collect the order");
    if (s->qc && o->qc != Qc::pass) {
        std::string why = "stage \"" + s->name + "\" requires a QC pass before it can be left";
        if (o->qc == Qc::fail) {
            for (auto it = o->log.rbegin(); it != o->log.rend(); ++it)
                if (it->event == Event::qc_fail) {
                    why += " (last QC failed: " + it->note + ")";
                    break;
                }
        }
        return (void)w.fail("/order", why);
    }
    if (s->photo && std::none_of(o->images.begin(), o->images.end(), [&](const Image& im) { return im.stage == s->id; }))
        return (void)w.fail("/order", "stage \"" + s->name + "\" cannot be done without a photo");
    if (s->freezes) freeze(w, *o);
    if (s->notify != Channel::none) {
        // The client's preferred channel when they have its address (core/rules/messages.hpp).
        const Client* cl = w.a.client(o->client);
        const Channel ch = message_channel(cl, s->notify);
        const std::string& tmpl = template_for(s->message, s->translations, client_locale(w.a.profile, cl));
        Message m{w.ctx.now, ch == Channel::none ? s->notify : ch, message_address(cl, ch),
                  fill_template(tmpl, w.a, *o, MessageAbout{w.ctx.now, s, nullptr}), s->id};
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
    if (!p || !s) return (void)w.fail("/order", "stage \"" + o->stage + "\" is not in pipeline \"" + o->pipeline + "\"");
    if (o->stage_status == StageStatus::done) return (void)w.fail("/order", "production is finished");
    if (!s->optional) return (void)w.fail("/order", "stage \"" + s->name + "\" is not optional and cannot be skipped");
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
    if (!p) return w.fail("/order", "the order's pipeline \"" + o.pipeline + "\" does not exist"), steps;
    const int target = stage_index(*p, c.stage);
    if (target < 0) return w.fail("/stage", "no stage \"" + c.stage + "\" in pipeline \"" + o.pipeline + "\""), steps;
    const Stage& to = p->stages[static_cast<size_t>(target)];
    const bool start = o.status == Status::draft || o.status == Status::confirmed;
    if (!start && !in_production(w, o)) return steps;
    const int from = start ? 0 : stage_index(*p, o.stage);  // a start enters the first stage
    if (from < 0) return w.fail("/order", "stage \"" + o.stage + "\" is not in pipeline \"" + o.pipeline + "\""), steps;
    const std::string& at_name = p->stages[static_cast<size_t>(from)].name;
    if (target < from)
        return w.fail("/stage", "orders only move forward: " + label(w, o.number) + " is at \"" + at_name +
                                    "\" and cannot go back to \"" + to.name + "\""), steps;
    if (target == from && !start)
        return w.fail("/stage", "order " + label(w, o.number) + " is already at \"" + to.name + "\""), steps;
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
            if (!s.leaves.empty()) w.out.error.message = "cannot move past \"" + s.leaves + "\": " + w.out.error.message;
            return;
        }
        o->history.push_back(HistoryEntry{w.ctx.now, w.ctx.who, command_type(s.command), diff(write_value(before), write_value(*o))});
    }
}

// What an order's ledger lines are called in refusals: "the 400.00 payment of 2026-03-01 09:00".
std::string line_text(const Payment& p) {
    return "the " + format_money(p.amount) + (p.refund ? " refund" : " payment") + " of " + format_datetime(p.at);
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
    if (c.amount.minor <= 0) return (void)w.fail("/amount", "must be more than zero");
    const Money owed = balance_owed(*o);
    if (c.amount > owed)
        return (void)w.fail("/amount", "overpayment refused: " + format_money(c.amount) + " is more than the " + format_money(owed) +
                                           " still owed" +
                                           (o->status == Status::cancelled ? " of the " + format_money(o->cancel_fee) + " cancellation fee" : ""));
    o->payments.push_back(Payment{c.amount, c.at ? *c.at : w.ctx.now, c.method, c.note});
    if (o->status == Status::invoiced && balance_owed(*o).minor == 0) o->status = Status::paid;
}

void run(Work& w, const cmd::OrderRefund& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    if (c.amount.minor <= 0) return (void)w.fail("/amount", "must be more than zero");
    if (!check_text(w, "/method", c.method, true, 40) || !check_text(w, "/reason", c.reason, true, 400)) return;
    const Money most = refundable(*o);
    if (c.amount > most) {
        const std::string what = "refund of " + format_money(c.amount) + " refused: ";
        if (o->status == Status::cancelled) {
            const std::string beyond = " beyond the " + format_money(o->cancel_fee) + " cancellation fee";
            return (void)w.fail("/amount", what + (most.minor ? "only " + format_money(most) + " was paid" : "nothing was paid") + beyond);
        }
        return (void)w.fail("/amount", what + (most.minor ? "only " + format_money(most) + " was paid" : "nothing was paid"));
    }
    Payment p{c.amount, c.at ? *c.at : w.ctx.now, c.method, c.reason};
    p.refund = true;
    o->payments.push_back(std::move(p));
    settle_status(*o);
}

void run(Work& w, const cmd::OrderVoid& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    const std::string on = " on order " + label(w, o->number);
    if (c.line < 0 || static_cast<size_t>(c.line) >= o->payments.size())
        return (void)w.fail("/line", "no ledger line " + std::to_string(c.line) + on + " (it has " + std::to_string(o->payments.size()) + ")");
    const size_t i = static_cast<size_t>(c.line);
    const Payment target = o->payments[i];  // a copy: the push below may move the ledger
    if (target.amount != c.amount)
        return (void)w.fail("/amount", "line " + std::to_string(i) + on + " is " + line_text(target) + ", not " + format_money(c.amount) +
                                           ": the ledger changed since; look again");
    if (!original_line(target))
        return (void)w.fail("/line", "line " + std::to_string(i) + on + " is a correction of another line; only a payment or a refund can be voided");
    if (const auto by = voided_by(*o, i))
        return (void)w.fail("/line", line_text(target) + " is already voided (by line " + std::to_string(*by) + ")");
    if (!check_text(w, "/reason", c.reason, true, 400)) return;
    const Money paid = amount_paid(*o);
    if (!target.refund && target.amount > paid)
        return (void)w.fail("/line", "void of " + line_text(target) + " refused: only " + format_money(paid) +
                                         " is paid after the refunds; void the refund first");
    if (target.refund && paid + target.amount > order_total(*o))
        return (void)w.fail("/line", "void of " + line_text(target) + " refused: what was paid would reach " + format_money(paid + target.amount) +
                                         ", above the order's total of " + format_money(order_total(*o)));
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
            return (void)w.fail(at + "/when", "must be \"order\", \"handover\" or a stage of pipeline \"" + o->pipeline + "\"");
        if (m.amount.minor <= 0) return (void)w.fail(at + "/amount", "must be more than zero");
        total += m.amount;
    }
    if (total > order_total(*o))
        return (void)w.fail("/milestones", "the schedule totals " + format_money(total) + ", more than the order's " +
                                               format_money(order_total(*o)));
    o->schedule = c.milestones;
}

void run(Work& w, const cmd::OrderOverride& c) {
    Order* o = w.order(c.order);
    if (!o || !not_closed(w, *o) || !check_text(w, "/name", c.name, true, 60)) return;
    auto it = std::find_if(o->overrides.begin(), o->overrides.end(), [&](const Measurement& m) { return m.name == c.name; });
    if (!c.value) {
        if (it == o->overrides.end()) return (void)w.fail("/name", "the order has no override for \"" + c.name + "\"");
        o->overrides.erase(it);
    } else if (it != o->overrides.end()) {
        it->value = *c.value;
    } else {
        o->overrides.push_back(Measurement{c.name, *c.value});
    }
    if (o->frozen_on) w.warn("order " + label(w, o->number) + " is already cut: its frozen measurements do not change");
}

void run(Work& w, const cmd::OrderImage& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    std::string field;
    if (const std::string why = photo_problem(c.image, field); !why.empty()) return (void)w.fail("/image/" + field, why);
    if (!check_text(w, "/image/caption", c.image.caption, false, 400)) return;
    if (!c.image.by.empty() || c.image.added) return (void)w.fail("/image/added", "is set by the app (who added it and when)");
    if (std::any_of(o->images.begin(), o->images.end(), [&](const Image& im) { return im.id == c.image.id; }))
        return (void)w.fail("/image/id", "this photo is already on order " + label(w, o->number));
    if (o->images.size() >= static_cast<size_t>(kMaxPhotosPerOrder))
        return (void)w.fail("/image", "order " + label(w, o->number) + " already has " + std::to_string(kMaxPhotosPerOrder) +
                                         " photos, the most an order holds");
    const Pipeline* p = pipeline_of(w, *o);
    if (!c.image.stage.empty() && (!p || stage_index(*p, c.image.stage) < 0))
        return (void)w.fail("/image/stage", "no stage \"" + c.image.stage + "\" in pipeline \"" + o->pipeline + "\"");
    Image im = c.image;
    im.added = w.ctx.now;
    im.by = w.ctx.who;
    o->images.push_back(std::move(im));
}

void run(Work& w, const cmd::OrderImageRemove& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    auto it = std::find_if(o->images.begin(), o->images.end(), [&](const Image& im) { return im.id == c.id; });
    if (it == o->images.end()) return (void)w.fail("/id", "no such photo on order " + label(w, o->number));
    o->images.erase(it);
}

bool check_minutes(Work& w, int minutes) {
    if (!kFittingMinutes.contains(minutes)) return w.fail("/minutes", kFittingMinutes.message() + " minutes");
    return true;
}

// A clash with another booked fitting of the atelier warns (core/rules/fittings.hpp).
void warn_overlap(Work& w, DateTime at, int minutes, std::optional<FittingRef> self) {
    if (const std::string t = overlap_warning(w.a, overlapping_fittings(w.a, at, minutes, self)); !t.empty()) w.warn(t);
}

void run(Work& w, const cmd::OrderFitting& c) {
    Order* o = w.order(c.order);
    if (!o || !not_closed(w, *o) || !check_text(w, "/kind", c.kind, true, 60)) return;
    if (!check_text(w, "/notes", c.notes, false, 4000) || !check_minutes(w, c.minutes)) return;
    o->fittings.push_back(Fitting{c.at, c.kind, c.notes, false, c.minutes});
    if (o->event && date_of(c.at) > *o->event) w.warn("the fitting is after the event date");
    warn_overlap(w, c.at, c.minutes, std::nullopt);
}

Fitting* fitting_of(Work& w, Order& o, int index) {
    if (index < 0 || static_cast<size_t>(index) >= o.fittings.size())
        return w.fail("/fitting", "the order has no fitting " + std::to_string(index)), nullptr;
    return &o.fittings[static_cast<size_t>(index)];
}

void run(Work& w, const cmd::FittingDone& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    Fitting* f = fitting_of(w, *o, c.fitting);
    if (!f) return;
    if (f->done) return (void)w.fail("/fitting", "that fitting is already done");
    if (f->cancelled) return (void)w.fail("/fitting", "that fitting is cancelled");
    f->done = true;
    if (!c.notes.empty()) f->notes = c.notes;
}

void run(Work& w, const cmd::FittingReschedule& c) {
    Order* o = w.order(c.order);
    if (!o || !not_closed(w, *o)) return;
    Fitting* f = fitting_of(w, *o, c.fitting);
    if (!f) return;
    if (f->done) return (void)w.fail("/fitting", "a done fitting cannot be rescheduled");
    if (f->cancelled) return (void)w.fail("/fitting", "a cancelled fitting cannot be rescheduled; book a new one");
    if (c.minutes && !check_minutes(w, *c.minutes)) return;
    if (c.notes && !check_text(w, "/notes", *c.notes, false, 4000)) return;
    const int minutes = c.minutes.value_or(f->minutes);
    if (c.at == f->at && minutes == f->minutes && (!c.notes || *c.notes == f->notes))
        return (void)w.fail("/at", "the fitting is already booked then, for " + std::to_string(minutes) + " minutes");
    f->at = c.at;
    f->minutes = minutes;
    if (c.notes) f->notes = *c.notes;
    if (o->event && date_of(c.at) > *o->event) w.warn("the fitting is after the event date");
    warn_overlap(w, c.at, minutes, FittingRef{o->number, c.fitting});
}

void run(Work& w, const cmd::FittingCancel& c) {
    Order* o = w.order(c.order);
    if (!o) return;
    Fitting* f = fitting_of(w, *o, c.fitting);
    if (!f) return;
    if (f->done) return (void)w.fail("/fitting", "a done fitting cannot be cancelled");
    if (f->cancelled) return (void)w.fail("/fitting", "that fitting is already cancelled");
    if (trim(c.reason).empty()) return (void)w.fail("/reason", "say why the fitting is cancelled");
    if (!check_text(w, "/reason", c.reason, true, 400)) return;
    f->cancelled = true;
    f->cancel_reason = c.reason;
}

void run(Work& w, const cmd::FittingRemind& c) {
    Order* o = w.order(c.order);
    if (!o || !not_closed(w, *o)) return;
    const Fitting* f = fitting_of(w, *o, c.fitting);
    if (!f) return;
    if (f->done) return (void)w.fail("/fitting", "that fitting is already done");
    if (f->cancelled) return (void)w.fail("/fitting", "that fitting is cancelled");
    if (reminder_written(*o, *f)) return (void)w.fail("/fitting", "the reminder of that fitting is already in the outbox");
    const Client* cl = w.a.client(o->client);
    const Channel ch = message_channel(cl, Channel::none);
    if (ch == Channel::none) return (void)w.fail("/order", "the client has no phone or email to remind");
    Message m{w.ctx.now, ch, message_address(cl, ch), fill_template(reminder_template(w.a.profile, client_locale(w.a.profile, cl)), w.a, *o, MessageAbout{w.ctx.now, nullptr, f})};
    m.fitting = f->at;
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
            return (void)w.fail("/message", "the order has no message " + std::to_string(c.message) + " written " + format_datetime(c.at));
        i = static_cast<size_t>(it - box.begin());
    }
    Message& m = box[i];
    if (m.sent_at)
        return (void)w.fail("/message", "that message was already marked sent" + (m.sent_by.empty() ? std::string() : " by " + m.sent_by) +
                                            " on " + format_datetime(*m.sent_at));
    m.sent_at = w.ctx.now;
    m.sent_by = w.ctx.who;
    m.sent_via = c.via;
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
        return (void)w.fail("/order", "order " + label(w, o->number) + " is not in production (it is " + enum_id(o->status) +
                                          "): only an order in production can be sent back");
    const Pipeline* p = pipeline_of(w, *o);
    if (!p) return (void)w.fail("/order", "the order's pipeline \"" + o->pipeline + "\" does not exist");
    const int target = stage_index(*p, c.stage);
    if (target < 0) return (void)w.fail("/stage", "no stage \"" + c.stage + "\" in pipeline \"" + o->pipeline + "\"");
    const int here = production_position(*p, *o);
    if (here < 0) return (void)w.fail("/order", "stage \"" + o->stage + "\" is not in pipeline \"" + o->pipeline + "\"");
    const Stage& to = p->stages[static_cast<size_t>(target)];
    if (target >= here)
        return (void)w.fail("/stage", "order " + label(w, o->number) + " is at \"" + p->stages[static_cast<size_t>(here)].name +
                                          "\": it can only be sent back to an earlier stage, not to \"" + to.name + "\"");
    if (trim(c.reason).empty()) return (void)w.fail("/reason", "say why the order goes back (what is to be redone)");
    if (!check_text(w, "/reason", c.reason, true, 400)) return;
    const bool finished = here == static_cast<int>(p->stages.size());
    o->log.push_back(LogEntry{Event::rework, to.id, w.ctx.now, c.reason, {}, finished ? "handover" : o->stage, c.kind});
    o->stage = to.id;
    o->stage_status = StageStatus::not_started;
    o->qc = Qc::none;
    if (const int cut = refrozen_stage(*p, target, here); cut >= 0 && o->frozen_on) {
        o->frozen.clear();
        o->frozen_on.reset();
        w.notice("measurements unfrozen: they freeze again at \"" + p->stages[static_cast<size_t>(cut)].name + "\"");
    }
    w.notice("order " + label(w, o->number) + " sent back to \"" + to.name + "\"");
}

// Shipping and collection hand the garment over: production must be finished and, unless the
// atelier allows it, nothing may be owed.
bool hand_over(Work& w, Order& o) {
    if (!in_production(w, o)) return false;
    if (!production_finished(w.a, o)) return w.fail("/order", "production is not finished (at stage \"" + o.stage + "\")");
    const Money owed = balance_owed(o);
    if (owed.minor > 0) {
        if (!w.a.profile.release_owing)
            return w.fail("/order", "order " + label(w, o.number) + " still owes " + format_money(owed) +
                                        "; take the payment first (or allow release while owing in the settings)");
        o.log.push_back(LogEntry{Event::released_owing, o.stage, w.ctx.now, "", owed});
        w.warn("order " + label(w, o.number) + " handed over still owing " + format_money(owed));
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
        return (void)w.fail("/order", "only a shipped or collected order can be invoiced");
    if (!o->invoice.empty()) return (void)w.fail("/order", "order " + label(w, o->number) + " already has invoice " + o->invoice);
    const std::string number = take_invoice_number(w, "/order");
    if (number.empty()) return;
    o->invoice = number;
    o->invoiced_at = w.ctx.now;
    o->status = balance_owed(*o).minor == 0 ? Status::paid : Status::invoiced;
    w.notice("invoice " + o->invoice + " issued for " + label(w, o->number));
}

void run(Work& w, const cmd::OrderCancel& c) {
    Order* o = w.order(c.order);
    if (!o || !not_closed(w, *o)) return;
    if (o->status > Status::in_production)
        return (void)w.fail("/order", "order " + label(w, o->number) + " has already been handed over");
    const CancelQuote q = cancellation_quote(w.a, *o, w.ctx.now);
    o->cancel_fee = q.fee;
    o->status = Status::cancelled;
    o->log.push_back(LogEntry{Event::cancelled, o->stage, w.ctx.now, c.reason.empty() ? q.reason : c.reason + " (" + q.reason + ")", q.fee});
    w.notice("order " + label(w, o->number) + " cancelled; fee " + format_money(q.fee) + ", refund " + format_money(q.refund));
}

void run(Work& w, const cmd::OrderClone& c) {
    const Order* src = w.a.order(c.order);
    if (!src) return (void)w.fail("/order", "no order " + std::to_string(c.order));
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
    if (o.deadline < w.today()) w.warn("the copied deadline " + format_date(o.deadline) + " is in the past");
    w.notice("order " + label(w, o.number) + " is a copy of " + label(w, src->number));
    w.out.after.of<Order>().push_back(std::move(o));
}

}  // namespace

bool check_order_spec(Work& w, const Order& o) {
    if (!w.a.client(o.client)) return w.fail("/client", "no client " + std::to_string(o.client));
    const Pipeline* p = w.a.pipeline(o.pipeline);
    if (!p) return w.fail("/pipeline", "no pipeline \"" + o.pipeline + "\"");
    if (p->stages.empty()) return w.fail("/pipeline", "pipeline \"" + o.pipeline + "\" has no stages");
    if (o.event && o.deadline > *o.event)
        return w.fail("/deadline", "the deadline " + format_date(o.deadline) + " is after the event date " + format_date(*o.event));
    if (o.kind == Kind::mto && o.quantity != 1) return w.fail("/quantity", "a made-to-order (mto) order has quantity 1");
    if (o.kind == Kind::bulk && o.quantity < 1) return w.fail("/quantity", "a bulk order needs a quantity of at least 1");
    if (!o.team.empty() && std::find(w.a.profile.teams.begin(), w.a.profile.teams.end(), o.team) == w.a.profile.teams.end())
        return w.fail("/team", "no team \"" + o.team + "\"");
    if (!o.salesperson.empty() &&
        std::find(w.a.profile.salespeople.begin(), w.a.profile.salespeople.end(), o.salesperson) == w.a.profile.salespeople.end())
        return w.fail("/salesperson", "no salesperson \"" + o.salesperson + "\"");
    if (!check_text(w, "/garment", o.garment, false) || !check_text(w, "/collection", o.collection, false) ||
        !check_text(w, "/notes", o.notes, false, 4000))
        return false;
    if (amount_paid(o) > order_total(o))
        return w.fail("/price", "the total " + format_money(order_total(o)) + " is below the " + format_money(amount_paid(o)) + " already paid");
    if (o.status == Status::paid && amount_paid(o) < order_total(o))
        return w.fail("/price", "order " + label(w, o.number) + " is paid in full (" + format_money(amount_paid(o)) +
                                    "); its total cannot rise to " + format_money(order_total(o)));
    if (o.event && days_between(o.deadline, *o.event) < w.a.profile.buffer_days)
        w.warn("the deadline is less than " + std::to_string(w.a.profile.buffer_days) + " days before the event");
    if (o.deadline < w.today() && o.status < Status::shipped) w.warn("the deadline " + format_date(o.deadline) + " is in the past");
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

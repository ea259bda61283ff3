// Sales orders' commands (core/commands/producer_commands.hpp, *Sales orders*): the rules are in
// core/production/sales.hpp, shared with the validator.
#include "core/commands/plan_detail.hpp"
#include "core/i18n/names.hpp"
#include "core/production/sales.hpp"

namespace atelier::detail {

namespace {

SalesOrder* sales_of(Work& w, int number, const char* field = "/sales") {
    if (SalesOrder* s = w.out.after.of<SalesOrder>().find(number)) return s;
    const SalesOrder* s = w.a.sales_order(number);
    if (!s) return w.fail(field, Msg::why_sales_no_sales_order, {{"number", std::to_string(number)}}), nullptr;
    return &w.out.after.of<SalesOrder>().put(*s);
}

std::string sales_text(const Work& w, int number) { return sales_label(w.a.profile, number); }

bool sales_finding(Work& w, const std::optional<Finding>& f) { return f ? w.fail(f->field, f->why) : true; }

// "(it is {state})": the state in the words of the order states (EnumNames<SalesState>::labels in English).
Said sales_state_said(SalesState s) { return say(sales_state_msg(s)); }

void run(Work& w, const cmd::SalesCreate& c) {
    SalesOrder s;
    s.customer = live_client(w.a.profile, c.customer);
    s.season = c.season;
    s.ship = c.ship;
    s.term = c.term;
    s.payment_days = c.payment_days;
    s.currency = c.currency;
    s.lines = c.lines;
    s.notes = c.notes;
    const int n = take_number(w, true, c.number, "/number");
    if (n == 0) return;
    s.number = n;
    if (!sales_finding(w, sales_problem(w.a, s))) return;
    cmd::SalesCreate rec = c;
    rec.number = n;
    w.out.recorded = Command{rec};
    w.out.after.of<SalesOrder>().put(std::move(s));
}

void run(Work& w, const cmd::SalesUpdate& c) {
    SalesOrder* s = sales_of(w, c.sales);
    if (!s) return;
    const SalesState st = sales_state(w.a, *s);
    if (st == SalesState::cancelled) return (void)w.fail("/sales", Msg::why_sales_cancelled, {{"sales", sales_text(w, s->number)}});
    // What the customer agreed to (the lines, who, the currency the prices are in) is the draft's.
    if ((c.lines || c.customer || c.currency) && st != SalesState::draft)
        return (void)w.fail(c.lines ? "/lines" : c.customer ? "/customer" : "/currency",
                            say(Msg::why_sales_draft_only).with("state", sales_state_said(st)));
    if (c.customer) s->customer = live_client(w.a.profile, *c.customer);
    if (c.payment_days) s->payment_days = *c.payment_days;
    if (c.season) s->season = *c.season;
    if (c.notes) s->notes = *c.notes;
    if (c.ship) s->ship = *c.ship;
    if (c.term) s->term = *c.term;
    if (c.currency) s->currency = *c.currency;
    if (c.lines) s->lines = *c.lines;
    sales_finding(w, sales_problem(w.a, *s));
}

void run(Work& w, const cmd::SalesConfirm& c) {
    SalesOrder* s = sales_of(w, c.sales);
    if (!s) return;
    if (sales_state(w.a, *s) != SalesState::draft) return (void)w.fail("/sales", Msg::why_sales_confirm_draft_only);
    if (s->lines.empty()) return (void)w.fail("/sales", Msg::why_sales_confirm_no_lines);
    for (size_t i = 0; i < s->lines.size(); ++i) {
        const SalesLine& l = s->lines[i];
        const Style* st = w.a.style(l.style);
        const std::string at = "/lines/" + std::to_string(i);
        if (!st) return (void)w.fail(at + "/style", Msg::why_sales_no_style, {{"style", l.style}});
        if (index_in(st->pack().colours, l.colour) < 0) return (void)w.fail(at + "/colour", Msg::why_sales_not_colourway, {{"colour", l.colour}, {"style", l.style}});
        if (index_in(st->pack().sizes, l.size) < 0) return (void)w.fail(at + "/size", Msg::why_sales_not_in_size_run, {{"size", l.size}, {"style", l.style}});
    }
    s->confirmed = w.ctx.now;
}

void run(Work& w, const cmd::SalesProduce& c) {
    const SalesOrder* s = w.a.sales_order(c.sales);
    if (!s) return (void)w.fail("/sales", Msg::why_sales_no_sales_order, {{"number", std::to_string(c.sales)}});
    const SalesState st = sales_state(w.a, *s);
    if (st != SalesState::confirmed && st != SalesState::in_production)
        return (void)w.fail("/sales", say(Msg::why_sales_produce_unconfirmed).with("state", sales_state_said(st)));
    const Style* style = w.a.style(c.style);
    if (!style) return (void)w.fail("/style", Msg::why_sales_no_style, {{"style", c.style}});
    // One action makes one production order per style: a second would make the pieces twice.
    for (const auto& made : w.a.productions)
        if (made.sales_order == s->number && made.style == c.style && made.state != ProductionState::cancelled)
            return (void)w.fail("/style", Msg::why_sales_already_made,
                                {{"production", order_label(w.a.profile, made.number)}, {"style", c.style}, {"sales", sales_text(w, s->number)}});
    const Pipeline* pl = w.a.pipeline(c.pipeline);
    if (!pl || pl->archived)
        return (void)w.fail("/pipeline", pl ? Msg::why_sales_pipeline_archived : Msg::why_sales_no_pipeline, {{"pipeline", c.pipeline}});
    ProductionOrder p;
    p.style = c.style;
    p.pipeline = c.pipeline;
    p.due = c.due ? *c.due : s->ship;
    p.sales_order = s->number;
    p.pack_seen = style->revision;
    p.notes = "For sales order " + sales_text(w, s->number);
    std::vector<Cell> cells;
    for (const auto& l : s->lines)
        if (l.style == c.style) cells.push_back(Cell{l.colour, l.size, l.quantity});
    if (cells.empty()) return (void)w.fail("/style", Msg::why_sales_no_line_of, {{"sales", sales_text(w, s->number)}, {"style", c.style}});
    p.matrix = canonical_matrix(cells, style->pack());
    if (auto f = matrix_problem(p.matrix, style->pack(), false)) return (void)w.fail(f->field, f->why);
    const int n = take_number(w, true, c.number, "/number");
    if (n == 0) return;
    p.number = n;
    if (auto f = production_problem(w.a, p)) return (void)w.fail(f->field, f->why);
    cmd::SalesProduce rec = c;
    rec.number = n;
    w.out.recorded = Command{rec};
    w.out.after.of<ProductionOrder>().put(std::move(p));
}

void run(Work& w, const cmd::SalesShip& c) {
    SalesOrder* s = sales_of(w, c.sales);
    if (!s) return;
    const SalesState st = sales_state(w.a, *s);
    if (st != SalesState::confirmed && st != SalesState::in_production)
        return (void)w.fail("/sales", say(Msg::why_sales_ship_unconfirmed).with("state", sales_state_said(st)));
    if (c.quantity < 1) return (void)w.fail("/quantity", Msg::why_sales_ship_none);
    const int64_t want = ordered(*s, c.style, c.colour), sent = shipped(*s, c.style, c.colour);
    if (want == 0) return (void)w.fail("/style", Msg::why_sales_ship_not_ordered, {{"style", c.style}, {"colour", c.colour}});
    if (sent + c.quantity > want)
        return (void)w.fail("/quantity", Msg::why_sales_ship_too_many,
                            {{"quantity", std::to_string(c.quantity)}, {"left", std::to_string(want - sent)}, {"style", c.style}, {"colour", c.colour}});
    const int64_t made = made_for(w.a, *s, c.style, c.colour);
    if (sent + c.quantity > made)
        return (void)w.fail("/quantity", Msg::why_sales_ship_more_than_made,
                            {{"made", std::to_string(made)}, {"style", c.style}, {"colour", c.colour}, {"shipped", std::to_string(sent)}});
    if (auto why = text_problem(c.tracking, false, 120)) return (void)w.fail("/tracking", *why);
    s->shipments.push_back(Shipment{w.ctx.now, c.style, c.colour, c.quantity, c.tracking});
}

void run(Work& w, const cmd::SalesInvoice& c) {
    SalesOrder* s = sales_of(w, c.sales);
    if (!s) return;
    if (sales_state(w.a, *s) != SalesState::shipped) return (void)w.fail("/sales", Msg::why_sales_invoice_not_shipped);
    const std::string number = take_invoice_number(w, "/sales");
    if (number.empty()) return;
    s->invoice = number;
    s->invoiced_at = w.ctx.now;
    w.notice(say(Msg::why_sales_invoice_issued, {{"invoice", number}, {"sales", sales_text(w, s->number)}}));
}

void run(Work& w, const cmd::SalesPay& c) {
    SalesOrder* s = sales_of(w, c.sales);
    if (!s) return;
    if (s->cancelled) return (void)w.fail("/sales", Msg::why_sales_cancelled, {{"sales", sales_text(w, s->number)}});
    if (c.amount.minor <= 0) return (void)w.fail("/amount", Msg::why_sales_payment_not_positive);
    if (auto why = text_problem(c.method, true, 40)) return (void)w.fail("/method", *why);
    s->payments.push_back(Payment{c.amount, c.at ? *c.at : w.ctx.now, c.method, "", false, false, std::nullopt});
    if (!checked_add(sales_paid(*s), Money{}) || sales_paid(*s).minor > kMoneyMaxMinor) return (void)w.fail("/amount", money_too_large());
}

void run(Work& w, const cmd::SalesCancel& c) {
    SalesOrder* s = sales_of(w, c.sales);
    if (!s) return;
    if (s->cancelled) return (void)w.fail("/sales", Msg::why_sales_already_cancelled);
    if (!s->shipments.empty()) return (void)w.fail("/sales", Msg::why_sales_cancel_shipped);
    if (auto why = text_problem(c.reason, true, 1000)) return (void)w.fail("/reason", *why);
    s->cancelled = true;
    s->cancel_reason = c.reason;
}

}  // namespace

void plan_sales(Work& w, const Command& c) {
    std::visit([&](const auto& x) {
        if constexpr (requires { run(w, x); }) run(w, x);
        else w.fail("/type", Msg::why_sales_not_sales_command, {{"type", command_type(c)}});
    }, c);
}

}  // namespace atelier::detail

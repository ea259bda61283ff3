#include "core/validate/validate.hpp"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "core/calendar/time_zones.hpp"
#include "core/commands/concurrent.hpp"
#include "core/derive.hpp"
#include "core/i18n/said_text.hpp"
#include "core/json/fields.hpp"
#include "core/model/client.hpp"
#include "core/model/limits.hpp"
#include "core/rules/messages.hpp"
#include "core/rules/photos.hpp"
#include "core/rules/roles.hpp"
#include "core/rules/schedule.hpp"
#include "core/text.hpp"

namespace atelier {

void Findings::bad(std::string path, Said why) {
    if (out.size() < limit) out.push_back(problem_at(std::move(path), std::move(why)));
}

namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

bool reserved_stage_id(const std::string& id) { return id == "order" || id == "handover"; }

// IntRange::message() as a Said: "must be from 0 to 365".
Said range_said(IntRange r) { return say(Msg::set_range, {{"min", std::to_string(r.min)}, {"max", std::to_string(r.max)}}); }

void check_range(Findings& f, const std::string& path, int v, IntRange r) {
    if (!r.contains(v)) f.bad(path, range_said(r));
}

void check_percent(Findings& f, const std::string& path, int v) {
    if (!kPercent.contains(v)) f.bad(path, say(Msg::why_val_percent));
}

// Team and salesperson lists: named, each once.
void check_names(Findings& f, const std::string& path, const std::vector<std::string>& names) {
    std::unordered_set<std::string> seen;
    for (size_t i = 0; i < names.size(); ++i) {
        const std::string at = path + "/" + std::to_string(i);
        if (trim(names[i]).empty()) f.bad(at, say(Msg::why_empty));
        else if (!seen.insert(names[i]).second) f.bad(at, say(Msg::why_val_listed_twice, {{"name", names[i]}}));
    }
}

}  // namespace

void check_profile(const Atelier& a, Findings& f) {
    const Profile& p = a.profile;
    if (auto why = atelier_name_problem(p.settings.name)) f.bad("/atelier/name", *why);
    if (auto why = company_code_problem(p.settings.company_code)) f.bad("/atelier/code", *why);
    if (auto why = currency_problem(p.settings.currency)) f.bad("/atelier/currency", *why);
    if (auto why = country_problem(p.country)) f.bad("/atelier/country", *why);
    check_range(f, "/atelier/due_soon_days", p.due_soon_days, kDueSoonDays);
    check_range(f, "/atelier/buffer_days", p.buffer_days, kBufferDays);
    check_range(f, "/atelier/free_cancel_hours", p.free_cancel_hours, kFreeCancelHours);
    check_percent(f, "/atelier/late_cancel_percent", p.late_cancel_percent);
    check_percent(f, "/atelier/production_cancel_percent", p.production_cancel_percent);
    check_names(f, "/atelier/teams", p.teams);
    check_names(f, "/atelier/salespeople", p.salespeople);
    check_range(f, "/atelier/lock_minutes", p.lock_minutes, kLockMinutes);
    check_range(f, "/atelier/tax_rate_bp", p.tax_rate_bp, kTaxRateBp);
    if (const auto why = document_text_problem(p.letterhead)) f.bad("/atelier/letterhead", *why);
    {
        std::string field;
        if (const auto why = logo_problem(p.logo, field)) f.bad("/atelier/logo/" + field, *why);
    }
    if (const auto why = document_text_problem(p.payment_terms)) f.bad("/atelier/payment_terms", *why);
    if (const auto why = time_zone_problem(p.time_zone)) f.bad("/atelier/time_zone", *why);
    if (auto why = language_problem(p.language)) f.bad("/atelier/language", *why);
    if (auto why = reminder_time_problem(p.reminder_time)) f.bad("/atelier/reminder_time", *why);
    {
        size_t t = 0;
        if (const auto why = texts_in_problem(p.reminder_translations, t, template_problem))
            f.bad("/atelier/reminder_translations/" + std::to_string(t), *why);
    }
    if (p.invoice_year < 0 || p.invoice_year > 9999) f.bad("/atelier/invoice_year", say(Msg::why_val_invoice_year));
    if (p.invoice_next < 1 || p.invoice_next > kMaxInvoicesPerYear + 1) f.bad("/atelier/invoice_next", say(Msg::why_val_invoice_next, {{"max", std::to_string(kMaxInvoicesPerYear + 1)}}));
    std::string person_field;  // "/2/name": the person's field at fault
    if (const auto why = people_problem(p.people, person_field)) f.bad("/atelier/people" + person_field, *why);
    for (size_t k = 0; k < p.conflicts.size(); ++k)
        if (!atelier_conflict_reads(p.conflicts[k]))
            f.bad("/atelier/conflicts/" + std::to_string(k), say(Msg::why_val_conflict_setting));
    std::unordered_set<std::string> refused;
    for (size_t k = 0; k < p.not_applied.size(); ++k) {
        const NotApplied& n = p.not_applied[k];
        const std::string at = "/atelier/not_applied/" + std::to_string(k);
        if (!parse_entry_id(n.entry)) f.bad(at + "/entry", say(Msg::why_val_entry_id));
        else if (!refused.insert(n.entry).second) f.bad(at + "/entry", say(Msg::why_val_entry_twice, {{"entry", n.entry}}));
        if (n.what.empty()) f.bad(at + "/what", say(Msg::why_val_entry_what));
        if ((n.state == NotAppliedState::open) == n.settled_at.has_value()) f.bad(at + "/settled_at", say(Msg::why_val_settled_at));
    }
    std::unordered_set<int> merged;
    for (size_t k = 0; k < p.merged_clients.size(); ++k) {
        const ClientMerged& m = p.merged_clients[k];
        const std::string at = "/atelier/merged_clients/" + std::to_string(k);
        if (m.from <= 0 || !merged.insert(m.from).second) f.bad(at + "/from", say(Msg::why_val_merged_once));
        else if (a.client(m.from)) f.bad(at + "/from", say(Msg::why_val_merged_still_there, {{"number", std::to_string(m.from)}}));
        if (!a.client(m.to)) f.bad(at + "/to", say(Msg::why_no_client, {{"number", std::to_string(m.to)}}));
    }
    for (size_t i = 0; i < p.stage_fees.size(); ++i) {
        const auto& fee = p.stage_fees[i];
        const std::string at = "/atelier/stage_fees/" + std::to_string(i);
        const Pipeline* pl = a.pipeline(fee.pipeline);
        if (!pl) f.bad(at + "/pipeline", say(Msg::why_val_no_pipeline, {{"pipeline", fee.pipeline}}));
        else if (stage_index(*pl, fee.stage) < 0) f.bad(at + "/stage", say(Msg::why_val_no_stage, {{"stage", fee.stage}}));
        check_percent(f, at + "/percent", fee.percent);
    }
}

void check_clock(const Atelier& a, Findings& f) {
    const auto& rows = a.clock.rows;
    for (size_t i = 0; i < rows.size(); ++i) {
        const std::string at = "/clock/" + std::to_string(i);
        if (!valid_device_id(rows[i].device))
            f.bad(at + "/device", say(Msg::why_val_device_id));
        else if (i > 0 && !(rows[i - 1].device < rows[i].device))
            f.bad(at + "/device", say(Msg::why_val_clock_sorted, {{"device", rows[i - 1].device}}));
        if (rows[i].seq < 1 || rows[i].seq > kMaxSeq)
            f.bad(at + "/seq", say(Msg::why_val_seq));
    }
}

// Blocks lie below the atelier's counters, each `next` inside its range, no two ranges overlap:
// so no two devices (and no two blocks of one) can give the same number.
void check_blocks(const Profile& p, Findings& f) {
    auto range_ok = [&](const std::string& at, const NumberRange& r, int counter) {
        if (!(r.from >= 1 && r.from <= r.next && r.next <= r.end && r.end <= counter))
            f.bad(at, say(Msg::why_val_block_range));
    };
    for (size_t i = 0; i < p.blocks.size(); ++i) {
        const NumberBlock& b = p.blocks[i];
        const std::string at = "/atelier/blocks/" + std::to_string(i);
        if (!valid_device_id(b.device)) f.bad(at + "/device", say(Msg::why_val_device_id));
        range_ok(at + "/orders", b.orders, p.next_order);
        range_ok(at + "/clients", b.clients, p.next_client);
        for (size_t j = 0; j < i; ++j) {
            const NumberBlock& o = p.blocks[j];
            auto overlap = [](const NumberRange& x, const NumberRange& y) { return x.from < y.end && y.from < x.end; };
            if (overlap(o.orders, b.orders)) f.bad(at + "/orders", say(Msg::why_val_block_orders_overlap, {{"device", o.device}}));
            if (overlap(o.clients, b.clients)) f.bad(at + "/clients", say(Msg::why_val_block_clients_overlap, {{"device", o.device}}));
        }
    }
}

void check_counters(const Atelier& a, Findings& f) {
    check_blocks(a.profile, f);
    int max_client = 0, max_number = 0;
    // Provisional numbers lie above every counter by design.
    for (const auto& c : a.clients)
        if (!is_provisional(c.id)) max_client = std::max(max_client, c.id);
    for (const auto& o : a.orders)
        if (!is_provisional(o.number)) max_number = std::max(max_number, o.number);
    for (const auto& p : a.productions)  // numbered with the orders
        if (!is_provisional(p.number)) max_number = std::max(max_number, p.number);
    for (const auto& s : a.sales)
        if (!is_provisional(s.number)) max_number = std::max(max_number, s.number);
    if (a.profile.next_client <= max_client)
        f.bad("/atelier/next_client", say(Msg::why_val_next_client, {{"max", std::to_string(max_client)}}));
    if (a.profile.next_client > kProvisionalFrom || a.profile.next_order > kProvisionalFrom)
        f.bad(a.profile.next_order > kProvisionalFrom ? "/atelier/next_order" : "/atelier/next_client",
              say(Msg::why_val_provisional, {{"max", std::to_string(kProvisionalFrom)}}));
    if (a.profile.next_order <= max_number)
        f.bad("/atelier/next_order", say(Msg::why_val_next_order, {{"max", std::to_string(max_number)}}));
    // An invoice number is given once (order.invoice); the order check holds each to the counter.
    std::set<std::string_view> invoices;
    for (size_t i = 0; i < a.orders.size(); ++i) {
        const std::string& inv = a.orders[i].invoice;
        if (!inv.empty() && !invoices.insert(inv).second)
            f.bad("/orders/" + std::to_string(i) + "/invoice", say(Msg::why_val_invoice_twice, {{"invoice", inv}}));
    }
}

void check_pipeline(const Atelier& a, size_t i, Findings& f) {
    const Pipeline& pl = a.pipelines[i];
    const std::string at = "/pipelines/" + std::to_string(i);
    if (pl.id.empty()) f.bad(at + "/id", say(Msg::why_empty));
    if (trim(pl.name).empty()) f.bad(at + "/name", say(Msg::why_empty));
    if (pl.stages.empty()) f.bad(at + "/stages", say(Msg::why_val_pipeline_no_stage));
    if (const auto why = schedule_problem(pl)) f.bad(at + "/" + why->field, why->why);
    for (size_t k = 0; k < pl.conflicts.size(); ++k)
        if (!pipeline_conflict_reads(pl.conflicts[k]))
            f.bad(at + "/conflicts/" + std::to_string(k), say(Msg::why_val_conflict_pipeline));
    std::unordered_set<std::string> stage_ids;
    for (size_t s = 0; s < pl.stages.size(); ++s) {
        const Stage& st = pl.stages[s];
        const std::string sat = at + "/stages/" + std::to_string(s);
        if (st.id.empty()) f.bad(sat + "/id", say(Msg::why_empty));
        else if (reserved_stage_id(st.id)) f.bad(sat + "/id", say(Msg::why_val_stage_reserved, {{"stage", st.id}}));
        if (!stage_ids.insert(st.id).second) f.bad(sat + "/id", say(Msg::why_val_stage_twice, {{"stage", st.id}}));
        if (!st.team.empty() && !contains(a.profile.teams, st.team)) f.bad(sat + "/team", say(Msg::why_val_no_team, {{"team", st.team}}));
        check_range(f, sat + "/days", st.days, kStageDays);
        size_t t = 0;
        if (const auto why = texts_in_problem(st.translations, t, template_problem))
            f.bad(sat + "/translations/" + std::to_string(t), *why);
    }
}

void check_client(const Atelier& a, size_t i, Findings& f) {
    const Client& c = a.clients[i];
    const std::string at = "/clients/" + std::to_string(i);
    if (c.id <= 0) f.bad(at + "/id", say(Msg::why_val_positive));
    if (trim(c.name).empty()) f.bad(at + "/name", say(Msg::why_empty));
    if (!c.email.empty() && !plausible_email(c.email)) f.bad(at + "/email", say(Msg::why_val_email));
    if (auto why = language_problem(c.language)) f.bad(at + "/language", *why);
    for (size_t s = 1; s < c.sessions.size(); ++s)
        if (c.sessions[s].date < c.sessions[s - 1].date)
            f.bad(at + "/sessions/" + std::to_string(s) + "/date", say(Msg::why_val_sessions_order));
    for (size_t k = 0; k < c.conflicts.size(); ++k)
        if (!client_conflict_reads(c.conflicts[k]))
            f.bad(at + "/conflicts/" + std::to_string(k), say(Msg::why_val_conflict_client));
}

// A void names an earlier payment or refund of its own kind and amount; a line stands voided at
// most once (voids less the undos of voids that name it).
void check_voids(const Order& o, const std::string& at, Findings& f) {
    for (size_t j = 0; j < o.payments.size(); ++j) {
        const Payment& p = o.payments[j];
        if (!p.voids) continue;
        const std::string here = at + "/" + std::to_string(j) + "/voids";
        const int i = *p.voids;
        if (i < 0 || static_cast<size_t>(i) >= j) {
            f.bad(here, say(Msg::why_val_void_earlier));
            continue;
        }
        const Payment& t = o.payments[static_cast<size_t>(i)];
        if (!original_line(t)) f.bad(here, say(Msg::why_val_void_correction));
        else if (t.refund != p.refund || t.amount != p.amount) f.bad(here, say(Msg::why_val_void_mismatch));
    }
    std::vector<int> standing(o.payments.size(), 0);  // one pass: a file may hold any number of lines
    for (size_t j = 0; j < o.payments.size(); ++j)
        if (const auto& v = o.payments[j].voids; v && *v >= 0 && static_cast<size_t>(*v) < j)
            standing[static_cast<size_t>(*v)] += o.payments[j].correction ? 1 : -1;
    for (size_t i = 0; i < standing.size(); ++i)
        if (standing[i] < 0 || standing[i] > 1)
            f.bad(at + "/" + std::to_string(i), say(Msg::why_val_voided_times, {{"n", std::to_string(standing[i])}}));
}

void check_order(const Atelier& a, size_t i, Findings& f) {
    const Order& o = a.orders[i];
    const Profile& p = a.profile;
    auto at = [&](const char* field) { return "/orders/" + std::to_string(i) + "/" + field; };
    if (o.number <= 0) f.bad(at("number"), say(Msg::why_val_positive));
    if (o.invoice.empty() != !o.invoiced_at) f.bad(at("invoice"), say(Msg::why_val_invoice_time));
    if (!o.invoice.empty()) {
        if (!valid_invoice_number(o.invoice)) f.bad(at("invoice"), say(Msg::why_val_invoice_format));
        else if (std::stoi(o.invoice.substr(0, 4)) == p.invoice_year && std::stoi(o.invoice.substr(5)) >= p.invoice_next)
            f.bad(at("invoice"), say(Msg::why_val_invoice_not_below, {{"next", std::to_string(p.invoice_next)}}));
    }
    if (!a.client(o.client)) f.bad(at("client"), say(Msg::why_no_client, {{"number", std::to_string(o.client)}}));
    const Pipeline* pl = a.pipeline(o.pipeline);
    if (!pl) f.bad(at("pipeline"), say(Msg::why_val_no_pipeline, {{"pipeline", o.pipeline}}));
    else if (stage_index(*pl, o.stage) < 0) f.bad(at("stage"), say(Msg::why_val_no_stage_in, {{"stage", o.stage}, {"pipeline", o.pipeline}}));
    auto names_stage = [&](const std::string& s) { return pl && stage_index(*pl, s) >= 0; };
    if (o.event && o.deadline > *o.event)
        f.bad(at("deadline"), say(Msg::why_val_deadline_after_event, {{"deadline", format_date(o.deadline)}, {"event", format_date(*o.event)}}));
    if (o.kind == Kind::mto && o.quantity != 1) f.bad(at("quantity"), say(Msg::why_val_mto_quantity));
    if (o.kind == Kind::bulk && o.quantity < 1) f.bad(at("quantity"), say(Msg::why_val_bulk_quantity));

    // Sums are checked: every amount is bounded, but a file can hold any number of them.
    const LedgerSums sums = ledger_sums(o);
    const bool rate_ok = kTaxRateBp.contains(o.tax.rate_bp);
    if (!rate_ok) f.bad(at("tax") + "/rate_bp", say(Msg::why_val_tax_rate_bp, {{"min", std::to_string(kTaxRateBp.min)}, {"max", std::to_string(kTaxRateBp.max)}}));
    // What the client owes: price (+ rush fee), the tax added when prices exclude it.
    const std::optional<Money> price = o.rush ? checked_add(o.price, o.rush_fee) : std::optional<Money>(o.price);
    const bool known = price.has_value() && rate_ok;  // (a plain Money: GCC 12 misreads an optional one here)
    const Money total = known ? tax_split(*price, o.tax).gross : Money{};
    const Money paid = sums.payments - sums.refunds;
    if (sums.overflow) f.bad(at("payments"), say(Msg::why_val_payments_overflow));
    else if (sums.payments.minor < 0) f.bad(at("payments"), say(Msg::why_val_corrections_paid, {{"amount", format_money(Money{-sums.payments.minor})}}));
    else if (sums.refunds.minor < 0) f.bad(at("payments"), say(Msg::why_val_corrections_refunded, {{"amount", format_money(Money{-sums.refunds.minor})}}));
    else if (paid.minor < 0) f.bad(at("payments"), say(Msg::why_val_refunds_exceed, {{"amount", format_money(Money{-paid.minor})}}));
    else if (known && paid > total)
        f.bad(at("payments"), say(Msg::why_val_overpaid, {{"paid", format_money(paid)}, {"total", format_money(total)}}));
    else if (known && o.status == Status::paid && paid < total)
        f.bad(at("status"), say(Msg::why_val_paid_owing, {{"owed", format_money(total - paid)}}));
    check_voids(o, at("payments"), f);
    if (o.status >= Status::in_production && o.status != Status::cancelled && !o.wip_start)
        f.bad(at("wip_start"), say(Msg::why_val_wip_start));
    if (!o.team.empty() && !contains(p.teams, o.team)) f.bad(at("team"), say(Msg::why_val_no_team, {{"team", o.team}}));
    if (!o.salesperson.empty() && !contains(p.salespeople, o.salesperson)) f.bad(at("salesperson"), say(Msg::why_val_no_salesperson, {{"salesperson", o.salesperson}}));

    std::optional<Money> scheduled = Money{};
    for (size_t m = 0; m < o.schedule.size(); ++m) {
        const auto& w = o.schedule[m].when;
        if (w != "order" && w != "handover" && !names_stage(w))
            f.bad(at("schedule") + "/" + std::to_string(m) + "/when", say(Msg::why_val_no_stage, {{"stage", w}}));
        if (scheduled) scheduled = checked_add(*scheduled, o.schedule[m].amount);
    }
    if (!scheduled) f.bad(at("schedule"), say(Msg::why_val_milestones_overflow));
    if (o.images.size() > static_cast<size_t>(kMaxPhotosPerOrder))
        f.bad(at("images"), say(Msg::why_val_too_many_photos, {{"max", std::to_string(kMaxPhotosPerOrder)}}));
    for (size_t m = 0; m < o.images.size(); ++m) {
        const Image& im = o.images[m];
        const std::string here = at("images") + "/" + std::to_string(m) + "/";
        if (!im.stage.empty() && !names_stage(im.stage)) f.bad(here + "stage", say(Msg::why_val_no_stage, {{"stage", im.stage}}));
        if (im.id.empty() || im.id.size() > 100) f.bad(here + "id", say(Msg::why_val_image_id));
        for (size_t k = 0; k < m; ++k)
            if (o.images[k].id == im.id) f.bad(here + "id", say(Msg::why_val_photo_twice));
        // Photos from before photo storage hold only an id; a described one is held to what the command checks.
        const bool described = !im.thumb.empty() || !im.type.empty() || im.bytes || im.width || im.height;
        std::string field;
        if (const auto why = described ? photo_problem(im, field) : std::nullopt) f.bad(here + field, *why);
    }
    for (size_t m = 0; m < o.log.size(); ++m) {
        const LogEntry& e = o.log[m];
        const std::string here = at("log") + "/" + std::to_string(m) + "/";
        if (!e.stage.empty() && !names_stage(e.stage)) f.bad(here + "stage", say(Msg::why_val_no_stage, {{"stage", e.stage}}));
        if (e.event != Event::rework) {
            if (!e.from.empty() || e.rework) f.bad(here + "event", say(Msg::why_val_log_only_rework));
            continue;
        }
        if (e.stage.empty()) f.bad(here + "stage", say(Msg::why_val_rework_stage));
        if (e.from != "handover" && !names_stage(e.from)) f.bad(here + "from", say(Msg::why_val_no_stage, {{"stage", e.from}}));
        if (!e.rework) f.bad(here + "rework", say(Msg::why_val_rework_kind));
        if (trim(e.note).empty()) f.bad(here + "note", say(Msg::why_val_rework_note));
    }
    for (size_t m = 0; m < o.fittings.size(); ++m) {
        const Fitting& fit = o.fittings[m];
        const std::string here = at("fittings") + "/" + std::to_string(m) + "/";
        if (!kFittingMinutes.contains(fit.minutes)) f.bad(here + "minutes", say(Msg::why_val_fitting_minutes, {{"min", std::to_string(kFittingMinutes.min)}, {"max", std::to_string(kFittingMinutes.max)}}));
        if (fit.cancelled && fit.done) f.bad(here + "cancelled", say(Msg::why_val_fitting_done_cancelled));
        if (fit.cancelled && trim(fit.cancel_reason).empty()) f.bad(here + "cancel_reason", say(Msg::why_val_fitting_cancel_reason));
        if (!fit.cancelled && !fit.cancel_reason.empty()) f.bad(here + "cancel_reason", say(Msg::why_val_fitting_reason_uncancelled));
    }
    std::set<std::string> message_ids;
    for (size_t m = 0; m < o.outbox.size(); ++m) {
        const Message& msg = o.outbox[m];
        const std::string here = at("outbox") + "/" + std::to_string(m) + "/";
        if (!msg.id.empty() && !message_id_shape(msg.id)) f.bad(here + "id", say(Msg::why_val_message_id, {{"max", std::to_string(kMaxMessageId)}}));
        if (msg.due && !msg.fitting) f.bad(here + "due", say(Msg::why_val_message_due));
        if (!msg.id.empty() && !message_ids.insert(msg.id).second) f.bad(here + "id", say(Msg::why_val_message_id_twice, {{"id", msg.id}}));
        if (msg.mail != MailState::none && msg.id.empty()) f.bad(here + "mail", say(Msg::why_val_delivery_no_id));
        if (msg.mail == MailState::sent && !msg.sent_at) f.bad(here + "sent_at", say(Msg::why_val_delivery_sent_at));
        if (msg.mail_reply.size() > kMaxDeliveryReply) f.bad(here + "mail_reply", say(Msg::why_val_delivery_reply, {{"max", std::to_string(kMaxDeliveryReply)}}));
        if (msg.mail_attempts < 0 || msg.mail_attempts > kMaxDeliveryAttempts) f.bad(here + "mail_attempts", range_said(IntRange{0, kMaxDeliveryAttempts}));
        if (msg.mail_next && msg.mail != MailState::retrying) f.bad(here + "mail_next", say(Msg::why_delivery_next));
    }
    for (size_t k = 0; k < o.conflicts.size(); ++k)
        if (!order_conflict_reads(o.conflicts[k]))
            f.bad(at("conflicts") + "/" + std::to_string(k), say(Msg::why_val_conflict_order));
}

// The whole-atelier rules in their fixed order — profile, counters, pipelines, clients, orders —
// resumable between entities, so every caller (one call or many small steps) finds the same.
struct ValidationSteps::Impl {
    Impl(const Atelier& atelier, Problems& problems, size_t limit) : a(atelier), f{problems, limit} {}
    const Atelier& a;
    Findings f;
    enum class Phase { head, clients, orders, styles, productions, sales, done } phase = Phase::head;
    size_t i = 0;
    std::unordered_set<int> ids;

    bool step(size_t budget) {
        size_t spent = 0;
        while (phase != Phase::done && spent < budget) {
            switch (phase) {
                case Phase::head: {
                    check_profile(a, f);
                    check_clock(a, f);
                    check_counters(a, f);
                    std::unordered_set<std::string> pipeline_ids;
                    for (size_t p = 0; p < a.pipelines.size(); ++p) {
                        if (!pipeline_ids.insert(a.pipelines[p].id).second)
                            f.bad("/pipelines/" + std::to_string(p) + "/id",
                                  say(Msg::why_val_pipeline_twice, {{"pipeline", a.pipelines[p].id}}));
                        check_pipeline(a, p, f);
                    }
                    spent += 1 + a.pipelines.size();
                    ids.reserve(a.clients.size());
                    phase = Phase::clients;
                    break;
                }
                case Phase::clients:
                    for (; i < a.clients.size() && !f.full() && spent < budget; ++i, ++spent) {
                        if (!ids.insert(a.clients[i].id).second)
                            f.bad("/clients/" + std::to_string(i) + "/id", say(Msg::why_val_client_twice, {{"number", std::to_string(a.clients[i].id)}}));
                        check_client(a, i, f);
                    }
                    if (i < a.clients.size() && !f.full()) break;
                    i = 0;
                    ids.clear();
                    ids.reserve(a.orders.size());
                    phase = Phase::orders;
                    break;
                case Phase::orders:
                    for (; i < a.orders.size() && !f.full() && spent < budget; ++i, ++spent) {
                        if (!ids.insert(a.orders[i].number).second)
                            f.bad("/orders/" + std::to_string(i) + "/number",
                                  say(Msg::why_val_order_twice, {{"number", std::to_string(a.orders[i].number)}}));
                        check_order(a, i, f);
                    }
                    if (i < a.orders.size() && !f.full()) break;
                    i = 0;
                    phase = Phase::styles;
                    break;
                case Phase::styles: {
                    std::unordered_set<std::string> codes;
                    for (size_t s = 0; s < a.styles.size(); ++s) {
                        if (!codes.insert(a.styles[s].code).second)
                            f.bad("/styles/" + std::to_string(s) + "/code", say(Msg::why_val_style_twice, {{"style", a.styles[s].code}}));
                        check_style(a, s, f);
                    }
                    spent += 1 + a.styles.size();
                    ids.clear();
                    phase = Phase::productions;
                    break;
                }
                case Phase::productions:
                    for (; i < a.productions.size() && !f.full() && spent < budget; ++i, ++spent) {
                        if (!ids.insert(a.productions[i].number).second)
                            f.bad("/productions/" + std::to_string(i) + "/number",
                                  say(Msg::why_val_production_twice, {{"number", std::to_string(a.productions[i].number)}}));
                        check_production(a, i, f);
                    }
                    if (i < a.productions.size() && !f.full()) break;
                    i = 0;
                    ids.clear();
                    phase = Phase::sales;
                    break;
                case Phase::sales:
                    for (; i < a.sales.size() && !f.full() && spent < budget; ++i, ++spent) {
                        if (!ids.insert(a.sales[i].number).second)
                            f.bad("/sales/" + std::to_string(i) + "/number", say(Msg::why_val_sales_twice, {{"number", std::to_string(a.sales[i].number)}}));
                        check_sales(a, i, f);
                    }
                    if (i < a.sales.size() && !f.full()) break;
                    phase = Phase::done;
                    break;
                case Phase::done: break;
            }
        }
        return phase == Phase::done;
    }
};

ValidationSteps::ValidationSteps(const Atelier& a, Problems& problems, size_t limit)
    : impl_(std::make_unique<Impl>(a, problems, limit)) {}
ValidationSteps::~ValidationSteps() = default;
bool ValidationSteps::step(size_t entities) { return impl_->step(std::max<size_t>(entities, 1)); }
double ValidationSteps::progress() const {
    const double n = static_cast<double>(impl_->a.clients.size() + impl_->a.orders.size()) + 1;
    switch (impl_->phase) {
        case Impl::Phase::head: return 0;
        case Impl::Phase::clients: return static_cast<double>(impl_->i) / n;
        case Impl::Phase::orders: return static_cast<double>(impl_->a.clients.size() + impl_->i) / n;
        case Impl::Phase::styles:
        case Impl::Phase::productions:
        case Impl::Phase::sales: return 0.99;
        case Impl::Phase::done: return 1;
    }
    return 1;
}

namespace {
void validate_indexed(const Atelier& a, Findings& f) { ValidationSteps(a, f.out, f.limit).step(static_cast<size_t>(-1)); }
}  // namespace

void validate_atelier(const Atelier& a, Problems& problems, size_t limit) {
    Findings f{problems, limit};
    // The reference rules look clients up by index; an atelier built by hand may not have one yet.
    const bool indexed = a.clients.indexed() == a.clients.size() && a.orders.indexed() == a.orders.size() &&
                         a.styles.indexed() == a.styles.size() && a.productions.indexed() == a.productions.size() &&
                         a.sales.indexed() == a.sales.size();
    if (indexed || (a.clients.empty() && a.styles.empty() && a.productions.empty() && a.sales.empty())) return validate_indexed(a, f);
    Atelier copy = a;
    copy.reindex();
    validate_indexed(copy, f);
}

namespace {
// Every string (and key) is UTF-8 as nlohmann's strict dump wants it. Checked without letting dump
// throw: the WASM build cannot catch exceptions (Emscripten's default), a throw there aborts the app.
bool all_text_utf8(const nlohmann::json& j) {
    if (j.is_string()) return is_valid_utf8(j.get_ref<const std::string&>());
    if (j.is_object()) {
        for (const auto& [k, v] : j.items())
            if (!is_valid_utf8(k) || !all_text_utf8(v)) return false;
    } else if (j.is_array()) {
        for (const auto& v : j)
            if (!all_text_utf8(v)) return false;
    }
    return true;
}

template <class T>
void reads_back(const T& x, const std::string& path, Findings& f) {
    nlohmann::json j = write_value(x);
    // A string that is not UTF-8 could never be stored: the snapshot writer's dump would throw.
    if (!all_text_utf8(j)) return f.bad(path, say(Msg::why_val_text_not_utf8));
    Problems problems;
    Reader r{problems, 1};
    T back;
    read_value(j, back, PathSeg{nullptr, nullptr, 0}, r);
    if (!problems.empty()) {  // the reader's finding as it said it, at its place in `x`
        if (f.full()) return;
        Problem p = std::move(problems.front());
        p.path = path + p.path;
        return f.out.push_back(std::move(p));
    }
    if (!(back == x)) f.bad(path, say(Msg::why_val_not_read_back));
}
}  // namespace

void check_reads_back(const Profile& x, const std::string& path, Findings& f) { reads_back(x, path, f); }
void check_reads_back(const Pipeline& x, const std::string& path, Findings& f) { reads_back(x, path, f); }
void check_reads_back(const Client& x, const std::string& path, Findings& f) { reads_back(x, path, f); }
void check_reads_back(const Order& x, const std::string& path, Findings& f) { reads_back(x, path, f); }
void check_reads_back(const Style& x, const std::string& path, Findings& f) { reads_back(x, path, f); }
void check_reads_back(const ProductionOrder& x, const std::string& path, Findings& f) { reads_back(x, path, f); }
void check_reads_back(const SalesOrder& x, const std::string& path, Findings& f) { reads_back(x, path, f); }

bool profile_rules_differ(const Profile& a, const Profile& b) {
    Profile x = a;
    x.next_order = b.next_order;
    x.next_client = b.next_client;
    return !(x == b);
}

void validate_change(const Atelier& a, const ChangeScope& scope, Problems& problems, size_t limit) {
    Findings f{problems, limit};
    if (scope.profile) check_reads_back(a.profile, "/atelier", f);
    // An entity put back by a replayed undo can carry any id: each touched one is held to its
    // counter here, since the whole-atelier counter check runs only when the counters move.
    bool over_counter = false;
    scope.touched.each([&](auto* kind, const auto& keys) {
        using T = std::remove_pointer_t<decltype(kind)>;
        const auto& table = table_of<T>(a);
        for (const auto& k : keys) {
            const auto i = table.index_of(k);
            if (!i) continue;
            check_reads_back(table[*i], std::string("/") + KindOf<T>::list + "/" + std::to_string(*i), f);
            if constexpr (std::is_same_v<T, Client>) {
                if (!scope.everything) check_client(a, *i, f);
                over_counter = over_counter || (k >= a.profile.next_client && !is_provisional(k));
            } else if constexpr (std::is_same_v<T, Order>) {
                if (!scope.everything) check_order(a, *i, f);
                over_counter = over_counter || (k >= a.profile.next_order && !is_provisional(k));
            } else if constexpr (std::is_same_v<T, Style>) {
                // A change of a style's working pack reaches the orders drafted on it.
                if (!scope.everything) {
                    check_style(a, *i, f);
                    for (size_t p = 0; p < a.productions.size(); ++p)
                        if (a.productions[p].style == k) check_production(a, p, f);
                }
            } else if constexpr (std::is_same_v<T, ProductionOrder>) {
                if (!scope.everything) check_production(a, *i, f);
                over_counter = over_counter || (k >= a.profile.next_order && !is_provisional(k));
            } else if constexpr (std::is_same_v<T, SalesOrder>) {
                if (!scope.everything) check_sales(a, *i, f);
                over_counter = over_counter || (k >= a.profile.next_order && !is_provisional(k));
            }
        }
    });
    if (scope.everything) validate_atelier(a, problems, limit);
    else if (scope.counters || over_counter) check_counters(a, f);
}

}  // namespace atelier

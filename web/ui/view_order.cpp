// The order page: a header (number, status, client, dates, money) with the lifecycle actions,
// then the record in sections: details, measurements, payments, fittings, production, images,
// outbox, history (sections keep every control on screen on a tablet, and findable by tests).
// - The details form is a draft: "Save changes" sends ONE order.update with only what differs,
//   so one undo restores it. Dates and money stay text until saved, so a typo is shown, not lost.
// - Cancelling asks first and states the fee (derive.hpp cancellation_quote).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/commands/command.hpp"
#include "core/documents/documents.hpp"
#include "core/derive.hpp"
#include "core/rules/badge.hpp"
#include "core/rules/rework.hpp"
#include "core/rules/roles.hpp"
#include "core/text.hpp"
#include "core/text/phone.hpp"
#include "web/ui/date_picker.hpp"
#include "core/i18n/names.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/rework_dialog.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/view_order.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

using Section = OrderSection;
struct SectionName {
    const char* label;  // the stable English name (tests and the locator)
    Msg text;
    Section s;
};
// "Fitting schedule", not "Fittings": the top bar already has a "Fittings" button.
constexpr SectionName kSections[] = {{"Details", Msg::order_section_details, Section::details},
                                     {"Measurements", Msg::order_section_measurements, Section::measurements},
                                     {"Payments", Msg::order_section_payments, Section::payments},
                                     {"Fitting schedule", Msg::order_section_fittings, Section::fittings},
                                     {"Production", Msg::order_section_production, Section::production},
                                     {"Photos", Msg::order_section_photos, Section::images},
                                     {"Outbox", Msg::order_section_outbox, Section::outbox},
                                     {"History", Msg::order_section_history, Section::history}};

using Fields = OrderFields;

Fields fields_of(const Order& o) {
    Fields f;
    f.client = o.client;
    f.pipeline = o.pipeline;
    f.garment = o.garment;
    f.collection = o.collection;
    f.salesperson = o.salesperson;
    f.team = o.team;
    f.notes = o.notes;
    f.tracking = o.tracking;
    f.deadline = format_date(o.deadline);
    f.event = o.event ? format_date(*o.event) : "";
    f.price = format_money(o.price);
    f.rush_fee = format_money(o.rush_fee);
    f.kind = o.kind;
    f.quantity = o.quantity;
    f.delivery = o.delivery;
    f.rush = o.rush;
    f.priority = o.priority;
    return f;
}

// Only the fields the user changed (edit differs from the form's base), each with the value it
// showed as `from`: a field another device changed meanwhile is then a conflict, never silently
// reverted. Nullopt (and `error`) when a value does not parse.
std::optional<cmd::OrderUpdate> changes(int number, const Fields& base, const Fields& f, std::string& error) {
    cmd::OrderUpdate u;
    u.order = number;
    cmd::OrderFields seen;
    const auto v = parse_order_form({f.deadline, f.event, f.price, f.rush_fee}, error);
    if (!v) return std::nullopt;
    std::string ignored;  // the base was formatted from the order: it parses
    const auto b = parse_order_form({base.deadline, base.event, base.price, base.rush_fee}, ignored);
    if (!b) return std::nullopt;
    const auto set = [](auto& to, auto& from, const auto& now, const auto& was) {
        if (now == was) return;
        to = now;
        from = was;
    };
    set(u.client, seen.client, f.client, base.client);
    set(u.pipeline, seen.pipeline, f.pipeline, base.pipeline);
    set(u.garment, seen.garment, f.garment, base.garment);
    set(u.collection, seen.collection, f.collection, base.collection);
    set(u.salesperson, seen.salesperson, f.salesperson, base.salesperson);
    set(u.team, seen.team, f.team, base.team);
    set(u.notes, seen.notes, f.notes, base.notes);
    set(u.tracking, seen.tracking, std::string(trim(f.tracking)), base.tracking);
    set(u.deadline, seen.deadline, v->deadline, b->deadline);
    if (v->event != b->event) {  // emplace: "set to no event" must not read as "leave as is"
        u.event.emplace(v->event);
        seen.event.emplace(b->event);
    }
    set(u.price, seen.price, v->price, b->price);
    set(u.rush_fee, seen.rush_fee, v->rush_fee, b->rush_fee);
    set(u.kind, seen.kind, f.kind, base.kind);
    set(u.quantity, seen.quantity, f.quantity, base.quantity);
    set(u.delivery, seen.delivery, f.delivery, base.delivery);
    set(u.rush, seen.rush, f.rush, base.rush);
    set(u.priority, seen.priority, f.priority, base.priority);
    u.from = seen;
    return u;
}

void text_field(Msg text, const char* name, std::string& value, float width = 260) {
    ImGui::SetNextItemWidth(em(width));
    ImGui::InputText(ui_label(text, name).c_str(), &value);
}

void details(const Atelier& a, Shell& sh, const Order& o, OrderUi& p) {
    Fields& f = p.edit;
    const bool closed = o.status == Status::cancelled;
    ImGui::BeginDisabled(closed);
    client_picker(ui_label(Msg::order_client, "Client").c_str(), a, p.clients, sh, f.client, p.client_search);
    ImGui::BeginDisabled(o.status >= Status::in_production);
    pipeline_picker(ui_label(Msg::order_pipeline, "Pipeline").c_str(), a, f.pipeline);
    ImGui::EndDisabled();
    if (o.status >= Status::in_production) {
        same_line_if_fits(em(260));
        ImGui::TextDisabled("%s", tr(Msg::order_pipeline_fixed));
    }
    text_field(Msg::order_garment, "Garment", f.garment);
    text_field(Msg::order_collection, "Collection", f.collection);
    kind_combo(ui_label(Msg::order_kind, "Kind").c_str(), f.kind);
    ImGui::SetNextItemWidth(em(120));
    if (ImGui::InputInt(ui_label(Msg::order_quantity, "Quantity").c_str(), &f.quantity) && f.quantity < 1) f.quantity = 1;
    date_field(ui_label(Msg::order_deadline, "Deadline").c_str(), f.deadline, sh.today());
    date_field(ui_label(Msg::order_event, "Event date").c_str(), f.event, sh.today());
    if (sees_money(sh.role())) {  // staff: the prices stay as they are (the update sends only what changed)
        text_field(Msg::order_price, "Price", f.price, 130);
        ImGui::Checkbox(ui_label(Msg::order_rush, "Rush").c_str(), &f.rush);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em(110));
        ImGui::InputText(ui_label(Msg::order_rush_fee, "Rush fee").c_str(), &f.rush_fee);
        same_line_if_fits(em(100));
    }
    ImGui::Checkbox(ui_label(Msg::order_priority, "Priority").c_str(), &f.priority);
    delivery_combo(ui_label(Msg::order_delivery, "Delivery").c_str(), f.delivery);
    // Set when shipping; corrected here (a typo, a parcel sent again).
    text_field(Msg::order_tracking, "Tracking number##details", f.tracking, 200);
    if (o.wip_start) {
        same_line_if_fits(em(200));
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", tr(Msg::order_work_started, {{"date", ui_date(*o.wip_start)}}).c_str());
        mark_last_item("Work started " + format_date(*o.wip_start));
    }
    name_combo(ui_label(Msg::order_salesperson, "Salesperson").c_str(), a.profile.salespeople, f.salesperson);
    name_combo(ui_label(Msg::order_team, "Team").c_str(), a.profile.teams, f.team);
    ImGui::InputTextMultiline(ui_label(Msg::order_notes, "Notes").c_str(), &f.notes,
                              ImVec2(std::min(em(520), ImGui::GetContentRegionAvail().x - em(60)), em(80)));
    ImGui::EndDisabled();

    ImGui::Spacing();
    const bool dirty = !(f == p.base);
    ImGui::BeginDisabled(!dirty);
    if (ImGui::Button(ui_label(Msg::order_save, "Save changes").c_str())) {
        p.error.clear();
        if (auto u = changes(o.number, p.base, f, p.error)) {
            if (sh.dispatch(*u)) {
                p.base = p.edit = fields_of(*a.order(o.number));
                p.revision = sh.revision();
                sh.notify(tr(Msg::order_saved, {{"order", order_label(a.profile, o.number)}}));
            } else {
                p.error = shown(sh.refusal());
            }
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::order_discard, "Discard changes").c_str())) {
        p.edit = p.base = fields_of(o);
        p.error.clear();
    }
    ImGui::EndDisabled();
    if (dirty) {
        ImGui::SameLine();
        ImGui::TextColored(colours().due_soon, "%s", tr(Msg::order_unsaved));
        mark_last_item("Unsaved changes");
    }
    if (!p.error.empty()) refusal_text(tr(Msg::order_not_saved, {{"reason", p.error}}));
}

void cancel_button(const Atelier& a, Shell& sh, const Order& o, OrderUi& p) {
    ImGui::SetNextItemWidth(em(200));
    ImGui::InputTextWithHint("##cancel_reason", tr(Msg::order_cancel_reason_hint), &p.cancel_reason);
    mark_last_item("Cancellation reason");
    ImGui::SameLine();
    if (!ImGui::Button(ui_label(Msg::order_cancel, "Cancel order").c_str())) return;
    const CancelQuote q = cancellation_quote(a, o, sh.now());
    const std::string cur = a.profile.settings.currency;
    std::string text = tr(Msg::order_cancel_stops, {{"reason", q.reason}}) + " ";
    text += q.fee.minor > 0 ? tr(Msg::order_cancel_fee, {{"amount", money_text(q.fee, cur)}}) : std::string(tr(Msg::order_cancel_no_fee));
    if (q.refund.minor > 0) text += " " + tr(Msg::order_cancel_refund, {{"amount", money_text(q.refund, cur)}});
    if (q.still_owed.minor > 0) text += " " + tr(Msg::order_cancel_still_owed, {{"amount", money_text(q.still_owed, cur)}});
    sh.ask(PendingConfirm{tr(Msg::order_cancel_title, {{"order", order_label(a.profile, o.number)}}), text,
                          ui_label(Msg::order_cancel, "Cancel order"), cmd::OrderCancel{o.number, std::string(trim(p.cancel_reason))}});
}

// The actions that move the order through its life; each refused one says why.
void lifecycle(const Atelier& a, Shell& sh, const Order& o, OrderUi& p) {
    auto act = [&](Msg text, const char* name, const Command& c) {
        const std::string label = ui_label(text, name);
        same_line_if_fits(ImGui::CalcTextSize(tr(text)).x + em(20));
        if (ImGui::Button(label.c_str())) {
            if (sh.dispatch(c)) p.error.clear();
            else p.error = shown(sh.refusal());
        }
    };
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Msg::order_actions));
    switch (o.status) {
        case Status::draft: act(Msg::order_confirm, "Confirm order", cmd::OrderConfirm{o.number}); break;
        case Status::confirmed: act(Msg::order_start, "Start production", cmd::OrderStart{o.number}); break;
        case Status::in_production:
            if (production_finished(a, o)) {
                same_line_if_fits(em(420));
                ImGui::SetNextItemWidth(em(160));
                ImGui::InputTextWithHint("##tracking", tr(Msg::order_tracking_hint), &p.tracking);
                mark_last_item("Tracking number");
                act(Msg::order_ship, "Ship", cmd::OrderShip{o.number, std::string(trim(p.tracking))});
                act(Msg::order_collect, "Collect", cmd::OrderCollect{o.number});
            } else {
                same_line_if_fits(em(260));
                ImGui::TextDisabled("%s", tr(Msg::order_in_production));
            }
            break;
        case Status::shipped:
        case Status::collected:
            if (sees_money(sh.role()) && o.invoice.empty()) act(Msg::order_issue_invoice, "Issue invoice", cmd::OrderInvoice{o.number});
            break;
        default: break;
    }
    // Printed documents (core/documents), opened in a new tab to print or save as PDF.
    same_line_if_fits(em(130));
    if (ImGui::Button(ui_label(Msg::order_print_job_card, "Print job card").c_str())) sh.open_document(job_card_html(a, o, a.profile.paper, order_link(sh.app_url(), o.number), ui_locale()));
    if (!sees_money(sh.role())) return;  // staff: quotes, invoices, copying and cancelling carry prices and fees
    same_line_if_fits(em(110));
    if (ImGui::Button(ui_label(Msg::order_print_quote, "Print quote").c_str())) sh.open_document(quote_html(a, o, a.profile.paper, sh.today()));
    if (!o.invoice.empty()) {
        const std::string text = tr(Msg::order_print_invoice, {{"number", o.invoice}});
        same_line_if_fits(ImGui::CalcTextSize(text.c_str()).x + em(20));
        if (ImGui::Button((text + "###Print invoice " + o.invoice).c_str())) sh.open_document(invoice_html(a, o, a.profile.paper));
        mark_last_item("Print invoice");
    }
    same_line_if_fits(em(120));
    if (ImGui::Button(ui_label(Msg::order_clone, "Clone order").c_str())) {
        if (sh.dispatch(cmd::OrderClone{o.number, 0})) sh.open_order(sh.created());
        else p.error = shown(sh.refusal());
    }
    if (o.status <= Status::in_production) {
        same_line_if_fits(em(360));
        cancel_button(a, sh, o, p);
    }
}

void header(const Atelier& a, Shell& sh, const Order& o, OrderUi& p) {
    const std::string& cur = a.profile.settings.currency;
    ImGui::TextUnformatted(tr(Msg::order_title, {{"order", order_label(a.profile, o.number)}}).c_str());
    ImGui::SameLine();
    const ImVec4 status_colour = o.status == Status::cancelled ? colours().muted
                                 : o.status == Status::draft   ? colours().priority
                                                               : colours().ok;
    badge(tr(status_msg(o.status)), status_colour);
    mark_last_item(std::string("Status: ") + enum_label(o.status));
    if (is_provisional(o.number)) {
        ImGui::SameLine();
        badge(tr(Msg::order_provisional), colours().priority);
        mark_last_item("Provisional number: it gets its real number at the next sync");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Msg::order_provisional_why));
    }
    // The same badges as the board and the table (core/rules/badge.hpp): marks here, the deadline's below.
    const auto at = a.orders.index_of(o.number);
    const QueryIndex& ix = sh.index();
    const Badges badges = at && *at < ix.rows.size()
                              ? order_badges(ix.rows[*at], sh.today(), ix.due_soon_days)
                              : Badges{};
    for (const atelier::Badge b : badges) {
        if (is_deadline_badge(b)) continue;
        ImGui::SameLine();
        badge(tr(badge_msg(b)), role_colour(badge_text(b).role));
        mark_last_item(std::string("Badge ") + badge_text(b).label);
    }
    // Sent back and not yet past the stage it left (core/rules/rework.hpp).
    if (const LogEntry* rw = open_rework(a, o)) {
        ImGui::SameLine();
        badge(rework_badge(*rw, 0, ui_locale().language), colours().due_soon);
        mark_last_item("Badge " + rework_badge(*rw));
    }
    const Client* c = a.client(o.client);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Msg::order_client_label));
    ImGui::SameLine();
    ImGui::TextUnformatted(c ? c->name.c_str() : tr(Msg::order_unknown_client));
    if (c && !c->phone.empty()) {
        // As the atelier dials it: national format at home, international otherwise.
        const std::string phone = format_phone(c->phone, a.profile.country);
        ImGui::SameLine();
        ImGui::TextDisabled("%s", phone.c_str());
        mark_last_item("Client phone " + phone);
    }
    if (c) {
        ImGui::SameLine();
        if (small_button(ui_label(Msg::order_open_client, "Open client").c_str())) sh.open_client(c->id);
    }
    ImGui::TextUnformatted(tr(Msg::order_deadline_on, {{"date", ui_date(o.deadline)}}).c_str());
    if (const atelier::Badge* due = badges.deadline()) {
        ImGui::SameLine();
        badge(tr(badge_msg(*due)), role_colour(badge_text(*due).role));
        mark_last_item(std::string("Badge ") + badge_text(*due).label);
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s", o.event ? tr(Msg::order_event_on, {{"date", ui_date(*o.event)}}).c_str() : tr(Msg::order_event_none));
    const Money owed = balance_owed(o);
    if (!sees_money(sh.role())) {
        lifecycle(a, sh, o, p);
        if (!p.error.empty() && p.section != Section::details) refusal_text(tr(Msg::order_refused, {{"reason", p.error}}));
        return;
    }
    ImGui::TextUnformatted(tr(Msg::order_total, {{"amount", money_text(order_total(o), cur)}}).c_str());
    if (o.tax.rate_bp > 0) {  // the tax the order was priced under (core/derive.hpp tax_split)
        const TaxSplit t = tax_split(o);
        const std::string rate = local_percent_bp(o.tax.rate_bp, ui_locale());
        const std::string line = o.tax.included ? tr(Msg::order_tax_included, {{"rate", rate}, {"tax", money_text(t.tax, cur)}})
                                                : tr(Msg::order_tax_added, {{"net", money_text(t.net, cur)}, {"rate", rate}, {"tax", money_text(t.tax, cur)}});
        ImGui::SameLine();
        ImGui::TextDisabled("%s", line.c_str());
        mark_last_item("Tax " + line);
    }
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(Msg::order_paid, {{"amount", money_text(amount_paid(o), cur)}}).c_str());
    ImGui::SameLine();
    const std::string owed_text = money_text(owed, cur);
    ImGui::TextColored(owed.minor > 0 ? colours().due_soon : colours().ok, "%s", tr(Msg::order_owes, {{"amount", owed_text}}).c_str());
    mark_last_item("Header owes " + owed_text);
    if (o.status == Status::cancelled) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr(Msg::order_cancel_fee_was, {{"amount", money_text(o.cancel_fee, cur)}}).c_str());
    }
    lifecycle(a, sh, o, p);
    if (!p.error.empty() && p.section != Section::details) refusal_text(tr(Msg::order_refused, {{"reason", p.error}}));
}

}  // namespace

void draw_order(const Atelier& a, OrderUi& p, Shell& sh) {
    const Order* o = a.order(sh.order());
    if (!o) {
        ImGui::TextUnformatted(tr(Msg::order_missing));
        if (ImGui::Button(ui_label(Msg::order_back_to_board, "Back to the board").c_str())) sh.show(sh.prefs().work_view);
        return;
    }
    const bool fresh = p.frame + 1 != sh.frame();
    if (fresh) p.section = Section::details;  // an order opens on its details
    p.frame = sh.frame();
    if (p.order != o->number) {
        const std::optional<Unit> unit = p.unit;  // the unit chosen stays for the next order
        p = OrderUi{};
        p.unit = unit;
        p.frame = sh.frame();
        p.order = o->number;
        p.base = p.edit = fields_of(*o);
        p.revision = sh.revision();
    } else if (p.revision != sh.revision()) {
        // Another change (a payment, an undo, another device): follow it, unless the user is
        // mid-edit — then the base stays what the form showed, so Save sends only the user's fields.
        if (p.edit == p.base) p.base = p.edit = fields_of(*o);
        p.revision = sh.revision();
    }

    ImGui::BeginChild("order_page");
    header(a, sh, *o, p);
    ImGui::Separator();
    draw_conflict_banner(a, sh, EntityKind::order, o->number, o->conflicts);
    const bool money = sees_money(sh.role());
    if (!money && p.section == Section::payments) p.section = Section::details;
    for (const auto& s : kSections) {
        if (s.s == Section::payments && !money) continue;
        if (&s != &kSections[0]) same_line_if_fits(ImGui::CalcTextSize(tr(s.text)).x + em(16));
        const bool active = p.section == s.s;
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(ui_label(s.text, s.label).c_str())) p.section = s.s;
        if (active) ImGui::PopStyleColor();
    }
    ImGui::Separator();
    ImGui::BeginChild("order_section");
    switch (p.section) {
        case Section::details:
            details(a, sh, *o, p);
            // A tablet held upright leaves half the page empty under the form: where the order
            // stands fills it, so one screen shows the order and its progress. A laptop has no
            // such room and keeps Production behind its button.
            if (ImGui::GetContentRegionAvail().y > ImGui::GetWindowHeight() * 0.35f) {
                ImGui::Spacing();
                section(tr(Msg::order_section_production));
                mark_last_item("Production below the details");
                order_production(a, p, sh, *o);
            }
            break;
        case Section::measurements: order_measurements(a, p, sh, *o); break;
        case Section::payments: order_payments(a, p, sh, *o); break;
        case Section::fittings: order_fittings(a, p, sh, *o); break;
        case Section::production: order_production(a, p, sh, *o); break;
        case Section::images: order_photos(a, p, sh, *o); break;
        case Section::outbox: draw_order_outbox(a, *o, p.messages, sh); break;
        case Section::history: order_history(*o, money); break;
    }
    ImGui::EndChild();
    ImGui::EndChild();
    draw_photo_viewer(a, p, sh, *o);
    if (const std::string sent = rework_dialog(a, sh, p.rework); !sent.empty()) sh.notify(sent);
}

}  // namespace atelier::ui

// The order page's payments: total, paid, balance owed and what is due now; recording a payment;
// refunds and voids; the ledger.
// - User text is always drawn with TextUnformatted or a "%s" argument, never as a format.
// - A refusal stays visible next to the form that caused it (the toast fades).
// - The ledger is only ever added to (issue 16): a refund and a void are lines of their own; a
//   voided line stays, struck through and marked "voided by #n". The amounts come from
//   core/derive.hpp (balance = charges - payments + refunds), never summed here.
// - Once cancelled the page speaks of the fee: fee, paid, still owed or to refund, with
//   "Record fee payment" (fills the payment form) and "Refund the rest" (fills the refund form).
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/derive.hpp"
#include "core/documents/documents.hpp"
#include "core/i18n/names.hpp"
#include "core/text.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_order.hpp"
#include "web/ui/view_order_forms.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

using namespace order_page;

namespace {

// The methods offered, stored by their English word; one typed elsewhere (an import) shows as typed.
constexpr std::pair<const char*, Msg> kMethods[] = {{"cash", Msg::pay_method_cash}, {"card", Msg::pay_method_card}, {"transfer", Msg::pay_method_transfer}};

std::string method_text(const std::string& method) {
    for (const auto& [stored, text] : kMethods)
        if (method == stored) return tr(text);
    return method;
}

void method_combo(const std::string& label, std::string& method) {
    ImGui::SetNextItemWidth(em(120));
    if (ImGui::BeginCombo(label.c_str(), method_text(method).c_str())) {
        for (const auto& [stored, text] : kMethods)
            if (ImGui::Selectable(ui_label(text, stored).c_str(), method == stored)) method = stored;
        ImGui::EndCombo();
    } else {
        mark_last_item(label);
    }
}

// The amount as typed, or nullopt with the reason in `error` ("a refund must be more than zero").
std::optional<Money> typed_amount(const std::string& typed, Msg more_than_zero, std::string& error) {
    const std::string_view t = trim(typed);
    const auto amount = parse_money(t);
    if (!t.empty() && t.front() == '-') error = tr(more_than_zero);
    else if (!amount) error = tr(Msg::pay_amount_format);
    else return amount;
    return std::nullopt;
}

// A line of the summary, findable by its English words (`name`) in any language.
void summary_line(const std::string& text, const std::string& name, const ImVec4* colour = nullptr) {
    if (colour) ImGui::TextColored(*colour, "%s", text.c_str());
    else ImGui::TextUnformatted(text.c_str());
    mark_last_item(name);
}

void open_refund(Forms& f, Money amount, std::string reason) {
    f.refund_open = true;
    f.refund_amount = format_money(amount);
    f.refund_reason = std::move(reason);
    f.refund_error.clear();
}

// What an open order owes; what a cancelled one owes of its fee or gives back.
void totals(const Atelier& a, Forms& f, const Order& o) {
    const std::string& cur = a.profile.settings.currency;
    const Money owed = balance_owed(o);
    if (o.status == Status::cancelled) {
        ImGui::TextDisabled("%s", tr(Msg::pay_total_cancelled, {{"amount", money_text(order_total(o), cur)}}).c_str());
        const std::string fee = money_text(o.cancel_fee, cur), paid = money_text(amount_paid(o), cur), still = money_text(owed, cur);
        summary_line(tr(Msg::pay_cancel_fee, {{"amount", fee}}), "Cancellation fee " + fee);
        summary_line(tr(Msg::pay_paid, {{"amount", paid}}), "Paid " + paid);
        if (owed.minor > 0) {
            summary_line(tr(Msg::pay_fee_owed, {{"amount", still}}), "Fee still owed " + still, &colours().due_soon);
            ImGui::SameLine();
            if (small_button(ui_label(Msg::pay_record_fee, "Record fee payment").c_str())) {
                f.pay_amount = format_money(owed);
                f.pay_note = tr(Msg::pay_fee_note);
                f.pay_error.clear();
            }
        } else if (const Money back = refund_due(o); back.minor > 0) {
            const std::string amount = money_text(back, cur);
            summary_line(tr(Msg::pay_to_refund, {{"amount", amount}}), "To refund " + amount, &colours().due_soon);
            ImGui::SameLine();
            if (small_button(ui_label(Msg::pay_refund_rest, "Refund the rest").c_str())) open_refund(f, back, tr(Msg::pay_refund_rest_reason));
        } else {
            summary_line(tr(Msg::pay_settled), "Settled: nothing owed, nothing to refund", &colours().ok);
        }
        return;
    }
    ImGui::TextUnformatted(tr(Msg::order_total, {{"amount", money_text(order_total(o), cur)}}).c_str());
    if (o.rush && o.rush_fee.minor > 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr(Msg::pay_price_and_rush, {{"price", money_text(o.price, cur)}, {"fee", money_text(o.rush_fee, cur)}}).c_str());
    }
    const std::string paid = money_text(amount_paid(o), cur), still = money_text(owed, cur);
    summary_line(tr(Msg::pay_paid, {{"amount", paid}}), "Paid " + paid);
    if (const Money back = ledger_sums(o).refunds; back.minor > 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr(Msg::pay_after_refunded, {{"amount", money_text(back, cur)}}).c_str());
    }
    summary_line(tr(Msg::pay_balance, {{"amount", still}}), "Balance owed " + still, owed.minor > 0 ? &colours().due_soon : &colours().ok);
    const PaymentKind k = payment_kind(o);
    summary_line(tr(Msg::pay_kind, {{"kind", tr(payment_kind_msg(k))}}), std::string("Payment: ") + enum_id(k));
    if (const Money due = due_now(a, o); due.minor > 0) {
        ImGui::SameLine();
        ImGui::TextColored(colours().overdue, "%s", tr(Msg::pay_due_now, {{"amount", money_text(due, cur)}}).c_str());
        mark_last_item("Due now " + money_text(due, cur));
    }
}

void pay_form(Shell& sh, Forms& f, const Order& o) {
    const Money owed = balance_owed(o);
    section(tr(Msg::pay_record));
    ImGui::SetNextItemWidth(em(130));
    ImGui::InputTextWithHint(ui_label(Msg::pay_amount, "Payment amount").c_str(), format_money(owed).c_str(), &f.pay_amount);
    same_line_if_fits(em(200));
    method_combo(ui_label(Msg::pay_method, "Method"), f.pay_method);
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputTextWithHint(ui_label(Msg::pay_note, "Payment note").c_str(), tr(Msg::pay_optional), &f.pay_note);
    // A cancelled order takes its fee, no more: the core says so if more is typed.
    ImGui::BeginDisabled(o.status == Status::cancelled && owed.minor == 0);
    if (ImGui::Button(ui_label(Msg::pay_record, "Record payment").c_str())) {
        if (const auto amount = typed_amount(f.pay_amount, Msg::pay_payment_positive, f.pay_error))
            if (run(sh, cmd::OrderPay{o.number, *amount, std::nullopt, f.pay_method, std::string(trim(f.pay_note))}, f.pay_error))
                f.pay_amount.clear(), f.pay_note.clear();
    }
    ImGui::EndDisabled();
    if (!f.pay_error.empty()) refusal_text(tr(Msg::pay_payment_refused, {{"reason", f.pay_error}}));
}

// "Refund…" opens a form prefilled with all that can be refunded; the reason is asked for.
void refund_form(const Atelier& a, Shell& sh, Forms& f, const Order& o) {
    const Money most = refundable(o);
    if (!f.refund_open) {
        ImGui::BeginDisabled(most.minor == 0);
        if (ImGui::Button(ui_label(Msg::pay_refund_open, "Refund…").c_str())) open_refund(f, most, "");
        ImGui::EndDisabled();
        if (most.minor == 0) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", tr(o.status == Status::cancelled ? Msg::pay_nothing_beyond_fee : Msg::pay_nothing_to_refund));
        }
        return;
    }
    section(tr(Msg::pay_refund));
    ImGui::TextDisabled("%s", tr(Msg::pay_refund_at_most, {{"amount", money_text(most, a.profile.settings.currency)}}).c_str());
    ImGui::SetNextItemWidth(em(130));
    ImGui::InputText(ui_label(Msg::pay_refund_amount, "Refund amount").c_str(), &f.refund_amount);
    same_line_if_fits(em(200));
    method_combo(ui_label(Msg::pay_method, "Refund method"), f.refund_method);
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputTextWithHint(ui_label(Msg::pay_refund_reason, "Refund reason").c_str(), tr(Msg::pay_refund_reason_hint), &f.refund_reason);
    if (ImGui::Button(ui_label(Msg::pay_record_refund, "Record refund").c_str())) {
        if (trim(f.refund_reason).empty()) f.refund_error = tr(Msg::pay_refund_say_why);
        else if (const auto amount = typed_amount(f.refund_amount, Msg::pay_refund_positive, f.refund_error))
            if (run(sh, cmd::OrderRefund{o.number, *amount, std::nullopt, f.refund_method, std::string(trim(f.refund_reason))}, f.refund_error))
                f.refund_open = false, f.refund_amount.clear(), f.refund_reason.clear();
    }
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::pay_close_refund, "Close refund").c_str())) f.refund_open = false, f.refund_error.clear();
    if (!f.refund_error.empty()) refusal_text(tr(Msg::pay_refund_refused, {{"reason", f.refund_error}}));
}

// What a ledger line is, in the ledger's Kind column: in English for its name, in `language` to show.
std::string line_kind(const Payment& p, Language language) {
    const std::string n = p.voids ? "#" + std::to_string(*p.voids + 1) : "";
    const Msg m = p.voids ? (p.correction ? Msg::pay_line_void_of : Msg::pay_line_reinstates)
                          : p.correction ? (p.refund ? Msg::pay_line_refund_correction : Msg::pay_line_correction)
                                         : (p.refund ? Msg::pay_line_refund : Msg::pay_line_payment);
    return fill(text(language, m), {{"line", n}});
}

void ledger(const Atelier& a, Shell& sh, Forms& f, const Order& o) {
    const std::string& cur = a.profile.settings.currency;
    section(tr(Msg::pay_ledger));
    if (o.payments.empty()) return (void)ImGui::TextDisabled("%s", tr(Msg::pay_no_payments));
    if (!ImGui::BeginTable("ledger", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr(Msg::pay_column_date), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr(Msg::pay_column_kind), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr(Msg::pay_method), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr(Msg::pay_column_amount), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr(Msg::pay_column_note), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < o.payments.size(); ++i) {
        const Payment& pmt = o.payments[i];
        const std::optional<size_t> by = voided_by(o, i);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%zu", i + 1);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(ui_datetime(pmt.at).c_str());
        ImGui::TableNextColumn();
        const std::string kind = line_kind(pmt, Language::en);
        ImGui::TextUnformatted(line_kind(pmt, ui_locale().language).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(method_text(pmt.method).c_str());
        ImGui::TableNextColumn();
        const std::string amount = money_text(signed_amount(pmt), cur);
        if (by) {
            // Struck through: the line stays in the ledger but no longer counts.
            ImGui::TextDisabled("%s", amount.c_str());
            const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
            const float y = (lo.y + hi.y) / 2;
            ImGui::GetWindowDrawList()->AddLine(ImVec2(lo.x, y), ImVec2(hi.x, y), ImGui::GetColorU32(ImGuiCol_TextDisabled));
        } else {
            ImGui::TextUnformatted(amount.c_str());
        }
        std::string row = "Ledger #" + std::to_string(i + 1) + ": " + kind + " " + amount;
        if (by) row += ", voided by #" + std::to_string(*by + 1);
        mark_last_item(row);
        ImGui::TableNextColumn();
        if (by) {
            ImGui::TextColored(colours().muted, "%s", tr(Msg::pay_voided_by, {{"line", "#" + std::to_string(*by + 1)}}).c_str());
            ImGui::SameLine();
        }
        ImGui::TextUnformatted(pmt.note.c_str());
        if (original_line(pmt) && !by) {
            ImGui::SameLine();
            if (small_button(ui_label(Msg::pay_void, "Void##" + std::to_string(i)).c_str())) {
                f.void_line = static_cast<int>(i);
                f.void_reason.clear();
                f.void_error.clear();
            }
            if (!pmt.refund) {
                ImGui::SameLine();
                if (small_button(ui_label(Msg::pay_receipt, "Receipt##" + std::to_string(i)).c_str())) sh.open_document(receipt_html(a, o, static_cast<int>(i), a.profile.paper));
            }
        }
    }
    ImGui::EndTable();
}

// The void asked for, confirmed with a reason; the line named by index and by the amount seen.
void void_confirm(const Atelier& a, Shell& sh, Forms& f, const Order& o) {
    if (f.void_line < 0) return;
    const size_t i = static_cast<size_t>(f.void_line);
    if (i >= o.payments.size() || !original_line(o.payments[i]) || voided_by(o, i)) return (void)(f.void_line = -1);
    const Payment& p = o.payments[i];
    const std::string line = "#" + std::to_string(i + 1), amount = money_text(p.amount, a.profile.settings.currency);
    const std::string name = "Void line " + line + ", the " + amount + (p.refund ? " refund" : " payment") + " of " + when_text(p.at) + "?";
    const std::string question =
        tr(p.refund ? Msg::pay_void_refund_question : Msg::pay_void_payment_question, {{"line", line}, {"amount", amount}, {"date", ui_datetime(p.at)}});
    ImGui::Spacing();
    summary_line(question, name, &colours().due_soon);
    ImGui::TextDisabled("%s", tr(Msg::pay_void_explained));
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputTextWithHint(ui_label(Msg::pay_void_reason, "Void reason").c_str(), tr(Msg::pay_void_reason_hint), &f.void_reason);
    if (ImGui::Button(ui_label(Msg::pay_void_line, "Void line").c_str())) {
        if (trim(f.void_reason).empty()) f.void_error = tr(Msg::pay_void_say_why);
        else if (run(sh, cmd::OrderVoid{o.number, f.void_line, p.amount, std::string(trim(f.void_reason))}, f.void_error)) {
            f.void_line = -1;
            f.void_reason.clear();
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::pay_keep_line, "Keep line").c_str())) f.void_line = -1, f.void_error.clear();
    if (!f.void_error.empty()) refusal_text(tr(Msg::pay_void_refused, {{"reason", f.void_error}}));
}

}  // namespace

// [SECTION] Payments

void order_payments(const Atelier& a, OrderUi& u, Shell& sh, const Order& o) {
    Forms& f = forms(u.forms, sh, o);
    totals(a, f, o);
    order_schedule(a, u, sh, o);
    pay_form(sh, f, o);
    ImGui::Spacing();
    refund_form(a, sh, f, o);
    ledger(a, sh, f, o);
    void_confirm(a, sh, f, o);
}

}  // namespace atelier::ui

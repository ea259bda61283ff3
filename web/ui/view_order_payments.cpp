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
#include "core/text.hpp"
#include "web/ui/view_order.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_order_forms.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

using namespace order_page;

namespace {

constexpr const char* kMethods[] = {"cash", "card", "transfer"};

void method_combo(const char* label, std::string& method) {
    ImGui::SetNextItemWidth(em(120));
    if (ImGui::BeginCombo(label, method.c_str())) {
        for (const char* m : kMethods)
            if (ImGui::Selectable(m, method == m)) method = m;
        ImGui::EndCombo();
    } else {
        mark_last_item(label);
    }
}

// The amount as typed, or nullopt with the reason in `error` ("a refund must be more than zero").
std::optional<Money> typed_amount(const std::string& typed, const char* what, std::string& error) {
    const std::string_view t = trim(typed);
    const auto amount = parse_money(t);
    if (!t.empty() && t.front() == '-') error = std::string("a ") + what + " must be more than zero";
    else if (!amount) error = "write the amount like 250 or 250.50";
    else return amount;
    return std::nullopt;
}

// A labelled line of the summary, findable by its text.
void summary_line(const std::string& text, const ImVec4* colour = nullptr) {
    if (colour) ImGui::TextColored(*colour, "%s", text.c_str());
    else ImGui::TextUnformatted(text.c_str());
    mark_last_item(text);
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
        ImGui::TextDisabled("Order total %s (cancelled)", money_text(order_total(o), cur).c_str());
        summary_line("Cancellation fee " + money_text(o.cancel_fee, cur));
        summary_line("Paid " + money_text(amount_paid(o), cur));
        if (owed.minor > 0) {
            summary_line("Fee still owed " + money_text(owed, cur), &colours().due_soon);
            ImGui::SameLine();
            if (small_button("Record fee payment")) {
                f.pay_amount = format_money(owed);
                f.pay_note = "cancellation fee";
                f.pay_error.clear();
            }
        } else if (const Money back = refund_due(o); back.minor > 0) {
            summary_line("To refund " + money_text(back, cur), &colours().due_soon);
            ImGui::SameLine();
            if (small_button("Refund the rest")) open_refund(f, back, "cancelled: the rest after the fee");
        } else {
            summary_line("Settled: nothing owed, nothing to refund", &colours().ok);
        }
        return;
    }
    ImGui::Text("Total %s", money_text(order_total(o), cur).c_str());
    if (o.rush && o.rush_fee.minor > 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("(price %s + rush fee %s)", money_text(o.price, cur).c_str(), money_text(o.rush_fee, cur).c_str());
    }
    summary_line("Paid " + money_text(amount_paid(o), cur));
    if (const Money back = ledger_sums(o).refunds; back.minor > 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("(after %s refunded)", money_text(back, cur).c_str());
    }
    summary_line("Balance owed " + money_text(owed, cur), owed.minor > 0 ? &colours().due_soon : &colours().ok);
    constexpr const char* kinds[] = {"none", "deposit", "full"};
    summary_line(std::string("Payment: ") + kinds[static_cast<size_t>(payment_kind(o))]);
    if (const Money due = due_now(a, o); due.minor > 0) {
        ImGui::SameLine();
        ImGui::TextColored(colours().overdue, "· due now %s", money_text(due, cur).c_str());
        mark_last_item("Due now " + money_text(due, cur));
    }
}

void pay_form(Shell& sh, Forms& f, const Order& o) {
    const Money owed = balance_owed(o);
    section("Record payment");
    ImGui::SetNextItemWidth(em(130));
    ImGui::InputTextWithHint("Payment amount", format_money(owed).c_str(), &f.pay_amount);
    same_line_if_fits(em(200));
    method_combo("Method", f.pay_method);
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputTextWithHint("Payment note", "optional", &f.pay_note);
    // A cancelled order takes its fee, no more: the core says so if more is typed.
    ImGui::BeginDisabled(o.status == Status::cancelled && owed.minor == 0);
    if (ImGui::Button("Record payment")) {
        if (const auto amount = typed_amount(f.pay_amount, "payment", f.pay_error))
            if (run(sh, cmd::OrderPay{o.number, *amount, std::nullopt, f.pay_method, std::string(trim(f.pay_note))}, f.pay_error))
                f.pay_amount.clear(), f.pay_note.clear();
    }
    ImGui::EndDisabled();
    if (!f.pay_error.empty()) refusal_text("Payment refused: " + f.pay_error);
}

// "Refund…" opens a form prefilled with all that can be refunded; the reason is asked for.
void refund_form(const Atelier& a, Shell& sh, Forms& f, const Order& o) {
    const Money most = refundable(o);
    if (!f.refund_open) {
        ImGui::BeginDisabled(most.minor == 0);
        if (ImGui::Button("Refund…")) open_refund(f, most, "");
        ImGui::EndDisabled();
        if (most.minor == 0) {
            ImGui::SameLine();
            ImGui::TextDisabled(o.status == Status::cancelled ? "nothing paid beyond the fee" : "nothing paid to refund");
        }
        return;
    }
    section("Refund");
    ImGui::TextDisabled("At most %s can be refunded.", money_text(most, a.profile.settings.currency).c_str());
    ImGui::SetNextItemWidth(em(130));
    ImGui::InputText("Refund amount", &f.refund_amount);
    same_line_if_fits(em(200));
    method_combo("Refund method", f.refund_method);
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputTextWithHint("Refund reason", "required: why the money goes back", &f.refund_reason);
    if (ImGui::Button("Record refund")) {
        if (trim(f.refund_reason).empty()) f.refund_error = "say why the money goes back (the reason is kept in the ledger)";
        else if (const auto amount = typed_amount(f.refund_amount, "refund", f.refund_error))
            if (run(sh, cmd::OrderRefund{o.number, *amount, std::nullopt, f.refund_method, std::string(trim(f.refund_reason))}, f.refund_error))
                f.refund_open = false, f.refund_amount.clear(), f.refund_reason.clear();
    }
    ImGui::SameLine();
    if (ImGui::Button("Close refund")) f.refund_open = false, f.refund_error.clear();
    if (!f.refund_error.empty()) refusal_text("Refund refused: " + f.refund_error);
}

// What a ledger line is, in the ledger's Kind column.
std::string line_kind(const Payment& p) {
    const std::string n = p.voids ? "#" + std::to_string(*p.voids + 1) : "";
    if (p.voids) return p.correction ? "Void of " + n : "Reinstates " + n;
    if (p.correction) return p.refund ? "Correction of a refund" : "Correction";
    return p.refund ? "Refund" : "Payment";
}

void ledger(const Atelier& a, Shell& sh, Forms& f, const Order& o) {
    const std::string& cur = a.profile.settings.currency;
    section("Ledger");
    if (o.payments.empty()) return (void)ImGui::TextDisabled("No payments yet.");
    if (!ImGui::BeginTable("ledger", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Method", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Amount", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Note", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < o.payments.size(); ++i) {
        const Payment& pmt = o.payments[i];
        const std::optional<size_t> by = voided_by(o, i);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%zu", i + 1);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(when_text(pmt.at).c_str());
        ImGui::TableNextColumn();
        const std::string kind = line_kind(pmt);
        ImGui::TextUnformatted(kind.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(pmt.method.c_str());
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
            ImGui::TextColored(colours().muted, "voided by #%zu", *by + 1);
            ImGui::SameLine();
        }
        ImGui::TextUnformatted(pmt.note.c_str());
        if (original_line(pmt) && !by) {
            ImGui::SameLine();
            const std::string label = "Void##" + std::to_string(i);
            if (small_button(label.c_str())) {
                f.void_line = static_cast<int>(i);
                f.void_reason.clear();
                f.void_error.clear();
            }
            if (!pmt.refund) {
                ImGui::SameLine();
                const std::string receipt = "Receipt##" + std::to_string(i);
                if (small_button(receipt.c_str())) sh.open_document(receipt_html(a, o, static_cast<int>(i), a.profile.paper));
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
    const std::string question = "Void line #" + std::to_string(i + 1) + ", the " + money_text(p.amount, a.profile.settings.currency) +
                                 (p.refund ? " refund" : " payment") + " of " + when_text(p.at) + "?";
    ImGui::Spacing();
    summary_line(question, &colours().due_soon);
    ImGui::TextDisabled("The line stays in the ledger, struck through; a correcting line takes it back.");
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputTextWithHint("Void reason", "required: what was wrong", &f.void_reason);
    if (ImGui::Button("Void line")) {
        if (trim(f.void_reason).empty()) f.void_error = "say what was wrong (the reason is kept in the ledger)";
        else if (run(sh, cmd::OrderVoid{o.number, f.void_line, p.amount, std::string(trim(f.void_reason))}, f.void_error)) {
            f.void_line = -1;
            f.void_reason.clear();
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Keep line")) f.void_line = -1, f.void_error.clear();
    if (!f.void_error.empty()) refusal_text("Void refused: " + f.void_error);
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

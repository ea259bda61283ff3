// The order page's payments: total, paid, balance owed and what is due now; recording a payment;
// the ledger.
// - User text is always drawn with TextUnformatted or a "%s" argument, never as a format.
// - A refusal stays visible next to the form that caused it (the toast fades).
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/derive.hpp"
#include "core/text.hpp"
#include "web/ui/view_order.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_order_forms.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

using namespace order_page;

// [SECTION] Payments

void order_payments(const Atelier& a, OrderUi& u, Shell& sh, const Order& o) {
    const std::string& cur = a.profile.settings.currency;
    Forms& f = forms(u.forms, sh, o);
    const Money owed = balance_owed(o);
    ImGui::Text("Total %s", money_text(order_total(o), cur).c_str());
    if (o.rush && o.rush_fee.minor > 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("(price %s + rush fee %s)", money_text(o.price, cur).c_str(), money_text(o.rush_fee, cur).c_str());
    }
    const std::string paid = "Paid " + money_text(amount_paid(o), cur);
    ImGui::TextUnformatted(paid.c_str());
    mark_last_item(paid);
    const std::string balance = "Balance owed " + money_text(owed, cur);
    ImGui::TextColored(owed.minor > 0 ? colours().due_soon : colours().ok, "%s", balance.c_str());
    mark_last_item(balance);
    constexpr const char* kinds[] = {"none", "deposit", "full"};
    const std::string kind = std::string("Payment: ") + kinds[static_cast<size_t>(payment_kind(o))];
    ImGui::TextUnformatted(kind.c_str());
    mark_last_item(kind);
    if (const Money due = due_now(a, o); due.minor > 0) {
        ImGui::SameLine();
        ImGui::TextColored(colours().overdue, "· due now %s", money_text(due, cur).c_str());
    }

    section("Record payment");
    ImGui::SetNextItemWidth(em(130));
    ImGui::InputTextWithHint("Payment amount", format_money(owed).c_str(), &f.pay_amount);
    same_line_if_fits(em(200));
    constexpr const char* methods[] = {"cash", "card", "transfer"};
    ImGui::SetNextItemWidth(em(120));
    if (ImGui::BeginCombo("Method", f.pay_method.c_str())) {
        for (const char* m : methods)
            if (ImGui::Selectable(m, f.pay_method == m)) f.pay_method = m;
        ImGui::EndCombo();
    } else {
        mark_last_item("Method");
    }
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputTextWithHint("Payment note", "optional", &f.pay_note);
    ImGui::BeginDisabled(o.status == Status::cancelled);
    if (ImGui::Button("Record payment")) {
        const std::string_view t = trim(f.pay_amount);
        const auto amount = parse_money(t);
        if (!t.empty() && t.front() == '-') f.pay_error = "a payment must be more than zero";
        else if (!amount) f.pay_error = "write the amount like 250 or 250.50";
        else if (run(sh, cmd::OrderPay{o.number, *amount, std::nullopt, f.pay_method, std::string(trim(f.pay_note))}, f.pay_error))
            f.pay_amount.clear(), f.pay_note.clear();
    }
    ImGui::EndDisabled();
    if (!f.pay_error.empty()) refusal_text("Payment refused: " + f.pay_error);

    section("Ledger");
    if (o.payments.empty()) ImGui::TextDisabled("No payments yet.");
    else if (ImGui::BeginTable("ledger", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("Date");
        ImGui::TableSetupColumn("Method");
        ImGui::TableSetupColumn("Amount");
        ImGui::TableSetupColumn("Note", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableHeadersRow();
        for (const auto& pmt : o.payments) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(when_text(pmt.at).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(pmt.method.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(money_text(signed_amount(pmt), cur).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(pmt.note.c_str());
        }
        ImGui::EndTable();
    }
}

}  // namespace atelier::ui

// The morning answers: what is due, overdue, stuck, at risk, who comes for a fitting, and the
// money. Every tile opens the orders behind it.
#include <imgui.h>

#include "core/queries/dashboard.hpp"
#include "core/rules/roles.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

void tile(const Atelier& a, Shell& sh, const char* id, const char* title, const DashboardList& l, ImVec4 colour, bool money,
          View fallback = View::table) {
    const std::string& cur = a.profile.settings.currency;
    ImGui::BeginGroup();
    ImGui::PushID(id);
    ImGui::TextColored(colour, "%s", title);
    ImGui::Text("%zu", l.orders.size());
    if (money && sees_money(sh.role()) && l.owed.minor > 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("owing %s", money_text(l.owed, cur).c_str());
    }
    const std::string show = std::string("Show ") + std::to_string(l.orders.size()) + "##" + id;
    ImGui::BeginDisabled(l.orders.empty());
    if (ImGui::Button(show.c_str())) {
        if (!l.filter.empty()) sh.show_orders({l.filter});
        else sh.show(fallback);
    }
    ImGui::EndDisabled();
    mark_last_item(std::string("Show ") + title);
    // The first few, so the owner can act without leaving the dashboard.
    for (size_t i = 0; i < l.orders.size() && i < 4; ++i) {
        const Order& o = a.orders[static_cast<size_t>(l.orders[i])];
        const Client* c = a.client(o.client);
        const std::string line = order_label(a.profile, o.number) + "  " + (c ? c->name : std::string("?")) +
                                 "  " + format_date(o.deadline);
        if (ImGui::Selectable(line.c_str(), false, 0, ImVec2(em(250), 0))) sh.open_order(o.number);
    }
    ImGui::PopID();
    ImGui::EndGroup();
}

}  // namespace

void draw_dashboard(const Atelier& a, MessagesUi& messages, Shell& sh) {
    const Dashboard& d = sh.dashboard();  // cached per change and day: 3-5 ms at 100,000 orders
    const std::string& cur = a.profile.settings.currency;
    const Palette& pal = colours();
    ImGui::Text("Today, %s", format_date(d.today).c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("week %s to %s", format_date(d.week_start).c_str(), format_date(d.week_end).c_str());
    ImGui::Spacing();

    ImGui::BeginChild("tiles");
    const float w = em(270);
    tile(a, sh, "due", "Due this week", d.due_this_week, pal.due_soon, true);
    same_line_if_fits(w);
    tile(a, sh, "overdue", "Overdue", d.overdue, pal.overdue, true);
    same_line_if_fits(w);
    tile(a, sh, "stuck", "Stuck", d.stuck, pal.muted, false);
    same_line_if_fits(w);
    tile(a, sh, "risk", "At risk", d.at_risk, pal.at_risk, false);
    ImGui::Spacing();
    tile(a, sh, "fit-today", "Fittings today", d.fittings_today, pal.priority, false, View::fittings);
    same_line_if_fits(w);
    tile(a, sh, "fit-week", "Fittings this week", d.fittings_this_week, pal.priority, false, View::fittings);
    ImGui::Spacing();
    draw_messages_waiting(a, messages, sh);
    ImGui::Spacing();
    if (!sees_money(sh.role())) {  // staff: the work, not the money
        ImGui::EndChild();
        return;
    }
    same_line_if_fits(w);
    // Its sum is what the milestones reached ask for now, not the whole balances.
    tile(a, sh, "due-now", "Payments due now", d.due_now, pal.overdue, true);
    same_line_if_fits(w);

    ImGui::BeginGroup();
    ImGui::TextColored(pal.ok, "Money");
    ImGui::Text("Received this month: %s", money_text(d.received_this_month, cur).c_str());
    mark_last_item("Received this month");
    ImGui::Text("Balance outstanding: %s", money_text(d.outstanding, cur).c_str());
    mark_last_item("Balance outstanding");
    ImGui::TextDisabled("on %d orders", d.owing_orders);
    if (ImGui::Button("Show owing orders")) sh.show_orders({"owes"});
    ImGui::EndGroup();
    ImGui::EndChild();
}

}  // namespace atelier::ui

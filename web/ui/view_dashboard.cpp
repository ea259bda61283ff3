// The morning answers: what is due, overdue, stuck, at risk, who comes for a fitting, and the
// money. Every tile opens the orders behind it.
#include <imgui.h>

#include "core/production/floor.hpp"
#include "core/queries/dashboard.hpp"
#include "core/rules/roles.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

// `name`: the tile's English name, for tests ("Show Overdue").
void tile(const Atelier& a, Shell& sh, const char* id, const char* name, Msg title, const DashboardList& l, ImVec4 colour,
          bool money, View fallback = View::table) {
    const std::string& cur = a.profile.settings.currency;
    ImGui::BeginGroup();
    ImGui::PushID(id);
    ImGui::TextColored(colour, "%s", tr(title));
    ImGui::TextUnformatted(ui_integer(int64_t(l.orders.size())).c_str());
    if (money && sees_money(sh.role()) && l.owed.minor > 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr(Msg::dash_owing, {{"amount", money_text(l.owed, cur)}}).c_str());
    }
    const std::string show = tr(Msg::dash_show, {{"n", ui_integer(int64_t(l.orders.size()))}}) + "###" + id;
    ImGui::BeginDisabled(l.orders.empty());
    if (ImGui::Button(show.c_str())) {
        if (!l.filter.empty()) sh.show_orders({l.filter});
        else sh.show(fallback);
    }
    ImGui::EndDisabled();
    mark_last_item(std::string("Show ") + name);
    // The first few, so the owner can act without leaving the dashboard.
    for (size_t i = 0; i < l.orders.size() && i < 4; ++i) {
        const Order& o = a.orders[static_cast<size_t>(l.orders[i])];
        const Client* c = a.client(o.client);
        const std::string line = order_label(a.profile, o.number) + "  " + (c ? c->name : std::string("?")) +
                                 "  " + ui_date(o.deadline);
        if (ImGui::Selectable(line.c_str(), false, 0, ImVec2(em(250), 0))) sh.open_order(o.number);
    }
    ImGui::PopID();
    ImGui::EndGroup();
}

// A producer's morning: sales orders whose ship date is at risk, production orders past due.
void production_tiles(const Atelier& a, ProductionUi& u, Shell& sh) {
    const ProductionRisks& r = production_risks_of(a, u, sh);
    const Palette& pal = colours();
    const auto list = [&](const char* id, const char* name, Msg title, const std::vector<int>& numbers, bool sales) {
        ImGui::BeginGroup();
        ImGui::PushID(id);
        ImGui::TextColored(pal.overdue, "%s", tr(title));
        ImGui::TextUnformatted(ui_integer(int64_t(numbers.size())).c_str());
        mark_last_item(std::string(name) + " count");
        for (size_t i = 0; i < numbers.size() && i < 4; ++i) {
            std::string line;
            if (sales) {
                const SalesOrder& s = *a.sales_order(numbers[i]);
                const Client* c = a.client(s.customer);
                line = sales_label(a.profile, s.number) + "  " + (c ? c->name : std::string("?")) + "  " +
                       tr(Msg::dash_ship_on, {{"date", ui_date(s.ship)}});
            } else {
                const ProductionOrder& p = *a.production(numbers[i]);
                line = production_label(a.profile, p.number) + "  " + p.style + "  " + tr(Msg::dash_due_on, {{"date", ui_date(p.due)}});
            }
            if (ImGui::Selectable(line.c_str(), false, 0, ImVec2(em(250), 0))) {
                if (sales) show_sales_order(u, numbers[i]);
                else show_production_order(a, u, numbers[i]);
                sh.show(View::production);
            }
            mark_last_item(std::string(name) + " " + std::to_string(numbers[i]));
        }
        ImGui::PopID();
        ImGui::EndGroup();
    };
    list("ship-risk", "Ship dates at risk", Msg::dash_ship_risk, r.ships_at_risk, true);
    same_line_if_fits(em(270));
    list("po-late", "Production late", Msg::dash_production_late, r.late_production, false);
}

}  // namespace

const ProductionRisks& production_risks_of(const Atelier& a, ProductionUi& u, Shell& sh) {
    if (u.risks_revision != sh.revision() || u.risks_day != sh.today().days) {
        u.risks = production_risks(a, sh.today());
        u.risks_revision = sh.revision();
        u.risks_day = sh.today().days;
    }
    return u.risks;
}

void draw_dashboard(const Atelier& a, MessagesUi& messages, ProductionUi& production, Shell& sh) {
    const Dashboard& d = sh.dashboard();  // cached per change and day: 3-5 ms at 100,000 orders
    const std::string& cur = a.profile.settings.currency;
    const Palette& pal = colours();
    ImGui::TextUnformatted(tr(Msg::dash_today, {{"date", ui_date(d.today)}}).c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(Msg::dash_week, {{"from", ui_date(d.week_start)}, {"to", ui_date(d.week_end)}}).c_str());
    ImGui::Spacing();

    ImGui::BeginChild("tiles");
    const float w = em(270);
    tile(a, sh, "due", "Due this week", Msg::dash_due_week, d.due_this_week, pal.due_soon, true);
    same_line_if_fits(w);
    tile(a, sh, "overdue", "Overdue", Msg::dash_overdue, d.overdue, pal.overdue, true);
    same_line_if_fits(w);
    tile(a, sh, "stuck", "Stuck", Msg::dash_stuck, d.stuck, pal.muted, false);
    same_line_if_fits(w);
    tile(a, sh, "risk", "At risk", Msg::dash_at_risk, d.at_risk, pal.at_risk, false);
    ImGui::Spacing();
    tile(a, sh, "fit-today", "Fittings today", Msg::dash_fittings_today, d.fittings_today, pal.priority, false, View::fittings);
    same_line_if_fits(w);
    tile(a, sh, "fit-week", "Fittings this week", Msg::dash_fittings_week, d.fittings_this_week, pal.priority, false, View::fittings);
    ImGui::Spacing();
    if (!a.productions.empty() || !a.sales.empty()) {
        production_tiles(a, production, sh);
        ImGui::Spacing();
    }
    draw_messages_waiting(a, messages, sh);
    ImGui::Spacing();
    if (!sees_money(sh.role())) {  // staff: the work, not the money
        ImGui::EndChild();
        return;
    }
    same_line_if_fits(w);
    // Its sum is what the milestones reached ask for now, not the whole balances.
    tile(a, sh, "due-now", "Payments due now", Msg::dash_payments_due, d.due_now, pal.overdue, true);
    same_line_if_fits(w);

    ImGui::BeginGroup();
    ImGui::TextColored(pal.ok, "%s", tr(Msg::dash_money));
    ImGui::TextUnformatted(tr(Msg::dash_received_month, {{"amount", money_text(d.received_this_month, cur)}}).c_str());
    mark_last_item("Received this month");
    ImGui::TextUnformatted(tr(Msg::dash_outstanding, {{"amount", money_text(d.outstanding, cur)}}).c_str());
    mark_last_item("Balance outstanding");
    ImGui::TextDisabled("%s", trn(Msg::dash_on_orders, d.owing_orders).c_str());
    if (ImGui::Button(ui_label(Msg::dash_show_owing, "Show owing orders").c_str())) sh.show_orders({"owes"});
    ImGui::EndGroup();
    ImGui::EndChild();
}

}  // namespace atelier::ui

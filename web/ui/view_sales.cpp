// Sales orders (Production view, second tab): the customer's commitment, where the work has taken
// it (the core's sales_state, never set here), the ship-date risk, and each step as a command —
// confirm, a production order in one action, ship what was made, invoice, record payments.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <set>

#include "core/production/floor.hpp"
#include "core/production/rules.hpp"
#include "core/production/sales.hpp"
#include "core/queries/fold.hpp"
#include "core/rules/roles.hpp"
#include "core/text.hpp"
#include "web/ui/date_picker.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/quantity_grid.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

const char* sales_state_name(SalesState s) { return EnumNames<SalesState>::labels[static_cast<size_t>(s)]; }

bool act(Shell& sh, ProductionUi& u, const Command& c) {
    if (sh.dispatch(c)) {
        u.error.clear();
        return true;
    }
    u.error = sh.refusal().message;
    return false;
}

void sales_error(const ProductionUi& u) {
    if (u.error.empty()) return;
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(colours().overdue, "%s", u.error.c_str());
    ImGui::PopTextWrapPos();
    mark_last_item("Sales problem");
}

std::string customer_name(const Atelier& a, int id) {
    const Client* c = a.client(id);
    return c ? c->name : "client " + std::to_string(id);
}

// The style × colour × size grid of one style: the lines it adds to `u.so_lines` at one price.
void draw_line_grid(const Atelier& a, ProductionUi& u) {
    if (a.styles.empty()) return;
    if (!a.style(u.so_style)) u.so_style = a.styles.front().code;
    const Style& s = *a.style(u.so_style);
    ImGui::SetNextItemWidth(em(260));
    if (ImGui::BeginCombo("Style##so", (s.code + " · " + s.name).c_str())) {
        for (const auto& x : a.styles) {
            if (x.state == StyleState::archived) continue;
            if (ImGui::Selectable((x.code + " · " + x.name).c_str(), x.code == u.so_style)) {
                u.so_style = x.code;
                u.so_cells.clear();
            }
            mark_last_item("Sales style " + x.code);
        }
        ImGui::EndCombo();
    } else {
        mark_last_item("Sales style");
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(90));
    ImGui::InputText("Price each##so", &u.so_price);
    mark_last_item("Sales price");
    const TechPack& p = s.pack();
    const size_t n = p.colours.size() * p.sizes.size();
    quantity_grid("##so_grid", p, u.so_cells, "Sales");
    if (ImGui::Button("Add these lines")) {
        const auto price = parse_money(u.so_price);
        if (!price || price->minor < 0) {
            u.error = "The price each is an amount like 45.00.";
        } else {
            int added = 0;
            for (size_t i = 0; i < n; ++i) {
                if (u.so_cells[i] == 0) continue;
                const std::string& colour = p.colours[i / p.sizes.size()];
                const std::string& size = p.sizes[i % p.sizes.size()];
                std::erase_if(u.so_lines, [&](const SalesLine& l) { return l.style == s.code && l.colour == colour && l.size == size; });
                u.so_lines.push_back(SalesLine{s.code, colour, size, u.so_cells[i], *price});
                ++added;
            }
            u.error = added ? "" : "Type the pieces in the grid first.";
            std::fill(u.so_cells.begin(), u.so_cells.end(), 0);
        }
    }
    mark_last_item("Add sales lines");
    if (!u.so_lines.empty()) {
        std::string text;
        for (const auto& l : u.so_lines) text += (text.empty() ? "" : ", ") + l.style + " " + l.colour + " " + l.size + " × " + std::to_string(l.quantity);
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("Lines: %s", text.c_str());
        ImGui::PopTextWrapPos();
        mark_last_item("Sales lines");
        if (small_button("Clear lines")) u.so_lines.clear();
    }
}

void draw_new_sales(const Atelier& a, ProductionUi& u, Shell& sh) {
    if (!ImGui::CollapsingHeader("New sales order")) {
        mark_last_item("New sales order");
        return;
    }
    mark_last_item("New sales order");
    // The customer: a client (shop or brand) picked by name.
    ImGui::SetNextItemWidth(em(240));
    const Client* chosen = a.client(u.so_customer);
    if (ImGui::BeginCombo("Customer", chosen ? chosen->name.c_str() : "Choose…")) {
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##find", "Find a customer", &u.so_customer_text);
        mark_last_item("Find customer");
        int shown = 0;
        for (const auto& c : a.clients) {
            if (shown >= 50) break;
            if (!u.so_customer_text.empty() && fold_text(c.name).find(fold_text(u.so_customer_text)) == std::string::npos) continue;
            ++shown;
            if (ImGui::Selectable((c.name + "##" + std::to_string(c.id)).c_str(), c.id == u.so_customer)) u.so_customer = c.id;
            mark_last_item("Customer " + c.name);
        }
        ImGui::EndCombo();
    } else {
        mark_last_item("Customer");
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(90));
    ImGui::InputText("Season##so", &u.so_season);
    mark_last_item("Sales season");
    if (u.so_ship.empty()) u.so_ship = format_date(add_days(sh.today(), 60));
    date_field("Ship date##so", u.so_ship, sh.today(), em(130));  // the field marks itself "Ship date##so"
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(90));
    const auto& terms = EnumNames<TradeTerm>::labels;
    u.so_term = std::clamp(u.so_term, 0, static_cast<int>(terms.size()) - 1);
    if (ImGui::BeginCombo("Term##so", terms[static_cast<size_t>(u.so_term)])) {
        for (size_t i = 0; i < terms.size(); ++i) {
            if (ImGui::Selectable(terms[i], static_cast<int>(i) == u.so_term)) u.so_term = static_cast<int>(i);
            mark_last_item(std::string("Term ") + terms[i]);
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(70));
    ImGui::InputInt("Days to pay", &u.so_payment_days, 0);
    mark_last_item("Days to pay");
    ImGui::SameLine();
    // Empty is the atelier's currency, shown as the hint. As wide as the season: the mark's rect
    // holds the label too, and a narrower field put its centre (where a tap lands) past the frame.
    ImGui::SetNextItemWidth(em(90));
    ImGui::InputTextWithHint("Currency##so", a.profile.settings.currency.c_str(), &u.so_currency, ImGuiInputTextFlags_CharsUppercase);
    mark_last_item("Sales currency");
    draw_line_grid(a, u);
    if (ImGui::Button("Create sales order")) {
        const auto ship = parse_date(u.so_ship);
        if (!a.client(u.so_customer)) {
            u.error = "Choose the customer.";
        } else if (!ship) {
            u.error = "Pick the ship date.";
        } else {
            cmd::SalesCreate c;
            c.customer = u.so_customer;
            c.season = u.so_season;
            c.ship = *ship;
            c.term = static_cast<TradeTerm>(u.so_term);
            c.payment_days = u.so_payment_days;
            c.currency = std::string(trim(u.so_currency));
            c.lines = u.so_lines;
            if (act(sh, u, c)) {
                u.sales = sh.created() ? sh.created() : a.profile.next_order;
                u.so_lines.clear();
                sh.notify("Sales order created");
            }
        }
    }
    mark_last_item("Create sales order");
}

// Pieces made for the order and shipped, per style × colour, with a Ship form on each.
void draw_shipping(const Atelier& a, const SalesOrder& s, SalesState st, ProductionUi& u, Shell& sh) {
    std::vector<std::pair<std::string, std::string>> rows;
    for (const auto& l : s.lines)
        if (std::find(rows.begin(), rows.end(), std::make_pair(l.style, l.colour)) == rows.end()) rows.emplace_back(l.style, l.colour);
    u.ship_pieces.resize(rows.size(), 0);
    const bool can_ship = (st == SalesState::confirmed || st == SalesState::in_production) && may_write(sh, cmd::SalesShip{});
    if (!ImGui::BeginTable("##shipping", can_ship ? 6 : 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
    ImGui::TableSetupColumn("Style");
    ImGui::TableSetupColumn("Colour");
    ImGui::TableSetupColumn("Ordered");
    ImGui::TableSetupColumn("Made");
    ImGui::TableSetupColumn("Shipped");
    if (can_ship) ImGui::TableSetupColumn("Ship");
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto& [style, colour] = rows[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(style.c_str());
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(colour.c_str());
        ImGui::TableSetColumnIndex(2);
        ImGui::Text("%lld", static_cast<long long>(ordered(s, style, colour)));
        ImGui::TableSetColumnIndex(3);
        ImGui::Text("%lld", static_cast<long long>(made_for(a, s, style, colour)));
        mark_last_item("Made " + style + " " + colour);
        ImGui::TableSetColumnIndex(4);
        ImGui::Text("%lld", static_cast<long long>(shipped(s, style, colour)));
        mark_last_item("Shipped " + style + " " + colour);
        if (can_ship) {
            ImGui::TableSetColumnIndex(5);
            ImGui::SetNextItemWidth(em(60));
            ImGui::InputInt("##n", &u.ship_pieces[i], 0);
            mark_last_item("Ship pieces " + style + " " + colour);
            ImGui::SameLine();
            if (small_button("Ship") && act(sh, u, cmd::SalesShip{s.number, style, colour, u.ship_pieces[i], u.ship_tracking})) {
                sh.notify(std::to_string(u.ship_pieces[i]) + " " + style + " " + colour + " shipped");
                u.ship_pieces[i] = 0;
            }
            mark_last_item("Ship " + style + " " + colour);
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
    if (can_ship) {
        ImGui::SetNextItemWidth(em(200));
        ImGui::InputTextWithHint("##tracking", "Tracking number (optional)", &u.ship_tracking);
        mark_last_item("Tracking");
    }
}

void draw_sales_detail(const Atelier& a, const SalesOrder& s, ProductionUi& u, Shell& sh) {
    const SalesState st = sales_state(a, s);
    const std::string label = sales_label(a.profile, s.number);
    const std::string& cur = sales_currency(a, s);
    section(label.c_str());
    const auto total = sales_total(s);
    ImGui::Text("%s · %s · ship %s · %s · %lld pieces · %s", sales_state_name(st), customer_name(a, s.customer).c_str(), format_date(s.ship).c_str(),
                EnumNames<TradeTerm>::labels[static_cast<size_t>(s.term)], static_cast<long long>(sales_pieces(s)),
                total ? money_text(*total, cur).c_str() : "—");
    mark_last_item("Sales state");
    if (ship_at_risk(a, s, sh.today(), kShipRiskDays)) {
        ImGui::TextColored(colours().overdue, "Ship date at risk: %s", s.ship.days < sh.today().days ? "it has passed with pieces still to ship" : "pieces are still to make");
        mark_last_item("Ship date at risk");
    }
    if (sees_money(sh.role())) {
        ImGui::TextDisabled("Paid %s of %s%s", money_text(sales_paid(s), cur).c_str(), total ? money_text(*total, cur).c_str() : "—",
                            s.invoice.empty() ? "" : (" · invoice " + s.invoice + ", due in " + std::to_string(s.payment_days) + " days").c_str());
        mark_last_item("Sales paid");
    }
    // The customer moves the date: a new ship date (the risk follows it).
    if (st != SalesState::cancelled && st < SalesState::shipped && may_write(sh, cmd::SalesUpdate{})) {
        if (u.so_new_ship.empty()) u.so_new_ship = format_date(s.ship);
        date_field("New ship date", u.so_new_ship, sh.today(), em(130));
        ImGui::SameLine();
        if (small_button("Change ship date")) {
            cmd::SalesUpdate c;
            c.sales = s.number;
            if (const auto d = parse_date(u.so_new_ship)) {
                c.ship = *d;
                if (act(sh, u, c)) sh.notify(label + " ships " + format_date(*d));
            } else {
                u.error = "Pick the new ship date.";
            }
        }
        mark_last_item("Change ship date");
    }
    if (st == SalesState::draft && may_write(sh, cmd::SalesConfirm{})) {
        if (ImGui::Button("Confirm") && act(sh, u, cmd::SalesConfirm{s.number})) sh.notify(label + " confirmed");
        mark_last_item("Confirm sales order");
        if (!u.so_lines.empty()) {
            ImGui::SameLine();
            if (ImGui::Button("Add the lines above")) {
                cmd::SalesUpdate c;
                c.sales = s.number;
                std::vector<SalesLine> lines = s.lines;
                for (const auto& l : u.so_lines) {
                    std::erase_if(lines, [&](const SalesLine& x) { return x.style == l.style && x.colour == l.colour && x.size == l.size; });
                    lines.push_back(l);
                }
                c.lines = lines;
                if (act(sh, u, c)) u.so_lines.clear();
            }
            mark_last_item("Add lines to draft");
        }
    }
    // One action per style: a production order from the lines, linked both ways.
    if ((st == SalesState::confirmed || st == SalesState::in_production) && may_write(sh, cmd::SalesProduce{})) {
        if (u.so_pipeline.empty() || !a.pipeline(u.so_pipeline))
            for (const auto& pl : a.pipelines)
                if (!pl.archived) {
                    u.so_pipeline = pl.id;
                    break;
                }
        std::set<std::string> styles;
        for (const auto& l : s.lines) styles.insert(l.style);
        for (const auto& style : styles) {
            bool made = false;
            for (const auto& p : a.productions)
                if (p.sales_order == s.number && p.style == style && p.state != ProductionState::cancelled) made = true;
            if (made) continue;
            if (ImGui::Button(("Make production order: " + style).c_str())) {
                cmd::SalesProduce c;
                c.sales = s.number;
                c.style = style;
                c.pipeline = u.so_pipeline;
                if (act(sh, u, c)) {
                    const int n = sh.created();
                    sh.notify(n ? production_label(a.profile, n) + " made from " + label : "Production order made");
                }
            }
            mark_last_item("Make production order " + style);
            ImGui::SameLine();
        }
        ImGui::SetNextItemWidth(em(180));
        if (ImGui::BeginCombo("Pipeline##so", a.pipeline(u.so_pipeline) ? a.pipeline(u.so_pipeline)->name.c_str() : "")) {
            for (const auto& pl : a.pipelines) {
                if (pl.archived) continue;
                if (ImGui::Selectable(pl.name.c_str(), pl.id == u.so_pipeline)) u.so_pipeline = pl.id;
                mark_last_item("Sales pipeline " + pl.name);
            }
            ImGui::EndCombo();
        } else {
            mark_last_item("Sales pipeline");
        }
    }
    // Its production orders (the link back).
    for (const auto& p : a.productions) {
        if (p.sales_order != s.number) continue;
        const std::string row = production_label(a.profile, p.number) + " · " + p.style + " · " +
                                EnumNames<ProductionState>::labels[static_cast<size_t>(p.state)] + " · due " + format_date(p.due);
        if (ImGui::Selectable(row.c_str())) show_production_order(a, u, p.number);
        mark_last_item("Sales production " + production_label(a.profile, p.number));
    }
    draw_shipping(a, s, st, u, sh);
    if (st == SalesState::shipped && may_write(sh, cmd::SalesInvoice{})) {
        if (ImGui::Button("Invoice") && act(sh, u, cmd::SalesInvoice{s.number})) sh.notify(label + " invoiced");
        mark_last_item("Invoice sales order");
    }
    if ((st == SalesState::invoiced || st == SalesState::shipped || st == SalesState::in_production || st == SalesState::confirmed) && sees_money(sh.role()) &&
        may_write(sh, cmd::SalesPay{})) {
        ImGui::SetNextItemWidth(em(110));
        const std::string owed = total ? format_money(*total - sales_paid(s)) : "";
        ImGui::InputTextWithHint("##pay", owed.c_str(), &u.pay_amount);
        mark_last_item("Sales payment amount");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em(100));
        ImGui::InputText("##method", &u.pay_method);
        mark_last_item("Sales payment method");
        ImGui::SameLine();
        if (ImGui::Button("Record payment")) {
            const auto amount = parse_money(u.pay_amount.empty() ? owed : u.pay_amount);
            if (!amount) {
                u.error = "The payment is an amount like 1350.00.";
            } else if (act(sh, u, cmd::SalesPay{s.number, *amount, std::nullopt, u.pay_method})) {
                u.pay_amount.clear();
                sh.notify("Payment recorded on " + label);
            }
        }
        mark_last_item("Record sales payment");
    }
    if (st != SalesState::cancelled && s.shipments.empty() && may_write(sh, cmd::SalesCancel{})) {
        ImGui::SetNextItemWidth(em(180));
        ImGui::InputTextWithHint("##so_cancel", "Reason to cancel", &u.so_cancel_reason);
        ImGui::SameLine();
        if (ImGui::Button("Cancel sales order") && act(sh, u, cmd::SalesCancel{s.number, u.so_cancel_reason})) sh.notify(label + " cancelled");
        mark_last_item("Cancel sales order");
    }
    if (st == SalesState::cancelled) ImGui::TextDisabled("Cancelled: %s", s.cancel_reason.c_str());
    sales_error(u);
}

}  // namespace

void show_sales_order(ProductionUi& u, int number) {
    u.sales = number;
    u.so_new_ship.clear();
    u.ship_pieces.clear();
    u.error.clear();
    u.show_tab = ProductionTab::sales;
}

void draw_sales_orders(const Atelier& a, ProductionUi& u, Shell& sh) {
    if (a.styles.empty()) {
        ImGui::TextWrapped("A sales order's lines are styles: make a style in the Styles tab first.");
        return;
    }
    if (may_write(sh, cmd::SalesCreate{})) draw_new_sales(a, u, sh);
    if (!a.sales_order(u.sales)) sales_error(u);
    section("Sales orders");
    if (a.sales.empty()) ImGui::TextDisabled("%s", may_write(sh, cmd::SalesCreate{}) ? "None yet: a shop's or a brand's order starts above." : "None yet.");
    const float row_h = ImGui::GetTextLineHeightWithSpacing();
    ImGui::BeginChild("##sales_list", ImVec2(0, std::min<float>(row_h * 10.5f, row_h * (static_cast<float>(a.sales.size()) + 0.5f))), false);
    ImGuiListClipper clip;
    clip.Begin(static_cast<int>(a.sales.size()));
    while (clip.Step())
        for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
            const SalesOrder& s = a.sales[static_cast<size_t>(i)];
            const SalesState st = sales_state(a, s);
            const bool risk = ship_at_risk(a, s, sh.today(), kShipRiskDays);
            const std::string row = sales_label(a.profile, s.number) + " · " + customer_name(a, s.customer) + " · " + sales_state_name(st) +
                                    " · ship " + format_date(s.ship) + " · " + std::to_string(sales_pieces(s)) + " pieces" +
                                    (risk ? " · at risk" : "");
            if (risk) ImGui::PushStyleColor(ImGuiCol_Text, colours().overdue);
            if (ImGui::Selectable(row.c_str(), s.number == u.sales)) {
                show_sales_order(u, s.number);
                u.show_tab.reset();
            }
            if (risk) ImGui::PopStyleColor();
            mark_last_item("Sales " + sales_label(a.profile, s.number));
        }
    ImGui::EndChild();
    if (const SalesOrder* s = a.sales_order(u.sales)) draw_sales_detail(a, *s, u, sh);
}

}  // namespace atelier::ui

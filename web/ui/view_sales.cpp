// Sales orders (Production view, second tab): the customer's commitment, where the work has taken
// it (the core's sales_state, never set here), the ship-date risk, and each step as a command —
// confirm, a production order in one action, ship what was made, invoice, record payments.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <set>

#include "core/i18n/names.hpp"
#include "core/production/floor.hpp"
#include "core/production/rules.hpp"
#include "core/production/sales.hpp"
#include "core/queries/fold.hpp"
#include "core/rules/roles.hpp"
#include "core/text.hpp"
#include "web/ui/date_picker.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/quantity_grid.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

const char* sales_state_name(SalesState s) { return tr(sales_state_msg(s)); }

bool act(Shell& sh, ProductionUi& u, const Command& c) {
    if (sh.dispatch(c)) {
        u.error.clear();
        return true;
    }
    u.error = shown(sh.refusal());
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
    return c ? c->name : tr(Msg::sales_client_n, {{"id", std::to_string(id)}});
}

// The style × colour × size grid of one style: the lines it adds to `u.so_lines` at one price.
void draw_line_grid(const Atelier& a, ProductionUi& u) {
    if (a.styles.empty()) return;
    if (!a.style(u.so_style)) u.so_style = a.styles.front().code;
    const Style& s = *a.style(u.so_style);
    ImGui::SetNextItemWidth(em(260));
    if (ImGui::BeginCombo(ui_label(Msg::style_pick, "Style##so").c_str(), (s.code + " · " + s.name).c_str())) {
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
    ImGui::InputText(ui_label(Msg::sales_price_each, "Price each##so").c_str(), &u.so_price);
    mark_last_item("Sales price");
    const TechPack& p = s.pack();
    const size_t n = p.colours.size() * p.sizes.size();
    quantity_grid("##so_grid", p, u.so_cells, "Sales");
    if (ImGui::Button(ui_label(Msg::sales_add_lines, "Add these lines").c_str())) {
        const auto price = parse_money(u.so_price);
        if (!price || price->minor < 0) {
            u.error = tr(Msg::sales_price_format);
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
            u.error = added ? "" : tr(Msg::sales_no_pieces);
            std::fill(u.so_cells.begin(), u.so_cells.end(), 0);
        }
    }
    mark_last_item("Add sales lines");
    if (!u.so_lines.empty()) {
        std::string text;
        for (const auto& l : u.so_lines) text += (text.empty() ? "" : ", ") + l.style + " " + l.colour + " " + l.size + " × " + ui_integer(l.quantity);
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", tr(Msg::sales_lines, {{"lines", text}}).c_str());
        ImGui::PopTextWrapPos();
        mark_last_item("Sales lines");
        if (small_button(ui_label(Msg::sales_clear_lines, "Clear lines").c_str())) u.so_lines.clear();
    }
}

void draw_new_sales(const Atelier& a, ProductionUi& u, Shell& sh) {
    if (!ImGui::CollapsingHeader(ui_label(Msg::sales_new, "New sales order").c_str())) {
        mark_last_item("New sales order");
        return;
    }
    mark_last_item("New sales order");
    // The customer: a client (shop or brand) picked by name.
    ImGui::SetNextItemWidth(em(240));
    const Client* chosen = a.client(u.so_customer);
    if (ImGui::BeginCombo(ui_label(Msg::sales_customer, "Customer").c_str(), chosen ? chosen->name.c_str() : tr(Msg::sales_choose))) {
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##find", tr(Msg::sales_find_customer), &u.so_customer_text);
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
    ImGui::InputText(ui_label(Msg::style_season, "Season##so").c_str(), &u.so_season);
    mark_last_item("Sales season");
    if (u.so_ship.empty()) u.so_ship = format_date(add_days(sh.today(), 60));
    date_field(ui_label(Msg::sales_ship_date, "Ship date##so").c_str(), u.so_ship, sh.today(), em(130));  // the field marks itself "Ship date##so"
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(90));
    const auto& terms = EnumNames<TradeTerm>::labels;
    u.so_term = std::clamp(u.so_term, 0, static_cast<int>(terms.size()) - 1);
    if (ImGui::BeginCombo(ui_label(Msg::sales_term, "Term##so").c_str(), tr(trade_term_msg(static_cast<TradeTerm>(u.so_term))))) {
        for (size_t i = 0; i < terms.size(); ++i) {
            if (ImGui::Selectable(ui_label(trade_term_msg(static_cast<TradeTerm>(i)), terms[i]).c_str(), static_cast<int>(i) == u.so_term))
                u.so_term = static_cast<int>(i);
            mark_last_item(std::string("Term ") + terms[i]);
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(70));
    ImGui::InputInt(ui_label(Msg::sales_days_to_pay, "Days to pay").c_str(), &u.so_payment_days, 0);
    mark_last_item("Days to pay");
    ImGui::SameLine();
    // Empty is the atelier's currency, shown as the hint. As wide as the season: the mark's rect
    // holds the label too, and a narrower field put its centre (where a tap lands) past the frame.
    ImGui::SetNextItemWidth(em(90));
    ImGui::InputTextWithHint(ui_label(Msg::start_currency, "Currency##so").c_str(), a.profile.settings.currency.c_str(), &u.so_currency, ImGuiInputTextFlags_CharsUppercase);
    mark_last_item("Sales currency");
    draw_line_grid(a, u);
    if (ImGui::Button(ui_label(Msg::sales_create, "Create sales order").c_str())) {
        const auto ship = parse_date(u.so_ship);
        if (!a.client(u.so_customer)) {
            u.error = tr(Msg::sales_choose_customer);
        } else if (!ship) {
            u.error = tr(Msg::sales_pick_ship_date);
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
                sh.notify(tr(Msg::sales_created));
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
    ImGui::TableSetupColumn(tr(Msg::style_pick));
    ImGui::TableSetupColumn(tr(Msg::style_colour));
    ImGui::TableSetupColumn(tr(Msg::sales_col_ordered));
    ImGui::TableSetupColumn(tr(Msg::pr_col_made));
    ImGui::TableSetupColumn(tr(Msg::sales_col_shipped));
    if (can_ship) ImGui::TableSetupColumn(tr(Msg::order_ship));
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
        ImGui::TextUnformatted(ui_integer(ordered(s, style, colour)).c_str());
        ImGui::TableSetColumnIndex(3);
        ImGui::TextUnformatted(ui_integer(made_for(a, s, style, colour)).c_str());
        mark_last_item("Made " + style + " " + colour);
        ImGui::TableSetColumnIndex(4);
        ImGui::TextUnformatted(ui_integer(shipped(s, style, colour)).c_str());
        mark_last_item("Shipped " + style + " " + colour);
        if (can_ship) {
            ImGui::TableSetColumnIndex(5);
            ImGui::SetNextItemWidth(em(60));
            ImGui::InputInt("##n", &u.ship_pieces[i], 0);
            mark_last_item("Ship pieces " + style + " " + colour);
            ImGui::SameLine();
            if (small_button(ui_label(Msg::order_ship, "Ship").c_str()) &&
                act(sh, u, cmd::SalesShip{s.number, style, colour, u.ship_pieces[i], u.ship_tracking})) {
                sh.notify(trn(Msg::sales_shipped_notice, u.ship_pieces[i], {{"style", style}, {"colour", colour}}));
                u.ship_pieces[i] = 0;
            }
            mark_last_item("Ship " + style + " " + colour);
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
    if (can_ship) {
        ImGui::SetNextItemWidth(em(200));
        ImGui::InputTextWithHint("##tracking", tr(Msg::sales_tracking_hint), &u.ship_tracking);
        mark_last_item("Tracking");
    }
}

void draw_sales_detail(const Atelier& a, const SalesOrder& s, ProductionUi& u, Shell& sh) {
    const SalesState st = sales_state(a, s);
    const std::string label = sales_label(a.profile, s.number);
    const std::string& cur = sales_currency(a, s);
    section(label.c_str());
    const auto total = sales_total(s);
    const std::string customer = customer_name(a, s.customer), ship = ui_date(s.ship), amount = total ? money_text(*total, cur) : "—";
    ImGui::TextUnformatted(trn(Msg::sales_state_line, sales_pieces(s),
                               {{"state", sales_state_name(st)}, {"customer", customer}, {"date", ship}, {"term", tr(trade_term_msg(s.term))}, {"total", amount}})
                               .c_str());
    mark_last_item("Sales state");
    if (ship_at_risk(a, s, sh.today(), kShipRiskDays)) {
        ImGui::TextColored(colours().overdue, "%s", tr(s.ship.days < sh.today().days ? Msg::sales_risk_passed : Msg::sales_risk_to_make));
        mark_last_item("Ship date at risk");
    }
    if (sees_money(sh.role())) {
        const std::string paid = money_text(sales_paid(s), cur);
        ImGui::TextDisabled("%s", s.invoice.empty() ? tr(Msg::sales_paid_of, {{"paid", paid}, {"total", amount}}).c_str()
                                                    : trn(Msg::sales_paid_of_invoice, s.payment_days, {{"paid", paid}, {"total", amount}, {"invoice", s.invoice}})
                                                          .c_str());
        mark_last_item("Sales paid");
    }
    // The customer moves the date: a new ship date (the risk follows it).
    if (st != SalesState::cancelled && st < SalesState::shipped && may_write(sh, cmd::SalesUpdate{})) {
        if (u.so_new_ship.empty()) u.so_new_ship = format_date(s.ship);
        date_field(ui_label(Msg::sales_new_ship_date, "New ship date").c_str(), u.so_new_ship, sh.today(), em(130));
        ImGui::SameLine();
        if (small_button(ui_label(Msg::sales_change_ship_date, "Change ship date").c_str())) {
            cmd::SalesUpdate c;
            c.sales = s.number;
            if (const auto d = parse_date(u.so_new_ship)) {
                c.ship = *d;
                if (act(sh, u, c)) sh.notify(tr(Msg::sales_ships_on, {{"order", label}, {"date", ui_date(*d)}}));
            } else {
                u.error = tr(Msg::sales_pick_new_ship_date);
            }
        }
        mark_last_item("Change ship date");
    }
    if (st == SalesState::draft && may_write(sh, cmd::SalesConfirm{})) {
        if (ImGui::Button(ui_label(Msg::sales_confirm, "Confirm").c_str()) && act(sh, u, cmd::SalesConfirm{s.number}))
            sh.notify(tr(Msg::sales_confirmed, {{"order", label}}));
        mark_last_item("Confirm sales order");
        if (!u.so_lines.empty()) {
            ImGui::SameLine();
            if (ImGui::Button(ui_label(Msg::sales_add_lines_above, "Add the lines above").c_str())) {
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
            if (ImGui::Button((tr(Msg::sales_make_po, {{"style", style}}) + "###Make production order: " + style).c_str())) {
                cmd::SalesProduce c;
                c.sales = s.number;
                c.style = style;
                c.pipeline = u.so_pipeline;
                if (act(sh, u, c)) {
                    const int n = sh.created();
                    sh.notify(n ? tr(Msg::sales_po_made_from, {{"po", production_label(a.profile, n)}, {"order", label}}) : std::string(tr(Msg::sales_po_made)));
                }
            }
            mark_last_item("Make production order " + style);
            ImGui::SameLine();
        }
        ImGui::SetNextItemWidth(em(180));
        if (ImGui::BeginCombo(ui_label(Msg::order_pipeline, "Pipeline##so").c_str(), a.pipeline(u.so_pipeline) ? a.pipeline(u.so_pipeline)->name.c_str() : "")) {
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
        const std::string row = tr(Msg::sales_po_row, {{"order", production_label(a.profile, p.number)},
                                                       {"style", p.style},
                                                       {"state", tr(production_state_msg(p.state))},
                                                       {"date", ui_date(p.due)}}) +
                                "##" + std::to_string(p.number);
        if (ImGui::Selectable(row.c_str())) show_production_order(a, u, p.number);
        mark_last_item("Sales production " + production_label(a.profile, p.number));
    }
    draw_shipping(a, s, st, u, sh);
    if (st == SalesState::shipped && may_write(sh, cmd::SalesInvoice{})) {
        if (ImGui::Button(ui_label(Msg::sales_invoice, "Invoice").c_str()) && act(sh, u, cmd::SalesInvoice{s.number}))
            sh.notify(tr(Msg::sales_invoiced, {{"order", label}}));
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
        if (ImGui::Button(ui_label(Msg::pay_record, "Record payment").c_str())) {
            const auto amount = parse_money(u.pay_amount.empty() ? owed : u.pay_amount);
            if (!amount) {
                u.error = tr(Msg::sales_payment_format);
            } else if (act(sh, u, cmd::SalesPay{s.number, *amount, std::nullopt, u.pay_method})) {
                u.pay_amount.clear();
                sh.notify(tr(Msg::sales_payment_recorded, {{"order", label}}));
            }
        }
        mark_last_item("Record sales payment");
    }
    if (st != SalesState::cancelled && s.shipments.empty() && may_write(sh, cmd::SalesCancel{})) {
        ImGui::SetNextItemWidth(em(180));
        ImGui::InputTextWithHint("##so_cancel", tr(Msg::pr_cancel_reason_hint), &u.so_cancel_reason);
        ImGui::SameLine();
        if (ImGui::Button(ui_label(Msg::sales_cancel, "Cancel sales order").c_str()) && act(sh, u, cmd::SalesCancel{s.number, u.so_cancel_reason}))
            sh.notify(tr(Msg::sales_cancelled, {{"order", label}}));
        mark_last_item("Cancel sales order");
    }
    if (st == SalesState::cancelled) ImGui::TextDisabled("%s", tr(Msg::sales_cancelled_reason, {{"reason", s.cancel_reason}}).c_str());
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
        ImGui::TextWrapped("%s", tr(Msg::sales_no_styles));
        return;
    }
    if (may_write(sh, cmd::SalesCreate{})) draw_new_sales(a, u, sh);
    if (!a.sales_order(u.sales)) sales_error(u);
    section(tr(Msg::sales_orders));
    if (a.sales.empty()) ImGui::TextDisabled("%s", tr(may_write(sh, cmd::SalesCreate{}) ? Msg::sales_none_create : Msg::sales_none));
    const float row_h = ImGui::GetTextLineHeightWithSpacing();
    ImGui::BeginChild("##sales_list", ImVec2(0, std::min<float>(row_h * 10.5f, row_h * (static_cast<float>(a.sales.size()) + 0.5f))), false);
    ImGuiListClipper clip;
    clip.Begin(static_cast<int>(a.sales.size()));
    while (clip.Step())
        for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
            const SalesOrder& s = a.sales[static_cast<size_t>(i)];
            const SalesState st = sales_state(a, s);
            const bool risk = ship_at_risk(a, s, sh.today(), kShipRiskDays);
            const std::string row = trn(risk ? Msg::sales_row_risk : Msg::sales_row, sales_pieces(s),
                                        {{"order", sales_label(a.profile, s.number)},
                                         {"customer", customer_name(a, s.customer)},
                                         {"state", sales_state_name(st)},
                                         {"date", ui_date(s.ship)}}) +
                                    "##" + std::to_string(s.number);
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

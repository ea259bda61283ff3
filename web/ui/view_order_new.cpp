// The new-order form (a modal dialog over any view, web/ui/dialog.hpp) and the searchable client
// picker it shares with the order's details. One order.create; on success the new order opens
// under the number it was given (the device's block, the counter, or a provisional one); on a
// refusal the form stays with the reason shown.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/commands/command.hpp"
#include "core/derive.hpp"
#include "core/queries/fold.hpp"
#include "core/rules/roles.hpp"
#include "core/text.hpp"
#include "core/text/phone.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/date_picker.hpp"
#include "web/ui/dialog.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_board.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/view_order.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

bool client_picker(const char* label, const Atelier& a, ClientSearch& hs, Shell& sh, int& client, std::string& search) {
    const Client* chosen = a.client(client);
    bool changed = false;
    ImGui::SetNextItemWidth(em(260));
    if (ImGui::BeginCombo(label, chosen ? chosen->name.c_str() : tr(Msg::picker_choose_client), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::IsWindowAppearing()) {
            search.clear();
            ImGui::SetKeyboardFocusHere();
        }
        ImGui::SetNextItemWidth(-FLT_MIN);
        ImGui::InputTextWithHint("##search", tr(Msg::picker_search_clients), &search);
        mark_last_item("Search clients");
        const std::string q = fold_text(trim(search));
        const auto& hay = client_haystacks(a, hs, sh.revision());
        int shown = 0;
        constexpr int kMax = 100;  // a search narrows it; a long list helps nobody
        for (size_t i = 0; i < a.clients.size() && shown < kMax; ++i) {
            if (!q.empty() && hay[i].find(q) == std::string::npos) continue;
            const Client& c = a.clients[i];
            ImGui::PushID(c.id);
            if (ImGui::Selectable("##c", c.id == client)) {
                client = c.id;
                changed = true;
            }
            mark_last_item(c.name);
            ImGui::SameLine();
            ImGui::TextUnformatted(c.name.c_str());
            if (!c.phone.empty()) {
                ImGui::SameLine();
                ImGui::TextDisabled("%s", format_phone(c.phone, a.profile.country).c_str());
            }
            ImGui::PopID();
            ++shown;
        }
        if (shown == 0) ImGui::TextDisabled("%s", tr(Msg::picker_no_client));
        else if (shown == kMax) ImGui::TextDisabled("%s", tr(Msg::picker_narrow));
        ImGui::EndCombo();
    } else {
        mark_last_item(label);
    }
    return changed;
}

namespace {

void reset(const Atelier& a, Shell& sh, NewOrderUi& f) {
    const int client = f.client;
    f = NewOrderUi{};
    f.client = client;
    f.c.client = client;
    if (const Pipeline* p = board_pipeline(a, sh.prefs())) f.c.pipeline = p->id;
    if (const Pipeline* p = a.pipeline(f.c.pipeline); p && p->archived)  // no new orders there: the first in use
        for (const Pipeline& q : a.pipelines)
            if (!q.archived) {
                f.c.pipeline = q.id;
                break;
            }
    f.deadline = format_date(add_days(sh.today(), 42));
}

// The command from the form, or nullopt with the reason in f.error.
std::optional<cmd::OrderCreate> build(NewOrderUi& f) {
    cmd::OrderCreate c = f.c;
    const auto fail = [&](const char* why) -> std::optional<cmd::OrderCreate> {
        f.error = why;
        return std::nullopt;
    };
    if (c.client == 0) return fail("choose the client first");
    const auto v = parse_order_form({f.deadline, f.event, f.price, f.rush_fee}, f.error);
    if (!v) return std::nullopt;
    c.deadline = v->deadline;
    c.event = v->event;
    c.price = v->price;
    c.rush_fee = v->rush_fee;
    if (c.kind == Kind::mto) c.quantity = 1;
    return c;
}

}  // namespace

void draw_new_order(const Atelier& a, NewOrderUi& f, Shell& sh) {
    DialogState& d = sh.dialogs();
    // As tall as the form (finger-sized fields make it taller), at most the screen less margins.
    if (!begin_dialog(d, kNewOrderDialog, tr(Msg::new_order_title), 620)) return;
    if (f.frame + 1 != sh.frame()) reset(a, sh, f);  // opened afresh
    f.frame = sh.frame();
    bool open = true;
    if (a.pipelines.empty()) {
        // An order moves through a pipeline's stages: with none there is nothing to fill in yet,
        // only the way to make one (an atelier restored or imported without any).
        ImGui::PushTextWrapPos(std::min(em(520), ImGui::GetContentRegionAvail().x));
        ImGui::TextUnformatted(tr(Msg::new_order_no_pipeline));
        ImGui::PopTextWrapPos();
        mark_last_item("New order: no pipeline");
        ImGui::Spacing();
        if (ImGui::Button(ui_label(Msg::new_order_go_pipelines, "Go to Pipelines").c_str())) {
            sh.show(View::pipelines);
            open = false;
        }
        ImGui::SameLine();
        if (ImGui::Button(ui_label(Msg::close_form, "Close").c_str())) open = false;
    } else {
        cmd::OrderCreate& c = f.c;
        // The garment is the first text field: the dialog gives it the keyboard when it opens.
        ImGui::SetNextItemWidth(em(260));
        ImGui::InputText(ui_label(Msg::order_garment, "Garment").c_str(), &c.garment);
        client_picker(ui_label(Msg::order_client, "Client").c_str(), a, f.clients, sh, c.client, f.client_search);
        pipeline_picker(ui_label(Msg::order_pipeline, "Pipeline").c_str(), a, c.pipeline);
        // Picked on a calendar (a finger), or typed (a keyboard).
        date_field(ui_label(Msg::order_deadline, "Deadline").c_str(), f.deadline, sh.today());
        date_field(ui_label(Msg::order_event, "Event date").c_str(), f.event, sh.today());
        ImGui::SetNextItemWidth(em(260));
        ImGui::InputText(ui_label(Msg::order_collection, "Collection").c_str(), &c.collection);
        kind_combo(ui_label(Msg::order_kind, "Kind").c_str(), c.kind);
        if (c.kind == Kind::bulk) {
            ImGui::SameLine();
            ImGui::SetNextItemWidth(em(110));
            if (ImGui::InputInt(ui_label(Msg::order_quantity, "Quantity").c_str(), &c.quantity) && c.quantity < 1) c.quantity = 1;
        }
        const bool money = sees_money(sh.role());
        if (money) {
            ImGui::SetNextItemWidth(em(130));
            ImGui::InputTextWithHint(ui_label(Msg::order_price, "Price").c_str(), "0.00", &f.price);
            // The tax the order will be made under: what the client pays when prices exclude it.
            if (a.profile.tax_rate_bp > 0) {
                const OrderTax tax{a.profile.tax_rate_bp, a.profile.prices_include_tax};
                const auto typed = parse_money(trim(f.price));
                const std::string rate = local_percent_bp(tax.rate_bp, ui_locale());
                std::string shown = tr(tax.included ? Msg::new_order_tax_included : Msg::new_order_tax_added, {{"rate", rate}});
                std::string line = (tax.included ? "incl. " : "+ ") + format_rate_bp(tax.rate_bp) + "% tax";  // its name
                if (typed && !tax.included) {
                    const std::string pays = money_text(tax_split(*typed, tax).gross, a.profile.settings.currency);
                    shown = tr(Msg::new_order_client_pays, {{"tax", shown}, {"amount", pays}});
                    line += ": the client pays " + pays;
                }
                ImGui::SameLine();
                ImGui::TextDisabled("%s", shown.c_str());
                mark_last_item("New order tax: " + line);
            }
            ImGui::TextDisabled("%s", tr(Msg::new_order_no_payment));
        } else {
            ImGui::TextDisabled("%s", tr(Msg::new_order_price_by_owner));
        }
        ImGui::Checkbox(ui_label(Msg::order_rush, "Rush").c_str(), &c.rush);
        if (c.rush && money) {
            ImGui::SameLine();
            ImGui::SetNextItemWidth(em(110));
            ImGui::InputTextWithHint(ui_label(Msg::order_rush_fee, "Rush fee").c_str(), "0.00", &f.rush_fee);
        }
        same_line_if_fits(em(100));
        ImGui::Checkbox(ui_label(Msg::order_priority, "Priority").c_str(), &c.priority);
        delivery_combo(ui_label(Msg::order_delivery, "Delivery").c_str(), c.delivery);
        name_combo(ui_label(Msg::order_salesperson, "Salesperson").c_str(), a.profile.salespeople, c.salesperson);
        name_combo(ui_label(Msg::order_team, "Team").c_str(), a.profile.teams, c.team);
        ImGui::InputTextMultiline(ui_label(Msg::order_notes, "Notes").c_str(), &c.notes, ImVec2(std::min(em(420), ImGui::GetContentRegionAvail().x - em(60)), em(70)));

        ImGui::Spacing();
        if (ImGui::Button(ui_label(Msg::new_order_create, "Create order").c_str())) {
            f.error.clear();
            if (auto create = build(f)) {
                if (sh.dispatch(*create)) {
                    sh.open_order(sh.created());
                    open = false;
                } else {
                    f.error = shown(sh.refusal());
                }
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(ui_label(Msg::close_form, "Close").c_str())) open = false;
        if (!f.error.empty()) refusal_text(tr(Msg::new_order_not_created, {{"reason", f.error}}));
    }
    if (!open) {
        f.client = 0;
        close_dialog(d);
        ImGui::CloseCurrentPopup();
    }
    end_dialog();
}

}  // namespace atelier::ui

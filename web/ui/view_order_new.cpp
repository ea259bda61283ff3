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
    if (!begin_dialog(d, kNewOrderDialog, "New order", 620)) return;
    if (f.frame + 1 != sh.frame()) reset(a, sh, f);  // opened afresh
    f.frame = sh.frame();
    bool open = true;
    if (a.pipelines.empty()) {
        // An order moves through a pipeline's stages: with none there is nothing to fill in yet,
        // only the way to make one (an atelier restored or imported without any).
        ImGui::PushTextWrapPos(std::min(em(520), ImGui::GetContentRegionAvail().x));
        ImGui::TextUnformatted("No pipeline yet — an order moves through a pipeline's stages. "
                               "Create one in Pipelines (from a template or your own), then + Order.");
        ImGui::PopTextWrapPos();
        mark_last_item("New order: no pipeline");
        ImGui::Spacing();
        if (ImGui::Button("Go to Pipelines")) {
            sh.show(View::pipelines);
            open = false;
        }
        ImGui::SameLine();
        if (ImGui::Button("Close")) open = false;
    } else {
        cmd::OrderCreate& c = f.c;
        // The garment is the first text field: the dialog gives it the keyboard when it opens.
        ImGui::SetNextItemWidth(em(260));
        ImGui::InputText("Garment", &c.garment);
        client_picker("Client", a, f.clients, sh, c.client, f.client_search);
        pipeline_picker("Pipeline", a, c.pipeline);
        // Picked on a calendar (a finger), or typed (a keyboard).
        date_field("Deadline", f.deadline, sh.today());
        date_field("Event date", f.event, sh.today());
        ImGui::SetNextItemWidth(em(260));
        ImGui::InputText("Collection", &c.collection);
        kind_combo("Kind", c.kind);
        if (c.kind == Kind::bulk) {
            ImGui::SameLine();
            ImGui::SetNextItemWidth(em(110));
            if (ImGui::InputInt("Quantity", &c.quantity) && c.quantity < 1) c.quantity = 1;
        }
        const bool money = sees_money(sh.role());
        if (money) {
            ImGui::SetNextItemWidth(em(130));
            ImGui::InputTextWithHint("Price", "0.00", &f.price);
            // The tax the order will be made under: what the client pays when prices exclude it.
            if (a.profile.tax_rate_bp > 0) {
                const OrderTax tax{a.profile.tax_rate_bp, a.profile.prices_include_tax};
                const auto typed = parse_money(trim(f.price));
                std::string line = (tax.included ? "incl. " : "+ ") + format_rate_bp(tax.rate_bp) + "% tax";
                if (typed && !tax.included)
                    line += ": the client pays " + money_text(tax_split(*typed, tax).gross, a.profile.settings.currency);
                ImGui::SameLine();
                ImGui::TextDisabled("%s", line.c_str());
                mark_last_item("New order tax: " + line);
            }
            ImGui::TextDisabled("Payment: none yet. Record a deposit on the order's Payments once it exists.");
        } else {
            ImGui::TextDisabled("The price is set by an owner or a manager.");
        }
        ImGui::Checkbox("Rush", &c.rush);
        if (c.rush && money) {
            ImGui::SameLine();
            ImGui::SetNextItemWidth(em(110));
            ImGui::InputTextWithHint("Rush fee", "0.00", &f.rush_fee);
        }
        same_line_if_fits(em(100));
        ImGui::Checkbox("Priority", &c.priority);
        delivery_combo("Delivery", c.delivery);
        name_combo("Salesperson", a.profile.salespeople, c.salesperson);
        name_combo("Team", a.profile.teams, c.team);
        ImGui::InputTextMultiline("Notes", &c.notes, ImVec2(std::min(em(420), ImGui::GetContentRegionAvail().x - em(60)), em(70)));

        ImGui::Spacing();
        if (ImGui::Button("Create order")) {
            f.error.clear();
            if (auto create = build(f)) {
                if (sh.dispatch(*create)) {
                    sh.open_order(sh.created());
                    open = false;
                } else {
                    f.error = sh.refusal().message;
                }
            }
        }
        ImGui::SameLine();
        if (ImGui::Button("Close")) open = false;
        if (!f.error.empty()) refusal_text("Order not created: " + f.error);
    }
    if (!open) {
        f.client = 0;
        close_dialog(d);
        ImGui::CloseCurrentPopup();
    }
    end_dialog();
}

}  // namespace atelier::ui

// Ctrl/Cmd+K: type to jump to any order, client or action. Enter runs the highlighted entry.
#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharToUtf8
#include <imgui_stdlib.h>

#include <functional>

#include "core/queries/fold.hpp"
#include "core/queries/query.hpp"
#include "core/rules/roles.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

using Entry = PaletteEntry;

std::vector<Entry> actions() {
    return {
        {"Go to dashboard", [](Shell& s) { s.show(View::dashboard); }, tr(Msg::palette_go_dashboard)},
        {"Go to board", [](Shell& s) { s.show(View::board); }, tr(Msg::palette_go_board)},
        {"Go to table", [](Shell& s) { s.show(View::table); }, tr(Msg::palette_go_table)},
        {"Go to clients", [](Shell& s) { s.show(View::clients); }, tr(Msg::palette_go_clients)},
        {"Go to fittings", [](Shell& s) { s.show(View::fittings); }, tr(Msg::palette_go_fittings)},
        {"Go to pipelines", [](Shell& s) { s.show(View::pipelines); }, tr(Msg::palette_go_pipelines)},
        {"Go to settings", [](Shell& s) { s.show(View::settings); }, tr(Msg::palette_go_settings)},
        {"Go to reports", [](Shell& s) { s.show(View::reports); }, tr(Msg::palette_go_reports)},
        {"Go to production", [](Shell& s) { s.show(View::production); }, tr(Msg::palette_go_production)},
        {"New order", [](Shell& s) { s.new_order(); }, tr(Msg::palette_new_order)},
        {"New client", [](Shell& s) { s.new_client(); }, tr(Msg::palette_new_client)},
        {"Show overdue orders", [](Shell& s) { s.show_orders({"overdue"}); }, tr(Msg::palette_show_overdue)},
        {"Show orders due soon", [](Shell& s) { s.show_orders({"due-soon"}); }, tr(Msg::palette_show_due_soon)},
        {"Show stuck orders", [](Shell& s) { s.show_orders({"stuck"}); }, tr(Msg::palette_show_stuck)},
        {"Show orders owing a balance", [](Shell& s) { s.show_orders({"owes"}); }, tr(Msg::palette_show_owing)},
        {"Undo", [](Shell& s) { s.undo(); }, tr(Msg::top_undo)},
        {"Redo", [](Shell& s) { s.redo(); }, tr(Msg::top_redo)},
        {"Switch light/dark theme", [](Shell& s) { s.set_dark(!s.prefs().dark); }, tr(Msg::palette_switch_theme)},
    };
}

// A producer's styles (code, name, season), production orders and sales orders (number, style,
// customer), eight of each, opening the Production view on them.
void producer_entries(const Atelier& a, PaletteUi& g, ProductionUi& production, const std::string& q) {
    ProductionUi* u = &production;  // lives in Views, as long as the palette
    const auto found = [&](std::initializer_list<std::string_view> texts) {
        for (auto t : texts)
            if (fold_text(t).find(q) != std::string::npos) return true;
        return false;
    };
    int n = 0;
    for (const Style& s : a.styles) {
        if (!found({s.code, s.name, s.season})) continue;
        const std::string code = s.code;
        g.entries.push_back({"Style " + s.code + "  " + s.name + "  " + EnumNames<StyleState>::labels[static_cast<size_t>(s.state)],
                             [u, code](Shell& x) {
                                 u->style = code;
                                 u->production = 0;
                                 u->show_tab = ProductionTab::styles;
                                 x.show(View::production);
                             }});
        if (++n == 8) break;
    }
    n = 0;
    for (const ProductionOrder& p : a.productions) {
        const std::string label = production_label(a.profile, p.number);
        if (!found({label, p.style})) continue;
        const int number = p.number;
        const std::string style = p.style;
        g.entries.push_back({label + "  " + p.style + "  " + EnumNames<ProductionState>::labels[static_cast<size_t>(p.state)] + "  due " + format_date(p.due),
                             [u, number, style](Shell& x) {
                                 u->style = style;
                                 u->production = number;
                                 u->pieces.clear();
                                 u->batch_sizes.clear();
                                 u->error.clear();
                                 u->show_tab = ProductionTab::styles;
                                 x.show(View::production);
                             }});
        if (++n == 8) break;
    }
    n = 0;
    for (const SalesOrder& s : a.sales) {
        const std::string label = sales_label(a.profile, s.number);
        const Client* c = a.client(s.customer);
        if (!found({label, c ? std::string_view(c->name) : std::string_view()})) continue;
        const int number = s.number;
        g.entries.push_back({label + "  " + (c ? c->name : std::string()) + "  ship " + format_date(s.ship), [u, number](Shell& x) {
                                 show_sales_order(*u, number);
                                 x.show(View::production);
                             }});
        if (++n == 8) break;
    }
}

void rebuild(const Atelier& a, PaletteUi& g, ProductionUi& production, Shell& sh) {
    g.entries.clear();
    g.selected = 0;
    const std::string q = fold_text(g.query);
    for (auto& e : actions()) {
        // Staff: no money, no pipelines or settings to go to (core/rules/roles.hpp).
        const bool settings = e.label == "Go to pipelines" || e.label == "Show orders owing a balance";
        if (settings && !changes_settings(sh.role())) continue;
        if (q.empty() || fold_text(e.label).find(q) != std::string::npos || fold_text(e.shown).find(q) != std::string::npos)
            g.entries.push_back(std::move(e));
    }
    if (q.empty()) return;
    // Orders through the query index (number, client, garment, collection, notes; accent-insensitive).
    std::string error;
    if (auto terms = parse_filter_expr("text=" + g.query, error)) {
        Filter f;
        f.any_of(*terms);
        const auto rows = run_query(sh.index(), f, Sort{SortKey::deadline, false}, sh.today());
        for (size_t i = 0; i < rows.size() && i < 8; ++i) {
            const Order& o = a.orders[static_cast<size_t>(rows[i])];
            const Client* c = a.client(o.client);
            const int number = o.number;
            const std::string client = c ? c->name : "";
            g.entries.push_back({"Order " + order_label(a.profile, number) + "  " + client + "  " + o.garment + "  due " + format_date(o.deadline),
                                 [number](Shell& x) { x.open_order(number); },
                                 tr(Msg::palette_order, {{"order", order_label(a.profile, number)}, {"client", client}, {"garment", o.garment},
                                                         {"date", ui_date(o.deadline)}})});
        }
    }
    int clients = 0;
    for (const Client& c : a.clients) {
        if (fold_text(c.name).find(q) == std::string::npos) continue;
        const int id = c.id;
        g.entries.push_back({"Client " + c.name, [id](Shell& x) { x.open_client(id); }, tr(Msg::palette_client, {{"name", c.name}})});
        if (++clients == 8) break;
    }
    producer_entries(a, g, production, q);
}

// SetKeyboardFocusHere gives the field the keyboard two frames later (a tabbing request is
// scored, then applied): what is typed meanwhile goes into the query instead of being dropped,
// so a quick "Ctrl+K 1042" (or a slow tablet's frame) finds 1042, not 42.
void take_early_typing(PaletteUi& g) {
    ImGuiIO& io = ImGui::GetIO();
    for (const ImWchar c : io.InputQueueCharacters) {
        char utf8[5];
        if (c >= 0x20 && c != 0x7f) g.query += ImTextCharToUtf8(utf8, c);
    }
    io.InputQueueCharacters.resize(0);
}

// The field takes the keyboard with its text selected (ImGui's rule for focus by tabbing): the
// next letter would replace what was typed early. The cursor goes to the end instead.
int caret_at_end(ImGuiInputTextCallbackData* data) {
    const PaletteUi& g = *static_cast<const PaletteUi*>(data->UserData);
    if (!g.typing) data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
    return 0;
}

}  // namespace

void draw_palette(const Atelier& a, PaletteUi& g, ProductionUi& production, Shell& sh) {
    if (!g.typing) take_early_typing(g);
    if (g.query != g.searched || g.revision != sh.revision()) {
        rebuild(a, g, production, sh);
        g.searched = g.query;
        g.revision = sh.revision();
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + em(60)), ImGuiCond_Always,
                            ImVec2(0.5f, 0));
    ImGui::SetNextWindowSize(ImVec2(std::min(em(640), vp->WorkSize.x - em(20)), 0));
    ImGui::SetNextWindowFocus();
    bool open = true;
    if (ImGui::Begin(ui_label(Msg::palette_title, "Find anything").c_str(), &open,
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                         ImGuiWindowFlags_AlwaysAutoResize)) {
        mark_current_window("Find anything");
        if (g.focus) {
            ImGui::SetKeyboardFocusHere();
            g.focus = false;
        }
        ImGui::SetNextItemWidth(-1);
        const bool enter = ImGui::InputTextWithHint("##palette", tr(Msg::palette_hint), &g.query,
                                                    ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackAlways,
                                                    caret_at_end, &g);
        mark_last_item("Palette search");
        g.typing = ImGui::IsItemActive();
        const int n = static_cast<int>(g.entries.size());
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) g.selected = std::min(n - 1, g.selected + 1);
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) g.selected = std::max(0, g.selected - 1);
        int run = enter && n > 0 ? g.selected : -1;
        for (int i = 0; i < n && i < 24; ++i) {
            const PaletteEntry& e = g.entries[static_cast<size_t>(i)];
            const std::string label = e.shown.empty() ? e.label : e.shown + "###" + e.label;
            if (ImGui::Selectable(label.c_str(), i == g.selected)) run = i;
        }
        if (n == 0) ImGui::TextDisabled("%s", tr(Msg::palette_nothing, {{"query", g.query}}).c_str());
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) open = false;
        if (run >= 0) {
            auto f = g.entries[static_cast<size_t>(run)].run;
            open = false;
            f(sh);
        }
    }
    ImGui::End();
    if (!open) {
        g = PaletteUi{};  // closed: the next open starts empty
    }
}

}  // namespace atelier::ui

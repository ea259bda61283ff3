// Ctrl/Cmd+K: type to jump to any order, client or action. Enter runs the highlighted entry.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <functional>

#include "core/queries/fold.hpp"
#include "core/queries/query.hpp"
#include "web/app.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/style.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

struct Entry {
    std::string label;
    std::function<void(App&)> run;
};

struct State {
    std::string query;
    std::string searched = "\x01";  // what `entries` were built for
    uint64_t revision = ~0ull;
    std::vector<Entry> entries;
    int selected = 0;
    bool focus = true;
};
State g;

std::vector<Entry> actions() {
    return {
        {"Go to dashboard", [](App& a) { a.show(View::dashboard); }},
        {"Go to board", [](App& a) { a.show(View::board); }},
        {"Go to table", [](App& a) { a.show(View::table); }},
        {"Go to clients", [](App& a) { a.show(View::clients); }},
        {"Go to fittings", [](App& a) { a.show(View::fittings); }},
        {"Go to pipelines", [](App& a) { a.show(View::pipelines); }},
        {"Go to settings", [](App& a) { a.show(View::settings); }},
        {"New order", [](App& a) { a.new_order_open = true; a.new_order_client = 0; }},
        {"New client", [](App& a) { a.new_client_open = true; }},
        {"Show overdue orders", [](App& a) { a.show_orders({"overdue"}); }},
        {"Show orders due soon", [](App& a) { a.show_orders({"due-soon"}); }},
        {"Show stuck orders", [](App& a) { a.show_orders({"stuck"}); }},
        {"Show orders owing a balance", [](App& a) { a.show_orders({"owes"}); }},
        {"Undo", [](App& a) { a.undo(); }},
        {"Redo", [](App& a) { a.redo(); }},
        {"Switch light/dark theme", [](App& a) { a.prefs.dark = !a.prefs.dark; apply_theme(look_mut(), a.prefs.dark); a.save_prefs(); }},
    };
}

void rebuild(App& app) {
    g.entries.clear();
    g.selected = 0;
    const std::string q = fold_text(g.query);
    const Atelier& a = app.store.state();
    for (auto& e : actions())
        if (q.empty() || fold_text(e.label).find(q) != std::string::npos) g.entries.push_back(std::move(e));
    if (q.empty()) return;
    // Orders through the query index (number, client, garment, collection, notes; accent-insensitive).
    std::string error;
    if (auto terms = parse_filter_expr("text=" + g.query, error)) {
        Filter f;
        f.any_of(*terms);
        const auto rows = run_query(app.index(), f, Sort{SortKey::deadline, false}, app.today);
        for (size_t i = 0; i < rows.size() && i < 8; ++i) {
            const Order& o = a.orders[static_cast<size_t>(rows[i])];
            const Client* c = a.client(o.client);
            const int number = o.number;
            g.entries.push_back({"Order " + order_label(a.profile, number) + "  " + (c ? c->name : "") + "  " +
                                     o.garment + "  due " + format_date(o.deadline),
                                 [number](App& x) { x.open_order(number); }});
        }
    }
    int clients = 0;
    for (const Client& c : a.clients) {
        if (fold_text(c.name).find(q) == std::string::npos) continue;
        const int id = c.id;
        g.entries.push_back({"Client " + c.name, [id](App& x) { x.open_client(id); }});
        if (++clients == 8) break;
    }
}

}  // namespace

void draw_palette(App& app) {
    if (g.query != g.searched || g.revision != app.revision()) {
        rebuild(app);
        g.searched = g.query;
        g.revision = app.revision();
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + em(60)), ImGuiCond_Always,
                            ImVec2(0.5f, 0));
    ImGui::SetNextWindowSize(ImVec2(std::min(em(640), vp->WorkSize.x - em(20)), 0));
    ImGui::SetNextWindowFocus();
    bool open = true;
    if (ImGui::Begin("Find anything", &open,
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                         ImGuiWindowFlags_AlwaysAutoResize)) {
        mark_current_window("Find anything");
        if (g.focus) {
            ImGui::SetKeyboardFocusHere();
            g.focus = false;
        }
        ImGui::SetNextItemWidth(-1);
        const bool enter = ImGui::InputTextWithHint("##palette", "Order number, client, action…", &g.query,
                                                    ImGuiInputTextFlags_EnterReturnsTrue);
        mark_last_item("Palette search");
        const int n = static_cast<int>(g.entries.size());
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) g.selected = std::min(n - 1, g.selected + 1);
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) g.selected = std::max(0, g.selected - 1);
        int run = enter && n > 0 ? g.selected : -1;
        for (int i = 0; i < n && i < 24; ++i) {
            if (ImGui::Selectable(g.entries[static_cast<size_t>(i)].label.c_str(), i == g.selected)) run = i;
        }
        if (n == 0) ImGui::TextDisabled("Nothing matches \"%s\"", g.query.c_str());
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) open = false;
        if (run >= 0) {
            auto f = g.entries[static_cast<size_t>(run)].run;
            open = false;
            f(app);
        }
    }
    ImGui::End();
    if (!open) {
        app.palette_open = false;
        g.query.clear();
        g.focus = true;
    }
}

}  // namespace atelier::ui

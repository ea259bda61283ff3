// The row at the top of every view (docs/design.md, "Top bar"): the atelier's name, the views,
// + Order and + Client, the save state, an overflow menu for what does not fit; under it the
// banner of a read-only or salvaged atelier.
#include <imgui.h>

#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "core/model/atelier.hpp"
#include "core/rules/conflicts.hpp"
#include "core/rules/roles.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/overflow_menu.hpp"
#include "web/ui/shell.hpp"
#include "web/ui/style.hpp"
#include "web/ui/text_fit.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

// Saved / saving / not saved, always in view at the row's right end: the user must know whether
// an edit is safe. Why it is not saved follows in the room left, its whole on hover.
void save_indicator(Shell& sh, float right) {
    const StorageStatus& st = sh.storage();
    using S = StorageStatus::State;
    const char* text = tr(state_msg(st.state));
    const ImVec4 c = st.state == S::not_saved ? colours().overdue : st.state == S::saved ? colours().ok : colours().muted;
    ImGui::AlignTextToFramePadding();
    fit_text_item(text, ImGui::CalcTextSize(text).x, &c, "top bar");
    mark_last_item(std::string("Save status: ") + state_label(st.state));
    const std::string detail = said_text(st.said, st.detail);
    if (!detail.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", detail.c_str());
    if (st.state == S::not_saved && !detail.empty()) {
        ImGui::SameLine();
        const float room = right - ImGui::GetCursorScreenPos().x;
        if (room > em(40)) fit_text_item("(" + detail + ")", room, &c, "top bar");
    }
}

// Damaged storage opened for salvage: what could be read is shown, nothing is written, and the
// stored files can be taken away as they are.
void salvage_banner(const Salvage& salvage, Shell& sh) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(colours().overdue, "%s", tr(Msg::banner_salvage));
    mark_last_item("Salvage banner");
    const std::vector<std::string>& problems = salvage.problems;
    for (size_t i = 0; i < problems.size(); ++i) {
        ImGui::Bullet();
        ImGui::TextUnformatted(problems[i].c_str());
        mark_last_item("Salvage problem " + std::to_string(i + 1));
    }
    ImGui::PopTextWrapPos();
    if (ImGui::Button(ui_label(Msg::download_raw_files, "Download raw files").c_str())) sh.download_raw();
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::download_backup, "Download backup").c_str())) sh.download_backup();
    mark_last_item("Download backup (salvage)");
    ImGui::SameLine();
    ImGui::BeginDisabled(!sh.can_restore());
    if (ImGui::Button(ui_label(Msg::restore_from_backup, "Restore from backup").c_str())) sh.pick_restore();
    ImGui::EndDisabled();
    mark_last_item("Restore from backup (salvage)");
    ImGui::Separator();
}

// One row at every width (docs/design.md, "Top bar"): the atelier's name, the views, + Order and
// + Client, the save state at the right end; what does not fit goes, least needed first, into
// the "…" menu at the row's end — Theme, Find, Undo/Redo, then Settings, Pipelines, Fittings,
// Clients (a tablet held upright, in touch mode, keeps the three work views and + Order/+ Client).
}  // namespace

void draw_top_bar(const Atelier& a, Views& v, Shell& sh) {
    const Profile& p = a.profile;
    const float left = ImGui::GetCursorScreenPos().x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;

    // The name in the title size, at most a fifth of the row; its whole on hover.
    const float row_y = ImGui::GetCursorPosY();
    if (look().title) ImGui::PushFont(look().title);
    const float name_w = std::min(ImGui::CalcTextSize(p.settings.name.c_str()).x, std::max(em(90), (right - left) * 0.2f));
    ImGui::SetCursorPosY(row_y + std::max(0.f, (ImGui::GetFrameHeight() - ImGui::GetTextLineHeight()) * 0.5f));
    fit_text_item(p.settings.name, name_w, nullptr, "top bar");
    if (look().title) ImGui::PopFont();
    mark_last_item("Atelier name");
    ImGui::SameLine(0, look().px(Space::l));
    ImGui::SetCursorPosY(row_y);

    // The save state's room is kept at the right end before the buttons are placed.
    const StorageStatus& st = sh.storage();
    const float save_w = ImGui::CalcTextSize(tr(state_msg(st.state))).x +
                         (st.state == StorageStatus::State::not_saved && !st.detail.empty() ? em(120) : 0);
    // Each button's label is in the device's language; its id and test name stay English ("Board").
    struct Nav { Msg text; const char* name; View v; int priority; };
    const Nav navs[] = {{Msg::nav_dashboard, "Dashboard", View::dashboard, 9}, {Msg::nav_board, "Board", View::board, 9},
                        {Msg::nav_table, "Table", View::table, 9},             {Msg::nav_clients, "Clients", View::clients, 7},
                        {Msg::nav_fittings, "Fittings", View::fittings, 5},    {Msg::nav_reports, "Reports", View::reports, 4},
                        {Msg::nav_production, "Production", View::production, 4},
                        {Msg::nav_pipelines, "Pipelines", View::pipelines, 4}, {Msg::nav_settings, "Settings", View::settings, 3}};
    constexpr size_t kNavs = std::size(navs);
    auto navs_pipelines = [&](int i) { return size_t(i) < kNavs && navs[i].v == View::pipelines; };
    // Production only for a producer (an atelier with styles); the others reach it by Ctrl+K.
    auto navs_production = [&](int i) { return size_t(i) < kNavs && navs[i].v == View::production; };
    const bool producer = !a.styles.empty() || !a.productions.empty();
    enum Extra { new_order = kNavs, new_client, undo, redo, find, theme, sync, conflicts, count };
    RowItem items[count];
    std::string labels[count];
    for (size_t i = 0; i < kNavs; ++i) {
        const Nav& n = navs[i];
        const bool active = sh.view() == n.v || (n.v == View::clients && sh.view() == View::client);
        labels[i] = ui_label(n.text, n.name);
        items[i] = {labels[i].c_str(), n.priority, true, active, n.name};
    }
    labels[new_order] = ui_label(Msg::top_new_order, "new order");
    items[new_order] = {labels[new_order].c_str(), 8, true, false, "New order"};
    labels[new_client] = ui_label(Msg::top_new_client, "new client");
    items[new_client] = {labels[new_client].c_str(), 8, true, false, "New client"};
    labels[undo] = ui_label(Msg::top_undo, "Undo");
    items[undo] = {labels[undo].c_str(), 2, sh.can_undo(), false, "Undo"};
    labels[redo] = ui_label(Msg::top_redo, "Redo");
    items[redo] = {labels[redo].c_str(), 2, sh.can_redo(), false, "Redo"};
    labels[find] = ui_label(Msg::top_find, "Find");
    items[find] = {labels[find].c_str(), 1, true, false, "Find"};
    labels[theme] = ui_label(sh.prefs().dark ? Msg::top_theme_light : Msg::top_theme_dark, "theme");
    items[theme] = {labels[theme].c_str(), 0, true, false, "Theme"};
    // While sync is on: its state ("Synced", "3 pending", "Offline"...), leading to Settings → Sync.
    labels[sync] = sync_status_text(sh.sync(), ui_locale().language) + "###sync";
    items[sync] = {labels[sync].c_str(), 9, true, false, "Sync status"};
    if (v.conflicts_revision != sh.revision()) {
        v.conflicts = count_open_conflicts(a);
        v.not_applied = 0;
        for (const auto& k : a.profile.not_applied) v.not_applied += k.state == NotAppliedState::open;
        v.conflicts += v.not_applied;
        v.conflicts_revision = sh.revision();
    }
    // Shown only while there is something to settle (conflicts, and changes not applied, which are
    // settled on the same page); it leads to the lists in Settings.
    labels[conflicts] = (v.not_applied ? tr(Msg::top_to_settle, {{"n", ui_integer(v.conflicts)}})
                                       : trn(Msg::top_conflicts, v.conflicts)) + "###conflicts";
    items[conflicts] = {labels[conflicts].c_str(), 10, true, false, "Conflicts"};
    // The sync state and the conflicts count only while they say something.
    std::vector<RowItem> row;
    std::vector<int> ids;
    for (int i = 0; i < count; ++i) {
        if ((i == sync && !sh.sync().enabled()) || (i == conflicts && v.conflicts == 0)) continue;
        if (navs_production(i) && !producer) continue;
        // Staff neither change the pipelines nor settle conflicts of prices and settings.
        if ((navs_pipelines(i) || i == conflicts) && !changes_settings(sh.role())) continue;
        row.push_back(items[i]);
        ids.push_back(i);
    }
    const int at = overflow_row("top bar", std::span<const RowItem>(row), right - save_w - gap);
    const int hit = at < 0 ? -1 : ids[static_cast<size_t>(at)];
    if (hit >= 0 && size_t(hit) < kNavs) sh.show(navs[hit].v);
    switch (hit) {
        case new_order: sh.new_order(); break;
        case new_client: sh.new_client(); break;
        case undo: sh.undo(); break;
        case redo: sh.redo(); break;
        case find: v.palette.open = true; break;
        case theme: sh.set_dark(!sh.prefs().dark); break;
        case conflicts: sh.show(View::settings); break;
        case sync: sh.show(View::settings); break;
        default: break;
    }
    ImGui::SameLine();
    ImGui::SetCursorScreenPos(ImVec2(std::max(ImGui::GetCursorScreenPos().x, right - save_w), ImGui::GetCursorScreenPos().y));
    save_indicator(sh, right);
    ImGui::Separator();
    if (const Salvage* salvage = sh.salvage()) {
        salvage_banner(*salvage, sh);
    } else if (sh.read_only()) {
        ImGui::TextColored(colours().due_soon, "%s", tr(Msg::banner_read_only));
        mark_last_item("Read-only banner");
    }
}

}  // namespace atelier::ui

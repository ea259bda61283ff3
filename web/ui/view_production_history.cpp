// A production order's history on its page: who started, moved or closed what, newest first, in
// the floor's words (core/production/history).
#include <imgui.h>

#include <algorithm>

#include "core/production/history.hpp"
#include "web/ui/history_table.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_production.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

void draw_production_history(const Atelier& a, const ProductionOrder& po) {
    if (po.history.empty()) return;
    const bool open = ImGui::CollapsingHeader(ui_label(Msg::order_section_history, "History##po").c_str());
    mark_last_item("Production history");
    if (!open) return;
    const std::vector<HistoryLine> lines = production_history(a, po, ui_locale().language);
    const float height = std::min(em(320), ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(lines.size() + 2));
    history_table("##po_history", lines, height, HistoryMarks{nullptr, "Production history"});
}

}  // namespace atelier::ui

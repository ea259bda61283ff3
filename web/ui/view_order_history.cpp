// The order page's history (field changes and the production log in one time line).
// - User text is always drawn with TextUnformatted or a "%s" argument, never as a format.
#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>

#include "core/i18n/names.hpp"
#include "core/rules/roles.hpp"
#include "web/ui/history_table.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_order_forms.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

using namespace order_page;

// [SECTION] History

void order_history(const Order& o, bool money) {
    // History (field changes) and the production log (skips, QC, cancellation) in one time line.
    std::vector<HistoryLine> lines;
    auto clip = [](const std::string& s) {
        if (s.size() <= 60) return s;
        size_t n = 60;
        while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // whole UTF-8 letters
        return s.substr(0, n) + "…";
    };
    // "Deadline: 2026-06-01 → 2026-06-12": a field by the order form's word, one this version does
    // not know (an older file's) as it is; the values as history recorded them.
    auto change = [&](const FieldChange& c) {
        const std::optional<Msg> m = order_field_msg(c.field);
        return tr(Msg::core_phist_field, {{"field", m ? std::string(tr(*m)) : c.field}, {"before", clip(c.before)}, {"after", clip(c.after)}});
    };
    for (const auto& h : o.history) {
        std::string d;
        for (const auto& c : h.changes)
            if (money || !is_money_field(c.field)) d += (d.empty() ? "" : "; ") + change(c);
        // Staff see that the order changed hands or stages, not the ledger's lines.
        const bool ledger = h.what == "order.pay" || h.what == "order.refund" || h.what == "order.void" || h.what == "order.schedule";
        if (!money && ledger) continue;
        lines.push_back({h.at, h.who, h.what, d, std::nullopt});
    }
    for (const auto& e : o.log) {
        std::string d = e.stage.empty() ? "" : tr(Msg::history_stage, {{"stage", e.stage}});
        if (e.event == Event::rework) {
            d = tr(Msg::history_rework, {{"from", e.from}, {"to", e.stage}});
            if (e.rework) d += std::string(" (") + tr(rework_kind_msg(*e.rework)) + ")";
        }
        if (!e.note.empty()) d += (d.empty() ? "" : ": ") + e.note;
        if (e.amount.minor && money) d += " (" + format_money(e.amount) + ")";
        lines.push_back({e.at, "", enum_label(e.event), d, e.event});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const HistoryLine& x, const HistoryLine& y) { return x.at < y.at; });
    if (lines.empty()) ImGui::TextDisabled("%s", tr(Msg::history_none));
    else history_table("history", lines, 0, HistoryMarks{"History", nullptr});
}

}  // namespace atelier::ui

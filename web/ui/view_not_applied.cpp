// Settings → Not applied (issue 14): changes another device's change made invalid where the sync
// log put them (core/model/not_applied.hpp). Each says what, who, when and why; Retry sends the
// command again (with entry.dismiss, retried, in one batch: settled only if it applies now),
// Dismiss settles it. Open records only; they are never removed.
#include <imgui.h>

#include "core/sync/retry.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

void draw_not_applied_section(const Atelier& a, Shell& sh) {
    const auto& list = a.profile.not_applied;
    size_t open = 0;
    for (const auto& k : list) open += k.state == NotAppliedState::open;
    if (open == 0) return;
    section("Not applied");
    mark_last_item("Not applied list");
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("Changes made while another device changed the same thing first, or refused by the server for the "
                        "role of who made them. Nothing of them was applied.");
    ImGui::PushID("not applied");
    for (size_t i = 0; i < list.size(); ++i) {
        const NotApplied& k = list[i];
        if (k.state != NotAppliedState::open) continue;
        ImGui::PushID(static_cast<int>(i));
        ImGui::Bullet();
        std::string when = format_datetime(k.at);
        if (auto t = when.find('T'); t != std::string::npos) when[t] = ' ';
        const std::string line = k.what + " by " + k.who + " on " + when + ": " + k.reason;
        ImGui::TextUnformatted(line.c_str());
        mark_last_item("Not applied " + k.entry + ": " + line);
        if (!k.command.empty()) {
            if (small_button("Retry")) {
                std::string why;
                auto c = retry_command(k, why);
                if (!c) sh.notify("Not sent: " + why, true);
                else if (sh.dispatch(cmd::Batch{{std::move(*c), cmd::EntryDismiss{k.entry, true}}})) sh.notify("Applied now");
            }
            mark_last_item("Retry " + k.entry);
            ImGui::SameLine();
        }
        if (small_button("Dismiss")) sh.dispatch(cmd::EntryDismiss{k.entry, false});
        mark_last_item("Dismiss " + k.entry);
        ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::PopTextWrapPos();
}

}  // namespace atelier::ui

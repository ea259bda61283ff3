// Settings → Not applied (issue 14): changes another device's change made invalid where the sync
// log put them (core/model/not_applied.hpp). Each says what, who, when and why; Retry sends the
// command again (with entry.dismiss, retried, in one batch: settled only if it applies now),
// Dismiss settles it. Open records only; they are never removed.
#include <imgui.h>

#include <optional>
#include <string>

#include "core/i18n/names.hpp"
#include "core/sync/retry.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

void draw_not_applied_section(const Atelier& a, Shell& sh) {
    const auto& list = a.profile.not_applied;
    size_t open = 0;
    for (const auto& k : list) open += k.state == NotAppliedState::open;
    if (open == 0) return;
    section(tr(Msg::notapp_title));
    mark_last_item("Not applied list");
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(Msg::notapp_intro));
    ImGui::PushID("not applied");
    for (size_t i = 0; i < list.size(); ++i) {
        const NotApplied& k = list[i];
        if (k.state != NotAppliedState::open) continue;
        ImGui::PushID(static_cast<int>(i));
        ImGui::Bullet();
        std::string when = format_datetime(k.at);
        if (auto t = when.find('T'); t != std::string::npos) when[t] = ' ';
        const std::string line = k.what + " by " + k.who + " on " + when + ": " + k.reason;
        // The command ("order.pay") by its words ("Payment recorded"), a type not known as it is; the
        // reason is the core's (English); who is a person.
        const std::optional<Msg> command = command_msg(k.what);
        const std::string what = command ? std::string(tr(*command)) : k.what;
        ImGui::TextUnformatted(
            tr(Msg::notapp_line, {{"what", what}, {"who", k.who}, {"when", ui_datetime(k.at)}, {"reason", k.reason}}).c_str());
        mark_last_item("Not applied " + k.entry + ": " + line);  // the locator's name stays English
        if (!k.command.empty()) {
            if (small_button(ui_label(Msg::notapp_retry, "Retry").c_str())) {
                Said why{};
                auto c = retry_command(k, why);
                if (!c) sh.notify(tr(Msg::notapp_not_sent, {{"reason", said_text(why)}}), true);
                else if (sh.dispatch(cmd::Batch{{std::move(*c), cmd::EntryDismiss{k.entry, true}}})) sh.notify(tr(Msg::notapp_applied));
            }
            mark_last_item("Retry " + k.entry);
            ImGui::SameLine();
        }
        if (small_button(ui_label(Msg::dismiss, "Dismiss").c_str())) sh.dispatch(cmd::EntryDismiss{k.entry, false});
        mark_last_item("Dismiss " + k.entry);
        ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::PopTextWrapPos();
}

}  // namespace atelier::ui

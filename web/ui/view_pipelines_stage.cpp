// The pipelines view's stage editor: every property of core/model/pipeline.hpp's Stage, edited in
// the draft (nothing is sent until "Save pipeline").
// - Fields carry "##" ids and a separate label column, so a field's rectangle is the field itself.
// - The team is picked from the atelier's teams; an unknown one (a template's, a team removed in
//   Settings) is named in red with a way to Settings, since the core refuses it.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <utility>

#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/texts_in_editor.hpp"
#include "web/ui/view_messages.hpp"
#include "web/ui/view_pipelines_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui::pipeline_edit {

void to_rgb(const std::string& hex, float rgb[3]) {
    const ImVec4 c = hex_colour(hex, ImVec4(0.6f, 0.6f, 0.6f, 1));
    rgb[0] = c.x;
    rgb[1] = c.y;
    rgb[2] = c.z;
}

std::string to_hex(const float rgb[3]) {
    auto byte = [](float f) { return static_cast<int>(std::lround(std::clamp(f, 0.f, 1.f) * 255.f)); };
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02X%02X%02X", byte(rgb[0]) & 255, byte(rgb[1]) & 255, byte(rgb[2]) & 255);
    return buf;
}

namespace {

// The text of a form row, then the cursor at the field column: fields carry "##" ids only, so the
// item rectangle is the field itself (what a tap or a test aims at), not field plus label.
void field_label(const char* text) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::SameLine(em(190));
}

}  // namespace

void stage_editor(const Atelier& a, Shell& sh, Draft& d, int selected_key, const Usage& u) {
    size_t i = 0;
    while (i < d.meta.size() && d.meta[i].key != selected_key) ++i;
    if (i == d.meta.size()) {
        ImGui::TextDisabled("%s", tr(Msg::pipe_select_stage));
        return;
    }
    Stage& s = d.p.stages[i];
    StageMeta& m = d.meta[i];
    const std::string title = stage_title(s, i);
    const std::string n1 = std::to_string(i + 1);
    const Profile& prof = a.profile;
    const float w = std::max(em(160), std::min(em(300), ImGui::GetContentRegionAvail().x - em(200)));
    ImGui::PushID(m.key);
    ImGui::TextUnformatted(tr(Msg::pipe_stage_heading, {{"n", ui_integer(static_cast<int64_t>(i + 1))}, {"stage", title}}).c_str());
    ImGui::Separator();
    ImGui::BeginGroup();  // the field column is relative to here (SameLine offsets are window-relative)

    field_label(tr(Msg::cl_name));
    ImGui::SetNextItemWidth(w);
    if (ImGui::InputText("##name", &s.name) && m.auto_id) s.id = stage_id_for(d.p, i, s.name);
    mark_last_item("Stage name " + n1);

    const bool saved = !d.is_new && stage_index(d.base, s.id) >= 0;
    const StageUses* uses = saved ? id_used(u, d.id, s.id) : nullptr;
    const bool locked = uses != nullptr;
    field_label(tr(Msg::pipe_field_id));
    ImGui::SetNextItemWidth(w);
    ImGui::BeginDisabled(locked);
    if (ImGui::InputText("##id", &s.id)) m.auto_id = false;
    ImGui::EndDisabled();
    mark_last_item("Stage id " + title);
    if (locked) {  // what pipeline.put would say, from the same count
        // What names it is the core's sentence (stage_uses_said), in the device's language; the stable
        // name keeps its English.
        const auto uses_said = stage_uses_said(prof, *uses);
        const std::string why = "Fixed: named by " + stage_uses_text(prof, *uses);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
        ImGui::TextDisabled("%s", tr(Msg::pipe_id_fixed, {{"uses", uses_said ? said_text(*uses_said) : std::string()}}).c_str());
        ImGui::PopTextWrapPos();
        mark_last_item(why);
    }

    // Team: only the atelier's teams (the core refuses others); a stage may still name an unknown one
    // (a template, a team removed in Settings), and then says so.
    const bool known = s.team.empty() || std::find(prof.teams.begin(), prof.teams.end(), s.team) != prof.teams.end();
    const std::string shown = s.team.empty() ? std::string(tr(Msg::table_no_team))
                              : known      ? s.team
                                           : tr(Msg::pipe_team_unknown, {{"team", s.team}});
    field_label(tr(Msg::order_team));
    ImGui::SetNextItemWidth(w);
    if (ImGui::BeginCombo("##team", shown.c_str())) {
        if (ImGui::Selectable(ui_label(Msg::table_no_team, "(no team)").c_str(), s.team.empty())) s.team.clear();
        for (const auto& t : prof.teams)
            if (ImGui::Selectable(t.c_str(), s.team == t)) s.team = t;
        ImGui::EndCombo();
    }
    mark_last_item("Team " + title);
    if (!known) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(colours().overdue, "%s", tr(Msg::pipe_team_not_known, {{"team", s.team}}).c_str());
        ImGui::PopTextWrapPos();
        mark_last_item("Unknown team " + s.team);
    }
    if (!known || prof.teams.empty()) {
        ImGui::TextDisabled("%s", tr(Msg::pipe_teams_in_settings));
        ImGui::SameLine();
        if (small_button(ui_label(Msg::pipe_open_settings, "Open Settings").c_str())) sh.show(View::settings);
    }

    field_label(tr(Msg::pipe_field_colour));
    float rgb[3];
    to_rgb(s.colour, rgb);
    if (ImGui::ColorEdit3("##swatch", rgb, ImGuiColorEditFlags_NoInputs | ImGuiColorEditFlags_DisplayHex))
        s.colour = to_hex(rgb);
    mark_last_item("Colour picker " + title);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::max(em(90), w - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.x));
    ImGui::InputTextWithHint("##colour", tr(Msg::pipe_colour_hint), &s.colour, ImGuiInputTextFlags_CharsUppercase);
    mark_last_item("Colour " + title);

    field_label(tr(Msg::pipe_field_rules));
    ImGui::Checkbox(ui_label(Msg::pipe_qc_gate, "QC gate").c_str(), &s.qc);
    mark_last_item("QC gate " + title);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Msg::pipe_qc_gate_tip));
    ImGui::SameLine();
    ImGui::Checkbox(ui_label(Msg::pipe_photo_required, "Photo required").c_str(), &s.photo);
    mark_last_item("Photo required " + title);
    field_label("");
    ImGui::Checkbox(ui_label(Msg::pipe_optional, "Optional").c_str(), &s.optional);
    mark_last_item("Optional " + title);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Msg::pipe_optional_tip));
    ImGui::SameLine();
    ImGui::Checkbox(ui_label(Msg::pipe_freezes, "Freezes measurements").c_str(), &s.freezes);
    mark_last_item("Freezes measurements " + title);

    field_label(tr(Msg::pipe_field_days));
    ImGui::SetNextItemWidth(em(80));
    ImGui::InputInt("##days", &s.days, 0, 0);
    s.days = std::clamp(s.days, 0, 365);
    mark_last_item("Expected days " + title);

    const char* channels[] = {tr(Msg::pipe_notify_none), tr(Msg::cl_channel_email), tr(Msg::channel_whatsapp), tr(Msg::channel_sms)};
    int ch = static_cast<int>(s.notify);
    field_label(tr(Msg::pipe_field_notify));
    ImGui::SetNextItemWidth(em(160));
    if (ImGui::Combo("##notify", &ch, channels, 4)) s.notify = static_cast<Channel>(ch);
    mark_last_item("Notify " + title);
    if (s.notify != Channel::none) {
        field_label(tr(Msg::pipe_field_message));
        ImGui::SetNextItemWidth(std::max(w, ImGui::GetContentRegionAvail().x - em(4)));
        ImGui::InputTextWithHint("##message", tr(Msg::pipe_message_hint), &s.message);
        mark_last_item("Message " + title);
        template_help(s.message, preview_message(s.message, prof, &s, sh.today()), "Message " + title);
        const Date today = sh.today();
        texts_in_editor(s.translations, client_locale(prof, nullptr).language,
                        [&](const std::string& tmpl, std::string_view language) { return preview_message(tmpl, prof, &s, today, language); },
                        "Message " + title);
    }
    if (!d.is_new) {
        const int n = orders_in(u, d.id, s.id);
        const std::string in = n == 0 ? std::string("No order is in this stage.")
                                      : std::to_string(n) + (n == 1 ? " order is" : " orders are") + " in this stage.";
        ImGui::TextUnformatted((n == 0 ? std::string(tr(Msg::pipe_stage_no_orders)) : trn(Msg::pipe_stage_n_orders, n)).c_str());
        mark_last_item(in);  // the locator's name stays English
    }
    ImGui::EndGroup();
    ImGui::PopID();
}

}  // namespace atelier::ui::pipeline_edit

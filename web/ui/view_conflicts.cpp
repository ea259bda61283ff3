// Conflicts (core/rules/conflicts.hpp): a banner on the order or client page for each open record,
// and the list of all of them (the settings' own among them) in Settings, with the top bar's count
// leading there. Restore and Keep are order/client/atelier.resolve: one command each, undoable,
// synced like any edit.
#include <imgui.h>

#include "core/rules/conflicts.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

Command resolve(EntityKind kind, int id, const std::string& pipeline, int index, bool restore) {
    if (kind == EntityKind::pipeline) return cmd::PipelineResolve{pipeline, index, restore};
    if (kind == EntityKind::order) {
        cmd::OrderResolve c;
        c.order = id;
        c.conflict = index;
        c.restore = restore;
        return c;
    }
    if (kind == EntityKind::profile) {
        cmd::AtelierResolve c;
        c.conflict = index;
        c.restore = restore;
        return c;
    }
    cmd::ClientResolve c;
    c.client = id;
    c.conflict = index;
    c.restore = restore;
    return c;
}

// The sentence and its two choices; the buttons say which value each one leaves.
void one(const Atelier& a, Shell& sh, EntityKind kind, int id, const std::string& pipeline, int index, const Conflict& c) {
    ImGui::PushID(index);
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(role_colour("at_risk"), "%s", said_text(conflict_said(a, c, &ui_locale())).c_str());
    ImGui::PopTextWrapPos();
    mark_last_item("Conflict " + c.field);
    // The field's name and the values are the core's sentences (conflict_field_said, conflict_value_said)
    // in the device's language; the buttons' stable names keep the English values.
    const std::string field = said_text(conflict_field_said(c.field));
    const std::string replaced = said_text(conflict_value_said(a, c.field, c.replaced)), kept = said_text(conflict_value_said(a, c.field, c.kept));
    const std::string restore = tr(Msg::conf_restore, {{"value", replaced}}) + "###Restore " + conflict_value_text(a, c.field, c.replaced) + "##restore";
    const std::string keep = tr(Msg::conf_keep, {{"value", kept}}) + "###Keep " + conflict_value_text(a, c.field, c.kept) + "##keep";
    if (small_button(restore.c_str()) && sh.dispatch(resolve(kind, id, pipeline, index, true)))
        sh.notify(tr(Msg::conf_restored, {{"field", field}}));
    mark_last_item("Restore " + c.field);
    ImGui::SameLine();
    if (small_button(keep.c_str()) && sh.dispatch(resolve(kind, id, pipeline, index, false))) sh.notify(tr(Msg::conf_kept, {{"field", field}}));
    mark_last_item("Keep " + c.field);
    ImGui::PopID();
}

}  // namespace

void draw_conflict_banner(const Atelier& a, Shell& sh, EntityKind kind, int id, const std::vector<Conflict>& conflicts,
                          const std::string& pipeline) {
    if (open_conflicts(conflicts) == 0) return;
    ImGui::PushID("conflicts");
    ImGui::TextUnformatted(tr(Msg::conf_banner));
    mark_last_item("Conflict banner");
    for (size_t i = 0; i < conflicts.size(); ++i)
        if (conflicts[i].state == ConflictState::open) one(a, sh, kind, id, pipeline, static_cast<int>(i), conflicts[i]);
    ImGui::PopID();
    ImGui::Separator();
}

void draw_conflicts_section(const Atelier& a, Shell& sh) {
    const auto open = list_open_conflicts(a);
    if (open.empty()) return;
    section(tr(Msg::conf_title));
    mark_last_item("Conflicts list");
    ImGui::TextDisabled("%s", tr(Msg::conf_intro));
    ImGui::PushID("conflict list");
    for (size_t i = 0; i < open.size(); ++i) {
        const OpenConflict& k = open[i];
        ImGui::PushID(static_cast<int>(i));
        const Client* cl = k.kind == EntityKind::client ? a.client(k.id) : nullptr;
        if (k.kind == EntityKind::profile) {
            // The settings are on this page: no link, the sentence says which setting.
            ImGui::TextUnformatted(tr(Msg::conf_settings));
            mark_last_item("Settings conflict");
        } else if (k.kind == EntityKind::pipeline) {
            const Pipeline* pl = a.pipeline(k.pipeline);
            const std::string shown = pl ? pl->name : k.pipeline;
            const std::string name = "Pipeline " + shown;
            if (small_button((tr(Msg::conf_open_pipeline, {{"pipeline", shown}}) + "###Open " + name + "##open").c_str()))
                sh.open_pipeline(k.pipeline);
            mark_last_item("Open " + name);
        } else {
            const bool order = k.kind == EntityKind::order;
            const std::string label = order ? order_label(a.profile, k.id) : cl ? cl->name : std::to_string(k.id);
            const std::string name = (order ? "Order " : "Client ") + label;
            const std::string shown = order ? tr(Msg::conf_open_order, {{"order", label}}) : tr(Msg::conf_open_client, {{"client", label}});
            if (small_button((shown + "###Open " + name + "##open").c_str())) {
                if (order) sh.open_order(k.id);
                else sh.open_client(k.id);
            }
            mark_last_item("Open " + name);
        }
        one(a, sh, k.kind, k.id, k.pipeline, k.index, *k.record);
        ImGui::PopID();
    }
    ImGui::PopID();
}

}  // namespace atelier::ui

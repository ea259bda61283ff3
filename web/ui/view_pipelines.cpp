// Pipelines: pick one, create one (empty or from a template), rename it, reorder its stages (drag a
// row, or the up/down arrows) and configure every stage property.
// - Edits are a draft of the whole pipeline; "Save pipeline" sends ONE pipeline.put. A refusal is
//   shown next to the button (and as a toast) and nothing changes.
// - Deleting a saved stage asks first (PendingConfirm), saying how many orders are in it; the
//   confirmed command is the pipeline.put of the draft without that stage.
// - Orders per stage are counted once per revision, never per frame.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>

#include "core/commands/command.hpp"
#include "core/commands/concurrent.hpp"
#include "core/commands/plan.hpp"
#include "core/i18n/said_text.hpp"
#include "core/queries/fold.hpp"
#include "core/templates.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_pipelines_parts.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace pipeline_edit {

const StageUses* id_used(const Usage& u, const std::string& pipeline, const std::string& stage) {
    const auto p = u.uses.find(pipeline);
    if (p == u.uses.end()) return nullptr;
    const auto s = p->second.find(stage);
    return s != p->second.end() && s->second.any() ? &s->second : nullptr;
}

int orders_in(const Usage& u, const std::string& pipeline, const std::string& stage) {
    const StageUses* s = id_used(u, pipeline, stage);
    return s ? s->orders : 0;
}

// "Robe de Mariée" -> "robe-de-mariee": the core's ids are a-z, 0-9, '-' and '_'.
std::string slug(std::string_view name) {
    std::string s;
    for (const char ch : fold_text(name)) {
        const bool ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
        if (ok) s += ch;
        else if (!s.empty() && s.back() != '-') s += '-';
    }
    while (!s.empty() && s.back() == '-') s.pop_back();
    if (s.size() > 32) s.resize(32);
    while (!s.empty() && s.back() == '-') s.pop_back();
    return s;
}

// `base`, or `base-2`, `base-3`… the first one `taken` does not refuse.
template <class Taken>
std::string unique_id(std::string base, const char* fallback, Taken taken) {
    if (base.empty()) base = fallback;
    if (base == "order" || base == "handover") base += "-stage";  // reserved for payment milestones
    std::string id = base;
    for (int n = 2; taken(id); ++n) id = base + "-" + std::to_string(n);
    return id;
}

std::string stage_id_for(const Pipeline& p, size_t self, const std::string& name) {
    return unique_id(slug(name), "stage", [&](const std::string& id) {
        for (size_t i = 0; i < p.stages.size(); ++i)
            if (i != self && p.stages[i].id == id) return true;
        return false;
    });
}

// What tests and people see for a stage: its name, else its position.
std::string stage_title(const Stage& s, size_t i) { return s.name.empty() ? "#" + std::to_string(i + 1) : s.name; }

}  // namespace pipeline_edit

namespace {

using namespace pipeline_edit;

// [SECTION] State

const Usage& usage(const Atelier& a, PipelinesUi& ui, Shell& sh) {
    if (ui.usage.revision == sh.revision()) return ui.usage;
    Usage u;
    u.revision = sh.revision();
    for (const Order& o : a.orders) ++u.orders[o.pipeline];
    for (const Pipeline& p : a.pipelines) u.uses[p.id] = stage_uses(a, p.id);
    ui.usage = std::move(u);
    return ui.usage;
}

// [SECTION] Helpers

std::string pipeline_id_for(const Atelier& a, const std::string& name) {
    return unique_id(slug(name), "pipeline", [&](const std::string& id) { return a.pipeline(id) != nullptr; });
}

// "/pipeline/stages/2/team" + "no team \"X\"" -> "Stage 3 (Cutting): no team \"X\"": the core's
// reason in a sentence of `l`.
std::string describe(const Problem& e, const Pipeline& p, Language l) {
    const bool en = l == Language::en;
    const std::string reason = problem_text(l, e);
    auto number = [&](size_t n) { return en ? std::to_string(n) : ui_integer(static_cast<int64_t>(n)); };
    const std::string prefix = "/pipeline/stages/";
    if (e.path.rfind(prefix, 0) == 0 && e.path.size() > prefix.size() && std::isdigit(static_cast<unsigned char>(e.path[prefix.size()]))) {
        const size_t i = std::stoul(e.path.substr(prefix.size()));
        if (i < p.stages.size())
            return fill(text(l, Msg::pipe_err_stage_named),
                        {{"n", number(i + 1)}, {"stage", stage_title(p.stages[i], i)}, {"reason", reason}});
        return fill(text(l, Msg::pipe_err_stage), {{"n", number(i + 1)}, {"reason", reason}});
    }
    if (e.path == "/pipeline/name") return fill(text(l, Msg::pipe_err_name), {{"reason", reason}});
    if (e.path == "/pipeline/id") return fill(text(l, Msg::pipe_err_id), {{"reason", reason}});
    if (e.path.rfind("/pipeline/schedule", 0) == 0) {
        const std::string share = "/pipeline/schedule/";
        if (e.path.size() > share.size())
            return fill(text(l, Msg::pipe_err_share), {{"n", number(std::stoul(e.path.substr(share.size())) + 1)}, {"reason", reason}});
        return fill(text(l, Msg::pipe_err_schedule), {{"reason", reason}});
    }
    return reason;
}

// The refusal in English (the locator's name) and in the device's language.
ViewError described(const Problem& e, const Pipeline& p) { return ViewError{describe(e, p, Language::en), describe(e, p, ui_locale().language)}; }

// What the draft's base becomes when `saved` arrives: `saved`, except for what the user changed
// in the draft (the name, a stage edited, added or removed), which keeps what the user saw before
// typing — so that Save, sending it as `from`, lets the core record a concurrent edit of the same
// stage as a conflict instead of silently overwriting it.
Pipeline rebased_base(const Pipeline& saved, const Pipeline& base, const Pipeline& draft) {
    auto find = [](const Pipeline& p, const std::string& id) -> const Stage* {
        const int i = stage_index(p, id);
        return i < 0 ? nullptr : &p.stages[static_cast<size_t>(i)];
    };
    Pipeline out = saved;
    if (draft.name != base.name) out.name = base.name;
    if (draft.schedule != base.schedule) out.schedule = base.schedule;
    std::vector<std::string> ids;
    for (const auto* p : {&draft, &base})
        for (const auto& s : p->stages)
            if (std::find(ids.begin(), ids.end(), s.id) == ids.end()) ids.push_back(s.id);
    for (const auto& id : ids) {
        const Stage *mine = find(draft, id), *was = find(base, id);
        if ((mine && was && *mine == *was) || (!mine && !was)) continue;  // left alone
        const int at = stage_index(out, id);
        if (!was) {
            if (at >= 0) out.stages.erase(out.stages.begin() + at);
        } else if (at >= 0) {
            out.stages[static_cast<size_t>(at)] = *was;
        } else {
            out.stages.push_back(*was);
        }
    }
    return out;
}

// The draft of `p` as saved, or with `typed` (the draft's edits, rebased on `p`) on top and
// `base` (rebased_base) as what Save sends as seen.
void load(PipelinesUi& ui, const Pipeline& p, uint64_t revision, std::optional<Pipeline> typed = std::nullopt,
          std::optional<Pipeline> base = std::nullopt) {
    Draft& d = ui.d;
    // Stages keep their keys (and so the selection, any field being edited and a new stage's
    // id-follows-name) across reloads.
    std::unordered_map<std::string, StageMeta> kept;
    if (d.id == p.id)
        for (size_t i = 0; i < d.p.stages.size() && i < d.meta.size(); ++i) kept.emplace(d.p.stages[i].id, d.meta[i]);
    d.id = p.id;
    d.is_new = false;
    d.revision = revision;
    d.base = base ? std::move(*base) : p;
    d.p = typed ? std::move(*typed) : p;
    if (!typed) {
        d.error.clear();
    }
    d.meta.clear();
    for (const Stage& st : d.p.stages) {
        const auto k = kept.find(st.id);
        d.meta.push_back(k != kept.end() ? k->second : StageMeta{ui.next_key++, false});
    }
    if (std::none_of(d.meta.begin(), d.meta.end(), [&](const StageMeta& m) { return m.key == ui.selected_key; }))
        ui.selected_key = d.meta.empty() ? 0 : d.meta.front().key;
}

bool dirty(const Draft& d) { return d.is_new || !(d.p == d.base); }

// After every change of the state (a save, a confirmed deletion, undo, another device's entry,
// another atelier opened) the draft is brought up to the saved pipeline: unsaved edits stay, laid
// over the pipeline as it is now with the core's own merge (merged_pipeline: another device's
// change of a stage this draft left alone shows up; a stage this draft changed keeps the typed
// values), and the draft's base follows what is saved except where the user typed
// (rebased_base). A refused save changes nothing, so the draft stays for fixing.
void sync(const Atelier& a, Shell& sh, PipelinesUi& ui) {
    Draft& d = ui.d;
    if (d.revision == sh.revision()) return;
    ui.asked.reset();
    if (d.is_new) {  // a pipeline not saved yet: nothing arriving changes it
        d.revision = sh.revision();
        return;
    }
    const Pipeline* saved = d.id.empty() ? nullptr : a.pipeline(d.id);
    const bool typed = saved && dirty(d);
    if (!saved && !a.pipelines.empty()) saved = &a.pipelines.front();
    Pipeline merged = typed ? merged_pipeline(*saved, d.base, d.p) : Pipeline{};
    // Every edit of the draft now saved (a confirmed stage deletion sends the whole draft): clean.
    if (typed && !(merged.name == saved->name && merged.stages == saved->stages)) {
        load(ui, *saved, sh.revision(), std::move(merged), rebased_base(*saved, d.base, d.p));
    } else if (saved) {
        load(ui, *saved, sh.revision());
    } else {
        d = Draft{};
        d.revision = sh.revision();
    }
}

void select_pipeline(Shell& sh, PipelinesUi& ui, const Pipeline& p) {
    load(ui, p, sh.revision());
    ui.form.open = false;
}

// The put of `p` with the pipeline as the draft started from: another device's edit of a stage
// this draft left alone is kept.
cmd::PipelinePut put_of(const Draft& d, Pipeline p) {
    cmd::PipelinePut put{std::move(p), std::nullopt};
    if (!d.is_new) put.from = d.base;
    return put;
}

void save(Shell& sh, Draft& d) {
    const cmd::PipelinePut put = put_of(d, d.p);
    if (sh.dispatch(put)) {
        d.error.clear();
        // Saved: the draft is what is stored (with any other device's edits the core merged in,
        // shown by the reload that follows).
        d.is_new = false;
        d.id = d.p.id;
        d.base = d.p;
        sh.notify(tr(Msg::pipe_saved, {{"pipeline", d.p.name}}));
        return;
    }
    // dispatch already told the user in a toast; keep the reason beside the button too.
    d.error = described(sh.refusal(), d.p);
}

// [SECTION] Pipeline picker and the new-pipeline form

// A starter pipeline's title and line in the device's language, by the template's id (as on the
// first start).
struct TemplateText {
    const char* id;
    Msg title, line;
};
constexpr TemplateText kTemplateTexts[] = {{"bridal", Msg::start_bridal, Msg::start_bridal_line},
                                           {"tailoring", Msg::start_tailoring, Msg::start_tailoring_line},
                                           {"alterations", Msg::start_alterations, Msg::start_alterations_line}};

std::string template_text(const PipelineTemplate& t, bool line) {
    for (const auto& tt : kTemplateTexts)
        if (t.id == tt.id) return tr(line ? tt.line : tt.title);
    return line ? t.description : t.title;
}

void picker(const Atelier& a, Shell& sh, PipelinesUi& ui) {
    const bool locked = dirty(ui.d);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Msg::nav_pipelines));
    for (const Pipeline& p : a.pipelines) {
        const std::string shown = p.archived ? tr(Msg::pipe_archived_name, {{"pipeline", p.name}}) : p.name;
        const std::string label = shown + "##pl-" + p.id;
        same_line_if_fits(ImGui::CalcTextSize(shown.c_str()).x + em(24));
        const bool current = !ui.d.is_new && ui.d.id == p.id;
        ImGui::BeginDisabled(locked && !current);
        if (ImGui::Selectable(label.c_str(), current, 0, ImVec2(ImGui::CalcTextSize(shown.c_str()).x + em(8), 0)) &&
            !current)
            select_pipeline(sh, ui, p);
        ImGui::EndDisabled();
        mark_last_item("Pipeline " + p.name);
    }
    if (ui.d.is_new) {
        same_line_if_fits(em(160));
        ImGui::Selectable((tr(Msg::pipe_unsaved_name, {{"pipeline", ui.d.p.name}}) + "##pl-new").c_str(), true, 0,
                          ImVec2(ImGui::CalcTextSize(ui.d.p.name.c_str()).x + em(80), 0));
    }
    same_line_if_fits(em(120));
    ImGui::BeginDisabled(locked);
    if (ImGui::Button(ui_label(Msg::pipe_new, "New pipeline").c_str())) ui.form.open = !ui.form.open;
    ImGui::EndDisabled();
    if (locked) {
        same_line_if_fits(em(260));
        ImGui::TextDisabled("%s", tr(Msg::pipe_locked));
    }

    if (!ui.form.open || locked) return;
    NewForm& f = ui.form;
    ImGui::Indent(em(12));
    ImGui::SetNextItemWidth(em(260));
    ImGui::InputTextWithHint(ui_label(Msg::pipe_new_name, "New pipeline name").c_str(), tr(Msg::pipe_new_name_hint), &f.name);
    const auto& templates = pipeline_templates();
    const std::string from = f.from == 0 ? std::string(tr(Msg::pipe_from_empty)) : template_text(templates[size_t(f.from - 1)], false);
    ImGui::SetNextItemWidth(em(260));
    if (ImGui::BeginCombo("##from", from.c_str())) {
        if (ImGui::Selectable(ui_label(Msg::pipe_from_empty, "Empty (add stages yourself)").c_str(), f.from == 0)) f.from = 0;
        for (size_t i = 0; i < templates.size(); ++i) {
            const std::string label = template_text(templates[i], false) + "###" + templates[i].title;
            if (ImGui::Selectable(label.c_str(), f.from == int(i + 1))) f.from = int(i + 1);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", template_text(templates[i], true).c_str());
        }
        ImGui::EndCombo();
    }
    mark_last_item("Start from");  // combos do not report themselves to the locator
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(Msg::pipe_start_from));
    const std::string id = pipeline_id_for(a, f.name);
    ImGui::TextDisabled("%s", tr(Msg::pipe_new_id, {{"id", id}}).c_str());
    ImGui::BeginDisabled(f.name.find_first_not_of(' ') == std::string::npos);
    if (ImGui::Button(ui_label(Msg::pipe_create, "Create pipeline").c_str())) {
        Pipeline p;
        if (f.from > 0) p = templates[size_t(f.from - 1)].pipeline;
        p.id = id;
        p.name = f.name;
        load(ui, Pipeline{}, sh.revision());
        ui.d.id = id;
        ui.d.is_new = true;
        ui.d.p = p;
        ui.d.meta.clear();
        for (size_t i = 0; i < p.stages.size(); ++i) ui.d.meta.push_back(StageMeta{ui.next_key++, false});
        ui.selected_key = ui.d.meta.empty() ? 0 : ui.d.meta.front().key;
        f = NewForm{};
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::sched_cancel, "Cancel##new-pipeline").c_str())) f = NewForm{};
    ImGui::Unindent(em(12));
}

// [SECTION] Stage list: rows to select, drag, move and delete

// What a row asked for, applied after the loop over the rows (never while they are drawn).
struct Move {
    int from = -1, to = -1;
    int remove = -1;
};

void ask_delete(const Atelier& a, Shell& sh, PipelinesUi& ui, size_t i, const Usage& u) {
    Draft& d = ui.d;
    const Stage& s = d.p.stages[i];
    const bool saved = !d.is_new && stage_index(d.base, s.id) >= 0;
    if (!saved) {  // only in the draft: nothing to ask, nothing in the state changes
        d.p.stages.erase(d.p.stages.begin() + long(i));
        d.meta.erase(d.meta.begin() + long(i));
        return;
    }
    Pipeline without = d.p;
    without.stages.erase(without.stages.begin() + long(i));
    const int n = orders_in(u, d.id, s.id);
    std::string text;
    if (n > 0) text = trn(Msg::pipe_delete_has_orders, n);
    else if (!(d.p == d.base)) text = tr(Msg::pipe_delete_empty_with_changes);
    else text = tr(Msg::pipe_delete_empty);
    // Other reasons the core will refuse (the last stage, an unsaved edit it refuses) are said up front.
    const Plan check = plan_command(a, put_of(d, without), sh.context());
    const ViewError refusal = check.ok ? ViewError{} : described(check.error, without);
    if (n == 0 && !check.ok) text += " " + tr(Msg::pipe_delete_will_refuse, {{"reason", refusal.shown}});
    ui.asked = AskedDelete{d.id, s.id, refusal};
    sh.ask(PendingConfirm{tr(Msg::pipe_delete_title, {{"stage", stage_title(s, i)}, {"pipeline", d.p.name}}), text,
                           ui_label(Msg::pipe_delete_stage, "Delete stage"), put_of(d, without)});
}

void stage_row(Shell& sh, PipelinesUi& ui, size_t i, float width, const Usage& u, Move& move) {
    Draft& d = ui.d;
    const Stage& s = d.p.stages[i];
    const StageMeta& m = d.meta[i];
    const std::string title = stage_title(s, i);
    ImGui::PushID(m.key);
    const float h = ImGui::GetFrameHeight();
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##row", ui.selected_key == m.key, 0, ImVec2(width, h)))
        ui.selected_key = m.key;
    mark_last_item("Stage " + title);
    if (ImGui::IsItemActive()) sh.claim_touch_drag();  // a finger on a stage row reorders, not scrolls
    if (ImGui::BeginDragDropSource()) {
        ImGui::SetDragDropPayload("ATELIER_STAGE", &m.key, sizeof m.key);
        ImGui::TextUnformatted(tr(Msg::pipe_drag_move, {{"stage", title}}).c_str());
        ImGui::EndDragDropSource();
    }
    if (ImGui::BeginDragDropTarget()) {
        if (const ImGuiPayload* pl = ImGui::AcceptDragDropPayload("ATELIER_STAGE")) {
            int key = 0;
            std::memcpy(&key, pl->Data, sizeof key);
            for (size_t j = 0; j < d.meta.size(); ++j) {
                if (d.meta[j].key != key) continue;
                move.from = int(j);
                move.to = int(i);
            }
        }
        ImGui::EndDragDropTarget();
    }

    // The row's content, drawn over the selectable: grip, colour, position, name, team, flags, orders.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 muted = ImGui::ColorConvertFloat4ToU32(colours().muted);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    float x = p0.x + em(4);
    for (int k = 0; k < 3; ++k) {
        const float y = p0.y + h * 0.5f + float(k - 1) * em(4);
        dl->AddLine(ImVec2(x, y), ImVec2(x + em(10), y), muted, std::max(1.f, em(1.5f)));
    }
    x += em(16);
    dl->AddRectFilled(ImVec2(x, p0.y + em(4)), ImVec2(x + em(12), p0.y + h - em(4)),
                      ImGui::ColorConvertFloat4ToU32(hex_colour(s.colour, colours().muted)), em(2));
    x += em(20);
    const float ty = p0.y + (h - ImGui::GetTextLineHeight()) * 0.5f;
    ImGui::PushClipRect(p0, ImVec2(p0.x + width, p0.y + h), true);
    std::string line = std::to_string(i + 1) + ". " + title;
    dl->AddText(ImVec2(x, ty), text, line.c_str());
    x += ImGui::CalcTextSize(line.c_str()).x + em(8);
    std::string info = s.team.empty() ? std::string(tr(Msg::pipe_no_team)) : s.team;
    if (s.qc) info += std::string(" · ") + tr(Msg::prod_rule_qc);
    if (s.photo) info += std::string(" · ") + tr(Msg::prod_rule_photo);
    if (s.optional) info += std::string(" · ") + tr(Msg::prod_rule_optional);
    if (s.freezes) info += std::string(" · ") + tr(Msg::pipe_rule_freezes);
    // (an SMS stage has always read "WhatsApp" here: kept as it was)
    if (s.notify != Channel::none) info += std::string(" · ") + tr(s.notify == Channel::email ? Msg::channel_email : Msg::channel_whatsapp);
    info += " · " + tr(Msg::pipe_rule_days, {{"days", ui_integer(s.days)}});
    dl->AddText(ImVec2(x, ty), muted, info.c_str());
    const int n = d.is_new ? 0 : orders_in(u, d.id, s.id);
    const std::string count = trn(Msg::cl_n_orders, n);
    const float cw = ImGui::CalcTextSize(count.c_str()).x;
    dl->AddRectFilled(ImVec2(p0.x + width - cw - em(12), p0.y), ImVec2(p0.x + width, p0.y + h),
                      ImGui::GetColorU32(ImGuiCol_WindowBg));
    dl->AddText(ImVec2(p0.x + width - cw - em(6), ty), n > 0 ? text : muted, count.c_str());
    ImGui::PopClipRect();

    ImGui::SameLine();
    ImGui::BeginDisabled(i == 0);
    if (ImGui::ArrowButton("##up", ImGuiDir_Up)) {
        move.from = int(i);
        move.to = int(i) - 1;
    }
    ImGui::EndDisabled();
    mark_last_item("Move up " + title);
    ImGui::SameLine();
    ImGui::BeginDisabled(i + 1 == d.p.stages.size());
    if (ImGui::ArrowButton("##down", ImGuiDir_Down)) {
        move.from = int(i);
        move.to = int(i) + 1;
    }
    ImGui::EndDisabled();
    mark_last_item("Move down " + title);
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::pipe_delete, "Delete").c_str())) move.remove = int(i);
    mark_last_item("Delete stage " + title);

    // A deletion the core refused (or will refuse): the reason stays beside the stage.
    if (ui.asked && !sh.asking() && ui.asked->pipeline == d.id && ui.asked->stage == s.id && !ui.asked->refusal.empty()) {
        ImGui::Indent(em(36));
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextColored(colours().overdue, "%s", tr(Msg::pipe_not_deleted, {{"reason", ui.asked->refusal.shown}}).c_str());
        mark_last_item("Not deleted: " + ui.asked->refusal.english);
        ImGui::PopTextWrapPos();
        ImGui::Unindent(em(36));
    }
    ImGui::PopID();
}

void apply(Draft& d, Move mv) {
    const int n = int(d.p.stages.size());
    if (mv.from < 0 || mv.to < 0 || mv.from >= n || mv.to >= n || mv.from == mv.to) return;
    const Stage s = d.p.stages[size_t(mv.from)];
    const StageMeta m = d.meta[size_t(mv.from)];
    d.p.stages.erase(d.p.stages.begin() + mv.from);
    d.meta.erase(d.meta.begin() + mv.from);
    d.p.stages.insert(d.p.stages.begin() + mv.to, s);
    d.meta.insert(d.meta.begin() + mv.to, m);
}

void stage_list(const Atelier& a, Shell& sh, PipelinesUi& ui, float width, const Usage& u) {
    Draft& d = ui.d;
    const float buttons = ImGui::GetFrameHeight() * 2 + ImGui::CalcTextSize(tr(Msg::pipe_delete)).x + em(36);
    const float row = std::max(em(200), width - buttons);
    Move move;
    for (size_t i = 0; i < d.p.stages.size(); ++i) stage_row(sh, ui, i, row, u, move);
    if (d.p.stages.empty()) ImGui::TextDisabled("%s", tr(Msg::pipe_no_stages));
    apply(d, move);
    if (move.remove >= 0 && size_t(move.remove) < d.p.stages.size()) ask_delete(a, sh, ui, size_t(move.remove), u);
    if (ImGui::Button(ui_label(Msg::pipe_add_stage, "Add stage").c_str())) {
        Stage s;
        s.name = tr(Msg::pipe_new_stage_name, {{"n", std::to_string(d.p.stages.size() + 1)}});
        s.colour = "#6C8EBF";
        d.p.stages.push_back(s);
        d.meta.push_back(StageMeta{ui.next_key++, true});
        d.p.stages.back().id = stage_id_for(d.p, d.p.stages.size() - 1, s.name);
        ui.selected_key = d.meta.back().key;
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(Msg::pipe_reorder_hint));
}

}  // namespace

// [SECTION] The view

void draw_pipelines(const Atelier& a, PipelinesUi& ui, Shell& sh) {
    sync(a, sh, ui);
    const Usage& u = usage(a, ui, sh);
    Draft& d = ui.d;
    ImGui::BeginChild("pipelines");
    picker(a, sh, ui);
    ImGui::Separator();
    if (d.id.empty() && !d.is_new) {
        ImGui::TextDisabled("%s", tr(Msg::pipe_none));
        ImGui::EndChild();
        return;
    }
    if (const Pipeline* saved = d.is_new ? nullptr : a.pipeline(d.id))
        draw_conflict_banner(a, sh, EntityKind::pipeline, 0, saved->conflicts, saved->id);

    // Name, then the save row (kept near the top so it is reachable with many stages).
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputText(ui_label(Msg::pipe_name, "Pipeline name").c_str(), &d.p.name);
    same_line_if_fits(em(260));
    ImGui::TextDisabled("%s", tr(Msg::pipe_id, {{"id", d.p.id}}).c_str());
    if (!d.is_new) {
        const auto it = u.orders.find(d.id);
        const int n = it == u.orders.end() ? 0 : it->second;
        ImGui::SameLine();
        ImGui::TextDisabled("· %s", trn(Msg::cl_n_orders, n).c_str());
    }
    const bool changed = dirty(d);
    if (const Pipeline* saved = d.is_new ? nullptr : a.pipeline(d.id); saved && !changed) {
        // Archived: kept with its orders, offered for no new order. One pipeline.put, one undo.
        same_line_if_fits(em(200));
        if (ImGui::Button((saved->archived ? ui_label(Msg::pipe_unarchive, "Unarchive pipeline") : ui_label(Msg::pipe_archive, "Archive pipeline")).c_str())) {
            Pipeline next = *saved;
            next.archived = !saved->archived;
            if (sh.dispatch(cmd::PipelinePut{next, *saved}))
                sh.notify(tr(next.archived ? Msg::pipe_archived_toast : Msg::pipe_unarchived_toast, {{"pipeline", saved->name}}));
        }
        if (saved->archived) {
            same_line_if_fits(em(300));
            ImGui::TextColored(colours().due_soon, "%s", tr(Msg::pipe_archived_note));
            mark_last_item("Archived pipeline");
        }
    }
    ImGui::BeginDisabled(!changed);
    if (ImGui::Button(ui_label(Msg::pipe_save, "Save pipeline").c_str())) save(sh, d);
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::order_discard, "Discard changes").c_str())) {
        const Pipeline* saved = a.pipeline(d.id);
        if (d.is_new || !saved) {
            d = Draft{};
            if (!a.pipelines.empty()) load(ui, a.pipelines.front(), sh.revision());
        } else {
            load(ui, *saved, sh.revision());
        }
    }
    ImGui::EndDisabled();
    if (changed) {
        ImGui::SameLine();
        ImGui::TextColored(colours().due_soon, "%s", tr(d.is_new ? Msg::pipe_not_saved_yet : Msg::order_unsaved));
        mark_last_item("Unsaved changes");
    }
    if (!d.error.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(colours().overdue, "%s", tr(Msg::order_not_saved, {{"reason", d.error.shown}}).c_str());
        ImGui::PopTextWrapPos();
        mark_last_item("Not saved: " + d.error.english);
    }
    ImGui::Spacing();

    // Stages beside their editor on wide screens, above it on tablets in portrait.
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool wide = avail >= em(980);
    const float list_w = wide ? std::min(avail * 0.56f, em(720)) : avail;
    ImGui::BeginGroup();
    section(tr(Msg::pipe_stages));
    stage_list(a, sh, ui, list_w, u);
    section(tr(Msg::pipe_schedule_title));
    schedule_editor(d);
    ImGui::EndGroup();
    if (wide) {
        ImGui::SameLine(0, em(24));
        ImGui::BeginGroup();
        section(tr(Msg::pipe_stage_section));
        stage_editor(a, sh, d, ui.selected_key, u);
        ImGui::EndGroup();
    } else {
        section(tr(Msg::pipe_stage_section));
        stage_editor(a, sh, d, ui.selected_key, u);
    }
    ImGui::EndChild();
}

}  // namespace atelier::ui

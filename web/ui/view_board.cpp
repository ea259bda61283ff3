// The board: one column per stage of the chosen pipeline, cards moved forward by dragging.
// [SECTION] state and cache   [SECTION] moves (drag -> core commands)   [SECTION] cards
// [SECTION] columns           [SECTION] draw_board
// - The board (core build_board, ~1 ms at 100k orders) is cached per revision, day, pipeline and
//   filter; a frame only draws the cards the clippers let through.
// - Every change is a core command; a refusal is shown as a toast (dispatch) and as a message
//   under the board header naming the order, and the card stays where it was.
// - A drag is one batch of single steps (Shell::move_order, shared with the table): all or nothing, one Undo.
// - Actions found while drawing run after the frame's drawing: a dispatch rebuilds the index and
//   would leave the rows being drawn dangling.
#include <imgui.h>
#include <imgui_internal.h>  // BeginDragDropTargetCustom
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "core/derive.hpp"
#include "core/i18n/names.hpp"
#include "core/queries/board.hpp"
#include "core/queries/projection.hpp"
#include "core/rules/badge.hpp"
#include "core/rules/photos.hpp"
#include "core/rules/rework.hpp"
#include "core/rules/roles.hpp"
#include "web/ui/card.hpp"
#include "web/ui/dialog.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/photo_view.hpp"
#include "web/ui/rework_dialog.hpp"
#include "web/ui/style.hpp"
#include "web/ui/text_fit.hpp"
#include "web/ui/view_board.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

// [SECTION] state and cache

const BoardCache& board(const Atelier& a, Shell& sh, const Pipeline& p, BoardUi& u) {
    BoardCache& c = u.cache;
    if (c.revision == sh.revision() && c.today == sh.today() && c.pipeline == p.id && c.filter == u.filter &&
        c.team == u.team && c.money == sees_money(sh.role()))
        return c;
    Filter f;
    f.add({FilterKey::pipeline, p.id, false});
    if (!u.team.empty()) f.add({FilterKey::team, u.team, false});
    // Blank filter text matches every order; the text term needs at least one word.
    if (u.filter.find_first_not_of(" \t") != std::string::npos) f.add({FilterKey::text, u.filter, false});
    c.board = build_board(a, sh.index(), sh.today(), f);
    c.revision = sh.revision();
    c.today = sh.today();
    c.pipeline = p.id;
    c.filter = u.filter;
    c.money = sees_money(sh.role());
    c.team = u.team;
    c.first = c.count = 0;
    for (size_t i = 0; i < c.board.columns.size(); ++i)
        if (c.board.columns[i].pipeline == p.id) {
            if (c.count == 0) c.first = i;
            ++c.count;
        }
    c.tallest = 0;
    c.shown = 0;
    c.owed = {};
    c.stats.clear();
    const std::string& cur = a.profile.settings.currency;
    for (size_t k = 0; k < c.count; ++k) {
        const BoardColumn& col = c.board.columns[c.first + k];
        c.tallest = std::max(c.tallest, col.count);
        c.shown += col.count;
        c.owed += col.owed;
        c.stats.push_back(c.money && col.owed.minor > 0
                              ? tr(Msg::board_column_owes, {{"n", ui_integer(col.count)}, {"amount", money_text(col.owed, cur)}})
                              : ui_integer(col.count));
    }
    return c;
}

void say(BoardUi& u, std::string text, bool error) {
    u.message = std::move(text);
    u.message_error = error;
    u.photo_order = 0;
}

// [SECTION] moves (drag -> core commands)

void run_action(const Atelier& a, Shell& sh, BoardUi& u) {
    const BoardAction act = u.action;
    u.action = {};
    const Order* o = a.order(act.order);
    if (!o) return;
    const std::string label = order_label(a.profile, act.order);
    switch (act.kind) {
        case BoardAction::none: break;
        case BoardAction::open: sh.open_order(act.order); break;
        case BoardAction::move: {
            // An earlier column sends the order back: the dialog asks why (order.rework).
            const std::vector<int> back = rework_targets(a, *o);
            if (std::find(back.begin(), back.end(), act.target) != back.end()) {
                if (!ask_rework(a, sh, u.rework, act.order, act.target))
                    say(u, tr(Msg::board_not_sent_back, {{"order", label}, {"dialog", sh.dialogs().open}}), true);
                break;
            }
            if (auto m = sh.move_order(act.order, act.target, "skipped by a move on the board")) {
                say(u, m->text, m->error);
                if (m->error && stage_needing_photo(a, *o)) {
                    u.photo_order = act.order;
                    u.photo_target = act.target;
                }
            }
            break;
        }
        case BoardAction::start: {
            const Command c = o->status == Status::confirmed ? Command{cmd::OrderStart{act.order}} : Command{cmd::StageStart{act.order}};
            if (sh.dispatch(c)) say(u, tr(Msg::board_started, {{"order", label}}), false);
            else say(u, tr(Msg::board_not_started, {{"order", label}, {"reason", shown(sh.refusal())}}), true);
            break;
        }
        case BoardAction::skip:
            if (sh.dispatch(cmd::OrderSkip{act.order, "skipped on the board"})) say(u, tr(Msg::board_skipped, {{"order", label}}), false);
            else say(u, tr(Msg::board_not_skipped, {{"order", label}, {"reason", shown(sh.refusal())}}), true);
            break;
        case BoardAction::qc_pass:
            if (sh.dispatch(cmd::OrderQc{act.order, true, ""})) say(u, tr(Msg::board_passed_qc, {{"order", label}}), false);
            else say(u, tr(Msg::board_qc_not_recorded, {{"order", label}, {"reason", shown(sh.refusal())}}), true);
            break;
        case BoardAction::qc_fail_ask:
            if (open_dialog(sh.dialogs(), kQcFailDialog)) {
                u.qc_fail_order = act.order;
                u.qc_note.clear();
            }
            break;
    }
}

// [SECTION] cards

constexpr const char* kPayload = "ATELIER_ORDER";

ImU32 u32(ImVec4 c) { return ImGui::ColorConvertFloat4ToU32(c); }

struct CardMetrics {
    float pad, info_h, action_h, height;  // height: one clipper step, spacing included
};
CardMetrics card_metrics() {
    CardMetrics m;
    m.pad = look().px(Space::s);
    m.info_h = 2 * m.pad + card_text_height();
    m.action_h = ImGui::GetFrameHeight();
    m.height = m.info_h + m.action_h + m.pad + ImGui::GetStyle().ItemSpacing.y;
    return m;
}

// What a card says, in the words and colours of docs/design.md ("Cards"); the layout is card.cpp's.
CardText card_text(const Atelier& a, const QueryRow& r, const Order& o, const Stage& s, Date today, const std::string& label,
                   bool money) {
    const Theme& t = look().theme();
    CardText c;
    c.label = label;
    const Badges badges = order_badges(r, today, a.profile.due_soon_days);
    for (const atelier::Badge b : badges) {
        const BadgeText& bt = badge_text(b);
        if (is_deadline_badge(b)) c.due = Badge{tr(badge_msg(b)), role_colour(bt.role)};
        else c.marks.push_back(Badge{tr(badge_msg(b)), role_colour(bt.role)});
    }
    const Client* cl = a.client(o.client);
    c.client = cl ? cl->name : tr(Msg::board_no_client);
    c.garment = o.garment.empty() ? "—" : o.garment;
    c.deadline = tr(Msg::board_due, {{"date", ui_date(o.deadline)}});
    const Money owed = Money{r.owed}, due = Money{r.due_now};
    const std::string& cur = a.profile.settings.currency;
    // A milestone reached and not paid comes first: it is what to ask the client for today.
    c.money = !money           ? ""
              : due.minor > 0  ? (owed > due ? tr(Msg::board_due_now_of, {{"amount", money_text(due, cur)}, {"owed", money_text(owed, cur)}})
                                             : tr(Msg::board_due_now, {{"amount", money_text(due, cur)}}))
              : owed.minor > 0 ? tr(Msg::board_owes, {{"amount", money_text(owed, cur)}})
                               : std::string(tr(Msg::board_paid_up));
    c.money_colour = vec4(due.minor > 0 ? t.overdue : owed.minor > 0 ? t.due_soon : t.ok);
    c.status = tr(progress_msg(o.status, o.stage_status));
    c.status_colour = vec4(o.status != Status::in_production          ? t.stage_not_started
                           : o.stage_status == StageStatus::done        ? t.stage_done
                           : o.stage_status == StageStatus::in_progress ? t.stage_in_progress
                                                                        : t.stage_not_started);
    if (const LogEntry* rw = open_rework(a, o)) c.marks.push_back(Badge{rework_badge(*rw, 24, ui_locale().language), vec4(t.due_soon)});
    if (s.qc && o.qc != Qc::none) {
        c.status = tr(o.qc == Qc::pass ? Msg::board_qc_passed : Msg::board_qc_failed);
        c.status_colour = vec4(o.qc == Qc::pass ? t.ok : t.overdue);
    }
    return c;
}

void card(Shell& sh, BoardUi& u, const Atelier& a, const QueryRow& r, const Order& o, const Stage& s, ImVec4 stage_colour,
          float width, const CardMetrics& m) {
    const std::string label = order_label(a.profile, o.number);
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const ImVec2 p1(p0.x + width, p0.y + m.height - ImGui::GetStyle().ItemSpacing.y);
    ImGui::PushID(o.number);

    // The card's body: click opens the order, a drag moves it.
    const ImGuiIO& io = ImGui::GetIO();
    const bool clicked = ImGui::InvisibleButton("card", ImVec2(width, m.info_h));
    // A press that travelled was a drag (dropped back on the card), not a click.
    if (clicked && io.MouseDragMaxDistanceSqr[0] <= io.MouseDragThreshold * io.MouseDragThreshold)
        u.action = {BoardAction::open, o.number, 0};
    const bool hovered = ImGui::IsItemHovered();
    // A finger on a card drags the card; elsewhere a finger drag scrolls the column.
    if (ImGui::IsItemActive()) sh.claim_touch_drag();
    mark_last_item("Card " + label);
    if (ImGui::BeginDragDropSource(ImGuiDragDropFlags_None)) {
        const int n = o.number;
        ImGui::SetDragDropPayload(kPayload, &n, sizeof n);
        ImGui::TextUnformatted(tr(Msg::board_move, {{"order", label}}).c_str());
        ImGui::EndDragDropSource();
    }
    if (ImGui::BeginPopupContextItem("card menu")) {
        if (ImGui::MenuItem(ui_label(Msg::board_open_order, "Open order").c_str())) u.action = {BoardAction::open, o.number, 0};
        if (o.status == Status::confirmed && ImGui::MenuItem(ui_label(Msg::board_start_production, "Start production").c_str()))
            u.action = {BoardAction::start, o.number, 0};
        if (o.status == Status::in_production && o.stage_status == StageStatus::not_started &&
            ImGui::MenuItem(ui_label(Msg::board_start_stage, "Start stage").c_str()))
            u.action = {BoardAction::start, o.number, 0};
        if (o.status == Status::in_production && s.optional && o.stage_status != StageStatus::done &&
            ImGui::MenuItem(ui_label(Msg::board_skip_stage, "Skip this stage").c_str()))
            u.action = {BoardAction::skip, o.number, 0};
        ImGui::EndPopup();
    }

    const Theme& t = look().theme();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float radius = look().px(Space::xs + 1);
    dl->AddRectFilled(p0, p1, u32(vec4(hovered ? t.hover : t.surface)), radius);
    dl->AddRect(p0, p1, u32(vec4(t.border)), radius);
    // The stage's colour is a strip on the left edge only: never behind text.
    const float strip = look().px(Space::xs);
    dl->AddRectFilled(p0, ImVec2(p0.x + strip, p1.y), u32(stage_colour), radius, ImDrawFlags_RoundCornersLeft);
    const float x = p0.x + strip + look().px(Space::m);
    float right = p1.x - look().px(Space::m);
    // The order's photo, when it has one stored by content (photos from before had no thumbnail).
    if (const Image* cover = sh.prefs().card_photos ? cover_photo(o) : nullptr; cover && !cover->thumb.empty()) {
        const float side = std::min(m.info_h - 2 * m.pad, em(56));
        if (right - x > 3 * side) {
            draw_photo(sh, *cover, ImVec2(right - side, p0.y + m.pad), ImVec2(right, p0.y + m.pad + side), false);
            right -= side + look().px(Space::s);
        }
    }
    draw_card_text(dl, ImVec2(x, p0.y + m.pad), std::max(0.f, right - x), card_text(a, r, o, s, sh.today(), label, sees_money(sh.role())),
                   "card " + label);

    // Action row: what the card's stage asks for next (real buttons, so they are tappable).
    ImGui::SetCursorScreenPos(ImVec2(x, p0.y + m.info_h));
    if (o.status == Status::confirmed || (o.status == Status::in_production && o.stage_status == StageStatus::not_started)) {
        if (ImGui::Button(ui_label(Msg::board_start, "Start").c_str())) u.action = {BoardAction::start, o.number, 0};
        mark_last_item("Start " + label);
        ImGui::SameLine();
    }
    if (o.status == Status::in_production && s.qc && o.stage_status != StageStatus::done && o.qc != Qc::pass) {
        if (ImGui::Button(ui_label(Msg::board_qc_pass, "QC pass").c_str())) u.action = {BoardAction::qc_pass, o.number, 0};
        mark_last_item("QC pass " + label);
        ImGui::SameLine();
        if (ImGui::Button(ui_label(Msg::board_qc_fail, "QC fail").c_str())) u.action = {BoardAction::qc_fail_ask, o.number, 0};
        mark_last_item("QC fail " + label);
    }
    ImGui::PopID();
    // Exactly one clipper step, whatever was drawn above.
    ImGui::SetCursorScreenPos(p0);
    ImGui::Dummy(ImVec2(width, m.height - ImGui::GetStyle().ItemSpacing.y));
}

// [SECTION] columns

void column(const Atelier& a, Shell& sh, BoardUi& u, const BoardCache& c, const Pipeline& p, size_t k, float width, float height) {
    const BoardColumn& col = c.board.columns[c.first + k];
    const Stage& s = p.stages[k];
    const ImVec4 colour = hex_colour(s.colour, colours().muted);
    ImDrawList* dl = ImGui::GetWindowDrawList();

    // Header: colour strip, name with marks, count and owed, and a bar as long as the column is tall.
    ImGui::BeginGroup();
    const ImVec2 h0 = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(h0, ImVec2(h0.x + width, h0.y + em(6)), u32(colour), em(3));
    ImGui::Dummy(ImVec2(width, em(6)));
    std::string title = s.name;
    if (s.qc) title += std::string("  · ") + tr(Msg::board_mark_qc);
    if (s.photo) title += std::string("  · ") + tr(Msg::board_mark_photo);
    if (s.optional) title += std::string("  · ") + tr(Msg::board_mark_optional);
    // Cut with "…" (whole on hover) rather than clipped: a narrow tablet column still reads.
    fit_text_item(title, width, nullptr, "column " + s.name);
    const ImVec4 muted = vec4(look().theme().muted);
    fit_text_item(c.stats[k], width, &muted, "column " + s.name);
    mark_last_item(s.name + ": " + std::to_string(col.count) + (col.count == 1 ? " order" : " orders"));
    const ImVec2 b0 = ImGui::GetCursorScreenPos();
    const float frac = c.tallest > 0 ? float(col.count) / float(c.tallest) : 0.f;
    dl->AddRectFilled(b0, ImVec2(b0.x + width, b0.y + em(4)), u32(ImGui::GetStyleColorVec4(ImGuiCol_FrameBg)), em(2));
    if (frac > 0) dl->AddRectFilled(b0, ImVec2(b0.x + width * frac, b0.y + em(4)), u32(colour), em(2));
    ImGui::Dummy(ImVec2(width, em(4)));

    // Cards: their own scrolling child, clipped to what is visible.
    const float list_h = std::max(em(80), height - (ImGui::GetCursorScreenPos().y - h0.y));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(4), em(4)));
    ImGui::BeginChild(("col-" + s.id).c_str(), ImVec2(width, list_h), true);
    const CardMetrics m = card_metrics();
    const float card_w = ImGui::GetContentRegionAvail().x;
    const QueryIndex& ix = sh.index();
    ImGuiListClipper clip;
    clip.Begin(static_cast<int>(col.orders.size()), m.height);
    while (clip.Step())
        for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
            const size_t oi = static_cast<size_t>(col.orders[static_cast<size_t>(i)]);
            card(sh, u, a, ix.rows[oi], a.orders[oi], s, colour, card_w, m);
        }
    clip.End();
    if (col.orders.empty()) ImGui::TextDisabled("%s", tr(Msg::board_no_orders_here));
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::EndGroup();
    mark_last_item("Column " + s.name);

    // The whole column takes a dropped card; its id stays the same while the board scrolls under it.
    if (ImGui::BeginDragDropTargetCustom(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), ImGui::GetID("drop"))) {
        if (const ImGuiPayload* pl = ImGui::AcceptDragDropPayload(kPayload)) {
            int n = 0;
            std::memcpy(&n, pl->Data, sizeof n);
            u.action = {BoardAction::move, n, static_cast<int>(k)};
        }
        ImGui::EndDragDropTarget();
    }
}

void qc_fail_dialog(const Atelier& a, Shell& sh, BoardUi& u) {
    DialogState& d = sh.dialogs();
    if (!begin_dialog(d, kQcFailDialog, tr(Msg::board_qc_fail_title), 460)) return;
    const std::string order = order_label(a.profile, u.qc_fail_order);
    ImGui::TextWrapped("%s", tr(Msg::board_qc_fail_ask, {{"order", order}}).c_str());
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##what to fix", tr(Msg::board_qc_fail_hint), &u.qc_note);
    mark_last_item("What to fix");
    bool done = false;
    if (ImGui::Button(ui_label(Msg::board_qc_fail_record, "Record QC fail").c_str())) {
        if (sh.dispatch(cmd::OrderQc{u.qc_fail_order, false, u.qc_note})) {
            say(u, tr(Msg::board_failed_qc, {{"order", order}, {"note", u.qc_note}}), false);
            done = true;
        } else {
            say(u, tr(Msg::board_qc_not_recorded, {{"order", order}, {"reason", shown(sh.refusal())}}), true);
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::keep_as_it_is, "Keep as it is##qc").c_str())) done = true;
    if (done) {
        close_dialog(d);
        ImGui::CloseCurrentPopup();
    }
    end_dialog();
}

// The pipeline's columns side by side; the row scrolls sideways when they do not fit (11 stages on a tablet).
void columns(const Atelier& a, Shell& sh, BoardUi& u, const BoardCache& c, const Pipeline& p) {
    const size_t n = std::min(c.count, p.stages.size());
    ImGui::BeginChild("board columns", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = n ? std::max(em(210), (avail - gap * float(n - 1)) / float(n)) : avail;
    const float height = ImGui::GetContentRegionAvail().y - (width * float(n) > avail ? ImGui::GetStyle().ScrollbarSize : 0);
    const float vis0 = ImGui::GetWindowPos().x, vis1 = vis0 + ImGui::GetWindowWidth();
    for (size_t k = 0; k < n; ++k) {
        if (k > 0) ImGui::SameLine();
        const float x = ImGui::GetCursorScreenPos().x;
        if (x + width < vis0 || x > vis1) {
            ImGui::Dummy(ImVec2(width, height));  // off to the side: keep its place, draw nothing
            continue;
        }
        ImGui::PushID(static_cast<int>(k));
        column(a, sh, u, c, p, k, width, height);
        ImGui::PopID();
    }
    // Dragging a card near the left or right edge scrolls the columns (a tablet shows three of eleven).
    if (const ImGuiPayload* pl = ImGui::GetDragDropPayload(); pl && pl->IsDataType(kPayload)) {
        const float mx = ImGui::GetIO().MousePos.x, edge = em(48);
        if (mx < vis0 + edge && mx >= vis0) ImGui::SetScrollX(std::max(0.f, ImGui::GetScrollX() - em(14)));
        else if (mx > vis1 - edge && mx <= vis1) ImGui::SetScrollX(std::min(ImGui::GetScrollMaxX(), ImGui::GetScrollX() + em(14)));
    }
    ImGui::EndChild();
}

}  // namespace

// [SECTION] draw_board

const Pipeline* board_pipeline(const Atelier& a, const UiPrefs& prefs) {
    if (const Pipeline* p = a.pipeline(prefs.board_pipeline)) return p;
    return a.pipelines.empty() ? nullptr : &a.pipelines.front();
}

void draw_board(const Atelier& a, BoardUi& u, Shell& sh) {
    const Pipeline* p = board_pipeline(a, sh.prefs());
    if (!p) {
        ImGui::TextDisabled("%s", tr(Msg::board_no_pipeline));
        return;
    }

    // Toolbar: pipeline, filter, team, totals.
    // Pipeline picker: one button each (few pipelines, tappable), the chosen one highlighted.
    for (size_t i = 0; i < a.pipelines.size(); ++i) {
        const Pipeline& q = a.pipelines[i];
        const std::string item = q.name + "##pipeline-" + q.id;
        if (i > 0) same_line_if_fits(ImGui::CalcTextSize(q.name.c_str()).x + em(20));
        const bool on = &q == p;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(item.c_str()) && !on) {
            sh.prefs().board_pipeline = q.id;
            sh.save_prefs();
        }
        if (on) ImGui::PopStyleColor();
    }
    same_line_if_fits(em(260));
    ImGui::SetNextItemWidth(em(200));
    ImGui::InputTextWithHint("##board filter", tr(Msg::board_filter_hint), &u.filter);
    mark_last_item("Board filter");
    same_line_if_fits(em(220));
    ImGui::SetNextItemWidth(em(160));
    if (ImGui::BeginCombo("##board team", u.team.empty() ? tr(Msg::board_all_teams) : u.team.c_str())) {
        if (ImGui::Selectable(ui_label(Msg::board_all_teams, "All teams").c_str(), u.team.empty())) u.team.clear();
        for (const std::string& t : a.profile.teams)
            if (ImGui::Selectable((t + "##team").c_str(), t == u.team)) u.team = t;
        ImGui::EndCombo();
    } else {
        mark_last_item("Team filter");
    }
    const BoardCache& c = board(a, sh, *p, u);
    same_line_if_fits(em(220));
    ImGui::AlignTextToFramePadding();
    if (c.money) ImGui::TextDisabled("%s", trn(Msg::board_orders_owed, c.shown, {{"amount", money_text(c.owed, a.profile.settings.currency)}}).c_str());
    else ImGui::TextDisabled("%s", trn(Msg::board_orders, c.shown).c_str());
    mark_last_item("Board totals");

    if (!u.message.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(u.message_error ? colours().overdue : colours().ok, "%s", u.message.c_str());
        ImGui::PopTextWrapPos();
        mark_last_item("Board message: " + u.message);
        const Order* o = u.photo_order ? a.order(u.photo_order) : nullptr;
        if (const Stage* needs = o ? stage_needing_photo(a, *o) : nullptr) {
            stage_photo_buttons(sh, *o, *needs, u.photo_target, false);
            ImGui::SameLine();
        } else {
            ImGui::SameLine();
        }
        if (small_button(ui_label(Msg::dismiss, "Dismiss##board message").c_str())) say(u, "", false);
    }

    // An empty board says what to do next instead of showing empty columns.
    const bool filtered = u.filter.find_first_not_of(" \t") != std::string::npos || !u.team.empty();
    if (a.orders.empty()) {
        if (empty_state(tr(Msg::board_empty), ui_label(Msg::top_new_order, "+ Order##board empty").c_str())) sh.new_order();
    } else if (c.shown == 0 && !filtered) {
        // A pipeline just made, or one with nothing in progress: not a row of empty columns, but
        // what to do next; + Order starts on this pipeline (board_pipeline).
        if (empty_state(tr(Msg::board_pipeline_empty, {{"pipeline", p->name}}), ui_label(Msg::top_new_order, "+ Order##board pipeline empty").c_str()))
            sh.new_order();
    } else if (c.shown == 0 && filtered) {
        const bool text = u.filter.find_first_not_of(" \t") != std::string::npos;
        const Msg m = text && !u.team.empty() ? Msg::board_no_match_both
                      : text                  ? Msg::board_no_match_text
                      : !u.team.empty()       ? Msg::board_no_match_team
                                              : Msg::board_no_match;
        const std::string what = tr(m, {{"pipeline", p->name}, {"filter", u.filter}, {"team", u.team}});
        if (empty_state(what, ui_label(Msg::clear_filter, "Clear filter##board").c_str())) {
            u.filter.clear();
            u.team.clear();
        }
    } else {
        columns(a, sh, u, c, *p);
    }
    qc_fail_dialog(a, sh, u);
    if (const std::string sent = rework_dialog(a, sh, u.rework); !sent.empty()) say(u, sent, false);
    if (u.action.kind != BoardAction::none) run_action(a, sh, u);
}

}  // namespace atelier::ui

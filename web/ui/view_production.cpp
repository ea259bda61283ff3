// Production: styles on the left of the work (their tech pack, its state and versions, the bill
// of materials), then the production orders of the chosen style (matrix, release, batches through
// the stages, the materials summary and its CSV). Every change is a command; the rules and their
// refusals are the core's (core/production/rules.hpp).
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>

#include "core/i18n/names.hpp"
#include "core/production/materials.hpp"
#include "core/production/rules.hpp"
#include "core/rules/roles.hpp"
#include "core/text.hpp"
#include "web/ui/date_picker.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/quantity_grid.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

bool may_write(Shell& sh, const Command& c) { return !role_refuses_type(sh.role(), command_type(c)); }

namespace {

// The English label names marks; the catalogue's words are shown.
const char* style_state_label(StyleState s) { return EnumNames<StyleState>::labels[static_cast<size_t>(s)]; }
const char* style_state_text(StyleState s) { return tr(style_state_msg(s)); }
const char* production_state_text(ProductionState s) { return tr(production_state_msg(s)); }

// "XS, S, M" -> {"XS", "S", "M"}: names typed as a list.
std::vector<std::string> split_names(const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : text + ",") {
        if (c == ',') {
            const std::string t(trim(cur));
            if (!t.empty()) out.push_back(t);
            cur.clear();
        } else {
            cur += c;
        }
    }
    return out;
}

bool run(Shell& sh, ProductionUi& u, const Command& c) {
    if (sh.dispatch(c)) {
        u.error.clear();
        return true;
    }
    u.error = shown(sh.refusal());
    return false;
}

void show_error(const ProductionUi& u) {
    if (u.error.empty()) return;
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(colours().overdue, "%s", u.error.c_str());
    ImGui::PopTextWrapPos();
    mark_last_item("Production problem");
}

// "2.25" the locale's way ("2,25"): the whole part grouped, the decimals after its separator.
std::string quantity_text(Quantity q) {
    const std::string plain = format_quantity(q);
    const auto dot = plain.find('.');
    std::string out = ui_integer(q.milli / 1000);
    if (dot == std::string::npos) return out;
    const std::string cent = local_amount(Money{1}, ui_locale());  // "0.01", "0,01": its separator
    return out + cent.substr(1, cent.size() - 3) + plain.substr(dot + 1);
}

void draw_new_style(ProductionUi& u, Shell& sh) {
    if (!ImGui::CollapsingHeader(ui_label(Msg::style_new, "New style").c_str())) {
        mark_last_item("New style");
        return;
    }
    mark_last_item("New style");
    ImGui::InputText(ui_label(Msg::style_code, "Style code##new").c_str(), &u.new_code, ImGuiInputTextFlags_CharsUppercase);
    mark_last_item("Style code");
    ImGui::InputText(ui_label(Msg::style_name, "Name##new style").c_str(), &u.new_name);
    mark_last_item("Style name");
    ImGui::InputText(ui_label(Msg::style_season, "Season##new style").c_str(), &u.new_season);
    mark_last_item("Style season");
    ImGui::InputText(ui_label(Msg::style_sizes, "Sizes##new style").c_str(), &u.new_sizes);
    mark_last_item("Style sizes");
    ImGui::InputTextWithHint(ui_label(Msg::style_colourways, "Colourways##new style").c_str(), tr(Msg::style_colourways_hint), &u.new_colours);
    mark_last_item("Style colourways");
    if (ImGui::Button(ui_label(Msg::style_create, "Create style").c_str())) {
        cmd::StyleCreate c;
        c.code = std::string(trim(u.new_code));
        c.name = u.new_name;
        c.season = u.new_season;
        c.pack.sizes = split_names(u.new_sizes);
        c.pack.colours = split_names(u.new_colours);
        if (run(sh, u, c)) {
            u.style = c.code;
            u.production = 0;
            u.new_code.clear();
            u.new_name.clear();
            sh.notify(tr(Msg::style_created, {{"style", c.code}}));
        }
    }
    mark_last_item("Create style");
}

// The next state forward, and back to Design, as buttons; a new version once released.
void draw_state(const Style& s, ProductionUi& u, Shell& sh) {
    ImGui::TextUnformatted(
        tr(Msg::style_state_line, {{"style", s.code}, {"version", std::to_string(s.pack().version)}, {"state", style_state_text(s.state)}}).c_str());
    mark_last_item("Style state");
    if (s.pack().released) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr(Msg::style_released_frozen));
    }
    if (!may_write(sh, cmd::StyleSetState{})) return;
    if (s.state < StyleState::production_ready) {
        const auto next = static_cast<StyleState>(static_cast<int>(s.state) + 1);
        const std::string name = std::string("Move to ") + style_state_label(next);  // the mark, in English
        const std::string label = tr(Msg::style_move_to, {{"state", style_state_text(next)}}) + "###" + name;
        if (ImGui::Button(label.c_str()) && run(sh, u, cmd::StyleSetState{s.code, next}))
            sh.notify(tr(Msg::style_moved, {{"style", s.code}, {"state", style_state_text(next)}}));
        mark_last_item(name);
        ImGui::SameLine();
    }
    if (!s.pack().released && s.state > StyleState::design && s.state != StyleState::archived) {
        if (ImGui::Button(ui_label(Msg::style_back_to_design, "Back to Design").c_str())) run(sh, u, cmd::StyleSetState{s.code, StyleState::design});
        mark_last_item("Back to Design");
        ImGui::SameLine();
    }
    if (ImGui::Button(ui_label(Msg::style_new_version, "New version").c_str())) {
        const int version = s.pack().version + 1;
        if (run(sh, u, cmd::StyleRevise{s.code, s.pack().version})) sh.notify(tr(Msg::style_version_made, {{"style", s.code}, {"version", std::to_string(version)}}));
    }
    mark_last_item("New version");
}

void draw_bom(const Style& s, ProductionUi& u, Shell& sh) {
    const PackVersion& p = s.pack();
    std::string sizes;
    for (const auto& z : p.sizes) sizes += (sizes.empty() ? "" : ", ") + z;
    std::string colours_text;
    for (const auto& c : p.colours) colours_text += (colours_text.empty() ? "" : ", ") + c;
    ImGui::TextUnformatted(tr(Msg::style_sizes_line, {{"sizes", sizes.empty() ? "–" : sizes}}).c_str());
    ImGui::TextUnformatted(tr(Msg::style_colourways_line, {{"colourways", colours_text.empty() ? "–" : colours_text}}).c_str());
    section(tr(Msg::style_bom));
    if (!p.bom.empty() && ImGui::BeginTable("##bom", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn(tr(Msg::style_material));
        ImGui::TableSetupColumn(tr(Msg::style_per_size));
        ImGui::TableSetupColumn(tr(Msg::style_waste));
        ImGui::TableSetupColumn(tr(Msg::style_supplier));
        ImGui::TableSetupColumn("");
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < p.bom.size(); ++i) {
            const BomLine& b = p.bom[i];
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted((b.material + " (" + b.unit + ")").c_str());
            mark_last_item("BOM " + b.material);
            ImGui::TableSetColumnIndex(1);
            std::string q;
            for (const auto& x : b.per_size) q += (q.empty() ? "" : " / ") + quantity_text(x);
            ImGui::TextUnformatted(q.c_str());
            ImGui::TableSetColumnIndex(2);
            ImGui::TextUnformatted(tr(Msg::style_waste_percent, {{"percent", ui_integer(b.waste_percent)}}).c_str());
            ImGui::TableSetColumnIndex(3);
            ImGui::TextUnformatted(b.supplier.c_str());
            ImGui::TableSetColumnIndex(4);
            ImGui::PushID(static_cast<int>(i));
            if (!p.released && s.state < StyleState::production_ready && may_write(sh, cmd::StyleUpdate{}) &&
                small_button(ui_label(Msg::sched_remove, "Remove").c_str())) {
                cmd::StyleUpdate c;
                c.style = s.code;
                TechPack next = p;
                next.bom.erase(next.bom.begin() + static_cast<std::ptrdiff_t>(i));
                c.pack = next;
                c.from = static_cast<const TechPack&>(p);  // another device's edit meanwhile is kept
                run(sh, u, c);
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (!may_write(sh, cmd::StyleUpdate{})) return;
    if (p.released || s.state >= StyleState::production_ready) {
        ImGui::TextDisabled("%s", tr(p.released ? Msg::style_frozen_hint : Msg::style_back_to_change));
        return;
    }
    ImGui::SetNextItemWidth(em(200));
    ImGui::InputTextWithHint("##bom material", tr(Msg::style_material), &u.bom_material);
    mark_last_item("BOM material");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(60));
    ImGui::InputText("##bom unit", &u.bom_unit);
    mark_last_item("BOM unit");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(200));
    ImGui::InputTextWithHint("##bom quantities", tr(Msg::style_quantities_hint), &u.bom_quantities);
    mark_last_item("BOM quantities");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(90));
    ImGui::InputInt(ui_label(Msg::style_waste_field, "Waste %##bom").c_str(), &u.bom_waste);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(140));
    ImGui::InputTextWithHint("##bom supplier", tr(Msg::style_supplier), &u.bom_supplier);
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::style_add_material, "Add material").c_str())) {
        BomLine b;
        b.material = std::string(trim(u.bom_material));
        b.unit = std::string(trim(u.bom_unit));
        b.supplier = u.bom_supplier;
        b.waste_percent = u.bom_waste;
        bool read = true;
        for (const auto& q : split_names(u.bom_quantities)) {
            const auto v = parse_quantity(q);
            if (!v) read = false;
            else b.per_size.push_back(*v);
        }
        // One quantity for every size when one is typed.
        if (read && b.per_size.size() == 1) b.per_size.assign(p.sizes.size(), b.per_size.front());
        if (!read) {
            u.error = tr(Msg::style_quantities_error);
        } else {
            cmd::StyleUpdate c;
            c.style = s.code;
            TechPack next = p;
            next.bom.push_back(b);
            c.pack = next;
            c.from = static_cast<const TechPack&>(p);
            if (run(sh, u, c)) u.bom_material.clear(), u.bom_quantities.clear();
        }
    }
    mark_last_item("Add material");
}

void draw_new_production(const Atelier& a, const Style& s, ProductionUi& u, Shell& sh) {
    const PackVersion& p = s.pack();
    if (!ImGui::CollapsingHeader(ui_label(Msg::pr_new, "New production order").c_str())) {
        mark_last_item("New production order");
        return;
    }
    mark_last_item("New production order");
    if (u.po_pipeline.empty() || !a.pipeline(u.po_pipeline))
        for (const auto& pl : a.pipelines)
            if (!pl.archived) {
                u.po_pipeline = pl.id;
                if (pl.id == "floor") break;
            }
    ImGui::SetNextItemWidth(em(200));
    if (ImGui::BeginCombo(ui_label(Msg::order_pipeline, "Pipeline##po").c_str(), u.po_pipeline.c_str())) {
        for (const auto& pl : a.pipelines) {
            if (pl.archived) continue;
            if (ImGui::Selectable(pl.name.c_str(), pl.id == u.po_pipeline)) u.po_pipeline = pl.id;
            mark_last_item("Pipeline " + pl.name);
        }
        ImGui::EndCombo();
    } else {
        mark_last_item("Production pipeline");
    }
    ImGui::SameLine();
    if (u.po_due.empty()) u.po_due = format_date(add_days(sh.today(), 42));
    date_field(ui_label(Msg::pr_due, "Due##po").c_str(), u.po_due, sh.today(), em(130));  // the field marks itself "Due##po"
    const size_t n = p.colours.size() * p.sizes.size();
    quantity_grid("##matrix", p, u.po_cells, "Matrix");
    if (ImGui::Button(ui_label(Msg::pr_create, "Create production order").c_str())) {
        cmd::ProductionCreate c;
        c.style = s.code;
        c.pipeline = u.po_pipeline;
        const auto due = parse_date(u.po_due);
        if (!due) {
            u.error = tr(Msg::pr_pick_due);
        } else {
            c.due = *due;
            for (size_t i = 0; i < n; ++i)
                if (u.po_cells[i] != 0) c.matrix.push_back(Cell{p.colours[i / p.sizes.size()], p.sizes[i % p.sizes.size()], u.po_cells[i]});
            if (run(sh, u, c)) {
                u.production = sh.created() ? sh.created() : a.profile.next_order;
                std::fill(u.po_cells.begin(), u.po_cells.end(), 0);
                sh.notify(tr(Msg::pr_created));
            }
        }
    }
    mark_last_item("Create production order");
}

void draw_materials(const Atelier& a, const ProductionOrder& po, Shell& sh) {
    const MaterialsSummary m = materials_of(a, po);
    section(tr(Msg::pr_materials));
    if (!m.changed.empty()) {
        ImGui::TextColored(colours().due_soon, "%s", tr(Msg::pr_pack_changed));
        mark_last_item("Materials changed");
    }
    if (m.problem) ImGui::TextColored(colours().overdue, "%s", said_text(*m.problem).c_str());
    if (m.lines.empty()) {
        ImGui::TextDisabled("%s", tr(Msg::pr_no_bom));
        return;
    }
    if (ImGui::BeginTable("##materials", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn(tr(Msg::style_material));
        ImGui::TableSetupColumn(tr(Msg::pr_required));
        ImGui::TableSetupColumn(tr(Msg::pr_with_waste));
        ImGui::TableSetupColumn(tr(Msg::style_supplier));
        ImGui::TableHeadersRow();
        for (const auto& l : m.lines) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(l.material.c_str());
            mark_last_item("Material " + l.material);
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted((quantity_text(l.net) + " " + l.unit).c_str());
            mark_last_item("Required " + l.material);
            ImGui::TableSetColumnIndex(2);
            ImGui::TextUnformatted((quantity_text(l.with_waste) + " " + l.unit).c_str());
            ImGui::TableSetColumnIndex(3);
            ImGui::TextUnformatted(l.supplier.c_str());
        }
        ImGui::EndTable();
    }
    if (ImGui::Button(ui_label(Msg::pr_export_csv, "Export materials CSV").c_str())) {
        const std::string name = "materials-" + order_label(a.profile, po.number) + ".csv";
        sh.download_file(name, "text/csv;charset=utf-8", materials_csv(m));
        sh.notify(tr(Msg::pr_saved_file, {{"file", name}}));
    }
    mark_last_item("Export materials CSV");
}

void draw_batches(const Atelier& a, const ProductionOrder& po, const PackVersion& pack, ProductionUi& u, Shell& sh) {
    const Pipeline* pl = a.pipeline(po.pipeline);
    if (!pl) return;
    section(tr(Msg::pr_batches));
    u.pieces.resize(po.batches.size(), 0);
    for (size_t i = 0; i < po.batches.size(); ++i) {
        const ProductionBatch& b = po.batches[i];
        ImGui::PushID(static_cast<int>(i));
        const std::string at = batch_stage(b, *pl);
        const std::string title =
            at.empty() ? trn(Msg::pr_batch_finished, pieces(b), {{"batch", std::to_string(b.id)}, {"colour", b.colour}})
                       : trn(Msg::pr_batch_at, pieces(b),
                             {{"batch", std::to_string(b.id)}, {"colour", b.colour}, {"stage", pl->stages[static_cast<size_t>(stage_index(*pl, at))].name}});
        ImGui::TextUnformatted(title.c_str());
        mark_last_item("Batch " + std::to_string(b.id));
        std::string flow;
        for (const auto& f : batch_flow(b, *pl)) {
            const Stage& st = pl->stages[static_cast<size_t>(stage_index(*pl, f.stage))];
            const std::string done = ui_integer(f.done), rejected = ui_integer(f.rejected), waiting = ui_integer(f.waiting);
            const Msg m = f.rejected && f.waiting ? Msg::pr_flow_rejected_waiting
                          : f.rejected            ? Msg::pr_flow_rejected
                          : f.waiting             ? Msg::pr_flow_waiting
                                                  : Msg::pr_flow_done;
            flow += (flow.empty() ? "" : "  ·  ") +
                    tr(m, {{"stage", st.name}, {"done", done}, {"rejected", rejected}, {"waiting", waiting}});
        }
        ImGui::TextDisabled("%s", flow.c_str());
        mark_last_item("Batch flow " + std::to_string(b.id));
        if (!at.empty() && po.state == ProductionState::in_progress) {
            int64_t waiting = 0;
            for (const auto& f : batch_flow(b, *pl))
                if (f.stage == at) waiting = f.waiting;
            if (u.pieces[i] <= 0 || u.pieces[i] > waiting) u.pieces[i] = static_cast<int>(waiting);
            ImGui::SetNextItemWidth(em(110));
            ImGui::InputInt(ui_label(Msg::pr_pieces_field, "pieces").c_str(), &u.pieces[i], 0);
            mark_last_item("Batch pieces " + std::to_string(b.id));
            const std::string& stage_name = pl->stages[static_cast<size_t>(stage_index(*pl, at))].name;
            ImGui::SameLine();
            const std::string done = tr(Msg::pr_done_at, {{"stage", stage_name}}) + "###Done at " + stage_name;
            // After each record the field offers what then waits (0: filled in again next frame).
            if (ImGui::Button(done.c_str()) && run(sh, u, cmd::ProductionProgress{po.number, b.id, at, u.pieces[i], 0})) u.pieces[i] = 0;
            mark_last_item("Batch done " + std::to_string(b.id));
            ImGui::SameLine();
            if (ImGui::Button(ui_label(Msg::pr_reject, "Reject").c_str()) && run(sh, u, cmd::ProductionProgress{po.number, b.id, at, 0, u.pieces[i]})) u.pieces[i] = 0;
            mark_last_item("Batch reject " + std::to_string(b.id));
        }
        ImGui::PopID();
    }
    if (po.state != ProductionState::released && po.state != ProductionState::in_progress) return;
    ImGui::Spacing();
    std::vector<std::string> colours_planned;
    for (const auto& c : po.matrix)
        if (index_in(colours_planned, c.colour) < 0) colours_planned.push_back(c.colour);
    if (colours_planned.empty()) return;
    u.batch_colour = std::clamp(u.batch_colour, 0, static_cast<int>(colours_planned.size()) - 1);
    ImGui::SetNextItemWidth(em(140));
    if (ImGui::BeginCombo(ui_label(Msg::style_colour, "Colour##batch").c_str(), colours_planned[static_cast<size_t>(u.batch_colour)].c_str())) {
        for (size_t c = 0; c < colours_planned.size(); ++c) {
            if (ImGui::Selectable(colours_planned[c].c_str(), static_cast<int>(c) == u.batch_colour)) {
                u.batch_colour = static_cast<int>(c);
                u.batch_sizes.clear();
            }
            mark_last_item("Batch colour " + colours_planned[c]);
        }
        ImGui::EndCombo();
    } else {
        mark_last_item("Batch colour");
    }
    const std::string& colour = colours_planned[static_cast<size_t>(u.batch_colour)];
    // Each size starts at what is left of it.
    if (u.batch_sizes.size() != pack.sizes.size()) {
        u.batch_sizes.assign(pack.sizes.size(), 0);
        for (size_t z = 0; z < pack.sizes.size(); ++z) {
            const int plan = planned(po, colour, pack.sizes[z]);
            u.batch_sizes[z] = static_cast<int>(std::max<int64_t>(0, plan - cut(po, colour, pack.sizes[z])));
        }
    }
    for (size_t z = 0; z < pack.sizes.size(); ++z) {
        if (planned(po, colour, pack.sizes[z]) == 0) continue;
        ImGui::SameLine();
        ImGui::PushID(static_cast<int>(z) + 1000);
        ImGui::SetNextItemWidth(em(70));
        ImGui::InputInt(pack.sizes[z].c_str(), &u.batch_sizes[z], 0);
        mark_last_item("Batch size " + pack.sizes[z]);
        ImGui::PopID();
    }
    if (ImGui::Button(ui_label(Msg::pr_start_batch, "Start batch").c_str())) {
        cmd::ProductionBatchCreate c;
        c.production = po.number;
        c.colour = colour;
        for (size_t z = 0; z < pack.sizes.size(); ++z)
            if (u.batch_sizes[z] > 0) c.sizes.push_back(SizeCount{pack.sizes[z], u.batch_sizes[z]});
        if (run(sh, u, c)) {
            u.batch_sizes.clear();
            sh.notify(tr(Msg::pr_batch_started));
        }
    }
    mark_last_item("Start batch");
}

void draw_production_order(const Atelier& a, const ProductionOrder& po, ProductionUi& u, Shell& sh) {
    const Style* s = a.style(po.style);
    const PackVersion* pack = s ? pack_of(*s, po) : nullptr;
    if (!pack) return;
    const std::string label = production_label(a.profile, po.number);
    section(label.c_str());
    const std::string due = ui_date(po.due), version = std::to_string(po.version);
    ImGui::TextUnformatted(trn(po.version ? Msg::pr_state_line_version : Msg::pr_state_line, pieces(po.matrix),
                               {{"state", production_state_text(po.state)}, {"style", po.style}, {"date", due}, {"version", version}})
                               .c_str());
    mark_last_item("Production state");
    if (po.sales_order && a.sales_order(po.sales_order)) {
        const std::string link = tr(Msg::pr_for_sales, {{"order", sales_label(a.profile, po.sales_order)}});
        if (ImGui::Selectable(link.c_str(), false, 0, ImGui::CalcTextSize(link.c_str()))) show_sales_order(u, po.sales_order);
        mark_last_item("Production sales order");
    }
    const bool open = po.state != ProductionState::completed && po.state != ProductionState::cancelled;
    if (po.state == ProductionState::draft && may_write(sh, cmd::ProductionPlan{})) {
        if (ImGui::Button(ui_label(Msg::pr_plan, "Plan").c_str())) run(sh, u, cmd::ProductionPlan{po.number});
        mark_last_item("Plan");
        ImGui::SameLine();
    }
    if ((po.state == ProductionState::draft || po.state == ProductionState::planned) && may_write(sh, cmd::ProductionRelease{})) {
        if (ImGui::Button(ui_label(Msg::pr_release, "Release to the floor").c_str()) && run(sh, u, cmd::ProductionRelease{po.number}))
            sh.notify(tr(Msg::pr_released, {{"order", label}}));
        mark_last_item("Release");
        ImGui::SameLine();
    }
    if (po.state == ProductionState::in_progress && may_write(sh, cmd::ProductionComplete{})) {
        ImGui::SetNextItemWidth(em(220));
        ImGui::InputTextWithHint("##closing", tr(Msg::pr_closing_hint), &u.closing_note);
        mark_last_item("Closing note");
        ImGui::SameLine();
        if (ImGui::Button(ui_label(Msg::pr_complete, "Complete").c_str()) && run(sh, u, cmd::ProductionComplete{po.number, u.closing_note}))
            sh.notify(tr(Msg::pr_completed, {{"order", label}}));
        mark_last_item("Complete");
        ImGui::SameLine();
    }
    if (open && may_write(sh, cmd::ProductionCancel{})) {
        ImGui::SetNextItemWidth(em(160));
        ImGui::InputTextWithHint("##cancel", tr(Msg::pr_cancel_reason_hint), &u.cancel_reason);
        ImGui::SameLine();
        if (ImGui::Button(ui_label(Msg::pr_cancel, "Cancel order").c_str()) && run(sh, u, cmd::ProductionCancel{po.number, u.cancel_reason}))
            sh.notify(tr(Msg::pr_cancelled, {{"order", label}}));
        mark_last_item("Cancel production order");
    }
    show_error(u);
    std::string matrix;
    for (const auto& c : po.matrix) matrix += (matrix.empty() ? "" : ", ") + c.colour + " " + c.size + " × " + ui_integer(c.quantity);
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", matrix.c_str());
    ImGui::PopTextWrapPos();
    draw_materials(a, po, sh);
    if (po.version) draw_batches(a, po, *pack, u, sh);
    if (!po.closing_note.empty()) ImGui::TextDisabled("%s", tr(Msg::pr_note, {{"note", po.closing_note}}).c_str());
    draw_production_history(a, po);
}

void draw_styles(const Atelier& a, ProductionUi& u, Shell& sh) {
    if (a.styles.empty()) {
        ImGui::TextWrapped("%s", tr(Msg::style_none));
        mark_last_item("No styles");
    }
    if (may_write(sh, cmd::StyleCreate{})) draw_new_style(u, sh);
    if (a.styles.empty()) return show_error(u);
    if (!a.style(u.style)) u.style = a.styles.front().code;
    const Style& s = *a.style(u.style);
    ImGui::SetNextItemWidth(em(320));
    const std::string shown = s.code + " · " + s.name;
    if (ImGui::BeginCombo(ui_label(Msg::style_pick, "Style##pick").c_str(), shown.c_str())) {
        for (const auto& x : a.styles) {
            const std::string item = x.code + " · " + x.name + " · " + style_state_text(x.state) + "##" + x.code;
            if (ImGui::Selectable(item.c_str(), x.code == u.style)) {
                u.style = x.code;
                u.production = 0;
                u.po_cells.clear();
            }
            mark_last_item("Style " + x.code);
        }
        ImGui::EndCombo();
    } else {
        mark_last_item("Style");
    }
    draw_state(s, u, sh);
    if (!a.production(u.production)) show_error(u);
    draw_bom(s, u, sh);
    draw_style_photos(s, sh);
    if (may_write(sh, cmd::ProductionCreate{})) draw_new_production(a, s, u, sh);
    section(tr(Msg::pr_orders));
    int listed = 0;
    for (const auto& po : a.productions) {
        if (po.style != s.code) continue;
        ++listed;
        const std::string row =
            trn(pack_changed(a, po) ? Msg::pr_row_changed : Msg::pr_row, pieces(po.matrix),
                {{"order", production_label(a.profile, po.number)}, {"state", production_state_text(po.state)}, {"date", ui_date(po.due)}}) +
            "##" + std::to_string(po.number);
        if (ImGui::Selectable(row.c_str(), po.number == u.production)) {
            u.production = po.number;
            u.pieces.clear();
            u.batch_sizes.clear();
            u.error.clear();
        }
        mark_last_item("Production " + production_label(a.profile, po.number));
    }
    if (listed == 0) ImGui::TextDisabled("%s", tr(may_write(sh, cmd::ProductionCreate{}) ? Msg::pr_none_create : Msg::pr_none));
    if (const ProductionOrder* po = a.production(u.production)) draw_production_order(a, *po, u, sh);
}

}  // namespace

void draw_production(const Atelier& a, ProductionUi& u, Shell& sh) {
    if (!ImGui::BeginTabBar("##production")) return;
    struct Tab {
        ProductionTab tab;
        const char* name;  // English: the tab's identity and its mark
        Msg text;
        void (*draw)(const Atelier&, ProductionUi&, Shell&);
    };
    static constexpr Tab kTabs[] = {{ProductionTab::styles, "Styles", Msg::style_tab, draw_styles},
                                    {ProductionTab::sales, "Sales orders", Msg::sales_orders, draw_sales_orders},
                                    {ProductionTab::floor, "Floor", Msg::floor_tab, draw_floor},
                                    {ProductionTab::table, "All production orders", Msg::pr_tab_all, draw_production_table}};
    const std::optional<ProductionTab> wanted = u.show_tab;
    u.show_tab.reset();
    for (const Tab& t : kTabs) {
        const ImGuiTabItemFlags flags = wanted == t.tab ? ImGuiTabItemFlags_SetSelected : 0;
        const bool open = ImGui::BeginTabItem(ui_label(t.text, t.name).c_str(), nullptr, flags);
        mark_last_item(std::string("Tab ") + t.name);
        if (!open) continue;
        t.draw(a, u, sh);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace atelier::ui

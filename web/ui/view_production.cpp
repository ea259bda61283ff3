// Production: styles on the left of the work (their tech pack, its state and versions, the bill
// of materials), then the production orders of the chosen style (matrix, release, batches through
// the stages, the materials summary and its CSV). Every change is a command; the rules and their
// refusals are the core's (core/production/rules.hpp).
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>

#include "core/production/materials.hpp"
#include "core/production/rules.hpp"
#include "core/rules/roles.hpp"
#include "core/text.hpp"
#include "web/ui/date_picker.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/quantity_grid.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

bool may_write(Shell& sh, const Command& c) { return !role_refuses_type(sh.role(), command_type(c)); }

namespace {

const char* style_state_label(StyleState s) { return EnumNames<StyleState>::labels[static_cast<size_t>(s)]; }
const char* production_state_label(ProductionState s) { return EnumNames<ProductionState>::labels[static_cast<size_t>(s)]; }

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
    u.error = sh.refusal().message;
    return false;
}

void show_error(const ProductionUi& u) {
    if (u.error.empty()) return;
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(colours().overdue, "%s", u.error.c_str());
    ImGui::PopTextWrapPos();
    mark_last_item("Production problem");
}

void draw_new_style(ProductionUi& u, Shell& sh) {
    if (!ImGui::CollapsingHeader("New style")) {
        mark_last_item("New style");
        return;
    }
    mark_last_item("New style");
    ImGui::InputText("Style code##new", &u.new_code, ImGuiInputTextFlags_CharsUppercase);
    mark_last_item("Style code");
    ImGui::InputText("Name##new style", &u.new_name);
    mark_last_item("Style name");
    ImGui::InputText("Season##new style", &u.new_season);
    mark_last_item("Style season");
    ImGui::InputText("Sizes##new style", &u.new_sizes);
    mark_last_item("Style sizes");
    ImGui::InputTextWithHint("Colourways##new style", "Navy, Ecru", &u.new_colours);
    mark_last_item("Style colourways");
    if (ImGui::Button("Create style")) {
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
            sh.notify("Style " + c.code + " created");
        }
    }
    mark_last_item("Create style");
}

// The next state forward, and back to Design, as buttons; a new version once released.
void draw_state(const Style& s, ProductionUi& u, Shell& sh) {
    ImGui::Text("%s · version %d · %s", s.code.c_str(), s.pack().version, style_state_label(s.state));
    mark_last_item("Style state");
    if (s.pack().released) {
        ImGui::SameLine();
        ImGui::TextDisabled("(released: frozen)");
    }
    if (!may_write(sh, cmd::StyleSetState{})) return;
    if (s.state < StyleState::production_ready) {
        const auto next = static_cast<StyleState>(static_cast<int>(s.state) + 1);
        const std::string label = std::string("Move to ") + style_state_label(next);
        if (ImGui::Button(label.c_str()) && run(sh, u, cmd::StyleSetState{s.code, next})) sh.notify(s.code + ": " + style_state_label(next));
        mark_last_item(label);
        ImGui::SameLine();
    }
    if (!s.pack().released && s.state > StyleState::design && s.state != StyleState::archived) {
        if (ImGui::Button("Back to Design")) run(sh, u, cmd::StyleSetState{s.code, StyleState::design});
        mark_last_item("Back to Design");
        ImGui::SameLine();
    }
    if (ImGui::Button("New version")) {
        if (run(sh, u, cmd::StyleRevise{s.code, s.pack().version})) sh.notify(s.code + ": version " + std::to_string(s.pack().version + 1));
    }
    mark_last_item("New version");
}

void draw_bom(const Style& s, ProductionUi& u, Shell& sh) {
    const PackVersion& p = s.pack();
    std::string sizes;
    for (const auto& z : p.sizes) sizes += (sizes.empty() ? "" : ", ") + z;
    std::string colours_text;
    for (const auto& c : p.colours) colours_text += (colours_text.empty() ? "" : ", ") + c;
    ImGui::Text("Sizes: %s", sizes.empty() ? "–" : sizes.c_str());
    ImGui::Text("Colourways: %s", colours_text.empty() ? "–" : colours_text.c_str());
    section("Bill of materials");
    if (!p.bom.empty() && ImGui::BeginTable("##bom", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("Material");
        ImGui::TableSetupColumn("Per size");
        ImGui::TableSetupColumn("Waste");
        ImGui::TableSetupColumn("Supplier");
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
            for (const auto& x : b.per_size) q += (q.empty() ? "" : " / ") + format_quantity(x);
            ImGui::TextUnformatted(q.c_str());
            ImGui::TableSetColumnIndex(2);
            ImGui::Text("%d%%", b.waste_percent);
            ImGui::TableSetColumnIndex(3);
            ImGui::TextUnformatted(b.supplier.c_str());
            ImGui::TableSetColumnIndex(4);
            ImGui::PushID(static_cast<int>(i));
            if (!p.released && s.state < StyleState::production_ready && may_write(sh, cmd::StyleUpdate{}) && small_button("Remove")) {
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
        ImGui::TextDisabled(p.released ? "This version is frozen: make a new version to change it."
                                       : "Move it back to Design to change the tech pack.");
        return;
    }
    ImGui::SetNextItemWidth(em(200));
    ImGui::InputTextWithHint("##bom material", "Material", &u.bom_material);
    mark_last_item("BOM material");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(60));
    ImGui::InputText("##bom unit", &u.bom_unit);
    mark_last_item("BOM unit");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(200));
    ImGui::InputTextWithHint("##bom quantities", "Per size: 2.1, 2.2, …", &u.bom_quantities);
    mark_last_item("BOM quantities");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(90));
    ImGui::InputInt("Waste %##bom", &u.bom_waste);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(140));
    ImGui::InputTextWithHint("##bom supplier", "Supplier", &u.bom_supplier);
    ImGui::SameLine();
    if (ImGui::Button("Add material")) {
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
            u.error = "Type the quantities per garment as numbers, one per size (\"2.1, 2.2, 2.4\").";
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
    if (!ImGui::CollapsingHeader("New production order")) {
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
    if (ImGui::BeginCombo("Pipeline##po", u.po_pipeline.c_str())) {
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
    date_field("Due##po", u.po_due, sh.today(), em(130));  // the field marks itself "Due##po"
    const size_t n = p.colours.size() * p.sizes.size();
    quantity_grid("##matrix", p, u.po_cells, "Matrix");
    if (ImGui::Button("Create production order")) {
        cmd::ProductionCreate c;
        c.style = s.code;
        c.pipeline = u.po_pipeline;
        const auto due = parse_date(u.po_due);
        if (!due) {
            u.error = "Pick the due date.";
        } else {
            c.due = *due;
            for (size_t i = 0; i < n; ++i)
                if (u.po_cells[i] != 0) c.matrix.push_back(Cell{p.colours[i / p.sizes.size()], p.sizes[i % p.sizes.size()], u.po_cells[i]});
            if (run(sh, u, c)) {
                u.production = sh.created() ? sh.created() : a.profile.next_order;
                std::fill(u.po_cells.begin(), u.po_cells.end(), 0);
                sh.notify("Production order created");
            }
        }
    }
    mark_last_item("Create production order");
}

void draw_materials(const Atelier& a, const ProductionOrder& po, Shell& sh) {
    const MaterialsSummary m = materials_of(a, po);
    section("Materials");
    if (!m.changed.empty()) {
        ImGui::TextColored(colours().due_soon, "The tech pack changed since this order was last saved.");
        mark_last_item("Materials changed");
    }
    if (!m.problem.empty()) ImGui::TextColored(colours().overdue, "%s", m.problem.c_str());
    if (m.lines.empty()) {
        ImGui::TextDisabled("No bill of materials yet.");
        return;
    }
    if (ImGui::BeginTable("##materials", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("Material");
        ImGui::TableSetupColumn("Required");
        ImGui::TableSetupColumn("With waste");
        ImGui::TableSetupColumn("Supplier");
        ImGui::TableHeadersRow();
        for (const auto& l : m.lines) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(l.material.c_str());
            mark_last_item("Material " + l.material);
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted((format_quantity(l.net) + " " + l.unit).c_str());
            mark_last_item("Required " + l.material);
            ImGui::TableSetColumnIndex(2);
            ImGui::TextUnformatted((format_quantity(l.with_waste) + " " + l.unit).c_str());
            ImGui::TableSetColumnIndex(3);
            ImGui::TextUnformatted(l.supplier.c_str());
        }
        ImGui::EndTable();
    }
    if (ImGui::Button("Export materials CSV")) {
        const std::string name = "materials-" + order_label(a.profile, po.number) + ".csv";
        sh.download_file(name, "text/csv;charset=utf-8", materials_csv(m));
        sh.notify("Saved " + name);
    }
    mark_last_item("Export materials CSV");
}

void draw_batches(const Atelier& a, const ProductionOrder& po, const PackVersion& pack, ProductionUi& u, Shell& sh) {
    const Pipeline* pl = a.pipeline(po.pipeline);
    if (!pl) return;
    section("Batches");
    u.pieces.resize(po.batches.size(), 0);
    for (size_t i = 0; i < po.batches.size(); ++i) {
        const ProductionBatch& b = po.batches[i];
        ImGui::PushID(static_cast<int>(i));
        const std::string at = batch_stage(b, *pl);
        const std::string title = "Batch " + std::to_string(b.id) + " · " + b.colour + " · " + std::to_string(pieces(b)) + " pieces · " +
                                  (at.empty() ? "finished" : "at " + pl->stages[static_cast<size_t>(stage_index(*pl, at))].name);
        ImGui::TextUnformatted(title.c_str());
        mark_last_item("Batch " + std::to_string(b.id));
        std::string flow;
        for (const auto& f : batch_flow(b, *pl)) {
            const Stage& st = pl->stages[static_cast<size_t>(stage_index(*pl, f.stage))];
            flow += (flow.empty() ? "" : "  ·  ") + st.name + " " + std::to_string(f.done) + " done";
            if (f.rejected) flow += ", " + std::to_string(f.rejected) + " rejected";
            if (f.waiting) flow += ", " + std::to_string(f.waiting) + " waiting";
        }
        ImGui::TextDisabled("%s", flow.c_str());
        mark_last_item("Batch flow " + std::to_string(b.id));
        if (!at.empty() && po.state == ProductionState::in_progress) {
            int64_t waiting = 0;
            for (const auto& f : batch_flow(b, *pl))
                if (f.stage == at) waiting = f.waiting;
            if (u.pieces[i] <= 0 || u.pieces[i] > waiting) u.pieces[i] = static_cast<int>(waiting);
            ImGui::SetNextItemWidth(em(110));
            ImGui::InputInt("pieces", &u.pieces[i], 0);
            mark_last_item("Batch pieces " + std::to_string(b.id));
            const std::string& stage_name = pl->stages[static_cast<size_t>(stage_index(*pl, at))].name;
            ImGui::SameLine();
            const std::string done = "Done at " + stage_name;
            // After each record the field offers what then waits (0: filled in again next frame).
            if (ImGui::Button(done.c_str()) && run(sh, u, cmd::ProductionProgress{po.number, b.id, at, u.pieces[i], 0})) u.pieces[i] = 0;
            mark_last_item("Batch done " + std::to_string(b.id));
            ImGui::SameLine();
            if (ImGui::Button("Reject") && run(sh, u, cmd::ProductionProgress{po.number, b.id, at, 0, u.pieces[i]})) u.pieces[i] = 0;
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
    if (ImGui::BeginCombo("Colour##batch", colours_planned[static_cast<size_t>(u.batch_colour)].c_str())) {
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
    if (ImGui::Button("Start batch")) {
        cmd::ProductionBatchCreate c;
        c.production = po.number;
        c.colour = colour;
        for (size_t z = 0; z < pack.sizes.size(); ++z)
            if (u.batch_sizes[z] > 0) c.sizes.push_back(SizeCount{pack.sizes[z], u.batch_sizes[z]});
        if (run(sh, u, c)) {
            u.batch_sizes.clear();
            sh.notify("Batch started");
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
    ImGui::Text("%s · %s · due %s · %lld pieces%s", production_state_label(po.state), po.style.c_str(), format_date(po.due).c_str(),
                static_cast<long long>(pieces(po.matrix)), po.version ? (" · version " + std::to_string(po.version)).c_str() : "");
    mark_last_item("Production state");
    if (po.sales_order && a.sales_order(po.sales_order)) {
        const std::string link = "For " + sales_label(a.profile, po.sales_order);
        if (ImGui::Selectable(link.c_str(), false, 0, ImGui::CalcTextSize(link.c_str()))) show_sales_order(u, po.sales_order);
        mark_last_item("Production sales order");
    }
    const bool open = po.state != ProductionState::completed && po.state != ProductionState::cancelled;
    if (po.state == ProductionState::draft && may_write(sh, cmd::ProductionPlan{})) {
        if (ImGui::Button("Plan")) run(sh, u, cmd::ProductionPlan{po.number});
        mark_last_item("Plan");
        ImGui::SameLine();
    }
    if ((po.state == ProductionState::draft || po.state == ProductionState::planned) && may_write(sh, cmd::ProductionRelease{})) {
        if (ImGui::Button("Release to the floor") && run(sh, u, cmd::ProductionRelease{po.number})) sh.notify(label + " released");
        mark_last_item("Release");
        ImGui::SameLine();
    }
    if (po.state == ProductionState::in_progress && may_write(sh, cmd::ProductionComplete{})) {
        ImGui::SetNextItemWidth(em(220));
        ImGui::InputTextWithHint("##closing", "Closing note (when pieces differ)", &u.closing_note);
        mark_last_item("Closing note");
        ImGui::SameLine();
        if (ImGui::Button("Complete") && run(sh, u, cmd::ProductionComplete{po.number, u.closing_note})) sh.notify(label + " completed");
        mark_last_item("Complete");
        ImGui::SameLine();
    }
    if (open && may_write(sh, cmd::ProductionCancel{})) {
        ImGui::SetNextItemWidth(em(160));
        ImGui::InputTextWithHint("##cancel", "Reason to cancel", &u.cancel_reason);
        ImGui::SameLine();
        if (ImGui::Button("Cancel order") && run(sh, u, cmd::ProductionCancel{po.number, u.cancel_reason})) sh.notify(label + " cancelled");
        mark_last_item("Cancel production order");
    }
    show_error(u);
    std::string matrix;
    for (const auto& c : po.matrix) matrix += (matrix.empty() ? "" : ", ") + c.colour + " " + c.size + " × " + std::to_string(c.quantity);
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", matrix.c_str());
    ImGui::PopTextWrapPos();
    draw_materials(a, po, sh);
    if (po.version) draw_batches(a, po, *pack, u, sh);
    if (!po.closing_note.empty()) ImGui::TextDisabled("Note: %s", po.closing_note.c_str());
    draw_production_history(a, po);
}

void draw_styles(const Atelier& a, ProductionUi& u, Shell& sh) {
    if (a.styles.empty()) {
        ImGui::TextWrapped("No styles yet. A style holds a garment's tech pack — sizes, colourways, bill of materials — and its "
                           "production orders are made from it.");
        mark_last_item("No styles");
    }
    if (may_write(sh, cmd::StyleCreate{})) draw_new_style(u, sh);
    if (a.styles.empty()) return show_error(u);
    if (!a.style(u.style)) u.style = a.styles.front().code;
    const Style& s = *a.style(u.style);
    ImGui::SetNextItemWidth(em(320));
    const std::string shown = s.code + " · " + s.name;
    if (ImGui::BeginCombo("Style##pick", shown.c_str())) {
        for (const auto& x : a.styles) {
            const std::string item = x.code + " · " + x.name + " · " + style_state_label(x.state);
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
    section("Production orders");
    int listed = 0;
    for (const auto& po : a.productions) {
        if (po.style != s.code) continue;
        ++listed;
        const std::string row = production_label(a.profile, po.number) + " · " + production_state_label(po.state) + " · due " +
                                format_date(po.due) + " · " + std::to_string(pieces(po.matrix)) + " pieces" +
                                (pack_changed(a, po) ? " · tech pack changed" : "");
        if (ImGui::Selectable(row.c_str(), po.number == u.production)) {
            u.production = po.number;
            u.pieces.clear();
            u.batch_sizes.clear();
            u.error.clear();
        }
        mark_last_item("Production " + production_label(a.profile, po.number));
    }
    if (listed == 0) ImGui::TextDisabled("%s", may_write(sh, cmd::ProductionCreate{}) ? "None yet: fill in the matrix above and create one." : "None yet.");
    if (const ProductionOrder* po = a.production(u.production)) draw_production_order(a, *po, u, sh);
}

}  // namespace

void draw_production(const Atelier& a, ProductionUi& u, Shell& sh) {
    if (!ImGui::BeginTabBar("##production")) return;
    struct Tab {
        ProductionTab tab;
        const char* name;
        void (*draw)(const Atelier&, ProductionUi&, Shell&);
    };
    static constexpr Tab kTabs[] = {{ProductionTab::styles, "Styles", draw_styles},
                                    {ProductionTab::sales, "Sales orders", draw_sales_orders},
                                    {ProductionTab::floor, "Floor", draw_floor},
                                    {ProductionTab::table, "All production orders", draw_production_table}};
    const std::optional<ProductionTab> wanted = u.show_tab;
    u.show_tab.reset();
    for (const Tab& t : kTabs) {
        const ImGuiTabItemFlags flags = wanted == t.tab ? ImGuiTabItemFlags_SetSelected : 0;
        const bool open = ImGui::BeginTabItem(t.name, nullptr, flags);
        mark_last_item(std::string("Tab ") + t.name);
        if (!open) continue;
        t.draw(a, u, sh);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace atelier::ui

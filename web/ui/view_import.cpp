// The Import CSV dialog: columns → fields (guessed from the headers, changed by a combo each), the
// rows as they will go in with their problems and duplicates, and one button that imports them
// all or none. The rules (mapping, checks, merges, the batch) are the core's.
#include "web/ui/view_import.hpp"

#include <imgui.h>

#include <algorithm>

#include "web/ui/dialog.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/style.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

void replan(const Atelier& a, ImportUi& u, Shell& sh) {
    u.plan = plan_import(a, *u.table, u.mapping);
    u.planned = sh.revision();
    u.only_problems = u.plan.rows_with_problems() > 0;
    u.error.clear();
}

void take_file(const Atelier& a, ImportUi& u, Shell& sh) {
    std::optional<std::string> bytes = sh.take_csv();
    if (!bytes) return;
    u = ImportUi{};
    std::string error;
    u.table = parse_csv(*bytes, error);
    if (!u.table) {
        u.file_error = "This file cannot be read: " + error + ". Nothing was imported.";
    } else if (u.table->records.empty()) {
        u.table.reset();
        u.file_error = "This file is empty. Nothing was imported.";
    } else {
        u.mapping = guess_mapping(u.table->records[0]);
        replan(a, u, sh);
    }
    open_dialog(sh.dialogs(), kImportDialog);
}

// The first non-empty value of column i, as an example beside its header.
std::string example(const CsvTable& t, size_t i) {
    for (size_t r = 1; r < t.records.size() && r < 50; ++r)
        if (i < t.records[r].size() && !t.records[r][i].empty()) return t.records[r][i].substr(0, t.records[r][i].find('\n'));
    return "";
}

void columns_step(const Atelier& a, ImportUi& u, Shell& sh) {
    const CsvTable& t = *u.table;
    ImGui::TextUnformatted("Columns — each column of the file goes into the field chosen beside it");
    if (!ImGui::BeginTable("import columns", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("Column in the file");
    ImGui::TableSetupColumn("First value");
    ImGui::TableSetupColumn("Goes into");
    ImGui::TableHeadersRow();
    bool changed = false;
    for (size_t i = 0; i < t.records[0].size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(t.records[0][i].c_str());
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", example(t, i).c_str());
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-FLT_MIN);
        const std::string label = "Field for " + t.records[0][i];
        if (ImGui::BeginCombo(("##" + label).c_str(), import_field_label(u.mapping[i]), ImGuiComboFlags_HeightLargest)) {
            for (int f = 0; f < static_cast<int>(ImportField::count); ++f) {
                const auto field = static_cast<ImportField>(f);
                if (ImGui::Selectable(import_field_label(field), field == u.mapping[i]) && field != u.mapping[i]) {
                    // One column per field: the column that had it lets it go.
                    if (field != ImportField::ignore)
                        for (ImportField& other : u.mapping)
                            if (other == field) other = ImportField::ignore;
                    u.mapping[i] = field;
                    changed = true;
                }
                mark_last_item(std::string("Field ") + import_field_id(field));
            }
            ImGui::EndCombo();
        } else {
            mark_last_item(label);
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
    if (changed) replan(a, u, sh);
}

std::string summary(const ImportPlan& p) {
    std::string s = std::to_string(p.rows.size()) + (p.rows.size() == 1 ? " row" : " rows");
    if (const size_t bad = p.rows_with_problems()) s += " · " + std::to_string(bad) + " with problems";
    s += " · " + std::to_string(p.new_clients()) + " new clients";
    if (const size_t m = p.merged()) s += " · " + std::to_string(m) + " with a client the atelier has";
    if (p.orders) s += " · " + std::to_string(p.rows.size()) + " orders";
    return s;
}

void row_line(const Atelier& a, ImportUi& u, size_t i) {
    ImportRow& r = u.plan.rows[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("%d", r.line);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(r.client.name.empty() && r.existing ? a.client(r.existing)->name.c_str() : r.client.name.c_str());
    ImGui::TableNextColumn();
    if (u.plan.orders) {
        // A deadline the row could not give is left out rather than shown as a day it never said.
        std::string text = r.order.garment;
        if (r.order.deadline != Date{}) text += (text.empty() ? "" : " · ") + format_date(r.order.deadline);
        ImGui::TextUnformatted(text.c_str());
    }
    ImGui::TableNextColumn();
    const std::string line = std::to_string(r.line);
    if (!r.problems.empty()) {
        std::string text;
        for (const std::string& p : r.problems) text += (text.empty() ? "" : "; ") + p;
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(colours().overdue, "%s", text.c_str());
        ImGui::PopTextWrapPos();
        mark_last_item("Import line " + line + ": " + text);
    } else if (r.existing) {
        const Client* c = a.client(r.existing);
        const std::string label = "Same " + r.match + " as " + (c ? c->name : "?") + ": use that client";
        if (ImGui::Checkbox(label.c_str(), &r.merge)) relink_import(u.plan);
        mark_last_item("Merge line " + line);
    } else if (r.same_as >= 0) {
        ImGui::TextDisabled("the client of line %d", u.plan.rows[static_cast<size_t>(r.same_as)].line);
        mark_last_item("Import line " + line + ": same client as line " + std::to_string(u.plan.rows[static_cast<size_t>(r.same_as)].line));
    } else {
        ImGui::TextColored(colours().ok, "new client");
        mark_last_item("Import line " + line + ": ok");
    }
    ImGui::PopID();
}

void rows_step(const Atelier& a, ImportUi& u) {
    ImportPlan& p = u.plan;
    if (p.rows_with_problems()) {
        ImGui::Checkbox("Only rows with problems", &u.only_problems);
        mark_last_item("Only rows with problems");
    }
    std::vector<size_t> shown;
    for (size_t i = 0; i < p.rows.size(); ++i)
        if (!u.only_problems || !p.rows[i].problems.empty()) shown.push_back(i);
    // Room for a row's problems on two lines; longer lists scroll.
    const float height = std::clamp((2.0f * static_cast<float>(shown.size()) + 1.5f) * ImGui::GetFrameHeightWithSpacing(), em(90), em(300));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("import rows", 4, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Line", ImGuiTableColumnFlags_WidthFixed, em(40));
    ImGui::TableSetupColumn("Client", ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableSetupColumn(p.orders ? "Order" : "", ImGuiTableColumnFlags_WidthStretch, p.orders ? 1.0f : 0.01f);
    ImGui::TableSetupColumn("Will go in as", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableHeadersRow();
    ImGuiListClipper clip;
    clip.Begin(static_cast<int>(shown.size()));
    while (clip.Step())
        for (int k = clip.DisplayStart; k < clip.DisplayEnd; ++k) row_line(a, u, shown[static_cast<size_t>(k)]);
    ImGui::EndTable();
}

void import_now(ImportUi& u, Shell& sh, bool& open) {
    auto b = import_batch(u.plan);
    if (auto* refused = std::get_if<Problem>(&b)) {
        u.error = refused->message;
        return;
    }
    const ImportBatch& batch = std::get<ImportBatch>(b);
    if (!sh.dispatch(batch.batch)) {
        u.error = import_refusal(batch, sh.refusal());
        return;
    }
    sh.notify("Imported " + summary(u.plan) + ". Undo takes the whole import back.");
    open = false;
}

}  // namespace

void draw_import(const Atelier& a, ImportUi& u, Shell& sh) {
    take_file(a, u, sh);
    DialogState& d = sh.dialogs();
    if (!begin_dialog(d, kImportDialog, "Import clients or orders from CSV", 760)) return;
    bool open = true;
    if (u.table && u.planned != sh.revision()) replan(a, u, sh);  // the atelier changed meanwhile
    if (!u.file_error.empty()) {
        refusal_text(u.file_error);
    } else if (u.table) {
        columns_step(a, u, sh);
        ImGui::Spacing();
        if (!u.plan.error.empty()) {
            refusal_text("Nothing can be imported yet: " + u.plan.error + ".");
        } else {
            ImGui::TextUnformatted(summary(u.plan).c_str());
            mark_last_item("Import summary: " + summary(u.plan));
            rows_step(a, u);
        }
    }
    const bool ready = u.table && u.plan.error.empty() && !u.plan.rows.empty() && u.plan.rows_with_problems() == 0;
    ImGui::BeginDisabled(!ready);
    const std::string go = ready ? "Import " + std::to_string(u.plan.rows.size()) + (u.plan.rows.size() == 1 ? " row" : " rows") : std::string("Import");
    if (ImGui::Button((go + "##import").c_str())) import_now(u, sh, open);
    mark_last_item("Import rows");
    ImGui::EndDisabled();
    if (!ready && u.table && u.plan.rows_with_problems()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("fix the rows with problems in the file, or change the columns: all rows go in, or none");
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel##import")) open = false;
    if (!u.error.empty()) {
        refusal_text(u.error);
        mark_last_item("Import refused: " + u.error);
    }
    if (!open) {
        close_dialog(d);
        ImGui::CloseCurrentPopup();
        u = ImportUi{};
    }
    end_dialog();
}

}  // namespace atelier::ui

// The Import CSV dialog: columns → fields (guessed from the headers, changed by a combo each), the
// rows as they will go in with their problems and duplicates, and one button that imports them
// all or none. The rules (mapping, checks, merges, the batch) are the core's.
#include "web/ui/view_import.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/i18n/said_text.hpp"
#include "web/ui/dialog.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/style.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

// A field's name in the mapping step in the device's language (the core's import_field_label is
// the English, also the CLI's).
Msg field_msg(ImportField f) {
    switch (f) {
        case ImportField::ignore: return Msg::import_field_ignore;
        case ImportField::client: return Msg::import_field_client;
        case ImportField::phone: return Msg::cl_phone;
        case ImportField::email: return Msg::cl_email;
        case ImportField::client_notes: return Msg::import_field_client_notes;
        case ImportField::language: return Msg::cl_language;
        case ImportField::channel: return Msg::cl_channel;
        case ImportField::garment: return Msg::col_garment;
        case ImportField::collection: return Msg::col_collection;
        case ImportField::deadline: return Msg::col_deadline;
        case ImportField::event: return Msg::order_event;
        case ImportField::price: return Msg::col_price;
        case ImportField::deposit: return Msg::col_deposit;
        case ImportField::salesperson: return Msg::col_salesperson;
        case ImportField::team: return Msg::col_team;
        case ImportField::notes: return Msg::import_field_notes;
        case ImportField::pipeline: return Msg::col_pipeline;
        case ImportField::kind: return Msg::col_kind;
        case ImportField::quantity: return Msg::col_quantity;
        case ImportField::count: break;
    }
    return Msg::import_field_ignore;
}

// A refusal in red whose locator name (English) is not what is shown.
void refusal_line(const std::string& shown, const std::string& name) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(colours().overdue, "%s", shown.c_str());
    ImGui::PopTextWrapPos();
    mark_last_item(name);
}

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
    Said error{};
    u.table = parse_csv(*bytes, error);
    if (!u.table) {
        u.file_error = view_error(say(Msg::import_unreadable).with("reason", error));
    } else if (u.table->records.empty()) {
        u.table.reset();
        u.file_error = view_error(say(Msg::import_empty_file));
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
    ImGui::TextUnformatted(tr(Msg::import_columns));
    if (!ImGui::BeginTable("import columns", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn(tr(Msg::import_col_column));
    ImGui::TableSetupColumn(tr(Msg::import_col_first_value));
    ImGui::TableSetupColumn(tr(Msg::import_col_goes_into));
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
        if (ImGui::BeginCombo(("##" + label).c_str(), tr(field_msg(u.mapping[i])), ImGuiComboFlags_HeightLargest)) {
            for (int f = 0; f < static_cast<int>(ImportField::count); ++f) {
                const auto field = static_cast<ImportField>(f);
                const std::string item = std::string(tr(field_msg(field))) + "###" + import_field_label(field);
                if (ImGui::Selectable(item.c_str(), field == u.mapping[i]) && field != u.mapping[i]) {
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

// The locator's name of the summary (English, as it always read).
std::string summary(const ImportPlan& p) {
    std::string s = std::to_string(p.rows.size()) + (p.rows.size() == 1 ? " row" : " rows");
    if (const size_t bad = p.rows_with_problems()) s += " · " + std::to_string(bad) + " with problems";
    s += " · " + std::to_string(p.new_clients()) + " new clients";
    if (const size_t m = p.merged()) s += " · " + std::to_string(m) + " with a client the atelier has";
    if (p.orders) s += " · " + std::to_string(p.rows.size()) + " orders";
    return s;
}

// The summary in the device's language.
std::string summary_shown(const ImportPlan& p) {
    const auto n = [](size_t v) { return static_cast<int64_t>(v); };
    std::string s = trn(Msg::import_n_rows, n(p.rows.size()));
    if (const size_t bad = p.rows_with_problems()) s += " · " + trn(Msg::import_n_with_problems, n(bad));
    s += " · " + trn(Msg::import_n_new_clients, n(p.new_clients()));
    if (const size_t m = p.merged()) s += " · " + trn(Msg::import_n_merged, n(m));
    if (p.orders) s += " · " + trn(Msg::import_n_orders, n(p.rows.size()));
    return s;
}

void row_line(const Atelier& a, ImportUi& u, size_t i) {
    ImportRow& r = u.plan.rows[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(ui_integer(r.line).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(r.client.name.empty() && r.existing ? a.client(r.existing)->name.c_str() : r.client.name.c_str());
    ImGui::TableNextColumn();
    if (u.plan.orders) {
        // A deadline the row could not give is left out rather than shown as a day it never said.
        std::string text = r.order.garment;
        if (r.order.deadline != Date{}) text += (text.empty() ? "" : " · ") + ui_date(r.order.deadline);
        ImGui::TextUnformatted(text.c_str());
    }
    ImGui::TableNextColumn();
    const std::string line = std::to_string(r.line);
    if (!r.problems.empty()) {
        // Shown in the device's language, named in English (the row's mark).
        std::string text, english_text;
        for (const Said& p : r.problems) {
            text += (text.empty() ? "" : "; ") + said_text(p);
            english_text += (english_text.empty() ? "" : "; ") + english(p);
        }
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(colours().overdue, "%s", text.c_str());
        ImGui::PopTextWrapPos();
        mark_last_item("Import line " + line + ": " + english_text);
    } else if (r.existing) {
        const Client* c = a.client(r.existing);
        const Msg same = r.match == "phone" ? Msg::import_same_phone : r.match == "email" ? Msg::import_same_email : Msg::import_same_name;
        const std::string label = tr(same, {{"client", c ? c->name : "?"}}) + "###merge";
        if (ImGui::Checkbox(label.c_str(), &r.merge)) relink_import(u.plan);
        mark_last_item("Merge line " + line);
    } else if (r.same_as >= 0) {
        ImGui::TextDisabled("%s", tr(Msg::import_client_of_line, {{"line", ui_integer(u.plan.rows[static_cast<size_t>(r.same_as)].line)}}).c_str());
        mark_last_item("Import line " + line + ": same client as line " + std::to_string(u.plan.rows[static_cast<size_t>(r.same_as)].line));
    } else {
        ImGui::TextColored(colours().ok, "%s", tr(Msg::import_new_client));
        mark_last_item("Import line " + line + ": ok");
    }
    ImGui::PopID();
}

void rows_step(const Atelier& a, ImportUi& u) {
    ImportPlan& p = u.plan;
    if (p.rows_with_problems()) {
        ImGui::Checkbox(ui_label(Msg::import_only_problems, "Only rows with problems").c_str(), &u.only_problems);
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
    ImGui::TableSetupColumn(tr(Msg::import_col_line), ImGuiTableColumnFlags_WidthFixed, em(40));
    ImGui::TableSetupColumn(tr(Msg::col_client), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableSetupColumn(p.orders ? tr(Msg::col_order) : "", ImGuiTableColumnFlags_WidthStretch, p.orders ? 1.0f : 0.01f);
    ImGui::TableSetupColumn(tr(Msg::import_col_will_go), ImGuiTableColumnFlags_WidthStretch, 2);
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
        u.error = shown(*refused);
        return;
    }
    const ImportBatch& batch = std::get<ImportBatch>(b);
    if (!sh.dispatch(batch.batch)) {
        u.error = said_text(import_refusal(batch, sh.refusal()));
        return;
    }
    sh.notify(tr(Msg::import_done, {{"summary", summary_shown(u.plan)}}));
    open = false;
}

}  // namespace

void draw_import(const Atelier& a, ImportUi& u, Shell& sh) {
    take_file(a, u, sh);
    DialogState& d = sh.dialogs();
    if (!begin_dialog(d, kImportDialog, tr(Msg::import_title), 760)) return;
    bool open = true;
    if (u.table && u.planned != sh.revision()) replan(a, u, sh);  // the atelier changed meanwhile
    if (!u.file_error.empty()) {
        refusal_line(u.file_error.shown, u.file_error.english);
    } else if (u.table) {
        columns_step(a, u, sh);
        ImGui::Spacing();
        if (u.plan.error) {
            refusal_line(tr(Msg::import_not_yet, {{"reason", said_text(*u.plan.error)}}), "Nothing can be imported yet: " + english(*u.plan.error) + ".");
        } else {
            ImGui::TextUnformatted(summary_shown(u.plan).c_str());
            mark_last_item("Import summary: " + summary(u.plan));
            rows_step(a, u);
        }
    }
    const bool ready = u.table && !u.plan.error && !u.plan.rows.empty() && u.plan.rows_with_problems() == 0;
    ImGui::BeginDisabled(!ready);
    const std::string go = ready ? "Import " + std::to_string(u.plan.rows.size()) + (u.plan.rows.size() == 1 ? " row" : " rows") : std::string("Import");
    const std::string go_shown = ready ? trn(Msg::import_n_rows_button, static_cast<int64_t>(u.plan.rows.size())) : std::string(tr(Msg::import_button));
    if (ImGui::Button((go_shown + "###" + go + "##import").c_str())) import_now(u, sh, open);
    mark_last_item("Import rows");
    ImGui::EndDisabled();
    if (!ready && u.table && u.plan.rows_with_problems()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", tr(Msg::import_fix_hint));
    }
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::sched_cancel, "Cancel##import").c_str())) open = false;
    if (!u.error.empty()) {
        refusal_text(u.error);  // the core's words (import_batch, import_refusal)
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

// First start: name the atelier, pick a starter pipeline, or explore the demo. Shown only while
// no atelier exists; once created it is stored and never asked again.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/demo.hpp"
#include "core/demo_producer.hpp"
#include "core/store.hpp"
#include "core/templates.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

// A starter pipeline's title and line in the device's language, by the template's id.
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

void create(StartUi& f, Shell& sh) {
    const auto& tpl = pipeline_templates()[static_cast<size_t>(f.pick)];
    // Checked on a scratch store with the same commands as later edits, so every rule the core
    // enforces (code of three capitals, ISO currency) applies here too.
    Store scratch;
    cmd::AtelierUpdate u;
    u.name = f.name;
    u.code = f.code;
    u.currency = f.currency;
    // The template's teams become the atelier's teams (stages may only name known teams).
    std::vector<std::string> teams;
    for (const auto& st : tpl.pipeline.stages)
        if (!st.team.empty() && std::find(teams.begin(), teams.end(), st.team) == teams.end()) teams.push_back(st.team);
    u.teams = teams;
    Result r = scratch.dispatch(u, sh.context());
    if (r.ok) r = scratch.dispatch(cmd::PipelinePut{tpl.pipeline}, sh.context());
    if (!r.ok) {
        f.error = shown(r.error);
        return;
    }
    f.error.clear();
    const std::string welcome = tr(Msg::start_welcome_toast, {{"name", f.name}, {"pipeline", template_text(tpl, false)}});
    sh.open(scratch.state());  // resets every view's state, this form's too
    sh.show(View::pipelines);
    sh.notify(welcome);
}
}  // namespace

void draw_first_start(StartUi& f, Shell& sh) {
    const float width = std::min(ImGui::GetContentRegionAvail().x, em(560));
    ImGui::SetCursorPosX(std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) * 0.5f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(tr(Msg::start_welcome));
    ImGui::TextDisabled("%s", tr(Msg::start_tagline));
    section(tr(Msg::start_create_title));
    ImGui::SetNextItemWidth(width * 0.6f);
    ImGui::InputTextWithHint(ui_label(Msg::start_name, "Atelier name").c_str(), tr(Msg::start_name_hint), &f.name);
    ImGui::SetNextItemWidth(em(90));
    ImGui::InputTextWithHint(ui_label(Msg::start_code, "Company code").c_str(), tr(Msg::start_code_hint), &f.code, ImGuiInputTextFlags_CharsUppercase);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(Msg::start_code_explained));
    ImGui::SetNextItemWidth(em(90));
    ImGui::InputText(ui_label(Msg::start_currency, "Currency").c_str(), &f.currency, ImGuiInputTextFlags_CharsUppercase);
    ImGui::Spacing();
    ImGui::TextUnformatted(tr(Msg::start_pipeline));
    const auto& tpls = pipeline_templates();
    for (size_t i = 0; i < tpls.size(); ++i) {
        ImGui::RadioButton((template_text(tpls[i], false) + "###" + tpls[i].title).c_str(), &f.pick, static_cast<int>(i));
        ImGui::SameLine();
        ImGui::TextDisabled("%s", template_text(tpls[i], true).c_str());
    }
    ImGui::Spacing();
    if (ImGui::Button(ui_label(Msg::start_create, "Create atelier").c_str())) create(f, sh);
    if (!f.error.empty()) {
        ImGui::TextColored(colours().overdue, "%s", f.error.c_str());
        mark_last_item("First start error: " + f.error);
    }
    section(tr(Msg::start_look_around));
    ImGui::TextDisabled("%s", trn(Msg::start_demo_line, sh.demo_orders()).c_str());
    if (ImGui::Button(ui_label(Msg::start_open_demo, "Open the demo atelier").c_str())) {
        DemoOptions o;
        o.orders = sh.demo_orders();
        o.today = sh.today();
        sh.open(make_demo(o));
        sh.show(View::dashboard);
    }
    ImGui::TextDisabled("%s", tr(Msg::start_producer_line, {{"styles", ui_integer(500)}, {"orders", ui_integer(2000)}}).c_str());
    if (ImGui::Button(ui_label(Msg::start_open_producer_demo, "Open the producer demo").c_str())) {
        DemoOptions o;
        o.orders = 200;
        o.today = sh.today();
        Atelier a = make_demo(o);
        add_producer_demo(a, producer_demo_options(o.seed, o.today));
        sh.open(std::move(a));
        sh.show(View::dashboard);
    }
    mark_last_item("Open the producer demo");
    if (sh.can_restore()) {
        section(tr(Msg::start_from_backup));
        ImGui::TextDisabled("%s", tr(Msg::start_backup_line));
        if (ImGui::Button(ui_label(Msg::restore_from_backup, "Restore from backup…").c_str())) sh.pick_restore();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

}  // namespace atelier::ui

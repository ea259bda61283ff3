// First start: name the atelier, pick a starter pipeline, or explore the demo. Shown only while
// no atelier exists; once created it is stored and never asked again.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/demo.hpp"
#include "core/demo_producer.hpp"
#include "core/store.hpp"
#include "core/templates.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

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
        f.error = r.error.message;
        return;
    }
    f.error.clear();
    const std::string welcome = "Welcome to " + f.name + ". Your " + tpl.title + " pipeline is ready to adjust.";
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
    ImGui::TextUnformatted("Welcome to Atelier");
    ImGui::TextDisabled("Orders, fittings and production for your atelier; works offline.");
    section("Create your atelier");
    ImGui::SetNextItemWidth(width * 0.6f);
    ImGui::InputTextWithHint("Atelier name", "e.g. Maison Hoxhá", &f.name);
    ImGui::SetNextItemWidth(em(90));
    ImGui::InputTextWithHint("Company code", "BFG", &f.code, ImGuiInputTextFlags_CharsUppercase);
    ImGui::SameLine();
    ImGui::TextDisabled("3 letters, on every order number (12345-BFG)");
    ImGui::SetNextItemWidth(em(90));
    ImGui::InputText("Currency", &f.currency, ImGuiInputTextFlags_CharsUppercase);
    ImGui::Spacing();
    ImGui::TextUnformatted("Starter pipeline (you can change every stage later)");
    const auto& tpls = pipeline_templates();
    for (size_t i = 0; i < tpls.size(); ++i) {
        ImGui::RadioButton(tpls[i].title.c_str(), &f.pick, static_cast<int>(i));
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tpls[i].description.c_str());
    }
    ImGui::Spacing();
    if (ImGui::Button("Create atelier")) create(f, sh);
    if (!f.error.empty()) {
        ImGui::TextColored(colours().overdue, "%s", f.error.c_str());
        mark_last_item("First start error: " + f.error);
    }
    section("Or look around first");
    ImGui::TextDisabled("A made-up atelier with %d orders in every stage; nothing you do there is lost.",
                        sh.demo_orders());
    if (ImGui::Button("Open the demo atelier")) {
        DemoOptions o;
        o.orders = sh.demo_orders();
        o.today = sh.today();
        sh.open(make_demo(o));
        sh.show(View::dashboard);
    }
    ImGui::TextDisabled("Or a made-up producer who makes in quantity: 500 styles, 2,000 production orders, batches on the "
                        "floor and sales orders (the Production view).");
    if (ImGui::Button("Open the producer demo")) {
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
        section("Or start from a backup");
        ImGui::TextDisabled("A backup downloaded on another device (.json, or .zip with its photos).");
        if (ImGui::Button("Restore from backup…")) sh.pick_restore();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

}  // namespace atelier::ui

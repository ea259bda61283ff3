// PLACEHOLDER: replaced by the real view (work in progress, not to land as is).
#include <imgui.h>
#include "web/app.hpp"
#include "web/ui/views.hpp"
namespace atelier::ui {
void draw_pipelines(App& app) { (void)app; ImGui::TextUnformatted("draw_pipelines"); }
}  // namespace atelier::ui

// PLACEHOLDER: replaced by the real view (work in progress, not to land as is).
#include <imgui.h>
#include "web/app.hpp"
#include "web/ui/views.hpp"
namespace atelier::ui {
void draw_order(App& app) { (void)app; ImGui::TextUnformatted("draw_order"); }
void draw_new_order(App& app) { app.new_order_open = false; }
}  // namespace atelier::ui

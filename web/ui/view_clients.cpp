// PLACEHOLDER: replaced by the real view (work in progress, not to land as is).
#include <imgui.h>
#include "web/app.hpp"
#include "web/ui/views.hpp"
namespace atelier::ui {
void draw_clients(App& app) { (void)app; ImGui::TextUnformatted("draw_clients"); }
void draw_client(App& app) { (void)app; ImGui::TextUnformatted("draw_client"); }
void draw_new_client(App& app) { app.new_client_open = false; }
}  // namespace atelier::ui

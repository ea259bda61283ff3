#pragma once
// Every view of the app, one file each (view_<name>.cpp). Views read App and the state, and
// change data only through App::dispatch / App::ask.
namespace atelier {
struct App;
namespace ui {
void draw_workspace(App& app);   // shell.cpp: top bar, the current view, dialogs, toasts
void draw_first_start(App& app);
void draw_dashboard(App& app);
void draw_board(App& app);
void draw_table(App& app);
void draw_order(App& app);
void draw_clients(App& app);
void draw_client(App& app);
void draw_pipelines(App& app);
void draw_fittings(App& app);
void draw_settings(App& app);
void draw_palette(App& app);     // Ctrl/Cmd+K
void draw_new_client(App& app);  // when app.new_client_open
void draw_new_order(App& app);   // when app.new_order_open
void draw_confirm(App& app);     // the pending destructive action, if any
void draw_toasts(App& app);
void draw_storage_section(App& app);  // in Settings: state, persistence, backup and restore
void draw_restore(App& app);          // the preview and consent for a chosen backup file
}  // namespace ui
}  // namespace atelier

#pragma once

// Every view of the app, one file each, called from App::frame().
namespace atelier {
struct App;
namespace ui {
void draw_main_window(App& app);
}
}  // namespace atelier

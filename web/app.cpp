#include "web/app.hpp"

#include "web/ui/locator.hpp"
#include "web/ui/views.hpp"

namespace atelier {

App& app() {
    static App instance;
    return instance;
}

void App::frame() {
    ui::locator().begin_frame();
    ui::draw_main_window(*this);
    ++frames;
}

}  // namespace atelier

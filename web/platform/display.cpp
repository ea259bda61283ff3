#include "web/platform/display.hpp"

#include <emscripten.h>
#include <emscripten/html5.h>

namespace atelier::platform {

DisplayMetrics read_display_metrics() {
    DisplayMetrics m;
    emscripten_get_element_css_size("#canvas", &m.css_width, &m.css_height);
    m.dpr = emscripten_get_device_pixel_ratio();
    if (m.dpr <= 0) m.dpr = 1;
    return m;
}

void resize_framebuffer(int width, int height) {
    // Browser.setCanvasSize runs GLFW's resize listener, which updates the window and
    // framebuffer sizes that the ImGui backend reads each frame.
    EM_ASM({ Browser.setCanvasSize($0, $1); }, width, height);
}

}  // namespace atelier::platform

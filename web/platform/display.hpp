#pragma once

namespace atelier::platform {

// The canvas's CSS size and the device pixel ratio, as the browser reports them now.
struct DisplayMetrics {
    double css_width = 0, css_height = 0, dpr = 1;
    bool operator==(const DisplayMetrics&) const = default;
};

DisplayMetrics read_display_metrics();

// Sets the canvas's drawing buffer to width x height pixels and tells GLFW. Not through
// glfwSetWindowSize: Emscripten 3.1.6's version requests fullscreen instead whenever the size
// equals screen.width x screen.height (always so in headless Chromium) and then keeps the old size.
void resize_framebuffer(int width, int height);

}  // namespace atelier::platform

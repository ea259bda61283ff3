// Browser entry point: GLFW window on the #canvas, Dear ImGui with the OpenGL ES 3 backend,
// frames driven by emscripten_set_main_loop (a blocking loop would hang the page).
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cmath>

#include "web/app.hpp"
#include "web/platform/bridge.hpp"
#include "web/platform/display.hpp"
#include "web/platform/input.hpp"
#include "web/ui/style.hpp"

namespace {

GLFWwindow* g_window = nullptr;
// dpr 0 forces the first call to build the font atlas.
atelier::platform::DisplayMetrics g_display{0, 0, 0};

// GLFW in Emscripten 3.1.6 ignores devicePixelRatio: size the framebuffer ourselves to
// CSS size x dpr (the stylesheet holds the CSS size) and rebuild fonts when dpr changes.
void follow_display() {
    const auto now = atelier::platform::read_display_metrics();
    if (now == g_display) return;
    const bool dpr_changed = now.dpr != g_display.dpr;
    g_display = now;
    atelier::platform::resize_framebuffer(static_cast<int>(std::lround(now.css_width * now.dpr)),
                                          static_cast<int>(std::lround(now.css_height * now.dpr)));
    if (dpr_changed) {
        atelier::ui::apply_display_scale(static_cast<float>(now.dpr));
        // Before the first frame the backend creates the texture itself in NewFrame.
        if (atelier::app().frames > 0) {
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
    }
}

void frame(void*) {
    follow_display();
    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    atelier::platform::apply_page_input(ImGui::GetIO());
    ImGui::NewFrame();
    atelier::app().frame();
    ImGui::Render();
    atelier::platform::sync_text_input(ImGui::GetIO());
    int w = 0, h = 0;
    glfwGetFramebufferSize(g_window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.11f, 0.11f, 0.13f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (atelier::app().frames == 1) atelier::platform::notify_first_frame();
}

}  // namespace

int main() {
    if (!glfwInit()) {
        atelier::platform::show_fatal("The window system could not start.");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    g_window = glfwCreateWindow(1280, 800, "Atelier", nullptr, nullptr);
    if (!g_window) {
        atelier::platform::show_fatal("WebGL 2 is not available in this browser, so Atelier cannot draw.");
        return 1;
    }
    glfwMakeContextCurrent(g_window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // window layout is the app's business, not a file in the FS
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;

    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    atelier::platform::install_clipboard(io);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    follow_display();

    emscripten_set_main_loop_arg(frame, nullptr, 0, true);
    return 0;
}

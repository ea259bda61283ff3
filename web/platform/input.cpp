// Input the page hands to the app (see assets/atelier.js): touch, composed text, key taps.
#include "web/platform/input.hpp"

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "web/app.hpp"

namespace atelier::platform {

namespace {
std::string g_clipboard;       // what the app last copied; also what ImGui's own paste would see
std::vector<int> g_key_taps;   // keys to press for one frame (GLFW key codes, as the backend uses)
std::vector<int> g_keys_down;  // pressed last frame, to release this frame
bool g_want_text = false;
std::string g_fields_json;

// ImGui 1.86 reads key state once per frame: a key pressed and released between two frames (a
// quick Ctrl+A, End, an arrow) would never be seen. A release that comes before any frame saw
// the press is held back until one has.
GLFWkeyfun g_backend_key = nullptr;
struct HeldKey { GLFWwindow* w; int key, scancode, mods; };
std::vector<int> g_pressed_since_frame;
std::vector<HeldKey> g_held_now, g_held_next;

void key_callback(GLFWwindow* w, int key, int scancode, int action, int mods) {
    if (action == GLFW_PRESS) g_pressed_since_frame.push_back(key);
    // Once one release waits, later ones wait behind it: Ctrl down, [frame], A down, A up, Ctrl up
    // must still show the next frame Ctrl+A, not an A whose Ctrl was already let go.
    if (action == GLFW_RELEASE &&
        (!g_held_next.empty() ||
         std::find(g_pressed_since_frame.begin(), g_pressed_since_frame.end(), key) != g_pressed_since_frame.end())) {
        g_held_next.push_back({w, key, scancode, mods});
        return;
    }
    if (g_backend_key) g_backend_key(w, key, scancode, action, mods);
}

void set_clipboard(void*, const char* text) {
    g_clipboard = text ? text : "";
    EM_ASM({ if (Module.atelierCopy) Module.atelierCopy(UTF8ToString($0)); }, g_clipboard.c_str());
}

// ImGui's Ctrl+V would paste this synchronously, but the system clipboard is only readable
// asynchronously: paste arrives through the page's paste event instead (atelier_text).
const char* get_clipboard(void*) { return ""; }
}  // namespace

void install_clipboard(ImGuiIO& io) {
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
}

void hold_quick_key_releases(GLFWwindow* window) { g_backend_key = glfwSetKeyCallback(window, key_callback); }

void apply_page_input(ImGuiIO& io) {
    // Releases held back last time: the frame that saw their press has passed.
    for (const HeldKey& k : g_held_now)
        if (g_backend_key) g_backend_key(k.w, k.key, k.scancode, GLFW_RELEASE, k.mods);
    g_held_now.swap(g_held_next);
    g_held_next.clear();
    g_pressed_since_frame.clear();
    for (int key : g_keys_down) io.KeysDown[key] = false;
    g_keys_down.clear();
    for (int key : g_key_taps) {
        if (key < 0 || key >= IM_ARRAYSIZE(io.KeysDown)) continue;
        io.KeysDown[key] = true;
        g_keys_down.push_back(key);
    }
    g_key_taps.clear();
    const float font_size = io.Fonts->Fonts.empty() ? 17.0f : io.Fonts->Fonts[0]->FontSize;
    app().touch.apply(io, font_size);
}

void sync_text_input(const ImGuiIO& io) {
    if (io.WantTextInput == g_want_text) return;
    g_want_text = io.WantTextInput;
    EM_ASM({ if (Module.atelierWantText) Module.atelierWantText(!!$0); }, g_want_text);
}

}  // namespace atelier::platform

extern "C" {

// phase: 0 down, 1 move, 2 up, 3 cancel; x, y in framebuffer pixels.
EMSCRIPTEN_KEEPALIVE void atelier_touch(int phase, float x, float y) {
    using P = atelier::ui::TouchInput::Phase;
    const P phases[] = {P::down, P::move, P::up, P::cancel};
    if (phase < 0 || phase > 3) return;
    atelier::app().touch.push(phases[phase], x, y);
}

EMSCRIPTEN_KEEPALIVE void atelier_mouse_seen() { atelier::app().touch.mouse_seen(); }

// Two fingers' distance changed by `scale` (the photo viewer zooms by it).
EMSCRIPTEN_KEEPALIVE void atelier_pinch(float scale) {
    if (scale > 0.1f && scale < 10.0f) atelier::app().touch.pinch(scale);
}

// Text typed, composed or pasted in the page's hidden textarea.
EMSCRIPTEN_KEEPALIVE void atelier_text(const char* utf8) {
    if (utf8 && *utf8) ImGui::GetIO().AddInputCharactersUTF8(utf8);
}

// A key pressed for one frame (Backspace or Enter from an on-screen keyboard).
EMSCRIPTEN_KEEPALIVE void atelier_key_tap(int glfw_key) { atelier::platform::g_key_taps.push_back(glfw_key); }

// The rectangles of text fields drawn last frame, for the page's touch handler: iOS raises the
// on-screen keyboard only if the textarea is focused inside the touch event itself.
EMSCRIPTEN_KEEPALIVE const char* atelier_text_fields() {
    auto list = nlohmann::json::array();
    for (const auto& item : atelier::app().locator.last_frame())
        if (item.text_field) list.push_back({item.x0, item.y0, item.x1, item.y1});
    atelier::platform::g_fields_json = list.dump();
    return atelier::platform::g_fields_json.c_str();
}

}  // extern "C"

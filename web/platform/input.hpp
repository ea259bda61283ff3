#pragma once

struct ImGuiIO;
struct GLFWwindow;

namespace atelier::platform {

// Clipboard through the browser: GLFW's clipboard functions are empty stubs in Emscripten 3.1.6.
void install_clipboard(ImGuiIO& io);
// After the ImGui GLFW backend installed its callbacks: keys pressed and released between two
// frames still reach ImGui for one frame (1.86 has no input queue).
void hold_quick_key_releases(GLFWwindow* window);
// Between the GLFW backend's NewFrame and ImGui::NewFrame: touch and tapped keys from the page.
void apply_page_input(ImGuiIO& io);
// After the frame: tells the page whether a text field has focus (to focus or blur the hidden
// textarea that raises the on-screen keyboard and receives composed text).
void sync_text_input(const ImGuiIO& io);

}  // namespace atelier::platform

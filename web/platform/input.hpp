#pragma once

struct ImGuiIO;

namespace atelier::platform {

// Clipboard through the browser: GLFW's clipboard functions are empty stubs in Emscripten 3.1.6.
void install_clipboard(ImGuiIO& io);
// Between the GLFW backend's NewFrame and ImGui::NewFrame: touch and tapped keys from the page.
void apply_page_input(ImGuiIO& io);
// After the frame: tells the page whether a text field has focus (to focus or blur the hidden
// textarea that raises the on-screen keyboard and receives composed text).
void sync_text_input(const ImGuiIO& io);

}  // namespace atelier::platform

#pragma once

namespace atelier::platform {

// Tells the page the first frame is on screen: resolves window.atelier.ready.
void notify_first_frame();
// The first frame drawn with the stored atelier loaded (what cold start measures up to).
void notify_ready_frame();
// Shows a message the app cannot recover from in place of the canvas.
void show_fatal(const char* message);

}  // namespace atelier::platform

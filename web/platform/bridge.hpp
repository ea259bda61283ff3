#pragma once

namespace atelier::platform {

// Tells the page the first frame is on screen: resolves window.atelier.ready.
void notify_first_frame();
// The first frame drawn with the stored atelier loaded (what cold start measures up to).
void notify_ready_frame();
// Opens a link the user asked for (a message's wa.me, mailto: or sms:): a web page in a new tab,
// the others handed to the app that takes them, this page staying where it is.
void open_link(const char* url);
// Opens a whole HTML page (a printable document) in a new tab, which asks to print once loaded.
void open_document(const char* html);
// Shows a message the app cannot recover from in place of the canvas: the key of a shell_
// sentence, worded by the page (assets/words.js) since the app's own words are not up yet.
void show_fatal(const char* shell_key);

}  // namespace atelier::platform

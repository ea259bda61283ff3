// The C side of window.atelier (assets/atelier.js): the only exports the page calls.
#include "web/platform/bridge.hpp"

#include <emscripten.h>
#include <imgui.h>

#include <nlohmann/json.hpp>
#include <string>

#include "core/version.hpp"
#include "web/app.hpp"

namespace atelier::platform {

void notify_first_frame() {
    EM_ASM({ if (Module.atelierFirstFrame) Module.atelierFirstFrame(); });
}

void notify_ready_frame() {
    EM_ASM({ if (Module.atelierReadyFrame) Module.atelierReadyFrame(); });
}

// A link clicked in the page: the browser's own handling (a new tab for https, the mail or
// messages app for mailto: and sms:), allowed because the tap that asked for it was just made.
void open_link(const char* url) {
    EM_ASM({
        const href = UTF8ToString($0);
        const a = document.createElement('a');
        a.href = href;
        if (/^https?:/.test(href)) {
            a.target = '_blank';
            a.rel = 'noopener';
        }
        document.body.appendChild(a);
        a.click();
        a.remove();
    }, url);
}

void open_document(const char* html) {
    // A blob: page resolves nothing relative (and the app's CSP allows no <base>): its stylesheet's
    // address is made whole here, and its pictures (data-photo: a content id) become data: URLs
    // from the photo store, so the page stands alone when saved. It is printed from here (the CSP
    // allows no script in it either); automated browsers print with their own tools instead of a
    // dialog nobody can close.
    EM_ASM({
        const doc = new DOMParser().parseFromString(UTF8ToString($0), 'text/html');
        const link = doc.querySelector('link[rel=stylesheet]');
        if (link) link.setAttribute('href', new URL(link.getAttribute('href'), location.href).href);
        const pictures = Array.from(doc.querySelectorAll('img[data-photo]'));
        const photos = window.atelierPhotos;
        Promise.all(pictures.map(async (img) => {
            const url = photos && photos.dataUrl ? await photos.dataUrl(img.getAttribute('data-photo')) : null;
            if (url) img.setAttribute('src', url);
            else img.classList.add('missing');
        })).then(() => {
            const page = '<!doctype html>' + doc.documentElement.outerHTML;
            const url = URL.createObjectURL(new Blob([page], {type: 'text/html'}));
            const tab = window.open(url, '_blank');
            if (tab && !navigator.webdriver) tab.addEventListener('load', () => setTimeout(() => tab.print(), 200));
            setTimeout(() => URL.revokeObjectURL(url), 60000);
        });
    }, html);
}

void show_fatal(const char* shell_key) {
    EM_ASM({ if (Module.atelierFatal) Module.atelierFatal(UTF8ToString($0)); }, shell_key);
}

}  // namespace atelier::platform

namespace {
// Returned strings live here until the next call; JS copies them at once with UTF8ToString.
std::string g_reply;
const char* reply(std::string s) {
    g_reply = std::move(s);
    return g_reply.c_str();
}
}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* atelier_version() { return atelier::kVersion; }

// The rectangle of a labelled item in framebuffer pixels, as JSON, or "" if it was not drawn.
EMSCRIPTEN_KEEPALIVE const char* atelier_locate(const char* label) {
    const auto* item = atelier::app().locator.find(label ? label : "");
    if (!item) return reply("");
    return reply(nlohmann::json{{"label", item->label}, {"window", item->window},
                                {"x0", item->x0}, {"y0", item->y0}, {"x1", item->x1}, {"y1", item->y1}}
                     .dump());
}

// Every labelled item of the last frame: lets a test author see what locate() can find.
EMSCRIPTEN_KEEPALIVE const char* atelier_items() {
    auto list = nlohmann::json::array();
    for (const auto& item : atelier::app().locator.last_frame()) list.push_back(item.window + "/" + item.label);
    return reply(list.dump());
}

// A read-only view of app state for tests and automation (App::state_json plus the display).
EMSCRIPTEN_KEEPALIVE const char* atelier_state() {
    auto& app = atelier::app();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    auto j = app.state_json();
    j["display"] = {display.x, display.y};
    return reply(j.dump());
}

// One order as stored (JSON), or "null".
// Another device's journal entry (JSON text): "" when applied (or already here), else why not.
EMSCRIPTEN_KEEPALIVE const char* atelier_apply_entry(const char* json) {
    return reply(atelier::app().apply_entry_text(json ? json : ""));
}
EMSCRIPTEN_KEEPALIVE const char* atelier_order(int number) { return reply(atelier::app().order_json(number).dump()); }
// One production order as stored (JSON), or "null".
EMSCRIPTEN_KEEPALIVE const char* atelier_production(int number) { return reply(atelier::app().production_json(number).dump()); }
EMSCRIPTEN_KEEPALIVE const char* atelier_sales(int number) { return reply(atelier::app().sales_json(number).dump()); }

// Frame CPU times (median, p95, max of the last 240 frames): the frame-time benchmark reads these.
EMSCRIPTEN_KEEPALIVE const char* atelier_perf() { return reply(atelier::app().perf_json().dump()); }
EMSCRIPTEN_KEEPALIVE void atelier_perf_reset() { atelier::app().reset_frame_times(); }

// Wheel input in ImGui's units (one notch = 1), already converted by the page from the
// browser's pixel/line deltas: Emscripten 3.1.6's GLFW passes raw, inverted pixels.
EMSCRIPTEN_KEEPALIVE void atelier_scroll(float dx, float dy) {
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheelH += dx;
    io.MouseWheel += dy;
}

}  // extern "C"

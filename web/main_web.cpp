// Browser entry point: GLFW window on the #canvas, Dear ImGui with the OpenGL ES 3 backend,
// frames driven by emscripten_set_main_loop (a blocking loop would hang the page).
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <string>

#include "core/rules/photos.hpp"
#include "web/app.hpp"
#include "web/platform/bridge.hpp"
#include "web/platform/display.hpp"
#include "web/platform/font_cache.hpp"
#include "web/platform/files.hpp"
#include "web/platform/input.hpp"
#include "web/platform/photos.hpp"
#include "web/platform/session.hpp"
#include "web/platform/storage.hpp"
#include "web/platform/sync.hpp"
#include "web/ui/draw_fingerprint.hpp"
#include "web/ui/font_atlas_cache.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/style.hpp"

namespace {

GLFWwindow* g_window = nullptr;
// Like the open's slices (platform/storage.cpp): no task near 50 ms, also on a CPU 4x slower.
constexpr double kPrepareSliceMs = 25;
// dpr 0 forces the first call to build the font atlas.
atelier::platform::DisplayMetrics g_display{0, 0, 0};
// The first atlas comes from the one kept at the last start when that was made from the same
// fonts, sizes and version (web/ui/font_atlas_cache.hpp); otherwise the first frame builds it,
// and it is kept once the page shows something.
bool g_atlas_restored = false;

void use_kept_font_atlas() {
    std::string bytes;
    if (atelier::platform::take_cached_font_atlas(bytes) == atelier::platform::CachedAtlas::bytes)
        g_atlas_restored = atelier::ui::restore_font_atlas(*ImGui::GetIO().Fonts, bytes);
}

// A built atlas, unless what is kept is already the same (it was not read yet at the start:
// a first visit creates the database).
void keep_built_font_atlas() {
    const std::string bytes = atelier::ui::save_font_atlas(*ImGui::GetIO().Fonts);
    std::string kept;
    const auto was = atelier::platform::take_cached_font_atlas(kept);
    if (!bytes.empty() && !(was == atelier::platform::CachedAtlas::bytes && kept == bytes)) atelier::platform::keep_font_atlas(bytes);
}

// GLFW in Emscripten 3.1.6 ignores devicePixelRatio: size the framebuffer ourselves to
// CSS size x dpr (the stylesheet holds the CSS size) and rebuild fonts when dpr changes.
void follow_display() {
    const auto now = atelier::platform::read_display_metrics();
    if (now == g_display) return;
    const bool dpr_changed = now.dpr != g_display.dpr;
    const bool first = g_display.dpr == 0;
    g_display = now;
    atelier::platform::resize_framebuffer(static_cast<int>(std::lround(now.css_width * now.dpr)),
                                          static_cast<int>(std::lround(now.css_height * now.dpr)));
    if (dpr_changed) {
        atelier::ui::apply_display_scale(atelier::app().look, static_cast<float>(now.dpr));
        if (first) use_kept_font_atlas();
        // Before the first frame the backend creates the texture itself in NewFrame.
        if (atelier::app().frames > 0) {
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
    }
}

// With nothing happening the app draws 4 frames a second instead of 60: a tablet's battery
// lasts, and on a busy 2-core machine the browser still finds time for service-worker updates.
bool idle(long long tick) {
    auto& app = atelier::app();
    if (app.frames < 10 || !app.toasts.empty() || app.loading) return false;
    if (app.storage.unsaved()) return false;
    if (atelier::platform::ms_since_activity() < 1500) return false;
    return tick % 15 != 0;
}

// What the storage layer finished since the last frame: the stored atelier (at start, or when
// this tab becomes the writer), the storage status (save state, writer or read-only), what a
// read-only tab replays, and a chosen backup file.
void take_storage_news(atelier::App& app) {
    namespace p = atelier::platform;
    if (auto loaded = p::storage_take_loaded()) {
        // A salvaged atelier opens read-only (the status says so) with its problems, never as a first start.
        if (loaded->salvaged) app.salvage = atelier::App::Salvage{std::move(loaded->problems)};
        else app.salvage.reset();
        if (loaded->atelier) app.load(std::move(*loaded->atelier));
        else app.loading = false;
        // What sync saved goes with the atelier it was saved with.
        const auto meta = p::storage_read_side("sync.json");
        app.sync_restore(p::sync_load_settings(), meta ? nlohmann::json::parse(*meta, nullptr, false) : nlohmann::json());
        if (!loaded->report_said.empty()) {
            std::string text;  // in the device's language, sentence after sentence as the English report reads
            for (const atelier::Said& s : loaded->report_said) {
                if (!text.empty()) text += ' ';
                text += atelier::ui::said_text(s);
            }
            app.notify(std::move(text), true);
        }
    }
    app.storage = p::storage_status();
    if (app.ready && app.read_only()) {
        std::optional<atelier::Atelier> reload;
        if (p::storage_follow(app.store, reload)) {
            // Replayed lines changed the store's revision: views and caches follow on their own.
            if (reload) app.load(std::move(*reload));
            // The writing tab restored a backup over the salvaged atelier.
            if (app.salvage && !p::storage_salvaged()) app.salvage.reset();
        }
    }
    if (auto csv = p::take_csv()) app.csv_file = std::move(*csv);
    if (auto text = p::storage_take_restore_text()) {
        app.restore_text = std::move(*text);
        app.restore_photos = p::storage_restore_photos();
    }
}

// While sync is on, every 5 s: the pictures the atelier names go to the server when it lacks them
// (assets/photos.js); the list is gathered again only when the atelier changed.
void sync_photos(atelier::App& app) {
    static bool on = false;
    static double next = 0;
    static uint64_t revision = ~0ull;
    static nlohmann::json photos = nlohmann::json::array();
    const bool want = app.sync.enabled() && !app.loading && app.ready;
    if (!want) {
        if (on) atelier::platform::photos_sync("", "", nlohmann::json::array());
        on = false;
        return;
    }
    if (on && app.seconds < next) return;
    on = true;
    next = app.seconds + 5;
    if (revision != app.revision()) {
        revision = app.revision();
        photos = nlohmann::json::array();
        for (const atelier::Image* im : atelier::stored_pictures(app.store.state()))
            photos.push_back({{"id", im->id}, {"thumb", im->thumb}});
    }
    atelier::platform::photos_sync(app.sync.settings().server, app.sync.settings().token, photos);
}

// Sync's replies since the last frame, then what it asks next (App::sync_frame: the core decides).
void take_sync_news(atelier::App& app) {
    namespace p = atelier::platform;
    for (const auto& r : p::sync_take_replies()) app.sync_reply(r.id, r.status, r.body);
    // A tablet opened from an invitation link while it holds nothing joins at once (the link was the consent).
    if (app.sync_invite && !app.loading && !app.sync.enabled() && app.store.state().orders.empty() && app.store.state().clients.empty())
        app.sync_connect(*app.sync_invite);
    app.sync_frame(p::sync_online(), p::sync_take_woke());
    app.photos_added(p::photos_take());
    p::photos_frame();
    sync_photos(app);
}

void frame(void*) {
    static long long tick = 0;
    if (idle(tick++)) return;
    follow_display();
    glfwPollEvents();
    // The first one makes the font texture (and builds the atlas unless it was restored).
    static bool textured = false;
    const double t_texture = emscripten_get_now();
    ImGui_ImplOpenGL3_NewFrame();
    if (!textured) {
        textured = true;
        atelier::platform::report_font_atlas(g_atlas_restored ? "restored" : "built", emscripten_get_now() - t_texture);
    }
    ImGui_ImplGlfw_NewFrame();
    atelier::platform::apply_page_input(ImGui::GetIO());
    // Finger or mouse, whichever came last, sizes this frame's targets (44 CSS px for a finger).
    atelier::ui::set_touch(atelier::app().look, atelier::app().touch.finger_layout());
    auto& app = atelier::app();
    app.now = atelier::platform::local_now();
    app.utc_offset = atelier::platform::utc_offset_minutes();
    app.today = atelier::date_of(app.now);
    app.seconds = atelier::platform::monotonic_seconds();
    // The opened atelier's index and dashboard, a slice a frame (before the storage's news, so a
    // frame that finishes the open's last slice does not prepare too).
    if (app.ready && app.loading) {
        const double t0 = emscripten_get_now();
        app.prepare([t0] { return emscripten_get_now() - t0 < kPrepareSliceMs; });
    }
    take_storage_news(app);
    take_sync_news(app);
    const double t0 = emscripten_get_now();
    ImGui::NewFrame();
    app.frame();
    ImGui::Render();
    app.record_frame_time(emscripten_get_now() - t0);
    // While the opened atelier is prepared (App::prepare) its first save waits: the frame's time
    // goes to showing it (a demo of 100,000 orders: ready ~1 s sooner).
    if (app.ready && !app.loading && !app.read_only()) atelier::platform::storage_tick(app.store);
    atelier::platform::sync_text_input(ImGui::GetIO());
    int w = 0, h = 0;
    glfwGetFramebufferSize(g_window, &w, &h);
    // A frame that looks exactly like the last one is not drawn: the canvas keeps showing it.
    const bool dark = app.look.dark;
    const uint64_t look = atelier::ui::draw_fingerprint(
        *ImGui::GetDrawData(), (uint64_t(uint32_t(w)) << 32 | uint32_t(h)) ^ (dark ? 1u : 0u) ^
                                   (uint64_t(std::lround(g_display.dpr * 1000)) << 8));
    // While an edit's flush starts, drawing waits (up to 100 ms): with a software-rendered canvas
    // (headless Chromium, some tablets) the draw competes with IndexedDB for the CPU, and the
    // flush then takes 40+ ms instead of 2-3. The change shows a frame later.
    static uint64_t shown = 0;
    // While the stored atelier is read and opened, nothing is drawn for the first 400 ms
    // (storage_quiet_open_ms: tests that watch the opening screen set it to 0): the
    // page's own "Loading Atelier…" stays up, and an atelier of 10,000 orders opens within that,
    // so the first frame drawn is its board. Past that the opening screen shows its progress, at
    // most every 250 ms. In a page whose canvas is composited in software (headless Chromium,
    // some tablets) each drawn frame costs the main thread a 40-120 ms compositor commit (the
    // first one more), which came between the slices of the open and tripled its wall time.
    // The same after a demo or a backup is opened (App::prepare): the last frame stays up.
    static double last_drawn_ms = 0;
    static double loading_since_ms = -1;
    const double now_ms = emscripten_get_now();
    static const double quiet_ms = atelier::platform::storage_quiet_open_ms();
    if (!app.loading) loading_since_ms = -1;
    else if (loading_since_ms < 0) loading_since_ms = now_ms;
    const bool opening = app.loading && (now_ms - loading_since_ms < quiet_ms || now_ms - last_drawn_ms < 250);
    const bool hold = (atelier::platform::storage_flush_starting() && app.frames >= 3) || opening;
    static bool drawn_once = false;
    if ((look != shown || !drawn_once) && !hold) {
        shown = look;
        last_drawn_ms = now_ms;
        glViewport(0, 0, w, h);
        const ImVec4 page = atelier::ui::vec4(app.look.theme().page);
        glClearColor(page.x, page.y, page.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (!drawn_once) atelier::platform::notify_first_frame();
        drawn_once = true;
    }
    static bool ready_told = false;
    if (!ready_told && app.ready && !app.loading) {
        ready_told = true;
        atelier::platform::notify_ready_frame();
    }
    // A built atlas is kept a second after the page shows the atelier, or the first-start screen
    // (a few ms of copying, out of the start's way).
    static double shown_at_ms = 0;
    static bool atlas_kept = false;
    if (drawn_once && !app.loading && shown_at_ms == 0) shown_at_ms = now_ms;
    if (shown_at_ms > 0 && !g_atlas_restored && !atlas_kept && now_ms - shown_at_ms > 1000) {
        atlas_kept = true;
        keep_built_font_atlas();
    }
}

void setup_app() {
    auto& app = atelier::app();
    app.demo_orders = atelier::platform::url_int("demo", app.demo_orders);
    app.linked_order = atelier::platform::url_int("order", 0);
    app.app_url = atelier::platform::app_address();
    app.device = atelier::platform::device_id();
    const std::string prefs = atelier::platform::load_prefs_text();
    if (!prefs.empty()) app.prefs = atelier::prefs_from_json(nlohmann::json::parse(prefs, nullptr, false));
    app.view = app.prefs.work_view;
    if (!app.prefs.person.empty()) app.who = app.prefs.person;  // sync's person, once restored, comes first
    app.restore_layout();
    app.browser_language = atelier::platform::browser_language();
    app.apply_language();
    atelier::ui::apply_theme(app.look, app.prefs.dark);
    app.on_prefs = [](const atelier::UiPrefs& p) { atelier::platform::save_prefs_text(atelier::prefs_to_json(p).dump()); };
    app.loading = true;
    app.prepare_in_steps = true;
    app.on_journal = [](const nlohmann::json& entry) { atelier::platform::storage_record(entry); };
    // A restore ends salvage in the storage: the status the app shows follows at once.
    app.on_open = [](const atelier::Atelier& a) {
        atelier::platform::storage_restore(a, atelier::app().revision());
        atelier::app().storage = atelier::platform::storage_status();
    };
    app.on_open_link = [](const std::string& url) { atelier::platform::open_link(url.c_str()); };
    app.on_open_document = [](const std::string& html) { atelier::platform::open_document(html.c_str()); };
    app.on_download_file = [](const std::string& name, const std::string& mime, const std::string& bytes) {
        atelier::platform::download_file(name, mime, bytes);
    };
    app.on_pick_csv = [] { atelier::platform::pick_csv(); };
    app.on_backup = [] { atelier::platform::storage_backup(atelier::app().store.state()); };
    app.on_restore_pick = [] { atelier::platform::storage_request_restore(); };
    app.on_download_raw = [] {
        atelier::platform::storage_download_raw(atelier::app().store.state().profile.settings.company_code);
    };
    app.on_photo_pick = [](bool camera) { atelier::platform::photos_pick(camera); };
    app.on_photo = [](const std::string& id) { return atelier::platform::photo_texture(id); };
    app.on_photo_usage = [] { return atelier::platform::photos_usage(); };
    app.on_restore_photos = [] { atelier::platform::storage_import_restore_photos(); };
    app.on_sync_send = [](const atelier::SyncRequest& r, const std::string& token) { atelier::platform::sync_send(r, token); };
    app.on_sync_settings = [](const nlohmann::json& s) { atelier::platform::sync_save_settings(s); };
    app.on_sync_meta = [](const nlohmann::json& m) { atelier::platform::storage_write_side("sync.json", m.dump()); };
    if (auto invite = atelier::platform::sync_take_invitation())
        app.sync_invite = atelier::SyncSettings{invite->value("server", ""), invite->value("token", ""), ""};
    atelier::platform::storage_start();
}

}  // namespace

int main() {
    if (!glfwInit()) {
        atelier::platform::show_fatal("shell_no_window_system");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    g_window = glfwCreateWindow(1280, 800, "Atelier", nullptr, nullptr);
    if (!g_window) {
        atelier::platform::show_fatal("shell_no_webgl2_context");
        return 1;
    }
    glfwMakeContextCurrent(g_window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // window layout is the app's business, not a file in the FS
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;

    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    atelier::platform::hold_quick_key_releases(g_window);
    atelier::platform::install_clipboard(io);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    follow_display();
    setup_app();

    // Frames on a 60 Hz timer, not requestAnimationFrame: while a page keeps a rAF loop going,
    // Chromium hands it IndexedDB answers late (measured: one flush of a tiny journal file took
    // 150-400 ms with the loop running, 3-5 ms on a timer), and saving and starting are chains of
    // such answers. The browser still shows the canvas at its own refresh.
    emscripten_set_main_loop_arg(frame, nullptr, 60, true);
    return 0;
}

#pragma once
// Drives the real views natively, without a browser: an ImGui context with no renderer, the
// App, and a pointer and keyboard that act through the locator exactly as the e2e tests do.
// Fast enough to click through every view under ASan in a second.
#include <doctest/doctest.h>
#include <imgui.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/commands/command.hpp"
#include "web/app.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/style.hpp"
#include "web/ui/text_fit.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::test {

class Headless {
public:
    explicit Headless(float width = 1280, float height = 800);
    ~Headless();
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    App app;
    ui::Look& look = app.look;  // bound to the context: theme, dpr, touch mode
    ui::TextRuns runs;  // the layout check's recorder (look.runs), holding the last frame's runs
    // Drawn each frame instead of the app when set (widget tests); the locator still records.
    std::function<void()> scene;
    // Runs before each ImGui::NewFrame, where the web shell applies the page's input (touch).
    std::function<void(ImGuiIO&)> before_frame;

    void frame(int n = 1);
    // The item drawn last frame, or nullptr.
    const ui::LocatedItem* find(std::string_view label) const;
    bool visible(std::string_view label) const { return find(label) != nullptr; }
    // The first label drawn last frame that starts with `prefix` ("" when none): for messages.
    std::string label_starting(std::string_view prefix) const;
    // Clicks the centre of the item; fails the test (doctest REQUIRE) if it is not drawn.
    void click(std::string_view label);
    void double_click(std::string_view label);
    // Goes to a view from the top bar: its button, or the "…" menu when the row is too narrow.
    void nav(std::string_view view);
    // Clicks a text field, selects all, types `text` (UTF-8), and optionally presses Enter.
    void fill(std::string_view label, std::string_view text, bool enter = false);
    void type(std::string_view text);
    // Presses a key (GLFW code, e.g. 'K', or ImGuiKey through key_code) with modifiers.
    void key(int code, bool ctrl = false, bool shift = false);
    static int key_code(ImGuiKey k);
    // Presses on `from`, moves in steps to `to`, releases.
    void drag(std::string_view from, std::string_view to);
    void drag_to(std::string_view from, ImVec2 to);
    // One wheel notch (+1 = up) over the item.
    void wheel(std::string_view over, float notches);
    void resize(float width, float height);
    void move_mouse(ImVec2 p);

    void set_dark(bool dark);
    // The layout check (docs/design.md): start recording the text runs of each frame.
    void record_text(bool on) {
        runs.on = on;
        runs.runs.clear();
    }
    // The runs of the last frame that overlap another or leave their box, one sentence each.
    std::vector<std::string> layout_problems() const;

    // Every text the last frame drew, read back from its draw lists: each glyph quad is found by
    // its place in the font atlas, glyphs in a row are joined and a gap wider than their advance
    // is a space; one line per run. Whatever drew it (a widget, a draw list), it is here.
    std::string drawn_text() const;

    // The text of every labelled item, for failure messages.
    std::string items() const;

private:
    ImGuiContext* ctx_ = nullptr;
    double t_ = 0;
};

// Small readers the view tests share: order n of the app's atelier, an item's height, a local time.
inline const Order& order_of(const Headless& h, int n = 1) {
    const Order* o = h.app.store.state().order(n);
    REQUIRE(o);
    return *o;
}
inline std::string money_of(const Headless& h, int64_t minor) {
    return ui::money_text(Money{minor}, h.app.store.state().profile.settings.currency);
}
// A picture as the browser's reader would hand it over (ids are the bytes' hashes), not on this device.
inline Image made_up_image(const char* type, int width, int height, int64_t bytes) {
    Image i;
    i.id = std::string(64, 'a');
    i.thumb = std::string(64, 'b');
    i.type = type;
    i.bytes = bytes;
    i.width = width;
    i.height = height;
    return i;
}
inline float height_of(const ui::LocatedItem* it) { return it->y1 - it->y0; }
inline DateTime at(int y, int m, int d, int hh, int mm) {
    return DateTime{at_midnight(date_from_civil(y, m, d)).minutes + hh * 60 + mm};
}

// A tailoring order set up through commands (not under test), for `client` (0: the first client),
// due in 40 days; its number. The page is not opened.
inline int made_order(Headless& h, int64_t price_minor = 100000, const char* garment = "Suit", int client = 0) {
    const Atelier& a = h.app.store.state();
    const int number = a.profile.next_order;
    cmd::OrderCreate c;
    c.client = client ? client : a.clients.front().id;
    c.pipeline = "tailoring";
    c.deadline = add_days(h.app.today, 40);
    c.garment = garment;
    c.price = Money{price_minor};
    REQUIRE(h.app.dispatch(c));
    return number;
}

// Order n's page, its Outbox open.
inline void open_outbox(Headless& h, int n) {
    h.app.open_order(n);
    h.frame(2);
    h.click("Outbox");
    h.frame(2);
}

// A new order (made_order) whose client prefers email at client@example.com, with a fitting booked
// `days` from today at 10:00; its number.
inline int order_by_email_with_fitting(Headless& h, int days) {
    const int n = made_order(h, 100000, "Morning coat");
    cmd::ClientUpdate u;
    u.client = h.app.store.state().order(n)->client;
    u.email = "client@example.com";
    u.channel = Channel::email;
    REQUIRE(h.app.dispatch(u));
    cmd::OrderFitting f;
    f.order = n;
    f.at = DateTime{at_midnight(add_days(h.app.today, days)).minutes + 10 * 60};
    f.kind = "first";
    REQUIRE(h.app.dispatch(f));
    return n;
}

// An app opened on the small demo atelier (today pinned to 2026-06-01).
void open_demo(App& app, int orders = 60);

}  // namespace atelier::test

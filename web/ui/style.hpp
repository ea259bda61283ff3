#pragma once
// The design tokens of docs/design.md in code: colours (light and dark), type sizes, spacing,
// touch sizes. Values are constants; what changes at run time (theme, device pixel ratio, touch)
// is one Look owned by the shell and handed to ImGui's context, so views read it with look().
#include <cstdint>
#include <string>
#include <vector>

#include "core/i18n/language.hpp"

struct ImFont;
struct ImVec4;

namespace atelier::ui {

struct TextRuns;  // web/ui/text_fit.hpp

struct Rgb {
    uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
};
ImVec4 vec4(Rgb c, float alpha = 1.0f);

// One theme: every colour the views use, by meaning. Status colours are text on page, surface,
// hover and button, and fills under a badge's on_status label (see text_pairs()).
struct Theme {
    const char* name;
    Rgb page, surface, hover, button, border;
    Rgb text, muted;
    Rgb accent, on_accent;
    Rgb overdue, due_soon, at_risk, ok, rush, priority;
    Rgb on_status;  // label text on a status fill (a badge)
    // Stage state as text on a card: not started (muted), in progress, done.
    Rgb stage_not_started, stage_in_progress, stage_done;
};
const Theme& light_theme();
const Theme& dark_theme();

// A text colour over a background the views actually draw it on.
struct ColourPair {
    std::string what;  // "light: overdue on surface"
    Rgb text, background;
};
std::vector<ColourPair> text_pairs(const Theme& t);
// WCAG 2 contrast ratio, 1 to 21.
double contrast_ratio(Rgb a, Rgb b);

// Type scale in CSS px at 1x (Inter).
struct TypeScale {
    static constexpr float body = 17, small = 14, title = 22;
};
// Spacing scale in CSS px at 1x (a 4-px grid).
struct Space {
    static constexpr float xs = 4, s = 8, m = 12, l = 16, xl = 24, xxl = 32;
};
// The smallest target a finger hits reliably, CSS px (when the last input was touch).
constexpr float kTouchTargetPx = 44;

// What the shell decides about the look at run time. The shell owns it; bind() hands it to the
// current ImGui context (views reach it through look()), apply() sizes ImGui's style from it.
struct Look {
    std::string font_path = "/fonts/ui.otf";  // packaged with the app from Debian's fonts-inter
    float dpr = 1.0f;
    bool dark = false;
    bool touch = false;  // the last input was a finger: targets >= kTouchTargetPx
    ImFont* body = nullptr;
    ImFont* small = nullptr;
    ImFont* title = nullptr;
    TextRuns* runs = nullptr;  // the layout check's recorder, when a test binds one
    Locale locale;             // the device's language and conventions (web/ui/i18n.hpp)
    const Theme& theme() const { return dark ? dark_theme() : light_theme(); }
    // CSS px -> ImGui px (the framebuffer is in device pixels).
    float px(float css) const { return css * dpr; }
};

// Makes `l` the Look of the current ImGui context (it must outlive the context's use).
void bind(Look& l);
// The bound Look; a default light Look when none is bound.
const Look& look();
Look& look_mut();

// Builds the font atlas (body, small, title at size x dpr) and applies the style.
// Returns false if the UI font could not be loaded (ImGui's built-in font is used instead).
bool apply_display_scale(Look& l, float dpr);
// Colours and sizes from the theme, dpr and touch mode. Cheap: called when any of them changes.
void apply(const Look& l);
// Switches touch mode when `touch` differs (the next frame is laid out for fingers or the mouse).
void set_touch(Look& l, bool touch);

// Light (default) or dark; keeps the scale. Cheap: called when the user toggles.
void apply_theme(Look& l, bool dark);
// Whether the bound Look wears the dark theme.
bool is_dark_theme();

// Height of a frame (button, field) as it will be drawn now; >= 44 CSS px in touch mode.
float target_height();

}  // namespace atelier::ui

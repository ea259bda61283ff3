#include "web/ui/style.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace atelier::ui {

namespace {

constexpr Rgb hex(uint32_t v) { return Rgb{uint8_t(v >> 16), uint8_t(v >> 8), uint8_t(v)}; }

// Warm paper and ink with one bordeaux accent (docs/design.md). Each status colour was chosen
// to reach 4.5:1 both as text on every background below and under its badge label.
const Theme kLight{
    "light",
    hex(0xF7F4EF), hex(0xFFFFFF), hex(0xEFE8DE), hex(0xEAE2D6), hex(0xD9D1C5),
    hex(0x1F1B16), hex(0x675E54),
    hex(0x6E2A3F), hex(0xFFFFFF),
    hex(0xB42318), hex(0x955300), hex(0x6B3FA0), hex(0x1E7438), hex(0xA8245A), hex(0x1D5FA8),
    hex(0xFFFFFF),
    hex(0x675E54), hex(0x1D5FA8), hex(0x1E7438),
};
// Warm charcoal; status colours light enough for text, with ink labels on their fills.
const Theme kDark{
    "dark",
    hex(0x161412), hex(0x221F1B), hex(0x2E2A25), hex(0x3A342E), hex(0x4A433B),
    hex(0xF2EDE6), hex(0xB0A698),
    hex(0xD9B382), hex(0x161412),
    hex(0xFF8F85), hex(0xF2B35B), hex(0xC7A6F2), hex(0x7CCF98), hex(0xF39BC0), hex(0x8DB7F0),
    hex(0x161412),
    hex(0xB0A698), hex(0x8DB7F0), hex(0x7CCF98),
};

// Basic Latin to Latin Extended-B, Latin Extended Additional (Vietnamese, Welsh), general
// punctuation (dashes, quotes, …, €), letterlike symbols (№, ™), Greek and Cyrillic: client
// names come from everywhere. Of the symbol blocks only the arrows the UI draws (→): every glyph is
// rasterised three times (body, small, title) before the first frame.
const ImWchar kRanges[] = {
    0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x052F, 0x1E00, 0x1EFF, 0x2000, 0x206F,
    0x20A0, 0x20CF, 0x2100, 0x218F, 0x2190, 0x2193, 0,
};

double channel(uint8_t c) {
    const double s = c / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}
double luminance(Rgb c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

ImVec4 mix(Rgb a, Rgb b, float t) {
    const ImVec4 x = vec4(a), y = vec4(b);
    return ImVec4(x.x + (y.x - x.x) * t, x.y + (y.y - x.y) * t, x.z + (y.z - x.z) * t, 1.0f);
}

void set_colours(ImGuiStyle& s, const Theme& t) {
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = vec4(t.text);
    c[ImGuiCol_TextDisabled] = vec4(t.muted);
    c[ImGuiCol_WindowBg] = vec4(t.page);
    c[ImGuiCol_ChildBg] = vec4(t.page, 0.0f);
    c[ImGuiCol_PopupBg] = vec4(t.surface);
    c[ImGuiCol_Border] = vec4(t.border);
    c[ImGuiCol_BorderShadow] = vec4(t.border, 0.0f);
    c[ImGuiCol_FrameBg] = vec4(t.surface);
    c[ImGuiCol_FrameBgHovered] = vec4(t.hover);
    c[ImGuiCol_FrameBgActive] = vec4(t.hover);
    c[ImGuiCol_TitleBg] = vec4(t.surface);
    c[ImGuiCol_TitleBgActive] = vec4(t.surface);
    c[ImGuiCol_TitleBgCollapsed] = vec4(t.surface);
    c[ImGuiCol_MenuBarBg] = vec4(t.surface);
    c[ImGuiCol_ScrollbarBg] = vec4(t.page, 0.0f);
    c[ImGuiCol_ScrollbarGrab] = vec4(t.border);
    c[ImGuiCol_ScrollbarGrabHovered] = vec4(t.muted);
    c[ImGuiCol_ScrollbarGrabActive] = vec4(t.muted);
    c[ImGuiCol_CheckMark] = vec4(t.accent);
    c[ImGuiCol_SliderGrab] = vec4(t.accent);
    c[ImGuiCol_SliderGrabActive] = vec4(t.accent);
    c[ImGuiCol_Button] = vec4(t.button);
    c[ImGuiCol_ButtonHovered] = vec4(t.hover);
    // A pressed or chosen button keeps ink-on-light legibility: a deeper shade of the button.
    c[ImGuiCol_ButtonActive] = mix(t.button, t.border, 0.6f);
    c[ImGuiCol_Header] = vec4(t.hover);
    c[ImGuiCol_HeaderHovered] = vec4(t.hover);
    c[ImGuiCol_HeaderActive] = mix(t.hover, t.border, 0.5f);
    c[ImGuiCol_Separator] = vec4(t.border);
    c[ImGuiCol_SeparatorHovered] = vec4(t.muted);
    c[ImGuiCol_SeparatorActive] = vec4(t.accent);
    c[ImGuiCol_ResizeGrip] = vec4(t.border, 0.0f);
    c[ImGuiCol_ResizeGripHovered] = vec4(t.border);
    c[ImGuiCol_ResizeGripActive] = vec4(t.accent);
    c[ImGuiCol_Tab] = vec4(t.button);
    c[ImGuiCol_TabHovered] = vec4(t.hover);
    c[ImGuiCol_TabActive] = vec4(t.surface);
    c[ImGuiCol_TabUnfocused] = vec4(t.button);
    c[ImGuiCol_TabUnfocusedActive] = vec4(t.surface);
    c[ImGuiCol_PlotLines] = vec4(t.accent);
    c[ImGuiCol_PlotLinesHovered] = vec4(t.accent);
    c[ImGuiCol_PlotHistogram] = vec4(t.accent);
    c[ImGuiCol_PlotHistogramHovered] = vec4(t.accent);
    c[ImGuiCol_TableHeaderBg] = vec4(t.button);
    c[ImGuiCol_TableBorderStrong] = vec4(t.border);
    c[ImGuiCol_TableBorderLight] = vec4(t.border, 0.6f);
    c[ImGuiCol_TableRowBg] = vec4(t.surface, 0.0f);
    c[ImGuiCol_TableRowBgAlt] = vec4(t.text, 0.035f);
    c[ImGuiCol_TextSelectedBg] = vec4(t.accent, 0.25f);
    c[ImGuiCol_DragDropTarget] = vec4(t.accent);
    c[ImGuiCol_NavHighlight] = vec4(t.accent);
    c[ImGuiCol_NavWindowingHighlight] = vec4(t.accent);
    c[ImGuiCol_NavWindowingDimBg] = vec4(t.text, 0.2f);
    // The backdrop behind a dialog: the page dimmed, so the dialog is plainly in front.
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.08f, 0.07f, 0.06f, 0.45f);
}

}  // namespace

ImVec4 vec4(Rgb c, float alpha) { return ImVec4(c.r / 255.f, c.g / 255.f, c.b / 255.f, alpha); }

const Theme& light_theme() { return kLight; }
const Theme& dark_theme() { return kDark; }

double contrast_ratio(Rgb a, Rgb b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::vector<ColourPair> text_pairs(const Theme& t) {
    std::vector<ColourPair> out;
    const std::string n = t.name;
    struct Named { const char* name; Rgb c; };
    const Named grounds[] = {{"page", t.page}, {"surface", t.surface}, {"hover", t.hover}, {"button", t.button}};
    const Named inks[] = {{"text", t.text},       {"muted", t.muted},     {"overdue", t.overdue},
                          {"due_soon", t.due_soon}, {"at_risk", t.at_risk}, {"ok", t.ok},
                          {"rush", t.rush},       {"priority", t.priority}, {"stage_not_started", t.stage_not_started},
                          {"stage_in_progress", t.stage_in_progress}, {"stage_done", t.stage_done}};
    for (const Named& ink : inks)
        for (const Named& g : grounds) out.push_back({n + ": " + ink.name + " on " + g.name, ink.c, g.c});
    const Named fills[] = {{"overdue", t.overdue}, {"due_soon", t.due_soon}, {"at_risk", t.at_risk},
                           {"ok", t.ok},           {"rush", t.rush},         {"priority", t.priority}};
    for (const Named& f : fills) out.push_back({n + ": badge label on " + f.name, t.on_status, f.c});
    out.push_back({n + ": on_accent on accent", t.on_accent, t.accent});
    // A pressed/chosen button (the current view in the top bar) is drawn in a deeper shade.
    const ImVec4 active = mix(t.button, t.border, 0.6f);
    const Rgb active_rgb{uint8_t(std::lround(active.x * 255)), uint8_t(std::lround(active.y * 255)),
                         uint8_t(std::lround(active.z * 255))};
    out.push_back({n + ": text on active button", t.text, active_rgb});
    return out;
}

void bind(Look& l) { ImGui::GetIO().UserData = &l; }

namespace {
Look* bound() { return ImGui::GetCurrentContext() ? static_cast<Look*>(ImGui::GetIO().UserData) : nullptr; }
}  // namespace

const Look& look() {
    // ImGui's context carries the shell's Look, as it carries the style; a constant default
    // answers for code drawn before a shell bound one.
    static const Look kDefault;
    const Look* l = bound();
    return l ? *l : kDefault;
}

Look& look_mut() {
    Look* l = bound();
    IM_ASSERT(l && "bind() a Look to the ImGui context before changing it");
    return *l;
}

bool apply_display_scale(Look& l, float dpr) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig cfg;
    // The fonts are built at the display's real pixel size (size x dpr), so horizontal
    // oversampling buys little sharpness and doubles the atlas (measured natively, 3 sizes at
    // dpr 1: 148 ms with OversampleH 2, 69 ms with 1; ~0.4 s in the browser before).
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    l.body = io.Fonts->AddFontFromFileTTF(l.font_path.c_str(), TypeScale::body * dpr, &cfg, kRanges);
    if (l.body) {
        l.small = io.Fonts->AddFontFromFileTTF(l.font_path.c_str(), TypeScale::small * dpr, &cfg, kRanges);
        l.title = io.Fonts->AddFontFromFileTTF(l.font_path.c_str(), TypeScale::title * dpr, &cfg, kRanges);
    } else {
        l.body = l.small = l.title = io.Fonts->AddFontDefault();
    }
    l.dpr = dpr;
    apply(l);
    return l.small != l.body;
}

void apply(const Look& l) {
    ImGuiStyle s;
    set_colours(s, l.theme());
    s.WindowRounding = 6.0f;
    s.ChildRounding = 6.0f;
    s.FrameRounding = 4.0f;
    s.PopupRounding = 6.0f;
    s.GrabRounding = 4.0f;
    s.WindowPadding = ImVec2(Space::s, Space::s);  // the page's margin; dialogs push their own
    // Compact for the mouse: a 23-px frame, as table cells and inline editors were sized for.
    s.FramePadding = ImVec2(Space::s, Space::xs - 1);
    s.ItemSpacing = ImVec2(Space::s, Space::s - 2);
    s.ItemInnerSpacing = ImVec2(Space::xs, Space::xs);
    s.CellPadding = ImVec2(Space::s - 2, Space::xs - 1);
    s.WindowBorderSize = 0.0f;
    s.PopupBorderSize = 1.0f;
    s.ChildBorderSize = 1.0f;
    s.FrameBorderSize = 1.0f;
    s.ScrollbarSize = 14.0f;
    if (l.touch) {
        // Fingers: every frame (button, field, combo) and every table row >= 44 CSS px tall.
        // Rounded up: ImGui floors scaled sizes, and 43.x px is not 44.
        const float pad = std::max(s.FramePadding.y, std::ceil((kTouchTargetPx - TypeScale::body) * 0.5f));
        s.FramePadding = ImVec2(Space::m, pad);
        s.CellPadding.y = pad;
        s.ItemSpacing = ImVec2(Space::m, Space::s);
        s.ScrollbarSize = 20.0f;
        s.GrabMinSize = 28.0f;
        s.TouchExtraPadding = ImVec2(Space::xs, Space::xs);
    }
    s.ScaleAllSizes(l.dpr);
    ImGui::GetStyle() = s;
}

void apply_theme(Look& l, bool dark) {
    l.dark = dark;
    apply(l);
}

bool is_dark_theme() { return look().dark; }

void set_touch(Look& l, bool touch) {
    if (l.touch == touch) return;
    l.touch = touch;
    apply(l);
}

float target_height() { return ImGui::GetFrameHeight(); }

}  // namespace atelier::ui

#include "tests/ui/headless.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <map>

#include "core/demo.hpp"
#include "web/ui/style.hpp"

namespace atelier::test {

namespace {
// GLFW key codes, as the browser shell delivers them to ImGui.
constexpr int kTab = 258, kLeft = 263, kRight = 262, kUp = 265, kDown = 264, kPageUp = 266, kPageDown = 267,
              kHome = 268, kEnd = 269, kInsert = 260, kDelete = 261, kBackspace = 259, kEnter = 257, kEscape = 256,
              kKeypadEnter = 335;
}  // namespace

int Headless::key_code(ImGuiKey k) { return ImGui::GetIO().KeyMap[k]; }

Headless::Headless(float width, float height) {
    IMGUI_CHECKVERSION();
    ctx_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(ctx_);  // a second Headless in the process gets its own context
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    const int map[][2] = {{ImGuiKey_Tab, kTab},         {ImGuiKey_LeftArrow, kLeft},   {ImGuiKey_RightArrow, kRight},
                          {ImGuiKey_UpArrow, kUp},       {ImGuiKey_DownArrow, kDown},   {ImGuiKey_PageUp, kPageUp},
                          {ImGuiKey_PageDown, kPageDown}, {ImGuiKey_Home, kHome},        {ImGuiKey_End, kEnd},
                          {ImGuiKey_Insert, kInsert},   {ImGuiKey_Delete, kDelete},    {ImGuiKey_Backspace, kBackspace},
                          {ImGuiKey_Space, ' '},        {ImGuiKey_Enter, kEnter},      {ImGuiKey_Escape, kEscape},
                          {ImGuiKey_KeyPadEnter, kKeypadEnter}, {ImGuiKey_A, 'A'}, {ImGuiKey_C, 'C'},
                          {ImGuiKey_V, 'V'},            {ImGuiKey_X, 'X'},             {ImGuiKey_Y, 'Y'},
                          {ImGuiKey_Z, 'Z'}};
    for (const auto& m : map) io.KeyMap[m[0]] = m[1];
    app.look.font_path = ATELIER_UI_FONT;
    app.look.runs = &runs;
    ui::bind(app.look);
    ui::apply_display_scale(app.look, 1.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    app.now = at_midnight(date_from_civil(2026, 6, 1));
    app.now.minutes += 9 * 60;
    app.today = date_from_civil(2026, 6, 1);
    frame(2);
}

Headless::~Headless() { ImGui::DestroyContext(ctx_); }

void Headless::frame(int n) {
    ImGui::SetCurrentContext(ctx_);
    for (int i = 0; i < n; ++i) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        t_ += io.DeltaTime;
        app.seconds = t_;
        runs.runs.clear();
        if (before_frame) before_frame(io);
        ImGui::NewFrame();
        if (scene) {
            app.locator.begin_frame();
            ui::bind(app.look);
            scene();
            app.locator.end_frame();
        } else {
            app.frame();
        }
        ImGui::Render();
    }
}

namespace {
void append_utf8(std::string& out, unsigned c) {
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}
}  // namespace

std::string Headless::drawn_text() const {
    // Where each glyph of each font sits in the atlas: a quad whose top-left UV is a glyph's (and
    // bottom-right its other corner) is that glyph drawn.
    std::map<std::pair<float, float>, const ImFontGlyph*> by_uv;
    for (const ImFont* f : ImGui::GetIO().Fonts->Fonts)
        for (const ImFontGlyph& g : f->Glyphs)
            if (g.Visible) by_uv[{g.U0, g.V0}] = &g;
    std::string out;
    const ImDrawData* dd = ImGui::GetDrawData();
    if (!dd) return out;
    for (int l = 0; l < dd->CmdListsCount; ++l) {
        const ImVector<ImDrawVert>& v = dd->CmdLists[l]->VtxBuffer;
        const ImFontGlyph* prev = nullptr;
        ImVec2 prev_at;  // the previous glyph's quad top-left
        for (int i = 0; i + 3 < v.Size;) {
            const auto it = by_uv.find({v[i].uv.x, v[i].uv.y});
            // A glyph cut by its widget's clip rect at the right or bottom (a descender in a small
            // button) keeps its top-left corner and ends inside its atlas rectangle.
            const auto inside = [](float uv, float lo, float hi) { return uv > lo && uv <= hi; };
            if (it == by_uv.end() || !inside(v[i + 2].uv.x, it->second->U0, it->second->U1) ||
                !inside(v[i + 2].uv.y, it->second->V0, it->second->V1) || v[i + 1].pos.y != v[i].pos.y) {
                if (prev) out += '\n';
                prev = nullptr;
                ++i;
                continue;
            }
            const ImFontGlyph* g = it->second;
            const ImVec2 at = v[i].pos;
            if (prev) {
                // ImGui 1.86 does not kern: within a word the pen moves by exactly the advance.
                const float expected = prev_at.x - prev->X0 + prev->AdvanceX + g->X0;
                if (at.y - g->Y0 != prev_at.y - prev->Y0 || at.x < expected - 0.5f) out += '\n';
                else if (at.x > expected + 0.5f) out += ' ';
            }
            append_utf8(out, g->Codepoint);
            prev = g;
            prev_at = at;
            i += 4;
        }
        if (prev) out += '\n';
    }
    return out;
}

const ui::LocatedItem* Headless::find(std::string_view label) const { return app.locator.find(label); }

std::string Headless::label_starting(std::string_view prefix) const {
    for (const auto& it : app.locator.last_frame())
        if (it.label.rfind(prefix, 0) == 0) return it.label;
    return "";
}

std::string Headless::items() const {
    std::string s;
    for (const auto& it : app.locator.last_frame()) s += it.window + "/" + it.label + "\n";
    return s;
}

void Headless::move_mouse(ImVec2 p) {
    ImGui::SetCurrentContext(ctx_);
    ImGui::GetIO().MousePos = p;
    frame();
}

void Headless::click(std::string_view label) {
    ImGui::SetCurrentContext(ctx_);
    const auto* it = find(label);
    INFO("items drawn:\n" << items());
    REQUIRE_MESSAGE(it, "not drawn: " << std::string(label));
    const ImVec2 c((it->x0 + it->x1) * 0.5f, (it->y0 + it->y1) * 0.5f);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = c;
    frame();
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;
    frame(2);
}

void Headless::nav(std::string_view view) {
    if (!find(view)) click("More top bar");
    if (find(view)) click(view);
    else click("Menu " + std::string(view));
}

void Headless::double_click(std::string_view label) {
    ImGui::SetCurrentContext(ctx_);
    const auto* it = find(label);
    INFO("items drawn:\n" << items());
    REQUIRE_MESSAGE(it, "not drawn: " << std::string(label));
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2((it->x0 + it->x1) * 0.5f, (it->y0 + it->y1) * 0.5f);
    frame();
    for (int k = 0; k < 2; ++k) {
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frame();
    }
    frame();
}

void Headless::type(std::string_view text) {
    ImGui::SetCurrentContext(ctx_);
    ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
    frame(2);
}

void Headless::key(int code, bool ctrl, bool shift) {
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeyShift = shift;
    io.KeysDown[code] = true;
    frame();
    io.KeysDown[code] = false;
    frame();
    io.KeyCtrl = io.KeyShift = false;
    frame();
}

void Headless::fill(std::string_view label, std::string_view text, bool enter) {
    click(label);
    key('A', true);  // select what is there, so typing replaces it
    key(kDelete);
    type(text);
    if (enter) key(kEnter);
}

void Headless::drag_to(std::string_view from, ImVec2 to) {
    ImGui::SetCurrentContext(ctx_);
    const auto* it = find(from);
    INFO("items drawn:\n" << items());
    REQUIRE_MESSAGE(it, "not drawn: " << std::string(from));
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 a((it->x0 + it->x1) * 0.5f, (it->y0 + it->y1) * 0.5f);
    io.MousePos = a;
    frame();
    io.MouseDown[0] = true;
    frame();
    for (int s = 1; s <= 8; ++s) {
        io.MousePos = ImVec2(a.x + (to.x - a.x) * float(s) / 8.f, a.y + (to.y - a.y) * float(s) / 8.f);
        frame();
    }
    io.MouseDown[0] = false;
    frame(2);
}

void Headless::drag(std::string_view from, std::string_view to) {
    const auto* t = find(to);
    INFO("items drawn:\n" << items());
    REQUIRE_MESSAGE(t, "not drawn: " << std::string(to));
    drag_to(from, ImVec2((t->x0 + t->x1) * 0.5f, (t->y0 + t->y1) * 0.5f));
}

void Headless::wheel(std::string_view over, float notches) {
    ImGui::SetCurrentContext(ctx_);
    const auto* it = find(over);
    INFO("items drawn:\n" << items());
    REQUIRE_MESSAGE(it, "not drawn: " << std::string(over));
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2((it->x0 + it->x1) * 0.5f, (it->y0 + it->y1) * 0.5f);
    frame();
    io.MouseWheel += notches;
    frame(2);
}

void Headless::resize(float width, float height) {
    ImGui::SetCurrentContext(ctx_);
    ImGui::GetIO().DisplaySize = ImVec2(width, height);
    frame(2);
}

void Headless::set_dark(bool dark) {
    app.prefs.dark = dark;
    look.dark = dark;
    ui::apply(look);
    frame();
}

std::vector<std::string> Headless::layout_problems() const {
    // Half a pixel of slack: glyph boxes are fractional, and touching runs are not overlapping.
    constexpr float kSlack = 0.5f;
    std::vector<std::string> out;
    const auto& rs = runs.runs;
    auto px = [](float v) { return std::to_string(int(std::lround(v))); };
    for (const ui::TextRun& r : rs)
        if (r.min.x < r.box_min.x - kSlack || r.max.x > r.box_max.x + kSlack || r.min.y < r.box_min.y - kSlack ||
            r.max.y > r.box_max.y + kSlack)
            out.push_back(r.where + ": \"" + r.text + "\" leaves its box (x " + px(r.min.x) + ".." + px(r.max.x) + ", box " +
                          px(r.box_min.x) + ".." + px(r.box_max.x) + "; y " + px(r.min.y) + ".." + px(r.max.y) +
                          ", box " + px(r.box_min.y) + ".." + px(r.box_max.y) + ")");
    for (size_t i = 0; i < rs.size(); ++i)
        for (size_t j = i + 1; j < rs.size(); ++j) {
            const ui::TextRun &a = rs[i], &b = rs[j];
            const float w = std::min(a.max.x, b.max.x) - std::max(a.min.x, b.min.x);
            const float h = std::min(a.max.y, b.max.y) - std::max(a.min.y, b.min.y);
            if (w > kSlack && h > kSlack)
                out.push_back(a.where + ": \"" + a.text + "\" overlaps \"" + b.text + "\" (" + b.where + ") by " + px(w) +
                              " px");
        }
    return out;
}

void open_demo(App& app, int orders) {
    DemoOptions o;
    o.orders = orders;
    o.today = app.today;
    app.open(make_demo(o));
}

}  // namespace atelier::test

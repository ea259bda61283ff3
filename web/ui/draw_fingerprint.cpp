#include "web/ui/draw_fingerprint.hpp"

#include <imgui.h>

#include <string_view>

#include "core/storage/crc32.hpp"

namespace atelier::ui {

namespace {
// Two CRCs with different seeds make a 64-bit check: a false "unchanged" is out of reach.
struct Sum {
    uint32_t a = 0, b = 0x9e3779b9u;
    void add(const void* p, size_t n) {
        const std::string_view s(static_cast<const char*>(p), n);
        a = crc32(s, a);
        b = crc32(s, b);
    }
    template <class T>
    void add(const T& v) {
        add(&v, sizeof v);
    }
};
}  // namespace

uint64_t draw_fingerprint(const ImDrawData& dd, uint64_t extra) {
    Sum s;
    s.add(extra);
    s.add(dd.DisplayPos);
    s.add(dd.DisplaySize);
    s.add(dd.FramebufferScale);
    s.add(dd.CmdListsCount);
    for (int i = 0; i < dd.CmdListsCount; ++i) {
        const ImDrawList* list = dd.CmdLists[i];
        s.add(list->VtxBuffer.Data, static_cast<size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert));
        s.add(list->IdxBuffer.Data, static_cast<size_t>(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& c : list->CmdBuffer) {
            s.add(c.ClipRect);
            s.add(c.TextureId);
            s.add(c.VtxOffset);
            s.add(c.IdxOffset);
            s.add(c.ElemCount);
            s.add(c.UserCallback != nullptr);
        }
    }
    return uint64_t{s.a} << 32 | s.b;
}

}  // namespace atelier::ui

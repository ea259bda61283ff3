#include "web/ui/draw_fingerprint.hpp"

#include <imgui.h>

#include <string_view>

#include "core/storage/crc32.hpp"

namespace atelier::ui {

namespace {
// One CRC pass over the bytes, plus how many there were: a false "unchanged" (a frame skipped
// until the next change) needs a CRC collision at the same size, once in four billion.
struct Sum {
    uint32_t crc = 0;
    uint64_t bytes = 0;
    void add(const void* p, size_t n) {
        crc = crc32(std::string_view(static_cast<const char*>(p), n), crc);
        bytes += n;
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
    return s.bytes << 32 ^ s.crc;
}

}  // namespace atelier::ui

#include "web/ui/locator.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace atelier::ui {

namespace {
std::string_view visible_part(std::string_view label) {
    const auto hash = label.find("##");
    return hash == std::string_view::npos ? label : label.substr(0, hash);
}

// What follows "###": a translated label's stable name ("Tableau###Board" is "Board" in every language).
std::string_view stable_part(std::string_view label) {
    const auto at = label.find("###");
    return at == std::string_view::npos ? std::string_view() : label.substr(at + 3);
}

bool answers(std::string_view label, std::string_view query) {
    if (label == query || visible_part(label) == query) return true;
    const std::string_view id = stable_part(label);
    return !id.empty() && (id == query || visible_part(id) == query);
}

Locator* current() { return GImGui ? static_cast<Locator*>(GImGui->TestEngine) : nullptr; }
}  // namespace

void Locator::begin_frame() {
    GImGui->TestEngineHookItems = true;  // ImGui resets nothing here, but a new context starts with it off
    GImGui->TestEngine = this;
    recording_.clear();
}

void Locator::end_frame() {
    done_.swap(recording_);
    recording_.clear();
}

void Locator::record(std::string_view label, std::string_view window, float x0, float y0, float x1, float y1,
                     bool text_field) {
    recording_.push_back({std::string(label), std::string(window), x0, y0, x1, y1, text_field});
}

const LocatedItem* Locator::find(std::string_view query) const {
    const auto slash = query.find('/');
    for (const auto& item : done_) {
        if (answers(item.label, query)) return &item;
        if (slash != std::string_view::npos && item.window == query.substr(0, slash) && answers(item.label, query.substr(slash + 1)))
            return &item;
    }
    return nullptr;
}

void mark_last_item(std::string_view label) {
    const ImGuiContext& g = *GImGui;
    const ImRect& r = g.LastItemData.Rect;
    const char* window = g.CurrentWindow ? g.CurrentWindow->Name : "";
    const bool text_field = (g.LastItemData.InFlags & ImGuiItemFlags_Inputable) != 0;
    if (Locator* l = current()) l->record(label, window, r.Min.x, r.Min.y, r.Max.x, r.Max.y, text_field);
}

void mark_current_window(std::string_view label) {
    const ImGuiWindow* w = GImGui->CurrentWindow;
    if (!w) return;
    const ImRect r = w->Rect();
    if (Locator* l = current()) l->record(label, w->Name, r.Min.x, r.Min.y, r.Max.x, r.Max.y);
}

}  // namespace atelier::ui

// Dear ImGui's test-engine hooks (compiled in with IMGUI_ENABLE_TEST_ENGINE): every labelled
// widget reports itself here right after it is laid out, clipped items never do.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID, const char* label, ImGuiItemStatusFlags) {
    if (!label || !*label) return;
    // The navigation rectangle is the interactive part (an input's frame without its label), so a
    // click at its centre lands in the field.
    const ImRect& r = ctx->LastItemData.NavRect.GetWidth() > 0 ? ctx->LastItemData.NavRect : ctx->LastItemData.Rect;
    const char* window = ctx->CurrentWindow ? ctx->CurrentWindow->Name : "";
    // Text inputs (and drags/sliders that take typed values) are added as "inputable".
    const bool text_field = (ctx->LastItemData.InFlags & ImGuiItemFlags_Inputable) != 0;
    if (!ctx->TestEngine) return;
    static_cast<atelier::ui::Locator*>(ctx->TestEngine)->record(label, window, r.Min.x, r.Min.y, r.Max.x, r.Max.y, text_field);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

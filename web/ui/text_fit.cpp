#include "web/ui/text_fit.hpp"

#include "web/ui/style.hpp"

namespace atelier::ui {

namespace {
constexpr const char* kEllipsis = "…";
constexpr float kLongPressSeconds = 0.5f;

size_t utf8_back(std::string_view s, size_t at) {
    while (at > 0 && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
    return at;
}

float width_of(std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; }
}  // namespace

std::string ellipsize(std::string_view text, float width) {
    if (width_of(text) <= width) return std::string(text);
    const float room = width - width_of(kEllipsis);
    if (room <= 0) return "";
    // Binary search on byte length, then back to a character boundary.
    size_t lo = 0, hi = text.size();
    while (lo < hi) {
        const size_t mid = (lo + hi + 1) / 2;
        if (width_of(text.substr(0, mid)) <= room) lo = mid;
        else hi = mid - 1;
    }
    size_t cut = lo < text.size() ? utf8_back(text, lo) : lo;
    while (cut > 0 && text[cut - 1] == ' ') --cut;
    return std::string(text.substr(0, cut)) + kEllipsis;
}

void record_run(std::string_view where, std::string_view text, ImVec2 min, ImVec2 max, ImVec2 box_min, ImVec2 box_max) {
    TextRuns* r = look().runs;
    if (!r || !r->on || text.empty()) return;
    r->runs.push_back({std::string(where), std::string(text), min, max, box_min, box_max});
}

void whole_text_tooltip(std::string_view text, ImVec2 min, ImVec2 max) {
    if (!ImGui::IsMouseHoveringRect(min, max) || !ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem))
        return;
    const ImGuiIO& io = ImGui::GetIO();
    // A finger does not hover: the text shows while it is held still on the run.
    if (look().touch && !(io.MouseDown[0] && io.MouseDownDuration[0] >= kLongPressSeconds &&
                          io.MouseDragMaxDistanceSqr[0] <= io.MouseDragThreshold * io.MouseDragThreshold))
        return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

float fit_text(ImDrawList* dl, ImVec2 pos, float width, std::string_view text, ImU32 colour, std::string_view where) {
    const std::string shown = ellipsize(text, width);
    const ImVec2 size = ImGui::CalcTextSize(shown.c_str());
    dl->AddText(pos, colour, shown.c_str());
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    record_run(where, shown, pos, max, pos, ImVec2(pos.x + width, pos.y + ImGui::GetTextLineHeight()));
    if (was_cut(shown, text)) whole_text_tooltip(text, pos, max);
    return size.x;
}

void fit_text_item(std::string_view text, float width, const ImVec4* colour, std::string_view where) {
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImU32 c = ImGui::ColorConvertFloat4ToU32(colour ? *colour : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    const std::string shown = ellipsize(text, width);
    const ImVec2 size = ImGui::CalcTextSize(shown.c_str());
    ImGui::GetWindowDrawList()->AddText(pos, c, shown.c_str());
    ImGui::Dummy(ImVec2(std::max(size.x, 1.0f), ImGui::GetTextLineHeight()));
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    record_run(where, shown, pos, max, pos, ImVec2(pos.x + width, pos.y + ImGui::GetTextLineHeight()));
    if (was_cut(shown, text)) whole_text_tooltip(text, pos, max);
}

}  // namespace atelier::ui

#include "web/platform/sync.hpp"

#include <emscripten.h>

#include <cstdlib>

// clang-format off
EM_JS(void, js_sync_send, (double id, const char* method, const char* url, const char* body, double timeout, const char* token,
                          const char* type), {
  window.atelierSync.send(id, UTF8ToString(method), UTF8ToString(url), UTF8ToString(body), timeout, UTF8ToString(token),
                          UTF8ToString(type));
});
EM_JS(char*, js_sync_text, (int which), {
  const s = window.atelierSync;
  const t = which === 0 ? s.takeReplies() : which === 1 ? JSON.stringify(s.settings() || {}) : s.takeInvitation();
  const n = lengthBytesUTF8(t) + 1;
  const p = _malloc(n);
  stringToUTF8(t, p, n);
  return p;
});
EM_JS(int, js_sync_online, (), { return window.atelierSync.online() ? 1 : 0; });
EM_JS(int, js_sync_woke, (), { return window.atelierSync.takeWoke() ? 1 : 0; });
EM_JS(void, js_sync_save_settings, (const char* text), { window.atelierSync.saveSettings(UTF8ToString(text)); });
// clang-format on

namespace atelier::platform {

namespace {
std::string take_text(int which) {
    char* p = js_sync_text(which);
    std::string s(p);
    std::free(p);
    return s;
}
}  // namespace

void sync_send(const SyncRequest& r, const std::string& token) {
    js_sync_send(static_cast<double>(r.id), r.method.c_str(), r.url.c_str(), r.body.c_str(), r.timeout_s, token.c_str(),
                 r.content_type.c_str());
}

std::vector<SyncReply> sync_take_replies() {
    std::vector<SyncReply> out;
    const std::string text = take_text(0);
    if (text.empty()) return out;
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_array()) return out;
    for (const auto& r : j)
        if (r.is_object() && r.contains("id") && r["id"].is_number())
            out.push_back(SyncReply{r["id"].get<uint64_t>(), r.value("status", 0), r.value("body", "")});
    return out;
}

bool sync_online() { return js_sync_online() != 0; }
bool sync_take_woke() { return js_sync_woke() != 0; }

nlohmann::json sync_load_settings() {
    nlohmann::json j = nlohmann::json::parse(take_text(1), nullptr, false);
    return j.is_object() ? j : nlohmann::json::object();
}

void sync_save_settings(const nlohmann::json& s) { js_sync_save_settings(s.empty() ? "" : s.dump().c_str()); }

std::optional<nlohmann::json> sync_take_invitation() {
    const std::string t = take_text(2);
    if (t.empty()) return std::nullopt;
    nlohmann::json j = nlohmann::json::parse(t, nullptr, false);
    if (!j.is_object()) return std::nullopt;
    return j;
}

}  // namespace atelier::platform

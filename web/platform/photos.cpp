#include "web/platform/photos.hpp"

#include <emscripten.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

// clang-format off
EM_JS(void, js_photos_pick, (int camera), { window.atelierPhotos.pick(!!camera); });
EM_JS(char*, js_photos_take, (), {
  const r = window.atelierPhotos.takeResults();
  const t = r.length ? JSON.stringify(r) : "";
  const n = lengthBytesUTF8(t) + 1;
  const p = _malloc(n);
  stringToUTF8(t, p, n);
  return p;
});
// out: state (0 loading, 1 ready, 2 missing, 3 failed), texture id, width, height. A decoded
// picture becomes a texture here, in the frame that draws it.
EM_JS(void, js_photo_texture, (const char* id, int* out), {
  const P = window.atelierPhotos;
  const e = P.entry(UTF8ToString(id));
  if (e.state === 'decoded' && e.bitmap) {
    const gl = GLctx;
    const tex = gl.createTexture();
    const before = gl.getParameter(gl.TEXTURE_BINDING_2D);
    gl.bindTexture(gl.TEXTURE_2D, tex);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    gl.pixelStorei(gl.UNPACK_ROW_LENGTH, 0);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, e.bitmap);
    gl.bindTexture(gl.TEXTURE_2D, before);
    const name = GL.getNewId(GL.textures);
    tex.name = name;
    GL.textures[name] = tex;
    e.tex = name;
    e.bitmap.close();
    e.bitmap = null;
    e.state = 'ready';
  }
  const states = { loading: 0, decoded: 0, ready: 1, missing: 2, failed: 3 };
  HEAP32[out >> 2] = states[e.state];
  HEAP32[(out >> 2) + 1] = e.tex;
  HEAP32[(out >> 2) + 2] = e.w;
  HEAP32[(out >> 2) + 3] = e.h;
});
// A texture not drawn for 120 frames (two seconds) is freed; drawn again, it is read again.
EM_JS(void, js_photos_frame, (), {
  const P = window.atelierPhotos;
  P.frame++;
  const gone = [];
  P.entries.forEach(function (e, hash) {
    if (P.frame - e.used <= 120 || e.state === 'loading') return;
    if (e.tex) { GLctx.deleteTexture(GL.textures[e.tex]); GL.textures[e.tex] = null; }
    if (e.bitmap) e.bitmap.close();
    gone.push(hash);
  });
  gone.forEach(function (hash) { P.entries.delete(hash); });
});
EM_JS(void, js_photos_usage, (double* out), {
  const P = window.atelierPhotos;
  if (!P.stats) P.count();
  HEAPF64[out >> 3] = P.stats ? 1 : 0;
  HEAPF64[(out >> 3) + 1] = P.stats ? P.stats.count : 0;
  HEAPF64[(out >> 3) + 2] = P.stats ? P.stats.bytes : 0;
  HEAPF64[(out >> 3) + 3] = P.busy;
  HEAPF64[(out >> 3) + 4] = P.upload.left;
});
EM_JS(void, js_photos_sync, (const char* server, const char* token, const char* ids), {
  window.atelierPhotos.sync(UTF8ToString(server), UTF8ToString(token), JSON.parse(UTF8ToString(ids)));
});
EM_JS(char*, js_photos_upload_problem, (), {
  const t = window.atelierPhotos.upload.problem || "";
  const n = lengthBytesUTF8(t) + 1;
  const p = _malloc(n);
  stringToUTF8(t, p, n);
  return p;
});
// clang-format on

namespace atelier::platform {

void photos_pick(bool camera) { js_photos_pick(camera ? 1 : 0); }

std::vector<PhotoFile> photos_take() {
    char* p = js_photos_take();
    const std::string text(p);
    std::free(p);
    std::vector<PhotoFile> out;
    if (text.empty()) return out;
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_array()) return out;
    for (const auto& r : j) {
        if (!r.is_object()) continue;
        PhotoFile f;
        f.ok = r.value("ok", false);
        f.name = r.value("name", "");
        f.error = r.value("error", "");
        f.image.id = r.value("id", "");
        f.image.thumb = r.value("thumb", "");
        f.image.type = r.value("type", "");
        f.image.bytes = r.value("bytes", int64_t{0});
        f.image.width = r.value("width", 0);
        f.image.height = r.value("height", 0);
        f.ms = r.value("ms", 0.0);
        out.push_back(std::move(f));
    }
    return out;
}

PhotoTexture photo_texture(const std::string& id) {
    int out[4] = {0, 0, 0, 0};
    js_photo_texture(id.c_str(), out);
    PhotoTexture t;
    t.state = static_cast<PhotoTexture::State>(out[0]);
    t.texture = static_cast<uint64_t>(out[1]);
    t.width = out[2];
    t.height = out[3];
    return t;
}

void photos_frame() { js_photos_frame(); }

PhotoUsage photos_usage() {
    double out[5] = {0, 0, 0, 0, 0};
    js_photos_usage(out);
    char* problem = js_photos_upload_problem();
    PhotoUsage u{out[0] != 0, static_cast<long long>(out[1]), out[2], static_cast<int>(out[3]), static_cast<int>(out[4]), problem};
    std::free(problem);
    return u;
}

void photos_sync(const std::string& server, const std::string& token, const nlohmann::json& photos) {
    js_photos_sync(server.c_str(), token.c_str(), photos.dump().c_str());
}

}  // namespace atelier::platform

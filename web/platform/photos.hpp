#pragma once
// Photos' platform side in the browser (issue 15): the picker and the photo store are
// assets/photos.js (IndexedDB, its own database); this side takes the stored files, and uploads
// decoded pictures as GL textures in the frame that draws them (it owns the GL context).
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "web/ui/shell.hpp"

namespace atelier::platform {

void photos_pick(bool camera);             // within the click's frame (user activation)
std::vector<PhotoFile> photos_take();      // files finished since the last call
PhotoTexture photo_texture(const std::string& id);
// Once per frame: frees the textures not drawn for a while.
void photos_frame();
PhotoUsage photos_usage();
// While sync is on: every photo the atelier names, as [{"id", "thumb"}] (sent in the background
// when the server lacks them), and where other devices' pictures are fetched from. "" server: off.
void photos_sync(const std::string& server, const std::string& token, const nlohmann::json& photos);

}  // namespace atelier::platform

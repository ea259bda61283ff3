#include "web/platform/files.hpp"

#include <emscripten.h>

#include "core/csv/csv.hpp"

namespace atelier::platform {

void download_file(const std::string& name, const std::string& mime, const std::string& bytes) {
    EM_ASM({
        const blob = new Blob([HEAPU8.slice($2, $2 + $3)], {type: UTF8ToString($1)});
        window.atelierStorage.save(UTF8ToString($0), blob);
    }, name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void pick_csv() {
    // A file larger than the core reads is refused here, before its bytes enter the WASM heap.
    EM_ASM({
        window.atelierStorage.pickFile('.csv,.txt,text/csv,text/plain', (file) => {
            if (file.size > $0) {
                window.alert('This file is ' + Math.ceil(file.size / 1048576) + ' MB; a CSV import reads at most ' + ($0 / 1048576) + ' MB.');
                return;
            }
            file.arrayBuffer().then((b) => { Module.atelierCsvPick = new Uint8Array(b); });
        });
    }, static_cast<int>(kMaxCsvBytes));
}

std::optional<std::string> take_csv() {
    const int size = EM_ASM_INT({ return Module.atelierCsvPick ? Module.atelierCsvPick.length : -1; });
    if (size < 0) return std::nullopt;
    std::string bytes(static_cast<size_t>(size), '\0');
    EM_ASM({
        HEAPU8.set(Module.atelierCsvPick, $0);
        Module.atelierCsvPick = null;
    }, bytes.data());
    return bytes;
}

}  // namespace atelier::platform

#pragma once
// A real temporary folder and a small atelier whose every change goes through Storage, for the
// storage tests. The folder is removed when the test ends.
#include <unistd.h>

#include <filesystem>

#include "core/storage/storage.hpp"
#include "native/folder_files.hpp"
#include "fixture.hpp"

namespace atelier::test {

struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "atelier-storage-XXXXXX").string();
        REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
        path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

// The Fixture's atelier saved as the first generation, then every edit recorded as the app does.
struct Saved : Fixture {
    TempDir dir;
    FolderFiles files{dir.path, /*sync=*/false};  // fsync is the OS's business; tests need no power cut
    Storage storage;
    std::vector<nlohmann::json> journal;  // every recorded line, in order (seq = index + 1 + first)

    explicit Saved(uint64_t compact_every = 200) : storage(files, StorageOptions{compact_every, [] { return at("2026-03-01T09:00"); }}) {
        REQUIRE(storage.open().atelier == std::nullopt);
        REQUIRE(storage.compact(a()));
    }
    void keep(const Result& r) {
        REQUIRE(r.ok);
        const auto& line = std::get<JournalAppend>(r.effects.at(0)).entry;
        journal.push_back(line);
        REQUIRE(storage.record(line));
        if (storage.compact_due()) REQUIRE(storage.compact(a()));
    }
    void edit(const char* json_text) { keep(ok(json_text)); }
    void undo() { keep(store.undo(ctx)); }
    void redo() { keep(store.redo(ctx)); }

    LoadResult reopen() {
        Storage again(files);
        return again.open();
    }
};

inline std::vector<std::string> sorted_names(Files& f) {
    auto v = f.list();
    std::sort(v.begin(), v.end());
    return v;
}

}  // namespace atelier::test

#pragma once
// The storage interface over a real folder (std::filesystem + POSIX): the CLI and the tests.
// - write(): whole file, then fsync of the file and of the folder, so a written file survives a crash.
// - rename(): POSIX rename (atomic replace), then fsync of the folder.
#include <filesystem>

#include "core/storage/files.hpp"

namespace atelier {

class FolderFiles : public Files {
public:
    explicit FolderFiles(std::filesystem::path dir, bool sync = true) : dir_(std::move(dir)), sync_(sync) {}
    const std::filesystem::path& dir() const { return dir_; }

    std::vector<std::string> list() override;
    std::optional<std::string> read(const std::string& name) override;
    std::optional<size_t> size(const std::string& name) override;
    std::optional<size_t> read_part(const std::string& name, size_t offset, size_t n, std::string& out) override;
    bool write(const std::string& name, std::string_view data) override;
    bool rename(const std::string& from, const std::string& to) override;
    bool remove(const std::string& name) override;

private:
    bool fail(const std::string& what);
    bool sync_dir();
    std::filesystem::path dir_;
    bool sync_;
};

}  // namespace atelier

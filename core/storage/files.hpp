#pragma once
// [SECTION] The storage folder as the core sees it: a flat set of named files, passed in by the shell.
// - core/ does no I/O itself: the CLI and tests pass a real folder (native/folder_files.hpp), the
//   browser passes the IDBFS-mounted folder (web/platform/storage.cpp), tests may pass MemoryFiles.
// - write() is durable when it returns true, as far as the platform can make it (fsync natively;
//   in the browser durability comes later, from syncfs, which the shell tracks).
// - rename() replaces the target atomically (POSIX rename semantics).
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atelier {

class Files {
public:
    virtual ~Files() = default;
    virtual std::vector<std::string> list() = 0;  // file names (no folders), any order
    virtual std::optional<std::string> read(const std::string& name) = 0;
    virtual bool write(const std::string& name, std::string_view data) = 0;
    virtual bool rename(const std::string& from, const std::string& to) = 0;
    virtual bool remove(const std::string& name) = 0;
    // A big file in parts, so a caller that must stay responsive can copy it across several
    // steps (the browser opens a 90 MB snapshot across frames): the size of `name`, and up to `n`
    // bytes from `offset` appended to `out` (how many; 0 at the end). nullopt on failure, with
    // `error`. The defaults read the whole file each time; the shells that can seek override them.
    virtual std::optional<size_t> size(const std::string& name) {
        auto all = read(name);
        if (!all) return std::nullopt;
        return all->size();
    }
    virtual std::optional<size_t> read_part(const std::string& name, size_t offset, size_t n, std::string& out) {
        auto all = read(name);
        if (!all) return std::nullopt;
        if (offset >= all->size()) return 0;
        const size_t k = std::min(n, all->size() - offset);
        out.append(*all, offset, k);
        return k;
    }
    // A big file written in parts, the same way round: begin_parts makes `name` `total` bytes
    // long, write_part puts bytes at an offset, end_parts makes it durable as write() would. The
    // defaults gather the parts in memory and write() them at the end; the browser's mount
    // overrides them, so a 90 MB snapshot never goes into it in one long task.
    virtual bool begin_parts(const std::string& name, size_t total) {
        gathering_.clear();  // one at a time: an abandoned one is dropped here
        gathering_[name].assign(total, '\0');
        return true;
    }
    virtual bool write_part(const std::string& name, size_t offset, std::string_view part) {
        auto it = gathering_.find(name);
        if (it == gathering_.end() || offset > it->second.size() || part.size() > it->second.size() - offset) {
            error = "cannot write " + name + ": outside the file";
            return false;
        }
        it->second.replace(offset, part.size(), part);
        return true;
    }
    virtual bool end_parts(const std::string& name) {
        auto it = gathering_.find(name);
        if (it == gathering_.end()) {
            error = "cannot write " + name + ": not begun";
            return false;
        }
        const std::string data = std::move(it->second);
        gathering_.erase(it);
        return write(name, data);
    }
    // Why the last failing call failed, for the user ("No space left on device").
    std::string error;

private:
    std::map<std::string, std::string> gathering_;
};

// Files in memory: for tests and for benchmarks that must not measure a disk.
class MemoryFiles : public Files {
public:
    std::map<std::string, std::string> files;
    std::vector<std::string> list() override {
        std::vector<std::string> out;
        for (const auto& [k, v] : files) out.push_back(k);
        return out;
    }
    std::optional<std::string> read(const std::string& name) override {
        auto it = files.find(name);
        if (it == files.end()) {
            error = "no file " + name;
            return std::nullopt;
        }
        return it->second;
    }
    std::optional<size_t> size(const std::string& name) override {
        auto it = files.find(name);
        if (it == files.end()) {
            error = "no file " + name;
            return std::nullopt;
        }
        return it->second.size();
    }
    std::optional<size_t> read_part(const std::string& name, size_t offset, size_t n, std::string& out) override {
        auto it = files.find(name);
        if (it == files.end()) {
            error = "no file " + name;
            return std::nullopt;
        }
        if (offset >= it->second.size()) return 0;
        const size_t k = std::min(n, it->second.size() - offset);
        out.append(it->second, offset, k);
        return k;
    }
    bool write(const std::string& name, std::string_view data) override {
        files[name] = std::string(data);
        return true;
    }
    bool rename(const std::string& from, const std::string& to) override {
        auto it = files.find(from);
        if (it == files.end()) {
            error = "no file " + from;
            return false;
        }
        std::string data = std::move(it->second);
        files.erase(it);
        files[to] = std::move(data);
        return true;
    }
    bool remove(const std::string& name) override {
        if (!files.erase(name)) {
            error = "no file " + name;
            return false;
        }
        return true;
    }
};

}  // namespace atelier

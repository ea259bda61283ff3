#include "native/folder_files.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace atelier {

namespace fs = std::filesystem;

bool FolderFiles::fail(const std::string& what) {
    error = what + ": " + std::strerror(errno);
    return false;
}

bool FolderFiles::sync_dir() {
    if (!sync_) return true;
    const int fd = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return fail("cannot open folder " + dir_.string());
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok || fail("cannot sync folder " + dir_.string());
}

std::vector<std::string> FolderFiles::list() {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir_, ec))
        if (e.is_regular_file(ec)) out.push_back(e.path().filename().string());
    if (ec) error = "cannot list " + dir_.string() + ": " + ec.message();
    return out;
}

std::optional<std::string> FolderFiles::read(const std::string& name) {
    const fs::path p = dir_ / name;
    const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        fail("cannot open " + name);
        return std::nullopt;
    }
    std::string out;
    char buf[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            fail("cannot read " + name);
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0) break;
        out.append(buf, static_cast<size_t>(n));
    }
    ::close(fd);
    return out;
}

std::optional<size_t> FolderFiles::size(const std::string& name) {
    std::error_code ec;
    const auto n = fs::file_size(dir_ / name, ec);
    if (ec) {
        error = "cannot read " + name + ": " + ec.message();
        return std::nullopt;
    }
    return static_cast<size_t>(n);
}

std::optional<size_t> FolderFiles::read_part(const std::string& name, size_t offset, size_t n, std::string& out) {
    const fs::path p = dir_ / name;
    const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        fail("cannot open " + name);
        return std::nullopt;
    }
    const size_t before = out.size();
    out.resize(before + n);
    size_t got = 0;
    while (got < n) {
        const ssize_t k = ::pread(fd, out.data() + before + got, n - got, static_cast<off_t>(offset + got));
        if (k < 0 && errno == EINTR) continue;
        if (k < 0) {
            fail("cannot read " + name);
            ::close(fd);
            out.resize(before);
            return std::nullopt;
        }
        if (k == 0) break;
        got += static_cast<size_t>(k);
    }
    ::close(fd);
    out.resize(before + got);
    return got;
}

bool FolderFiles::write(const std::string& name, std::string_view data) {
    const fs::path p = dir_ / name;
    // Unsynced (tests): replace by unlink + create, since ext4 flushes a truncated file on close
    // (auto_da_alloc), which turns a loop of rewrites into a loop of disk waits.
    if (!sync_) ::unlink(p.c_str());
    const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return fail("cannot create " + name);
    size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            fail("cannot write " + name);
            ::close(fd);
            return false;
        }
        done += static_cast<size_t>(n);
    }
    if (sync_ && ::fdatasync(fd) != 0) {
        fail("cannot sync " + name);
        ::close(fd);
        return false;
    }
    if (::close(fd) != 0) return fail("cannot close " + name);
    return sync_dir();
}

bool FolderFiles::rename(const std::string& from, const std::string& to) {
    if (::rename((dir_ / from).c_str(), (dir_ / to).c_str()) != 0) return fail("cannot rename " + from + " to " + to);
    return sync_dir();
}

bool FolderFiles::remove(const std::string& name) {
    if (::unlink((dir_ / name).c_str()) != 0) return fail("cannot remove " + name);
    return true;  // a removal that does not survive a crash only leaves a covered file behind
}

}  // namespace atelier

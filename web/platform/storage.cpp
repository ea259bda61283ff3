// [SECTION] The app's storage in the browser (see storage.hpp): core/storage on the IDBFS mount;
// assets/storage*.js own the lock, the loading and every flush to IndexedDB. Their facts (role,
// load, durable generation, failures) are read here when needed, never copied: storage_status()
// computes the one StorageStatus the app shows from them and from core's Storage.
// - Files are written to the in-memory mount at once; "saved" means the page's flush that
//   started after the write has called back without error (fsync does not reach IndexedDB).
// - Nothing is flushed before the first snapshot exists (a journal without its base is useless),
//   and a read-only tab never writes at all (its flush would delete the writer's files).
// - Compaction (a full snapshot) waits for a quiet moment, so typing never stalls on it.
#include "web/platform/storage.hpp"

#include <dirent.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <memory>

#include "core/i18n/said_text.hpp"
#include "core/rules/photos.hpp"
#include "core/storage/backup.hpp"
#include "core/storage/raw_files.hpp"
#include "core/storage/storage.hpp"

// [SECTION] JS side (window.atelierStorage, assets/storage.js) ----------------------------------

// clang-format off
EM_JS(void, js_storage_start, (), { window.atelierStorage.start(); });
// 0 loading, 1 ready, 2 failed
EM_JS(int, js_load_state, (), { const s = window.atelierStorage.load; return s === 'ready' ? 1 : s === 'failed' ? 2 : 0; });
EM_JS(int, js_load_gen, (), { return window.atelierStorage.loadGen; });
EM_JS(int, js_follow_gen, (), { return window.atelierStorage.followGen; });
EM_JS(double, js_quiet_open_ms, (), { return window.atelierStorage.config.quietOpenMs; });
// 0 pending (the lock not answered yet), 1 writer, 2 reader
EM_JS(int, js_role, (), { const r = window.atelierStorage.role; return r === 'writer' ? 1 : r === 'reader' ? 2 : 0; });
EM_JS(void, js_request_flush, (double gen), { window.atelierStorage.requestFlush(gen); });
EM_JS(double, js_durable, (), { return window.atelierStorage.durable; });
EM_JS(double, js_flight_ms, (), { const s = window.atelierStorage; return s.inFlight ? performance.now() - s.flightStart : -1; });
EM_JS(int, js_failures, (), { return window.atelierStorage.failures; });
EM_JS(double, js_retry_in_ms, (), { const t = window.atelierStorage.retryAt; return t ? Math.max(0, t - Date.now()) : 0; });
EM_JS(int, js_persisted, (), { return window.atelierStorage.persisted ? 1 : 0; });
EM_JS(double, js_usage, (), { return window.atelierStorage.usage || 0; });
EM_JS(double, js_quota, (), { return window.atelierStorage.quota || 0; });
EM_JS(int, js_lock_supported, (), { return window.atelierStorage.lockSupported ? 1 : 0; });
// A JS string into a C buffer: first call with cap 0 gives the size in bytes.
EM_JS(int, js_text, (int which, char* buf, int cap), {
  const s = window.atelierStorage;
  const t = which === 0 ? (s.lastError || "") : which === 1 ? (s.loadError || "") : which === 2 ? (s.pendingRestore || "")
          : (s.readOnlyReason || "");
  if (cap > 0) stringToUTF8(t, buf, cap);
  return lengthBytesUTF8(t);
});
// Moves a chosen restore file into pendingRestore; 1 when there is one.
EM_JS(int, js_take_restore, (), {
  const t = window.atelierStorage.takeRestoreText();
  window.atelierStorage.pendingRestore = t === null ? "" : t;
  return t === null ? 0 : 1;
});
EM_JS(void, js_download, (const char* name, const char* text, int len), {
  window.atelierStorage.download(UTF8ToString(name), UTF8ToString(text, len));
});
EM_JS(void, js_pick_restore, (), { window.atelierStorage.pickRestore(); });
EM_JS(void, js_download_backup, (const char* name, const char* text, int len, const char* photos), {
  window.atelierStorage.downloadBackup(UTF8ToString(name), UTF8ToString(text, len), JSON.parse(UTF8ToString(photos)));
});
// The chosen ZIP backup's pictures: out[0] how many, out[1] their bytes with the thumbnails.
EM_JS(void, js_restore_photos, (double* out), {
  const list = window.atelierStorage.restorePhotos || [];
  HEAPF64[out >> 3] = list.filter((p) => p.role === 'picture').length;
  HEAPF64[(out >> 3) + 1] = window.atelierStorage.restorePhotoBytes || 0;
});
EM_JS(void, js_import_restore_photos, (), { window.atelierStorage.importRestorePhotos(); });
EM_JS(int, js_tz_offset_minutes, (), { return -new Date().getTimezoneOffset(); });
// clang-format on

namespace atelier::platform {

namespace {

constexpr const char* kMount = "/atelier";
enum class Role { pending = 0, writer = 1, reader = 2 };
Role page_role() { return static_cast<Role>(js_role()); }

std::string js_string(int which) {
    const int n = js_text(which, nullptr, 0);
    std::string s(static_cast<size_t>(n) + 1, '\0');
    js_text(which, s.data(), n + 1);
    s.resize(static_cast<size_t>(n));
    return s;
}

// The mount through POSIX calls (Emscripten's FS); flat, names only.
class MountFiles : public Files {
public:
    std::vector<std::string> list() override {
        std::vector<std::string> out;
        DIR* d = ::opendir(kMount);
        if (!d) return fail_list();
        while (dirent* e = ::readdir(d)) {
            const std::string name = e->d_name;
            struct stat sb {};
            if (name != "." && name != ".." && ::stat(path(name).c_str(), &sb) == 0 && S_ISREG(sb.st_mode)) out.push_back(name);
        }
        ::closedir(d);
        return out;
    }
    std::optional<std::string> read(const std::string& name) override {
        const int fd = ::open(path(name).c_str(), O_RDONLY);
        if (fd < 0) return fail_read(name);
        std::string out;
        struct stat sb {};
        if (::fstat(fd, &sb) == 0 && sb.st_size > 0) out.reserve(static_cast<size_t>(sb.st_size));
        char buf[1 << 16];
        for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
        ::close(fd);
        return out;
    }
    std::optional<size_t> size(const std::string& name) override {
        struct stat sb {};
        if (::stat(path(name).c_str(), &sb) != 0) return fail_size(name);
        return static_cast<size_t>(sb.st_size);
    }
    // Opening copies the snapshot out of the mount in parts, a few per frame (storage_take_loaded).
    std::optional<size_t> read_part(const std::string& name, size_t offset, size_t n, std::string& out) override {
        const int fd = ::open(path(name).c_str(), O_RDONLY);
        if (fd < 0) return fail_size(name);
        // Read into an uninitialised buffer and appended: growing `out` first would zero every
        // byte with the WASM's own memset before pread overwrote it (25 ms of a 9 MB start,
        // profiled), where pread and append are both the browser's native copies.
        const std::unique_ptr<char[]> buf(new char[n]);
        size_t got = 0;
        while (got < n) {
            const ssize_t k = ::pread(fd, buf.get() + got, n - got, static_cast<off_t>(offset + got));
            if (k < 0) {
                ::close(fd);
                return fail_size(name);
            }
            if (k == 0) break;
            got += static_cast<size_t>(k);
        }
        ::close(fd);
        out.append(buf.get(), got);
        return got;
    }
    // Compaction writes the snapshot in parts, a few per frame: the file is sized once (no
    // growing copies in the in-memory FS), then filled.
    bool begin_parts(const std::string& name, size_t total) override {
        const int fd = ::open(path(name).c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) return fail("cannot create " + name);
        const bool sized = ::ftruncate(fd, static_cast<off_t>(total)) == 0;
        ::close(fd);
        return sized || fail("cannot write " + name);
    }
    bool write_part(const std::string& name, size_t offset, std::string_view part) override {
        const int fd = ::open(path(name).c_str(), O_WRONLY);
        if (fd < 0) return fail("cannot write " + name);
        size_t done = 0;
        while (done < part.size()) {
            const ssize_t n = ::pwrite(fd, part.data() + done, part.size() - done, static_cast<off_t>(offset + done));
            if (n <= 0) {
                ::close(fd);
                return fail("cannot write " + name);
            }
            done += static_cast<size_t>(n);
        }
        ::close(fd);
        return true;
    }
    bool end_parts(const std::string&) override { return true; }  // durable once flushed, as write()
    bool write(const std::string& name, std::string_view data) override {
        const int fd = ::open(path(name).c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) return fail("cannot create " + name);
        size_t done = 0;
        while (done < data.size()) {
            const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
            if (n <= 0) {
                ::close(fd);
                return fail("cannot write " + name);
            }
            done += static_cast<size_t>(n);
        }
        ::close(fd);
        return true;
    }
    bool rename(const std::string& from, const std::string& to) override {
        return ::rename(path(from).c_str(), path(to).c_str()) == 0 || fail("cannot rename " + from);
    }
    bool remove(const std::string& name) override { return ::unlink(path(name).c_str()) == 0 || fail("cannot remove " + name); }

private:
    static std::string path(const std::string& name) { return std::string(kMount) + "/" + name; }
    bool fail(const std::string& what) {
        error = what + ": " + std::strerror(errno);
        return false;
    }
    std::vector<std::string> fail_list() {
        fail("cannot list the storage folder");
        return {};
    }
    std::optional<size_t> fail_size(const std::string& name) {
        fail("cannot read " + name);
        return std::nullopt;
    }
    std::optional<std::string> fail_read(const std::string& name) {
        fail("cannot open " + name);
        return std::nullopt;
    }
};

DateTime stamp_now() {
    const double ms = EM_ASM_DOUBLE({ return Date.now(); });  // emscripten_date_now() is newer than 3.1.6
    return DateTime{static_cast<int64_t>(std::floor(ms / 60000.0)) + js_tz_offset_minutes()};
}

struct Web {
    MountFiles files;
    std::unique_ptr<Storage> storage;
    bool started = false;
    bool loaded = false;        // a Loaded was handed to the app
    bool load_failed = false;
    int delivered_gen = 0;
    double written = 0;         // generation of writes into the mount; storage.js makes it durable
    double last_write_ms = 0;
    double retry_compact_ms = 0;
    std::string error;          // the engine's last failure (a full in-memory FS, …), the system's words
    std::optional<Said> error_said;  // or one of this shell's own sentences
    std::string report;         // the last load's recovery report, for the bridge
    double open_ms = 0;         // how long the last load took here (read, check, parse, replay)
    double opened_at_ms = 0;    // when it ended (ms since navigation start; the cold-start bench)
    int followed_gen = 0;       // the page's followGen last looked at (read-only tabs)
    // The open in progress (core's Storage::Opening), a slice per frame; for which load.
    std::unique_ptr<Storage::Opening> opening;
    int opening_gen = 0;
    double open_started_ms = 0;
    double open_busy_ms = 0;     // the slices' own time (open_ms is the wall time, first slice to last)
    double open_longest_ms = 0;  // the longest slice
    int open_slices = 0;
    // The compaction in progress (core's Storage::Compacting), a slice per frame, of the store at
    // this revision: any change drops it, and it begins again at the next quiet moment.
    std::unique_ptr<Storage::Compacting> compacting;
    uint64_t compact_revision = 0;
    bool restoring = false;  // `compacting` writes an opened atelier (begin_restore): nothing is flushed before it ends
    double compact_started_ms = 0;
    double compact_ms = 0, compact_busy_ms = 0, compact_longest_ms = 0;  // the last one: wall, own time, longest slice
    int compact_slices = 0;
    int compact_dropped = 0;  // compactions dropped because the store changed meanwhile
};
Web& web() {
    static Web w;
    return w;
}

constexpr uint64_t kCompactEvery = 200;
// Opening: steps of about 32 KB of snapshot each, for up to 25 ms per frame. The budget is wall
// time, so a CPU four times slower gets 25 ms slices too: with the frame's own work each task
// stays under the 50 ms of a long task, and the open goes on at most frames' full speed.
constexpr double kOpenSliceMs = 25;
constexpr size_t kOpenStepBytes = 32 * 1024;
// Compaction: slices of 20 ms, so a frame stays under 50 ms while it runs even when its last
// step overruns (one step at 100,000 orders is a whole table indexed, ~15-30 ms here).
constexpr double kCompactSliceMs = 20;
constexpr size_t kCompactStepBytes = 32 * 1024;
constexpr double kQuietMs = 1500;  // compaction waits this long after the last edit…
constexpr uint64_t kCompactForce = 2 * kCompactEvery;  // …unless the journal grew this long

// This tab may write its files: the page holds the writer lock, and the files in memory are its
// latest completed load (a tab that just took over is still reading, one that lost its lease
// is no longer the writer: neither writes).
bool owns_files(const Web& w) {
    return w.storage && !w.load_failed && page_role() == Role::writer && js_load_state() == 1 &&
           js_load_gen() == w.delivered_gen;
}

void wrote() {
    Web& w = web();
    w.written += 1;
    w.last_write_ms = emscripten_get_now();
    if (w.storage && w.storage->has_snapshot()) js_request_flush(w.written);
}

}  // namespace

void storage_start() {
    Web& w = web();
    if (w.started) return;
    w.started = true;
    js_storage_start();
}

std::optional<Loaded> storage_take_loaded() {
    Web& w = web();
    if (!w.started) return std::nullopt;
    const int state = js_load_state();
    if (state == 2 && !w.load_failed) {
        // Never start empty over data we could not read: a flush would then erase it.
        w.load_failed = true;
        w.loaded = true;
        w.compacting.reset();
        w.storage.reset();
        w.report = "Your saved atelier could not be read from this browser's storage (" + js_string(1) + ").";
        const Said why = say(Msg::storage_unreadable, {{"reason", js_string(1)}});  // the browser's own words
        return Loaded{std::nullopt, english(why), {why}, false, {}};
    }
    if (state != 1 || js_load_gen() == w.delivered_gen) return std::nullopt;
    const int gen = js_load_gen();
    if (!w.opening || w.opening_gen != gen) {
        // A new load (or one that replaced the load being opened): open it from the start.
        StorageOptions opt;
        opt.compact_every = kCompactEvery;
        opt.clock = stamp_now;
        w.compacting.reset();  // it held the Storage being replaced
        w.storage = std::make_unique<Storage>(w.files, opt);
        w.opening = w.storage->begin_open();
        w.opening_gen = gen;
        w.open_started_ms = emscripten_get_now();
        w.open_busy_ms = w.open_longest_ms = 0;
        w.open_slices = 0;
    }
    // One slice per frame: the page stays responsive (no task near 50 ms, also on a CPU four
    // times slower) and the frame shows how far the open is.
    const double t0 = emscripten_get_now();
    bool done = false;
    while (!done && emscripten_get_now() - t0 < kOpenSliceMs) done = w.opening->step(kOpenStepBytes);
    const double t1 = emscripten_get_now();
    w.open_busy_ms += t1 - t0;
    w.open_longest_ms = std::max(w.open_longest_ms, t1 - t0);
    ++w.open_slices;
    if (!done) return std::nullopt;
    LoadResult r = w.opening->take();
    w.opening.reset();
    w.delivered_gen = gen;
    w.load_failed = false;
    w.opened_at_ms = t1;
    w.open_ms = t1 - w.open_started_ms;
    w.report = r.report;
    w.loaded = true;
    w.error.clear();
    w.error_said.reset();
    Loaded out{std::move(r.atelier), std::move(r.report), std::move(r.report_said), r.salvaged, {}};
    for (const Problem& p : r.problems) out.problems.push_back(p.path.empty() ? p.message : p.path + ": " + p.message);
    return out;
}

bool storage_follow(Store& store, std::optional<Atelier>& reload) {
    Web& w = web();
    if (!w.storage || w.load_failed || page_role() != Role::reader) return false;
    const int gen = js_follow_gen();
    if (gen == w.followed_gen) return false;
    w.followed_gen = gen;
    if (auto n = w.storage->follow(store)) return *n > 0;
    LoadResult r = w.storage->open();
    w.report = r.report;
    if (r.atelier) reload = std::move(r.atelier);
    return true;
}

bool storage_salvaged() {
    const Web& w = web();
    return w.storage && w.storage->read_only();
}

namespace {
// App::dispatch refuses edits while a restore is written, so this is a lost lock or a bug: the
// restore's snapshot is not written, and the next compaction (due since the restore) writes
// the state as it is then.
void restore_dropped(Web& w) {
    w.restoring = false;
    w.error_said = say(Msg::storage_restore_dropped);
    wrote();
}
}  // namespace

void storage_record(const nlohmann::json& journal_entry) {
    Web& w = web();
    if (!owns_files(w)) return;
    // It was writing the state before this edit; the next quiet moment writes it again.
    if (w.compacting) {
        w.compacting.reset();
        ++w.compact_dropped;
        if (w.restoring) restore_dropped(w);
    }
    if (!w.storage->record(journal_entry)) w.error = w.storage->error(), w.error_said.reset();
    wrote();
}

namespace {
// One slice of the compaction in progress; true once it has ended.
bool compact_slice(Web& w) {
    const double t0 = emscripten_get_now();
    bool done = false;
    while (!done && emscripten_get_now() - t0 < kCompactSliceMs) done = w.compacting->step(kCompactStepBytes);
    const double t1 = emscripten_get_now();
    w.compact_busy_ms += t1 - t0;
    w.compact_longest_ms = std::max(w.compact_longest_ms, t1 - t0);
    ++w.compact_slices;
    if (!done) return false;
    w.compact_ms = t1 - w.compact_started_ms;
    if (w.compacting->ok()) {
        w.error.clear();
        w.error_said.reset();
        wrote();
    } else {
        w.error = w.storage->error();
        w.error_said.reset();
        w.retry_compact_ms = t1 + 5000;
    }
    w.compacting.reset();
    w.restoring = false;
    return true;
}
}  // namespace

void storage_tick(const Store& store) {
    Web& w = web();
    if (w.compacting && (!owns_files(w) || store.revision() != w.compact_revision)) {
        w.compacting.reset();
        ++w.compact_dropped;
        if (w.restoring) restore_dropped(w);
    }
    if (w.compacting) {
        compact_slice(w);
        return;
    }
    if (!owns_files(w) || !w.storage->compact_due()) return;
    const Atelier& state = store.state();
    const double now = emscripten_get_now();
    const bool first = !w.storage->has_snapshot();
    // The first snapshot waits for an atelier (the first-start screen shows an empty one).
    if (first && state.profile.settings.name.empty()) return;
    const bool quiet = now - w.last_write_ms >= kQuietMs;
    if (!(first || quiet || w.storage->pending_entries() >= kCompactForce) || now < w.retry_compact_ms) return;
    w.compacting = w.storage->begin_compact(state);
    w.compact_revision = store.revision();
    w.compact_started_ms = now;
    w.compact_busy_ms = w.compact_longest_ms = 0;
    w.compact_slices = 0;
    compact_slice(w);
}

double storage_quiet_open_ms() { return js_quiet_open_ms(); }

bool storage_flush_starting() {
    const double ms = js_flight_ms();
    return ms >= 0 && ms < 100;
}

StorageStatus storage_status() {
    Web& w = web();
    StorageStatus s;
    s.persisted = js_persisted() != 0;
    s.used_bytes = static_cast<long long>(js_usage());
    s.quota_bytes = static_cast<long long>(js_quota());
    s.writer = page_role() == Role::writer;
    using S = StorageStatus::State;
    using R = StorageStatus::ReadOnly;
    // The sentence in both forms at once, so the views' words and the bridge's English agree.
    const auto tell = [&s](Said said) {
        s.detail = english(said);
        s.said = std::move(said);
    };
    const auto percent = [](double progress) { return std::to_string(static_cast<int>(progress * 100)); };
    if (!w.loaded) {
        s.state = S::loading;
        tell(say(Msg::storage_loading));
        if (w.opening) {
            // In steps of 2 %: most frames then look the same as the last and are not drawn again.
            s.open_progress = std::floor(w.opening->progress() * 50) / 50;
            tell(say(Msg::storage_opening, {{"percent", percent(s.open_progress)}}));
        }
    } else if (w.load_failed) {
        s.state = S::read_only;
        s.why = R::load_failed;
        tell(say(Msg::storage_load_failed));
    } else if (w.storage && w.storage->read_only()) {
        s.state = S::read_only;
        s.why = R::salvaged;
        tell(say(Msg::storage_damaged));
    } else if (!owns_files(w)) {
        s.state = S::read_only;
        s.why = R::other_tab;
        // The page's own sentence (a refused lock), worded already by assets/words.js; else ours.
        s.detail = js_string(3);
        if (s.detail.empty()) tell(say(Msg::storage_other_tab));
    } else if (w.restoring) {
        s.state = S::saving;
        // In steps of 2 %, as the open's progress.
        s.restore_progress = w.compacting ? std::floor(w.compacting->progress() * 50) / 50 : 0;
        tell(say(Msg::storage_restoring, {{"percent", percent(s.restore_progress)}}));
    } else if (w.error_said) {
        s.state = S::not_saved;
        tell(say(Msg::storage_not_saved).with("reason", *w.error_said));
    } else if (!w.error.empty()) {
        s.state = S::not_saved;
        tell(say(Msg::storage_not_saved, {{"reason", w.error}}));  // the file system's own words
    } else if (js_failures() > 0) {
        s.state = S::not_saved;
        const int in_s = static_cast<int>(std::ceil(js_retry_in_ms() / 1000));
        // The browser's reason, or the page's sentence worded by assets/words.js. No retry pending
        // nor running: a conflict that waits for the user (assets/storage-role.js).
        const std::string reason = js_string(0);
        tell(in_s > 0                ? say(Msg::storage_not_saved_retry_in, {{"reason", reason}, {"seconds", std::to_string(in_s)}})
             : js_flight_ms() >= 0 ? say(Msg::storage_not_saved_retrying, {{"reason", reason}})
                                   : say(Msg::storage_not_saved, {{"reason", reason}}));
    } else if (js_durable() >= w.written) {
        s.state = S::saved;
        // Without Web Locks (not a secure context) another tab is found through a lease in
        // localStorage instead, which a tab hidden for long can lose: say so.
        tell(say(js_lock_supported() ? Msg::storage_all_saved : Msg::storage_all_saved_no_locks));
    } else {
        s.state = S::saving;
        tell(say(Msg::storage_saving));
    }
    return s;
}

void storage_backup(const Atelier& state) {
    const std::string text = backup_text(state);
    const std::string name = backup_file_name(state, date_of(stamp_now()));
    // The photos stored by content (photos from before had no thumbnail and no picture here).
    nlohmann::json photos = nlohmann::json::array();
    for (const Image* im : stored_pictures(state)) photos.push_back({{"id", im->id}, {"thumb", im->thumb}});
    js_download_backup(name.c_str(), text.data(), static_cast<int>(text.size()), photos.dump().c_str());
}

void storage_download_raw(const std::string& company_code) {
    const std::string text = raw_files_text(web().files);
    const std::string name = raw_files_name(company_code, date_of(stamp_now()));
    js_download(name.c_str(), text.data(), static_cast<int>(text.size()));
}

void storage_request_restore() { js_pick_restore(); }

std::optional<std::string> storage_take_restore_text() {
    if (!js_take_restore()) return std::nullopt;
    return js_string(2);
}

PhotoUsage storage_restore_photos() {
    double out[2] = {0, 0};
    js_restore_photos(out);
    PhotoUsage u;
    u.known = true;
    u.count = static_cast<long long>(out[0]);
    u.bytes = out[1];
    return u;
}

void storage_import_restore_photos() { js_import_restore_photos(); }

void storage_restore(const Atelier& a, uint64_t revision) {
    Web& w = web();
    if (!owns_files(w)) return;
    w.compacting.reset();
    // The journal's restore marker now, the snapshot a slice a frame (storage_tick): at 100,000
    // orders the whole write took 4.6 s in one task. The restore asks for no flush until it is
    // promoted (a retry of an earlier failed flush may still store the marker alone: reopening
    // then gives the atelier from before, whole); a small atelier is done in this slice.
    w.compacting = w.storage->begin_restore(a);
    w.restoring = true;
    w.compact_revision = revision;
    w.compact_started_ms = emscripten_get_now();
    w.compact_busy_ms = w.compact_longest_ms = 0;
    w.compact_slices = 0;
    compact_slice(w);
}

bool storage_write_side(const std::string& name, const std::string& text) {
    Web& w = web();
    if (!owns_files(w) || !w.files.write(name, text)) return false;
    wrote();
    return true;
}

std::optional<std::string> storage_read_side(const std::string& name) { return web().files.read(name); }

void storage_compact_soon() {
    Web& w = web();
    if (owns_files(w)) w.storage->want_snapshot();
}

}  // namespace atelier::platform

// [SECTION] Bridge: window.atelier.storage() (assets/storage.js adds the page-side counters) ---

namespace {
std::string g_storage_reply;
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* atelier_storage_status() {
    using namespace atelier::platform;
    const atelier::StorageStatus s = storage_status();
    const Web& w = web();
    nlohmann::json j = {{"state", atelier::state_name(s.state)}, {"writer", s.writer}, {"detail", s.detail},
                        {"persisted", s.persisted}, {"used_bytes", s.used_bytes}, {"quota_bytes", s.quota_bytes},
                        {"written", w.written}, {"report", w.report}, {"loads", w.delivered_gen},
                        {"open_ms", w.open_ms}, {"opened_at_ms", w.opened_at_ms}, {"open_busy_ms", w.open_busy_ms},
                        {"open_longest_slice_ms", w.open_longest_ms}, {"open_slices", w.open_slices},
                        {"open_progress", s.open_progress}, {"compacting", w.compacting != nullptr}, {"restoring", w.restoring},
                        {"compact_ms", w.compact_ms}, {"compact_busy_ms", w.compact_busy_ms},
                        {"compact_longest_slice_ms", w.compact_longest_ms}, {"compact_slices", w.compact_slices}, {"compact_dropped", w.compact_dropped}};
    if (w.storage) {
        j["seq"] = w.storage->seq();
        j["snapshot_seq"] = w.storage->snapshot_seq();
        j["pending_entries"] = w.storage->pending_entries();
    }
    g_storage_reply = j.dump();
    return g_storage_reply.c_str();
}

// The frame benchmark's compaction on demand (tests/bench/run_frame_bench.js).
extern "C" EMSCRIPTEN_KEEPALIVE void atelier_compact_soon() { atelier::platform::storage_compact_soon(); }

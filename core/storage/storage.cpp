#include "core/storage/storage.hpp"

#include <algorithm>
#include <cinttypes>
#include <cstdio>

#include "core/json/capped.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/storage/crc32.hpp"
#include "core/storage/storage_detail.hpp"
#include "core/store.hpp"

namespace atelier {

// [SECTION] Framing -------------------------------------------------------------------------

namespace {
constexpr std::string_view kMagic = "ATELIER1 ";
constexpr std::string_view kJournal = "journal-", kSnapshot = "snapshot-", kExt = ".atl", kTmp = ".tmp";

std::string seq_name(std::string_view prefix, uint64_t seq, std::string_view ext) {
    char digits[24];
    std::snprintf(digits, sizeof digits, "%012" PRIu64, seq);
    return std::string(prefix) + digits + std::string(ext);
}

// "journal-000000000042.atl" -> 42 when the name has that prefix and extension.
std::optional<uint64_t> parse_name(std::string_view name, std::string_view prefix, std::string_view ext) {
    if (name.size() != prefix.size() + 12 + ext.size() || name.substr(0, prefix.size()) != prefix ||
        name.substr(name.size() - ext.size()) != ext)
        return std::nullopt;
    uint64_t v = 0;
    for (char c : name.substr(prefix.size(), 12)) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + static_cast<uint64_t>(c - '0');
    }
    return v;
}

bool parse_hex32(std::string_view s, uint32_t& out) {
    if (s.size() != 8) return false;
    out = 0;
    for (char c : s) {
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0) return false;
        out = out << 4 | static_cast<uint32_t>(d);
    }
    return true;
}

bool parse_size(std::string_view s, uint64_t& out) {
    if (s.empty() || s.size() > 15) return false;
    out = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + static_cast<uint64_t>(c - '0');
    }
    return true;
}
}  // namespace

std::string journal_name(uint64_t seq) { return seq_name(kJournal, seq, kExt); }
std::string snapshot_name(uint64_t seq) { return seq_name(kSnapshot, seq, kExt); }

std::string frame_meta_line(std::string_view kind, uint64_t seq, const std::string& at) {
    nlohmann::json meta = {{"kind", kind}, {"seq", seq}};
    if (!at.empty()) meta["at"] = at;
    std::string line = meta.dump();
    line += '\n';
    return line;
}

std::string frame_head_line(uint32_t crc, size_t rest_size) {
    char head[48];
    std::snprintf(head, sizeof head, "%08x %zu\n", crc, rest_size);
    std::string out(kMagic);
    out += head;
    return out;
}

std::string frame_file(std::string_view kind, uint64_t seq, std::string_view body, const std::string& at) {
    std::string rest = frame_meta_line(kind, seq, at);
    rest.append(body);
    std::string out = frame_head_line(crc32(rest), rest.size());
    out.reserve(out.size() + rest.size());
    out.append(rest);
    return out;
}

std::string snapshot_tmp_name(uint64_t seq) { return seq_name(kSnapshot, seq, kTmp); }

bool read_frame_head(std::string_view text, FrameHead& out, std::string& why) {
    if (text.substr(0, kMagic.size()) != kMagic) {
        why = text.empty() ? "the file is empty" : "the file does not start like an Atelier file";
        return false;
    }
    const size_t eol = text.find('\n');
    if (eol == std::string_view::npos || eol > 64) {
        why = "the file is truncated (incomplete header)";
        return false;
    }
    const std::string_view head = text.substr(kMagic.size(), eol - kMagic.size());
    const size_t space = head.find(' ');
    uint64_t len = 0;
    if (space == std::string_view::npos || !parse_hex32(head.substr(0, space), out.crc) || !parse_size(head.substr(space + 1), len)) {
        why = "the file's header is damaged";
        return false;
    }
    out.rest = text.substr(eol + 1);
    if (out.rest.size() != len) {
        why = out.rest.size() < len ? "the file is truncated (" + std::to_string(out.rest.size()) + " of " + std::to_string(len) + " bytes)"
                                    : "the file has extra bytes at the end";
        return false;
    }
    return true;
}

bool read_frame_meta(std::string_view rest, std::string_view kind, uint64_t seq, Unframed& out, std::string& why) {
    const size_t meta_end = rest.find('\n');
    Problems unparsed;  // depth-capped: a crafted file must not overflow the stack
    nlohmann::json meta = parse_json_capped(rest.substr(0, meta_end == std::string_view::npos ? rest.size() : meta_end), unparsed);
    if (meta_end == std::string_view::npos || !meta.is_object() || meta.value("kind", "") != kind ||
        !meta.contains("seq") || !meta["seq"].is_number_unsigned() || meta["seq"].get<uint64_t>() != seq) {
        why = "the file is not the " + std::string(kind) + " its name says";
        return false;
    }
    out.body = rest.substr(meta_end + 1);
    out.at = meta.contains("at") && meta["at"].is_string() ? meta["at"].get<std::string>() : "";
    return true;
}

bool unframe_file(std::string_view text, std::string_view kind, uint64_t seq, Unframed& out, std::string& why) {
    FrameHead head;
    if (!read_frame_head(text, head, why)) return false;
    if (crc32(head.rest) != head.crc) {
        why = kChecksumMismatch;
        return false;
    }
    return read_frame_meta(head.rest, kind, seq, out, why);
}

// [SECTION] Storage -------------------------------------------------------------------------

Storage::Storage(Files& files, StorageOptions opt) : files_(files), opt_(std::move(opt)) {}

Listing list_folder(Files& files) {
    Listing l;
    for (const auto& name : files.list()) {
        if (auto s = parse_name(name, kSnapshot, kExt)) l.snapshots.push_back(*s);
        else if (auto j = parse_name(name, kJournal, kExt)) l.journal.push_back(*j);
        else if (parse_name(name, kSnapshot, kTmp)) l.temps.push_back(name);
    }
    std::sort(l.snapshots.begin(), l.snapshots.end());
    std::sort(l.journal.begin(), l.journal.end());
    return l;
}

LoadResult Storage::open() {
    auto opening = begin_open();
    while (!opening->step(static_cast<size_t>(-1))) {}
    return opening->take();
}

std::optional<size_t> Storage::follow(Store& store) {
    const Listing l = list_folder(files_);
    uint64_t last = seq_;
    if (!l.snapshots.empty()) last = std::max(last, l.snapshots.back());
    if (!l.journal.empty()) last = std::max(last, l.journal.back());
    // A snapshot may take a sequence number of its own (a rewrite of the same point): no entry.
    auto has = [](const std::vector<uint64_t>& v, uint64_t s) { return std::binary_search(v.begin(), v.end(), s); };
    size_t applied = 0;
    for (uint64_t s = seq_ + 1; s <= last; ++s) {
        if (!has(l.journal, s)) {
            if (has(l.snapshots, s)) continue;
            return std::nullopt;
        }
        auto text = files_.read(journal_name(s));
        Unframed u;
        std::string why;
        if (!text || !unframe_file(*text, "journal", s, u, why)) return std::nullopt;
        Problems problems;
        const auto entry = entry_from_json(parse_json_capped(u.body, problems), problems);
        if (!entry || entry->kind == JournalEntry::Kind::restore) return std::nullopt;
        if (!apply_entry(store, *entry, problems)) return std::nullopt;
        seq_ = s;
        ++applied;
    }
    seq_ = last;
    if (!l.snapshots.empty() && l.snapshots.back() > newest_) {
        has_newest_ = true;
        newest_ = l.snapshots.back();
    }
    return applied;
}

bool Storage::record(const nlohmann::json& entry) {
    if (salvaged_) {
        error_ = kSalvagedReadOnly;
        return false;
    }
    const uint64_t s = seq_ + 1;
    seq_ = s;  // even on failure: the next snapshot covers it, and the name is never reused
    const std::string body = json_text(entry);
    if (!files_.write(journal_name(s), frame_file("journal", s, body))) {
        error_ = "an edit could not be written: " + files_.error;
        snapshot_needed_ = true;
        return false;
    }
    return true;
}

bool Storage::compact_due() const {
    return snapshot_needed_ || !has_newest_ || seq_ - newest_ >= opt_.compact_every;
}

bool Storage::compact(const Atelier& state) {
    auto c = begin_compact(state);
    while (!c->step(SIZE_MAX)) {}
    return c->ok();
}

// Keeps the two generations and the journal after the older one; the rest is covered twice.
// Without a readable previous generation nothing is removed (damaged files stay for inspection).
void Storage::remove_covered() {
    const Listing l = list_folder(files_);
    for (const auto& t : l.temps) files_.remove(t);
    if (!has_previous_) return;
    for (uint64_t s : l.snapshots)
        if (s != newest_ && s != previous_) files_.remove(snapshot_name(s));
    for (uint64_t s : l.journal)
        if (s <= previous_) files_.remove(journal_name(s));
}

bool Storage::restore(const Atelier& state) {
    auto c = begin_restore(state);
    while (!c->step(SIZE_MAX)) {}
    return c->ok();
}

std::unique_ptr<Storage::Compacting> Storage::begin_restore(const Atelier& state) {
    salvaged_ = false;  // a restore is the way out of a salvaged atelier
    // A marker in the journal: replaying the previous generation stops here.
    const uint64_t s = seq_ + 1;
    seq_ = s;
    JournalEntry marker;
    marker.kind = JournalEntry::Kind::restore;
    marker.what = state.profile.settings.name;
    files_.write(journal_name(s), frame_file("journal", s, entry_to_json(marker).dump()));
    snapshot_needed_ = true;
    return begin_compact(state);
}

}  // namespace atelier

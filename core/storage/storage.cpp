#include "core/storage/storage.hpp"

#include <algorithm>
#include <cinttypes>
#include <cstdio>

#include "core/json/capped.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/storage/crc32.hpp"
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

std::string frame_file(std::string_view kind, uint64_t seq, std::string_view body, const std::string& at) {
    nlohmann::json meta = {{"kind", kind}, {"seq", seq}};
    if (!at.empty()) meta["at"] = at;
    std::string rest = meta.dump();
    rest += '\n';
    rest.append(body);
    char head[48];
    std::snprintf(head, sizeof head, "%08x %zu\n", crc32(rest), rest.size());
    std::string out;
    out.reserve(kMagic.size() + 24 + rest.size());
    out.append(kMagic);
    out.append(head);
    out.append(rest);
    return out;
}

bool unframe_file(std::string_view text, std::string_view kind, uint64_t seq, Unframed& out, std::string& why) {
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
    uint32_t crc = 0;
    uint64_t len = 0;
    if (space == std::string_view::npos || !parse_hex32(head.substr(0, space), crc) || !parse_size(head.substr(space + 1), len)) {
        why = "the file's header is damaged";
        return false;
    }
    const std::string_view rest = text.substr(eol + 1);
    if (rest.size() != len) {
        why = rest.size() < len ? "the file is truncated (" + std::to_string(rest.size()) + " of " + std::to_string(len) + " bytes)"
                                : "the file has extra bytes at the end";
        return false;
    }
    if (crc32(rest) != crc) {
        why = "the file is damaged (checksum mismatch)";
        return false;
    }
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

// [SECTION] Storage -------------------------------------------------------------------------

Storage::Storage(Files& files, StorageOptions opt) : files_(files), opt_(std::move(opt)) {}

namespace {
struct Listing {
    std::vector<uint64_t> snapshots, journal;  // sorted ascending
    std::vector<std::string> temps;
};
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

constexpr const char* kSalvagedReadOnly = "the atelier is open read-only: no stored copy passes its checks";

std::string plural(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }
}  // namespace

LoadResult Storage::open() {
    LoadResult res;
    const Listing l = list_folder(files_);
    seq_ = 0;
    if (!l.snapshots.empty()) seq_ = l.snapshots.back();
    if (!l.journal.empty()) seq_ = std::max(seq_, l.journal.back());
    has_newest_ = has_previous_ = false;
    newest_ = previous_ = 0;
    snapshot_needed_ = false;

    // The newest snapshot that reads and validates; remember the next valid one as the previous generation.
    Atelier base;
    std::string base_at;
    std::vector<std::string> why_snapshots;
    // The newest snapshot that reads field by field but breaks a rule: opened read-only when no
    // generation validates, so a stored atelier is never traded for a first-start screen.
    std::optional<Atelier> salvage;
    uint64_t salvage_seq = 0;
    std::string salvage_at;
    Problems salvage_problems;
    for (auto it = l.snapshots.rbegin(); it != l.snapshots.rend(); ++it) {
        const std::string name = snapshot_name(*it);
        auto text = files_.read(name);
        Unframed u;
        std::string why;
        Problems problems;
        Atelier a;
        bool ok = false;
        if (!text) why = "could not be read: " + files_.error;
        else if (unframe_file(*text, "snapshot", *it, u, why)) {
            std::optional<Atelier> invalid;
            ok = read_snapshot(u.body, a, problems, &invalid);
            if (!ok && !salvage && invalid) {
                salvage = std::move(invalid);
                salvage_seq = *it;
                salvage_at = u.at;
                salvage_problems = problems;
            }
            if (!ok) why = problems.empty() ? "is not a valid atelier" : "is not a valid atelier (" + problems.front().path + ": " + problems.front().message + ")";
        }
        if (!ok) {
            res.damaged.push_back(name);
            why_snapshots.push_back(name + " " + why);
            continue;
        }
        // The first valid one is the base; older ones are not read (the previous generation is
        // only needed when this one is damaged, and then this loop reaches it).
        has_newest_ = true;
        newest_ = *it;
        base = std::move(a);
        base_at = u.at;
        if (auto t = base_at.find('T'); t != std::string::npos) base_at[t] = ' ';  // "2026-03-01 09:00"
        res.previous_generation = it != l.snapshots.rbegin();
        break;
    }

    if (!has_newest_ && salvage) {
        res.salvaged = true;
        res.problems = std::move(salvage_problems);
        has_newest_ = true;
        newest_ = salvage_seq;
        base = std::move(*salvage);
        base_at = salvage_at;
        if (auto t = base_at.find('T'); t != std::string::npos) base_at[t] = ' ';
        res.previous_generation = salvage_seq != l.snapshots.back();
    }
    if (!has_newest_) {
        if (!l.snapshots.empty()) {
            res.unreadable_data = true;
            res.report = "The saved atelier could not be read (" + plural(l.snapshots.size(), "saved copy is", "saved copies are") +
                         " damaged); Atelier started without it. The damaged files are kept in the storage folder.";
            if (!l.journal.empty()) res.report += " " + plural(l.journal.size(), "later edit was", "later edits were") + " not applied.";
            seq_ += 1;  // never reuse a damaged file's name
        } else if (!l.journal.empty()) {
            res.report = plural(l.journal.size(), "edit", "edits") +
                         " made before the first complete save could not be restored.";
        }
        return res;
    }

    // Replay the journal after the snapshot, in order; skip what is missing or damaged.
    Store store(std::move(base));
    std::string first_refusal;
    bool stopped = false;
    size_t next = 0;
    while (next < l.journal.size() && l.journal[next] <= newest_) ++next;
    for (uint64_t s = newest_ + 1; s <= seq_ && !stopped; ++s) {
        const bool present = next < l.journal.size() && l.journal[next] == s;
        if (present) ++next;
        if (!present) {
            ++res.unreadable;  // a gap: written, then lost
            continue;
        }
        const std::string name = journal_name(s);
        auto text = files_.read(name);
        Unframed u;
        std::string why;
        nlohmann::json line = nlohmann::json::value_t::discarded;
        Problems unparsed;
        if (text && unframe_file(*text, "journal", s, u, why)) line = parse_json_capped(u.body, unparsed);
        if (line.is_discarded()) {
            res.damaged.push_back(name);
            ++res.unreadable;
            continue;
        }
        Problems problems;
        const auto entry = journal_line_from_json(line, problems);
        if (entry && entry->kind == JournalLine::Kind::restore) {
            // The atelier was replaced here; what follows belongs to the restored one.
            res.unreadable += static_cast<size_t>(seq_ - s);
            stopped = true;
            break;
        }
        if (entry && apply_journal_line(store, *entry, problems)) ++res.replayed;
        else {
            ++res.not_applied;
            if (first_refusal.empty() && !problems.empty()) first_refusal = problems.front().message;
        }
    }
    res.snapshot_seq = newest_;
    res.atelier = store.release();

    std::vector<std::string> parts;
    if (res.salvaged)
        parts.push_back("No saved copy of the atelier passes its checks (" + plural(res.problems.size(), "problem", "problems") +
                        "). It is open read-only as last saved" + (base_at.empty() ? std::string() : " on " + base_at) +
                        ": download the raw files to keep them, or restore a backup.");
    else if (res.previous_generation)
        parts.push_back("Recovered from the previous save" + (base_at.empty() ? std::string() : " of " + base_at) +
                        ", because the newest save could not be read.");
    if (res.unreadable) parts.push_back(plural(res.unreadable, "edit", "edits") + " could not be read and " +
                                        (res.unreadable == 1 ? "is" : "are") + " missing.");
    if (res.not_applied)
        parts.push_back(plural(res.not_applied, "later edit", "later edits") + " could not be applied" +
                        (first_refusal.empty() ? "." : " (" + first_refusal + ")."));
    for (size_t i = 0; i < parts.size(); ++i) res.report += (i ? " " : "") + parts[i];
    // Anything lost: write the recovered state as the newest generation at the next chance. A
    // salvaged atelier is never written over what is stored (it is read-only until a restore).
    salvaged_ = res.salvaged;
    if (!res.report.empty() && !salvaged_) snapshot_needed_ = true;
    return res;
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
        const auto entry = journal_line_from_json(parse_json_capped(u.body, problems), problems);
        if (!entry || entry->kind == JournalLine::Kind::restore) return std::nullopt;
        if (!apply_journal_line(store, *entry, problems)) return std::nullopt;
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
    const std::string body = entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
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

std::string Storage::check_written_snapshot(const std::string& name, uint64_t seq) {
    auto text = files_.read(name);
    if (!text) return "it could not be read back: " + files_.error;
    Unframed u;
    std::string why;
    if (!unframe_file(*text, "snapshot", seq, u, why)) return "it did not read back intact: " + why;
    Atelier check;
    Problems problems;
    if (!read_snapshot(u.body, check, problems))
        return "it would not open (" + (problems.empty() ? std::string("not valid") : problems.front().path + ": " + problems.front().message) + ")";
    return "";
}

bool Storage::write_snapshot_file(const Atelier& state) {
    const std::string at = opt_.clock ? format_datetime(opt_.clock()) : "";
    const std::string name = snapshot_name(seq_);
    const std::string tmp = seq_name(kSnapshot, seq_, kTmp);
    if (!files_.write(tmp, frame_file("snapshot", seq_, write_snapshot(state), at))) {
        error_ = "the atelier could not be saved: " + files_.error;
        files_.remove(tmp);
        return false;
    }
    // Defence in depth: a snapshot the loader would refuse is never promoted. Read it back as
    // open() will (the platform may have changed bytes on the way) before the rename makes it current.
    if (auto why = check_written_snapshot(tmp, seq_); !why.empty()) {
        error_ = "the atelier was not saved as a snapshot: " + why;
        files_.remove(tmp);
        return false;
    }
    if (!files_.rename(tmp, name)) {
        error_ = "the atelier could not be saved: " + files_.error;
        files_.remove(tmp);
        return false;
    }
    return true;
}

bool Storage::compact(const Atelier& state) {
    if (salvaged_) {
        error_ = kSalvagedReadOnly;
        return false;
    }
    if (has_newest_ && newest_ == seq_ && !snapshot_needed_) return true;
    if (has_newest_ && newest_ == seq_) ++seq_;  // a rewrite of the same point gets a new name
    if (!write_snapshot_file(state)) return false;
    if (has_newest_) {
        has_previous_ = true;
        previous_ = newest_;
    }
    has_newest_ = true;
    newest_ = seq_;
    snapshot_needed_ = false;
    error_.clear();
    remove_covered();
    return true;
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
    salvaged_ = false;  // a restore is the way out of a salvaged atelier
    // A marker in the journal: replaying the previous generation stops here.
    const uint64_t s = seq_ + 1;
    seq_ = s;
    JournalLine marker;
    marker.kind = JournalLine::Kind::restore;
    marker.what = state.profile.settings.name;
    files_.write(journal_name(s), frame_file("journal", s, journal_line_to_json(marker).dump()));
    snapshot_needed_ = true;
    return compact(state);
}

}  // namespace atelier

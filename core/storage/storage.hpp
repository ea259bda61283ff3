#pragma once
// [SECTION] Durable storage of the atelier: a journal of small files plus periodic snapshots.
// - record(): each applied command's journal line becomes its own file, journal-<seq>.atl, so
//   saving one edit costs the same at 1,000 and 100,000 orders.
// - compact(): the whole state to snapshot-<seq>.tmp, renamed to snapshot-<seq>.atl (covers every
//   journal entry <= seq). Two generations are kept, and the journal after the older one, so a
//   damaged newest snapshot falls back to the previous one without losing an edit.
// - open(): the newest valid snapshot, then the journal after it, replayed through a Store (replay
//   equals the live state). Every file carries a CRC-32 and its length: truncated or damaged files
//   are skipped and the user is told what was recovered.
// Layout of every file:  "ATELIER1 <crc32 hex> <length>\n" + meta JSON line + "\n" + body, where
// crc32 and length cover everything after the first line; meta = {"kind", "seq"[, "at"]}.
#include <cstdint>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/atelier.hpp"
#include "core/problem.hpp"
#include "core/storage/files.hpp"
#include "core/storage/journal_entry.hpp"

namespace atelier {

class Store;

struct StorageOptions {
    uint64_t compact_every = 200;      // journal entries after the newest snapshot that make compaction due
    std::function<DateTime()> clock;   // stamps snapshots for "the previous save of …"; may be empty
};

// What open() found: the atelier to start from and, when anything was wrong, what to tell the user.
struct LoadResult {
    std::optional<Atelier> atelier;    // empty: nothing stored yet, or nothing readable (then report says so)
    std::string report;                // "" when everything loaded cleanly
    std::vector<Said> report_said;     // its sentences, for a view to word in its language
    uint64_t snapshot_seq = 0;         // the generation started from (0: none)
    bool previous_generation = false;  // the newest snapshot was unreadable
    size_t replayed = 0;               // journal entries applied after the snapshot
    size_t unreadable = 0;             // journal entries missing, truncated or damaged
    size_t not_applied = 0;            // readable entries the state refused (after a lost one)
    std::vector<std::string> damaged;  // names of files that failed their checks
    // No generation validates, but one reads: `atelier` is that one (plus what of the journal
    // applies), to be shown read-only with `problems`; record/compact refuse until a restore.
    bool salvaged = false;
    Problems problems;
    bool unreadable_data = false;      // snapshots are stored but none could be read at all
};

// One framed file: builds and checks the layout above. Exposed for tests.
std::string frame_file(std::string_view kind, uint64_t seq, std::string_view body, const std::string& at = "");
struct Unframed {
    std::string_view body;  // points into the checked text
    std::string at;
};
// True when `text` is a complete, undamaged file of this kind and seq; else `why` says what is wrong.
bool unframe_file(std::string_view text, std::string_view kind, uint64_t seq, Unframed& out, std::string& why);

std::string journal_name(uint64_t seq);
std::string snapshot_name(uint64_t seq);

class Storage {
public:
    explicit Storage(Files& files, StorageOptions opt = {});

    LoadResult open();
    // open() in steps, for a caller that must stay responsive (the browser's frame loop opens a
    // 100,000-order atelier across frames): step(budget) does about `budget` bytes of reading
    // and checking and returns true once take() holds exactly what open() would have returned.
    // Nothing else may use this Storage until then.
    class Opening {
    public:
        virtual ~Opening() = default;
        virtual bool step(size_t budget) = 0;
        virtual double progress() const = 0;  // 0..1
        virtual LoadResult take() = 0;
    };
    std::unique_ptr<Opening> begin_open();
    // For a read-only tab whose files another tab keeps writing: applies the journal entries
    // written since open() (or the last follow) to `store`, in order, and returns how many were
    // applied. nullopt when that is not possible (an entry is missing, unreadable or refused, or
    // the atelier was replaced by a restore): then open() again. Never writes.
    std::optional<size_t> follow(Store& store);
    // Writes the line as the next journal file. On failure the entry is kept for the next
    // snapshot (compact_due() becomes true) and error() says why.
    bool record(const nlohmann::json& entry);
    // A snapshot is due: enough journal entries, a failed record, no snapshot yet, or want_snapshot().
    bool compact_due() const;
    // Makes the next compact() write a generation even with no edit since the last one (a
    // benchmark's compaction on demand); it gets the next seq, like any rewrite of one point.
    void want_snapshot() { snapshot_needed_ = true; }
    // Writes `state` (which must include every recorded entry) as the newest generation.
    bool compact(const Atelier& state);
    // compact() in steps, for a caller that must stay responsive (the browser compacts a
    // 100,000-order atelier across frames): the text, its frame, the file and the check that it
    // reads back, about `budget` bytes' worth per step. `state` must neither change nor move and
    // nothing may be recorded until step() returns true; a caller whose state changed drops the
    // Compacting (nothing was promoted: its temporary file goes at the next compaction) and
    // begins again later. compact() is this with one unlimited step.
    class Compacting {
    public:
        virtual ~Compacting() = default;
        virtual bool step(size_t budget) = 0;  // true once finished: then ok() says whether it was promoted
        virtual bool ok() const = 0;
        virtual double progress() const = 0;   // 0..1
    };
    std::unique_ptr<Compacting> begin_compact(const Atelier& state);
    // Replaces the stored atelier (a restored backup): a fresh generation; older edits are kept
    // only as the previous generation.
    bool restore(const Atelier& state);
    // restore() in steps, as begin_compact: the journal's restore marker at once, the snapshot in
    // steps. Until it is promoted, opening the files gives the atelier as it was before (replay
    // stops at the marker), so nothing may be recorded meanwhile: edits made then would be
    // replayed onto the old atelier. restore() is this with one unlimited step.
    std::unique_ptr<Compacting> begin_restore(const Atelier& state);

    uint64_t seq() const { return seq_; }                   // the last recorded entry
    uint64_t snapshot_seq() const { return newest_; }       // what the newest snapshot covers
    bool has_snapshot() const { return has_newest_; }
    bool read_only() const { return salvaged_; }
    uint64_t pending_entries() const { return seq_ - newest_; }
    const std::string& error() const { return error_; }

private:
    friend class OpeningSteps;
    friend class CompactingSteps;
    void remove_covered();

    Files& files_;
    StorageOptions opt_;
    uint64_t seq_ = 0;
    uint64_t newest_ = 0, previous_ = 0;
    bool has_newest_ = false, has_previous_ = false;
    bool snapshot_needed_ = false;
    bool salvaged_ = false;
    std::string error_;
};

}  // namespace atelier

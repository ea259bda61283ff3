// [SECTION] Storage::open as resumable steps (see Storage::Opening). One code path: open() runs
// these steps with an unlimited budget, the browser a few milliseconds' worth per frame.
// Order of work, as open() always did it: list the folder; newest snapshot first — read it, check
// its frame (the CRC in slices), read it (SnapshotReader, in slices), else the next older one;
// then the journal after it, one entry at a time, replayed through a Store.
#include <algorithm>
#include <memory>

#include "core/i18n/said_text.hpp"
#include "core/json/capped.hpp"
#include "core/snapshot/snapshot_reader.hpp"
#include "core/storage/storage.hpp"
#include "core/storage/storage_detail.hpp"
#include "core/store.hpp"

namespace atelier {

namespace {
// Text is built by appends: GCC 12's -Werror=restrict misfires on `"literal" + std::string` chains.
void add(std::string&) {}
template <class T, class... R>
void add(std::string& out, const T& first, const R&... rest) {
    out += first;
    add(out, rest...);
}
template <class... P>
std::string cat(const P&... parts) {
    std::string out;
    add(out, parts...);
    return out;
}
// A sentence that agrees with the count `n` and shows it as {n}.
Said counted(Msg key, size_t n, std::initializer_list<Arg> more = {}) {
    return say_n(key, static_cast<int64_t>(n), more);
}
// Work units: a byte parsed is one (SnapshotFileSteps); a journal entry has a fixed cost too.
constexpr size_t kEntryUnits = 4096;
}  // namespace

class OpeningSteps : public Storage::Opening {
public:
    explicit OpeningSteps(Storage& s) : st_(s) {}

    bool step(size_t budget) override {
        size_t spent = 0;
        while (phase_ != Phase::done && spent < budget) {
            switch (phase_) {
                case Phase::start: start(); break;
                case Phase::next_snapshot: spent += next_snapshot(); break;
                case Phase::snapshot: spent += snapshot(budget - spent); break;
                case Phase::after_snapshots: after_snapshots(); break;
                case Phase::replay: spent += replay(budget - spent); break;
                case Phase::report: report(); break;
                case Phase::done: break;
            }
        }
        return phase_ == Phase::done;
    }

    double progress() const override {
        const double n = static_cast<double>(std::max<uint64_t>(1, st_.seq_ - st_.newest_));
        switch (phase_) {
            case Phase::start:
            case Phase::next_snapshot: return 0;
            case Phase::snapshot: return 0.9 * file_->progress();
            case Phase::after_snapshots: return 0.9;
            case Phase::replay: return 0.9 + 0.1 * static_cast<double>(replay_at_ - st_.newest_) / n;
            case Phase::report:
            case Phase::done: return 1;
        }
        return 1;
    }

    LoadResult take() override { return std::move(res_); }

private:
    enum class Phase { start, next_snapshot, snapshot, after_snapshots, replay, report, done };

    void start() {
        l_ = list_folder(st_.files_);
        st_.seq_ = 0;
        if (!l_.snapshots.empty()) st_.seq_ = l_.snapshots.back();
        if (!l_.journal.empty()) st_.seq_ = std::max(st_.seq_, l_.journal.back());
        st_.has_newest_ = st_.has_previous_ = false;
        st_.newest_ = st_.previous_ = 0;
        st_.snapshot_needed_ = false;
        next_ = l_.snapshots.size();
        phase_ = Phase::next_snapshot;
    }

    uint64_t candidate() const { return l_.snapshots[next_]; }

    // A snapshot that failed: counted, and the next older one is tried.
    void damaged(const std::string& why) {
        const std::string name = snapshot_name(candidate());
        res_.damaged.push_back(name);
        why_snapshots_.push_back(cat(name, " ", why));
        file_.reset();
        phase_ = Phase::next_snapshot;
    }

    // The newest snapshot that reads and validates is the base; the previous generation is only
    // needed when it is damaged, and then this loop reaches it.
    size_t next_snapshot() {
        if (next_ == 0) {
            phase_ = Phase::after_snapshots;
            return 0;
        }
        --next_;
        file_ = std::make_unique<SnapshotFileSteps>(st_.files_, snapshot_name(candidate()), candidate(), true);
        phase_ = Phase::snapshot;
        return 1;
    }

    size_t snapshot(size_t budget) {
        const size_t spent = file_->step(budget);
        if (!file_->done()) return spent;
        if (file_->failure() == SnapshotFileSteps::Failure::invalid && !salvage_) {
            SnapshotReader* reader = file_->invalid_reader();
            if (auto invalid = reader->take_invalid()) {
                salvage_ = std::move(invalid);
                salvage_seq_ = candidate();
                salvage_at_ = file_->at();
                salvage_problems_ = reader->problems();
            }
        }
        if (file_->failure() != SnapshotFileSteps::Failure::none) {
            damaged(file_->why());
            return spent;
        }
        st_.has_newest_ = true;
        st_.newest_ = candidate();
        base_at_ = file_->at();
        base_ = file_->take();
        if (auto t = base_at_.find('T'); t != std::string::npos) base_at_[t] = ' ';  // "2026-03-01 09:00"
        res_.previous_generation = next_ + 1 != l_.snapshots.size();
        file_.reset();
        phase_ = Phase::after_snapshots;
        return spent;
    }

    void after_snapshots() {
        if (!st_.has_newest_ && salvage_) {
            res_.salvaged = true;
            res_.problems = std::move(salvage_problems_);
            st_.has_newest_ = true;
            st_.newest_ = salvage_seq_;
            base_ = std::move(*salvage_);
            base_at_ = salvage_at_;
            if (auto t = base_at_.find('T'); t != std::string::npos) base_at_[t] = ' ';
            res_.previous_generation = salvage_seq_ != l_.snapshots.back();
        }
        if (!st_.has_newest_) {
            if (!l_.snapshots.empty()) {
                res_.unreadable_data = true;
                tell(counted(Msg::why_load_unreadable, l_.snapshots.size()));
                if (!l_.journal.empty()) tell(counted(Msg::why_load_unreadable_later, l_.journal.size()));
                st_.seq_ += 1;  // never reuse a damaged file's name
            } else if (!l_.journal.empty()) {
                tell(counted(Msg::why_load_before_first_save, l_.journal.size()));
            }
            phase_ = Phase::done;
            return;
        }
        store_ = std::make_unique<Store>(std::move(base_));
        journal_at_ = 0;
        while (journal_at_ < l_.journal.size() && l_.journal[journal_at_] <= st_.newest_) ++journal_at_;
        replay_at_ = st_.newest_;
        phase_ = Phase::replay;
    }

    // The journal after the snapshot, in order; what is missing or damaged is skipped.
    size_t replay(size_t budget) {
        size_t spent = 0;
        while (replay_at_ < st_.seq_ && spent < budget) {
            const uint64_t s = ++replay_at_;
            spent += kEntryUnits;
            const bool present = journal_at_ < l_.journal.size() && l_.journal[journal_at_] == s;
            if (present) ++journal_at_;
            if (!present) {
                ++res_.unreadable;  // a gap: written, then lost
                continue;
            }
            const std::string name = journal_name(s);
            auto text = st_.files_.read(name);
            Unframed u;
            std::string why;
            nlohmann::json line = nlohmann::json::value_t::discarded;
            Problems unparsed;
            if (text) spent += text->size();
            if (text && unframe_file(*text, "journal", s, u, why)) line = parse_json_capped(u.body, unparsed);
            if (line.is_discarded()) {
                res_.damaged.push_back(name);
                ++res_.unreadable;
                continue;
            }
            Problems problems;
            const auto entry = entry_from_json(line, problems);
            if (entry && entry->kind == JournalEntry::Kind::restore) {
                // The atelier was replaced here; what follows belongs to the restored one.
                res_.unreadable += static_cast<size_t>(st_.seq_ - s);
                replay_at_ = st_.seq_;
                break;
            }
            if (entry && apply_entry(*store_, *entry, problems)) ++res_.replayed;
            else {
                ++res_.not_applied;
                if (!first_refusal_ && !problems.empty()) first_refusal_ = problems.front();
            }
        }
        if (replay_at_ >= st_.seq_) phase_ = Phase::report;
        return spent;
    }

    void report() {
        res_.snapshot_seq = st_.newest_;
        res_.atelier = store_->release();
        store_.reset();
        if (res_.salvaged)
            tell(base_at_.empty() ? counted(Msg::why_load_salvaged, res_.problems.size())
                                  : counted(Msg::why_load_salvaged_on, res_.problems.size(), {{"date", base_at_}}));
        else if (res_.previous_generation)
            tell(base_at_.empty() ? say(Msg::why_load_previous) : say(Msg::why_load_previous_of, {{"date", base_at_}}));
        if (res_.unreadable) tell(counted(Msg::why_load_missing, res_.unreadable));
        if (res_.not_applied) tell(refused());
        // Anything lost: write the recovered state as the newest generation at the next chance. A
        // salvaged atelier is never written over what is stored (it is read-only until a restore).
        st_.salvaged_ = res_.salvaged;
        if (!res_.report.empty() && !st_.salvaged_) st_.snapshot_needed_ = true;
        phase_ = Phase::done;
    }

    // How many later entries the state refused, and why it refused the first (its own sentence
    // when the refusal has one, so a view words it in the same language).
    Said refused() const {
        const size_t n = res_.not_applied;
        if (!first_refusal_) return counted(Msg::why_load_refused, n);
        if (first_refusal_->said) return counted(Msg::why_load_refused_because, n).with("reason", *first_refusal_->said);
        return counted(Msg::why_load_refused_because, n, {{"reason", first_refusal_->message}});
    }

    // One sentence more for the user: `report` keeps reading as their English, one after another.
    void tell(Said s) {
        add(res_.report, res_.report.empty() ? "" : " ", english(s));
        res_.report_said.push_back(std::move(s));
    }

    Storage& st_;
    Phase phase_ = Phase::start;
    LoadResult res_;
    Listing l_;
    size_t next_ = 0;  // snapshots still to try: l_.snapshots[0, next_)
    std::unique_ptr<SnapshotFileSteps> file_;  // the snapshot being read
    Atelier base_;
    std::string base_at_;
    std::vector<std::string> why_snapshots_;
    // The newest snapshot that reads field by field but breaks a rule: opened read-only when no
    // generation validates, so a stored atelier is never traded for a first-start screen.
    std::optional<Atelier> salvage_;
    uint64_t salvage_seq_ = 0;
    std::string salvage_at_;
    Problems salvage_problems_;
    std::unique_ptr<Store> store_;
    size_t journal_at_ = 0;
    uint64_t replay_at_ = 0;
    std::optional<Problem> first_refusal_;  // why the first entry the state refused was refused
};

std::unique_ptr<Storage::Opening> Storage::begin_open() { return std::make_unique<OpeningSteps>(*this); }

}  // namespace atelier

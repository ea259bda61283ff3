#pragma once
// What the storage layer says about this tab, in one typed struct: the browser shell computes it
// each frame (web/platform/storage.cpp, from what assets/storage.js knows about the lock and
// IndexedDB, and what core's Storage knows about the files) and App exposes it to the views.
// Nothing else keeps a copy: App::read_only() and the frame loop's "unsaved" are read from it.
#include <cstdint>
#include <optional>
#include <string>

#include "core/i18n/catalogue.hpp"
#include "core/said.hpp"

namespace atelier {

struct StorageStatus {
    enum class State : uint8_t { loading, saved, saving, not_saved, read_only };
    // Why State::read_only (none otherwise).
    enum class ReadOnly : uint8_t { none, other_tab, salvaged, load_failed };
    State state = State::loading;
    ReadOnly why = ReadOnly::none;
    bool writer = false;     // this tab holds the writer lock (so it may restore over a salvaged atelier)
    std::string detail;      // a sentence for the indicator's tooltip ("Not saved: …; retrying in 4 s"), in English
    std::optional<Said> said;  // the same sentence for the views to word (a browser's reason inside stays its own)
    bool persisted = false;  // navigator.storage.persist() granted
    long long used_bytes = 0, quota_bytes = 0;
    // While the stored atelier is opened (across frames), how far: 0..1; -1 when not opening.
    double open_progress = -1;
    // While an opened atelier (demo, restored backup) is written as the new generation, across
    // frames: how far, 0..1; -1 when not. Edits wait for it (App::dispatch says why).
    double restore_progress = -1;

    bool read_only() const { return state == State::read_only; }
    bool unsaved() const { return state == State::saving || state == State::not_saved; }
};

// The bridge's names: "loading", "saved", "saving", "not_saved", "read_only".
constexpr const char* state_name(StorageStatus::State s) {
    switch (s) {
        case StorageStatus::State::loading: return "loading";
        case StorageStatus::State::saved: return "saved";
        case StorageStatus::State::saving: return "saving";
        case StorageStatus::State::not_saved: return "not_saved";
        case StorageStatus::State::read_only: return "read_only";
    }
    return "loading";
}

// Its English name: "Saved", "Saving…", "Not saved", "Read-only", "Opening…" (tests, the JS API).
constexpr const char* state_label(StorageStatus::State s) {
    switch (s) {
        case StorageStatus::State::saved: return "Saved";
        case StorageStatus::State::saving: return "Saving…";
        case StorageStatus::State::not_saved: return "Not saved";
        case StorageStatus::State::read_only: return "Read-only";
        case StorageStatus::State::loading: return "Opening…";
    }
    return "Opening…";
}

// The same states in the device's language (the label above names them for tests and the JS API).
constexpr Msg state_msg(StorageStatus::State s) {
    switch (s) {
        case StorageStatus::State::saved: return Msg::save_saved;
        case StorageStatus::State::saving: return Msg::save_saving;
        case StorageStatus::State::not_saved: return Msg::save_not_saved;
        case StorageStatus::State::read_only: return Msg::save_read_only;
        case StorageStatus::State::loading: return Msg::save_opening;
    }
    return Msg::save_opening;
}

}  // namespace atelier

#pragma once
// The running app as every view sees it: the atelier (through the Store), what the user is
// looking at, and messages for the user. Portable C++ (no Emscripten): the browser shell and the
// native UI tests both drive it, feeding the clock and calling frame() once per frame.
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/queries/filter.hpp"
#include "core/queries/index.hpp"
#include "core/store.hpp"

namespace atelier {

enum class View : uint8_t { dashboard, board, table, order, clients, client, pipelines, fittings, settings };

// What the user chose and expects to find again next time (stored by the shell, e.g. localStorage).
struct UiPrefs {
    View work_view = View::board;          // the last of board or table
    bool dark = false;
    std::string board_pipeline;            // "" = the first pipeline
    std::vector<std::string> filter;       // filter EXPRs (AND of groups), as on the command line
    std::string sort = "deadline";         // SORT, as on the command line
    std::vector<std::string> hidden_columns;
    bool fittings_week = true;             // fittings agenda: week (else one day)
    bool operator==(const UiPrefs&) const = default;
};
nlohmann::json prefs_to_json(const UiPrefs& p);
UiPrefs prefs_from_json(const nlohmann::json& j);  // unknown or bad values fall back to defaults

struct Toast {
    std::string text;
    bool error = false;
    double until = 0;  // seconds on the app clock
};

// A question to confirm before a destructive command runs ("Cancel order 12-ATL? A fee of …").
struct PendingConfirm {
    std::string title;
    std::string text;
    std::string button;  // "Cancel order"
    Command command;
};

// The first-start form (kept in App so the bridge can show what was typed).
struct StartForm {
    std::string name, code, currency = "EUR";
    int pick = 0;  // index into pipeline_templates()
    std::string error;
};

struct App {
    Store store;
    bool ready = false;     // an atelier exists: false shows the first-start screen
    UiPrefs prefs;
    View view = View::dashboard;
    int order = 0;          // the open order's number (View::order)
    int client = 0;         // the open client's id (View::client)
    std::string who = "owner";

    // The clock, set by the shell each frame; nothing in the views reads a real clock.
    DateTime now;
    Date today;
    double seconds = 0;     // monotonic, for toasts

    std::vector<Toast> toasts;
    std::optional<PendingConfirm> confirm;
    bool palette_open = false;
    StartForm start;
    // Forms drawn over any view (shell.cpp calls them): new client, new order (optionally for a client).
    bool new_client_open = false;
    bool new_order_open = false;
    int new_order_client = 0;
    std::string table_search;  // free-text box of the table's filter bar (not remembered)

    // Platform hooks: each successful change's journal entry, and prefs changes.
    std::function<void(const nlohmann::json& entry)> on_journal;
    std::function<void(const UiPrefs&)> on_prefs;
    std::function<std::string()> save_status;
    std::function<void(const Atelier&)> on_open;  // a whole new state (first start, demo, restore)
    int demo_orders = 300;  // size of the demo atelier (the shell may take it from the URL)  // "Saved", "Saving…", "Not saved: …" (empty hides it)

    // Runs a command; a refusal becomes an error toast naming the reason. Returns success.
    bool dispatch(const Command& c);
    void undo();
    void redo();
    // Opens an atelier (first start, demo, restore): clears undo and selection.
    void open(Atelier a);
    // Asks first; the command runs when the user confirms.
    void ask(PendingConfirm q) { confirm = std::move(q); }

    void notify(std::string text, bool error = false);
    void save_prefs();
    void show(View v);
    void open_order(int number);
    void open_client(int id);
    // The table with exactly this filter (dashboard tiles, palette).
    void show_orders(const std::vector<std::string>& filter);

    // Query index over the current state, rebuilt lazily after each change.
    const QueryIndex& index();
    uint64_t revision() const { return revision_; }

    long long frames = 0;
    double frame_ms = 0;  // CPU time of the last frame's UI work (set by the shell), see bridge "perf"
    void frame();
    // What tests and automation read through the bridge: view, selection, counts, toasts.
    nlohmann::json state_json();

private:
    void changed(const Result& r);
    std::unique_ptr<QueryIndex> index_;
    uint64_t index_revision_ = ~0ull;
    uint64_t revision_ = 0;  // see next_revision()
};

// The one App of the browser shell (tests build their own).
App& app();

}  // namespace atelier

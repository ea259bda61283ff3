#pragma once
// The running app: the shell around the views. It holds the atelier (through the Store), storage
// status, preferences, navigation, the clock, messages, the platform's hooks; the views' own state
// is in `views` (web/ui/views.hpp), which views reach through ui::Shell, never through App.
// Portable C++ (no Emscripten): the browser shell and the native UI tests both drive it, feeding
// the clock and calling frame() once per frame.
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/queries/dashboard.hpp"
#include "core/queries/filter.hpp"
#include "core/queries/index.hpp"
#include "core/store.hpp"
#include "core/sync/client.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/shell.hpp"
#include "web/ui/style.hpp"
#include "web/ui/touch_input.hpp"
#include "web/ui/views.hpp"

namespace atelier {

nlohmann::json prefs_to_json(const UiPrefs& p);
UiPrefs prefs_from_json(const nlohmann::json& j);  // unknown or bad values fall back to defaults

struct App {
    Store store;
    bool loading = false;   // the stored atelier is still being read: nothing to show or ask yet
    bool ready = false;     // an atelier exists: false shows the first-start screen
    // What the storage layer says (the shell sets it each frame): the save state, and whether
    // this tab may write at all. read_only(): another tab is the writer, the stored atelier is
    // damaged (salvage) or unreadable — views show, dispatch refuses.
    StorageStatus storage;
    bool read_only() const { return storage.read_only(); }
    using Salvage = atelier::Salvage;
    std::optional<Salvage> salvage;
    UiPrefs prefs;
    View view = View::dashboard;
    int order = 0;          // the open order's number (View::order)
    int client = 0;         // the open client's id (View::client)
    std::string who = "owner";  // the person working here: UiPrefs::person, or the sync token's
    // The PIN lock of a shared tablet (core/rules/roles.hpp; a convenience, not security).
    bool locked = false;
    double last_input = 0;  // `seconds` of the last touch, click or key
    std::string device = "local";  // the shell sets this installation's id (platform::device_id)

    // The clock, set by the shell each frame; nothing in the views reads a real clock.
    DateTime now;
    Date today;
    int utc_offset = 0;     // minutes the local time is ahead of UTC (a reminder's time for the server)
    double seconds = 0;     // monotonic, for toasts

    std::vector<Toast> toasts;
    std::optional<PendingConfirm> confirm;

    // Every view's own state; replaced by Views{} when another atelier opens (open, load).
    ui::Views views;
    ui::Look look;          // font, scale, theme of this ImGui context
    ui::TouchInput touch;   // finger input for this context (the page feeds it)
    ui::Locator locator;    // where each labelled item was drawn last frame (tests, automation)

    // Platform hooks: each successful change's journal entry, and prefs changes.
    std::function<void(const nlohmann::json& entry)> on_journal;
    std::function<void(const UiPrefs&)> on_prefs;
    std::function<void(const Atelier&)> on_open;  // a whole new state (first start, demo, restore)
    std::function<void()> on_backup;          // download the atelier as one file
    std::function<void(const std::string&)> on_open_link;  // a message's WhatsApp, email or SMS link
    std::function<void(const std::string&)> on_open_document;  // a printable page (invoice, receipt, job card)
    // A file to save (name, MIME type, bytes): the table's CSV export.
    std::function<void(const std::string&, const std::string&, const std::string&)> on_download_file;
    std::function<void()> on_pick_csv;        // the file picker for a CSV import
    std::optional<std::string> csv_file;      // a chosen CSV file's bytes, waiting for the import dialog
    std::string last_download_name, last_download;  // the last file saved (for the view tests)
    std::string last_link, last_document;     // the last link and document opened (for the view tests)
    std::function<void()> on_restore_pick;    // open the file picker
    std::function<void()> on_download_raw;    // download every file of the storage folder (salvage)
    std::optional<std::string> restore_text;  // a chosen backup file's text, waiting for preview and consent
    PhotoUsage restore_photos;                 // and its photos (a ZIP backup)
    std::function<void()> on_restore_photos;   // store them: the restore was confirmed
    int demo_orders = 300;  // size of the demo atelier (the shell may take it from the URL)
    std::string app_url;    // the app's address, for the job card's QR code (order_link)
    int linked_order = 0;   // ?order=N (a scanned job card): opened once the atelier is ready

    // [SECTION] Sync (issue 14): the state machine is the core's (core/sync/client.hpp); the shell
    // carries its requests (on_sync_send) and hands back replies (sync_reply). web/app_sync.cpp.
    SyncClient sync;
    CalendarFeed calendar_feed;  // the calendar subscription: its link and the uploads (core/sync/calendar_feed.hpp)
    std::optional<SyncSettings> sync_invite;  // an invitation link's server and token, for the Sync form
    std::function<void(const SyncRequest&, const std::string& token)> on_sync_send;
    std::function<void(const nlohmann::json&)> on_sync_settings;  // {"server", "token", "device_name"}, {} when off
    std::function<void(const nlohmann::json&)> on_sync_meta;      // the rest, saved beside the atelier (no token)
    void sync_connect(SyncSettings s);
    void sync_disconnect();
    void sync_choose(bool go);
    // Each frame, after the storage's news: online as the browser says, woke when the page was shown again.
    void sync_frame(bool online, bool woke);
    void sync_reply(uint64_t id, int status, const std::string& body);
    // After the stored atelier loaded: what sync saved (settings from the shell, meta beside the atelier).
    void sync_restore(const nlohmann::json& settings, const nlohmann::json& meta);

    // [SECTION] Photos (issue 15): the shell opens the picker and stores the files
    // (web/platform/photos.cpp), hands back each one with photos_added, and draws pictures by
    // content id. web/app_photos.cpp.
    std::function<void(bool camera)> on_photo_pick;
    std::function<PhotoTexture(const std::string& id)> on_photo;
    std::function<PhotoUsage()> on_photo_usage;
    std::optional<PhotoTarget> photo_target;  // where the files being picked go
    void add_photos(PhotoTarget t, bool camera);
    void style_photos_added(const PhotoTarget& t, const std::vector<PhotoFile>& files);
    // Adds each stored file to the target order (one command each), says what was not added and
    // why, then makes the move the missing photo stopped.
    void photos_added(const std::vector<PhotoFile>& files);
    void logo_added(const std::vector<PhotoFile>& files);  // Settings → Documents → Choose logo

    // Runs a command; a refusal becomes an error toast naming the reason and is kept in refusal()
    // for the view that acted to show beside its control. Returns success.
    bool dispatch(const Command& c);
    // Applies a journal entry another device wrote (JSON text: core/storage/journal_entry.hpp),
    // checked against the state like a local command and stored in this journal. The way another
    // device's edits come in (window.atelier.applyEntry; sync, issue 14, will call it). Returns ""
    // or why it was refused; nothing changes then.
    std::string apply_entry_text(const std::string& text);
    // Why the last dispatch was refused: the core's Problem (path, message), or the read-only
    // reason; empty after a dispatch that succeeded.
    const Problem& refusal() const { return refusal_; }
    // The order number or client id the last dispatch created (0: it created none): a device that
    // holds a block, or gives a provisional number, does not number from the counters.
    int created() const { return created_; }
    // Moves an order forward to stage `target` (index in its pipeline) with one batch of its single
    // steps (move_to_batch: order.start, order.advance, order.skip): one journal entry, one undo
    // step; `note` is logged on optional stages skipped on the way. A refusal is order.move_to's,
    // naming the stage that stops it, and is also a toast (dispatch). Nothing to say when the order or stage is gone, or the order is
    // in production and dropped back on its own stage.
    std::optional<MoveMessage> move_order(int number, int target, const std::string& note);
    // Who and when a command is made; while synced, creates without numbers of the device's own
    // take provisional ones (core/commands/plan.hpp).
    Context context() const {
        Context c{who, now, device};
        c.synced = sync.enabled();
        c.role = role();
        return c;
    }
    // What `who` may do: the server's word while synced (it refuses the rest), else the atelier's list.
    Role role() const;
    // Another person works here from now (the lock screen): history names them, undo starts afresh.
    void set_person(const std::string& name);
    // Locks now (when the atelier lists people); unlock returns "" or why not.
    void lock();
    std::optional<Said> unlock(const std::string& name, const std::string& pin);
    // Each frame: input seen moves last_input on; idle past the atelier's lock_minutes locks.
    void watch_idle(bool input);
    void undo();
    void redo();
    // Opens an atelier (first start, demo, restore): clears undo, selection and every view's
    // state (prefs stay). A restore ends salvage (on_open hands it to the storage, which then
    // reports the tab writable again).
    void open(Atelier a);
    // The stored atelier, read at start: opens it without writing it back; views start afresh.
    void load(Atelier a);
    // Set by the browser shell: load() and open() then keep `loading` until prepare() has built the query
    // index and the dashboard in steps. Built at once in the first frame that shows the atelier,
    // they held the page ~100 ms at 10,000 orders (~4x that on a tablet's CPU).
    bool prepare_in_steps = false;
    // One slice of that: steps while `more()` says there is time left. True once done.
    bool prepare(const std::function<bool()>& more);
    // Asks first; the command runs when the user confirms.
    void ask(PendingConfirm q) { confirm = std::move(q); }
    // Restore from backup is offered: in a tab that edits, or a salvaged atelier in the writing tab.
    bool can_restore() const { return !read_only() || (salvage && storage.writer); }

    void notify(std::string text, bool error = false);
    void save_prefs();
    void set_language(const std::string& tag);  // prefs.language, the Look's locale, saved
    void apply_language();                       // the Look's locale from prefs.language or the browser's
    std::string browser_language;                // set by the shell (navigator.language); "" natively
    void set_dark(bool dark);
    // Gives ImGui the remembered table layout (call once after the ImGui context exists).
    void restore_layout();
    void show(View v);
    void open_order(int number);
    void open_client(int id);
    void open_pipeline(const std::string& id);
    // The table with exactly this filter (dashboard tiles, palette).
    void show_orders(const std::vector<std::string>& filter);
    void new_order(int client = 0);
    void new_client();

    // Query index over the current state, rebuilt lazily after each change.
    const QueryIndex& index();
    uint64_t revision() const { return store.revision(); }

    long long frames = 0;
    double frame_ms = 0;  // CPU time of the last frame's UI work (set by the shell), see bridge "perf"
    void frame();
    // The shell reports each frame's CPU time; perf_json() gives median, p95 and max of the last 240.
    void record_frame_time(double ms);
    nlohmann::json perf_json() const;
    void reset_frame_times() { frame_times_.clear(); frame_next_ = 0; }
    // The dashboard of the current state and day, rebuilt only when either changes.
    const Dashboard& dashboard();
    // What tests and automation read through the bridge: view, selection, counts, toasts.
    nlohmann::json state_json();
    // One order as stored, plus its label and balance owed (null when there is no such order).
    nlohmann::json order_json(int number) const;
    // One production order as stored, with its label; null when absent (issue 18).
    nlohmann::json production_json(int number) const;
    nlohmann::json sales_json(int number) const;  // with its state and ship-date risk as of today

private:
    void changed(const Result& r);
    void sync_apply(SyncEffect e);
    void sync_save();
    void start_prepare();  // after open() and load(): the index and dashboard in steps, if asked for
    Problem refusal_;
    int created_ = 0;
    std::unique_ptr<QueryIndex> index_;
    std::unique_ptr<Dashboard> dashboard_;
    uint64_t dashboard_revision_ = ~0ull;
    Date dashboard_day_;
    std::vector<float> frame_times_;  // ring of the last 240
    size_t frame_next_ = 0;
    uint64_t index_revision_ = ~0ull;
    std::unique_ptr<IndexSteps> index_steps_;  // prepare(): the index, then the dashboard
    std::unique_ptr<DashboardSteps> dashboard_steps_;
    uint64_t steps_revision_ = ~0ull;
    Date steps_day_;
};

// The one App of the browser shell (tests build their own).
App& app();

}  // namespace atelier

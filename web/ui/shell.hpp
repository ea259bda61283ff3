#pragma once
// What a view may ask of the app around it, and nothing more: views are functions of the state
// they show plus their own *Ui struct (views.hpp), and reach the app only through Shell.
// App implements it (web/app.cpp); a view never sees App's fields.
// [SECTION] shared types   [SECTION] Shell
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/commands/command.hpp"
#include "core/commands/plan.hpp"
#include "core/model/atelier.hpp"
#include "core/sync/calendar_feed.hpp"
#include "core/sync/client.hpp"
#include "web/storage_status.hpp"

namespace atelier {

struct QueryIndex;
struct Dashboard;

// [SECTION] shared types

enum class View : uint8_t { dashboard, board, table, order, clients, client, pipelines, fittings, settings, reports, production };

// What the user chose and expects to find again next time (stored by the shell, e.g. localStorage).
// Survives opening another atelier; everything else a view holds does not.
struct UiPrefs {
    View work_view = View::dashboard;      // the last of dashboard, board or table: where the app opens
    bool dark = false;
    std::string board_pipeline;            // "" = the first pipeline
    std::string person;                    // who works on this device ("" = "owner"); the lock screen sets it
    std::vector<std::string> filter;       // filter EXPRs (AND of groups), as on the command line
    std::string sort = "deadline";         // SORT, as on the command line
    // The columns a new user does not see until asked for (the Columns menu).
    std::vector<std::string> hidden_columns{"kind", "quantity", "wip_start", "tracking"};
    bool fittings_week = true;             // fittings agenda: week (else one day)
    bool card_photos = true;               // board cards show the order's photo (core/rules/photos.hpp cover_photo)
    std::string layout;                    // ImGui's table settings (column order, widths), its ini text
    std::string language;                  // BCP 47 tag chosen in Settings ("fr", "en-US"); "" = the browser's
    bool operator==(const UiPrefs&) const = default;
};

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

// Opened from damaged storage (core's salvage mode): read-only, nothing is ever written over
// the stored files; the problems found, for the banner, which offers the raw files.
struct Salvage {
    std::vector<std::string> problems;
};

// What a move of an order tells the user (board message, table status line).
struct MoveMessage {
    std::string text;  // "12-ATL moved to \"Fitting\"" or "12-ATL not moved: <why>"
    bool error = false;
};

// [SECTION] Photos (issue 15): the pictures live in the platform's photo store, found by content id.

// A file the platform stored (or why it did not), to be added to an order.
struct PhotoFile {
    bool ok = false;
    std::string name;   // the file's name
    std::string error;  // for the user: "IMG_2.jpg is not a picture this browser can read ..."
    Image image;        // id, thumb, type, bytes, width, height; the rest comes from the PhotoTarget
    double ms = 0;      // from the file chosen to stored
};
// Where the photos being picked go, and what then.
struct PhotoTarget {
    int order = 0;
    PhotoKind kind = PhotoKind::reference;
    std::string stage;    // "" or the stage the photos document
    std::string caption;
    // Then the move a missing photo stopped: to this stage index (board, table), or one stage on
    // (the order page's "Done"); only when every file was added.
    int move_to = -1;
    bool advance = false;
    bool logo = false;  // the atelier's logo (Settings → Documents) instead of an order's photo
    std::string style;  // a style's sketches and sample photos (Production) instead of an order's
};
// A picture as the views draw it.
struct PhotoTexture {
    enum class State : uint8_t { loading, ready, missing, failed };
    State state = State::loading;
    uint64_t texture = 0;  // ImTextureID once ready
    int width = 0, height = 0;
};
struct PhotoUsage {
    bool known = false;  // counted yet
    long long count = 0;  // pictures stored on this device
    double bytes = 0;     // pictures and thumbnails
    int busy = 0;         // files being prepared now
    int uploading = 0;    // pictures still to send to the studio's server (sync)
    std::string upload_problem;  // why the last upload failed ("" when none did)
};

namespace ui {

struct DialogState;  // web/ui/dialog.hpp

// [SECTION] Shell

class Shell {
public:
    virtual ~Shell() = default;

    // Changing the atelier: every change is a command; a refusal is a toast and refusal().
    virtual bool dispatch(const Command& c) = 0;
    virtual const Problem& refusal() const = 0;  // why the last dispatch was refused
    virtual int created() const = 0;             // the order number or client id it created, or 0
    // One move forward to stage index `target` (board drag, table stage list): its single steps as one batch.
    virtual std::optional<MoveMessage> move_order(int number, int target, const std::string& note) = 0;
    virtual void ask(PendingConfirm q) = 0;  // the command runs when the user confirms
    virtual const PendingConfirm* asking() const = 0;
    virtual void answer(bool yes) = 0;
    virtual void undo() = 0;
    virtual void redo() = 0;
    virtual bool can_undo() const = 0;
    virtual bool can_redo() const = 0;
    // Replaces the whole atelier (first start, demo, restore): every view starts afresh.
    virtual void open(Atelier a) = 0;
    // Who acts and when, for a pure check (plan_command) before dispatching.
    virtual Context context() const = 0;
    // The person working on this device and what they may do (core/rules/roles.hpp): views hide
    // what the role may not see (sees_money) or change.
    virtual const std::string& person() const = 0;
    virtual Role role() const = 0;
    // The lock of a shared tablet: locked() shows only the lock screen.
    virtual bool locked() const = 0;
    virtual void lock() = 0;
    virtual std::optional<Said> unlock(const std::string& name, const std::string& pin) = 0;  // nothing, or why not

    // Telling the user.
    virtual void notify(std::string text, bool error = false) = 0;
    virtual const std::vector<Toast>& toasts() const = 0;

    // Where the user is.
    virtual View view() const = 0;
    virtual int order() const = 0;   // the open order's number (View::order)
    virtual int client() const = 0;  // the open client's id (View::client)
    virtual void show(View v) = 0;
    virtual void open_order(int number) = 0;
    virtual void open_client(int id) = 0;
    // The Pipelines view on pipeline `id` (unless a draft there has unsaved changes: it stays).
    virtual void open_pipeline(const std::string& id) = 0;
    // The table with exactly this filter (dashboard tiles, palette); clears the table's search.
    virtual void show_orders(const std::vector<std::string>& filter) = 0;
    // The forms drawn over any view: a new order (for `client`, 0 = to choose), a new client.
    virtual void new_order(int client = 0) = 0;
    virtual void new_client() = 0;
    // The one modal dialog open at a time (new order, new client, confirmations).
    virtual DialogState& dialogs() = 0;

    // The clock, set by the platform each frame; no view reads a real clock.
    virtual Date today() const = 0;
    // The app's own address (what a job card's QR code opens an order at); "" when unknown.
    virtual std::string app_url() const = 0;
    virtual DateTime now() const = 0;
    virtual long long frame() const = 0;  // frames drawn so far: a form not drawn last frame was closed

    // Derived from the store, rebuilt when revision() changes.
    virtual uint64_t revision() const = 0;
    virtual const QueryIndex& index() = 0;
    virtual const Dashboard& dashboard() = 0;

    // Preferences: changed in place, then saved.
    virtual UiPrefs& prefs() = 0;
    virtual void save_prefs() = 0;
    virtual void set_dark(bool dark) = 0;  // prefs, the ImGui style, saved
    // The device's language: a tag ("de") or "" for the browser's; prefs, the Look's locale, saved.
    virtual void set_language(const std::string& tag) = 0;
    virtual const std::string& browser_language() const = 0;  // the browser's tag ("en-US"; "" natively)
    // The item under a finger wants the drag (a card, a stage row), not a scroll; lasts one frame.
    virtual void claim_touch_drag() = 0;
    // How far two fingers pinched this frame (1: none); the photo viewer zooms by it.
    virtual float pinch() const = 0;

    // Storage and the platform.
    virtual bool loading() const = 0;
    virtual bool ready() const = 0;
    virtual bool read_only() const = 0;
    virtual const Salvage* salvage() const = 0;
    virtual bool can_restore() const = 0;
    virtual const StorageStatus& storage() const = 0;  // web/storage_status.hpp
    virtual void download_backup() = 0;
    // Opens a link the user asked for: a wa.me page in a new tab, a mailto: or sms: in their app.
    virtual void open_link(const std::string& url) = 0;
    // Opens a printable document (whole HTML, core/documents) in a new tab, its print dialog asked for.
    virtual void open_document(const std::string& html) = 0;
    // Saves a file the app made (the table as CSV) where the browser puts downloads.
    virtual void download_file(const std::string& name, const std::string& mime, const std::string& bytes) = 0;
    // Asks for a CSV file to import; its bytes arrive, once, through take_csv (a frame or more later).
    virtual void pick_csv() = 0;
    virtual std::optional<std::string> take_csv() = 0;
    virtual void pick_restore() = 0;
    virtual void download_raw() = 0;
    virtual const std::string* restore_text() const = 0;  // a chosen backup file, waiting for consent
    virtual void end_restore() = 0;
    // The chosen backup's photos (a ZIP backup: count and bytes), and storing them once it is restored.
    virtual PhotoUsage restore_photos() const = 0;
    virtual void import_restore_photos() = 0;
    virtual int demo_orders() const = 0;

    // Sync with the studio's server (issue 14): its state, and the user's choices.
    virtual const SyncClient& sync() const = 0;
    // The calendar subscription (core/sync/calendar_feed.hpp): its link, and an owner's make/stop.
    virtual const CalendarFeed& calendar_feed() const = 0;
    virtual void calendar_link(bool make) = 0;
    virtual const SyncSettings* sync_invite() const = 0;  // an invitation link's, to prefill the form
    virtual void sync_connect(SyncSettings s) = 0;
    virtual void sync_disconnect() = 0;
    virtual void sync_choose(bool go) = 0;  // the first sync's question answered
    // Asks the server to send a refused email message again (docs/email.md).
    virtual void retry_mail(const std::string& id) = 0;
    virtual double seconds() const = 0;     // the app's monotonic clock (sync's last_synced is on it)

    // Photos: the picker (files, or the camera on a tablet) adding to `t`; a picture to draw, by
    // content id (thumbnail or full size), asked for each frame it is drawn; the store's size.
    virtual void add_photos(PhotoTarget t, bool camera) = 0;
    virtual PhotoTexture photo(const std::string& id) = 0;
    virtual PhotoUsage photo_usage() = 0;
};

}  // namespace ui
}  // namespace atelier

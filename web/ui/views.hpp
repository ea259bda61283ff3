#pragma once
// [SECTION] Every view and its state. Each view is a free function of the state it shows, its own
// *Ui struct and the Shell (shell.hpp); Views owns every *Ui struct, one field per view. App holds
// one Views and replaces it with Views{} when another atelier opens: that is the only reset (what
// must survive is in UiPrefs). Larger views keep their Ui struct in their own header.
// [SECTION] small views' state   [SECTION] Views   [SECTION] draw functions
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/model/atelier.hpp"
#include "core/storage/backup.hpp"
#include "web/ui/dialog.hpp"
#include "web/ui/qr_code.hpp"
#include "web/ui/shell.hpp"
#include "web/ui/view_board.hpp"
#include "web/ui/view_clients.hpp"
#include "web/ui/view_import.hpp"
#include "web/ui/view_messages.hpp"
#include "web/ui/view_order.hpp"
#include "web/ui/view_people.hpp"
#include "web/ui/view_pipelines_parts.hpp"
#include "web/ui/view_production.hpp"
#include "web/ui/view_reports.hpp"
#include "web/ui/view_settings_fees.hpp"
#include "web/ui/view_table.hpp"

namespace atelier::ui {

// [SECTION] small views' state

// Fittings agenda (view_fittings.cpp): the shown range and its fittings, gathered once per
// revision and range.
struct FittingsEntry {
    DateTime at;
    int order = 0;    // index into a.orders
    int fitting = 0;  // index into the order's fittings
};
// One line of the agenda: a day heading (order < 0), "no fittings" (order < 0, empty), or a fitting.
struct FittingsRow {
    Date day;
    bool heading = false;
    int entry = -1;
};

struct FittingsAgenda {
    uint64_t revision = ~0ull;
    Date first;
    int days = 0;
    std::vector<FittingsEntry> entries;
    std::vector<FittingsRow> rows;
    int open = 0;  // not done
};

struct FittingsUi {
    bool anchored = false;
    Date anchor;  // a day inside the shown range
    FittingsAgenda agenda;
};

// Settings (view_settings.cpp): the draft of the profile and the name lists being edited.
struct SettingsNameList {
    std::string adding;
    int renaming = -1;  // the row being renamed
    std::string new_name;
    bool focus = false;  // the rename field takes the keyboard once, when it opens
    std::string error;  // the core's refusal of the last change to this list
};

struct SettingsUi {
    uint64_t revision = ~0ull;  // the state the draft was last brought up to; ~0: start afresh
    // Every setting as typed, and as the form showed it before the user typed (core/commands/
    // concurrent.hpp rebase_draft): a change arriving meanwhile reaches only untouched fields.
    cmd::AtelierFields draft, base;
    SettingsNameList teams, salespeople;
    StageFeeForm fee;           // the "add a fee by stage" row as typed
    std::string tax_text;       // the tax rate as typed ("20.00"); the draft holds it in basis points
    int tax_shown = -1;         // the draft's rate tax_text was last filled from
    ViewError error;            // the core's refusal of the last "Save settings"
};

// Settings → Sync (view_sync.cpp): the connection form as typed.
struct SyncUi {
    bool filled = false;  // prefilled from the saved settings or an invitation once
    std::string server, token, device_name;
    bool show_qr = false;  // the invitation's QR code is shown
    std::string qr_text;   // what `qr` encodes: encoded again only when the link changes
    QrModules qr;
};

// The first-start form (view_first_start.cpp).
struct StartUi {
    std::string name, code, currency = "EUR";
    int pick = 0;  // index into pipeline_templates()
    std::string error;
};

// Ctrl/Cmd+K (palette.cpp).
struct PaletteEntry {
    std::string label;  // in English: the entry's name, and found by English words in any language
    std::function<void(Shell&)> run;
    std::string shown = {};  // in the device's language ("" = the label); found by its words too
};
struct PaletteUi {
    bool open = false;
    std::string query;
    std::string searched = "\x01";  // what `entries` were built for
    uint64_t revision = ~0ull;
    std::vector<PaletteEntry> entries;
    int selected = 0;
    bool focus = true;
    bool typing = false;  // the search field had the keyboard last frame
};

// Restore from backup (view_backup.cpp): the chosen file, parsed once (a 100,000-order backup
// takes a second to read).
struct RestoreUi {
    std::string text;
    std::shared_ptr<const BackupPreview> preview;
};

// [SECTION] Views

// The modal dialogs (web/ui/dialog.hpp), by id: the id is also the window's name, so tests find
// "New order/Garment".
inline constexpr const char* kNewOrderDialog = "New order";
inline constexpr const char* kNewClientDialog = "New client";
inline constexpr const char* kConfirmDialog = "Please confirm";
inline constexpr const char* kRestoreDialog = "Restore from backup";
inline constexpr const char* kQcFailDialog = "QC fail";

struct Views {
    DialogState dialogs;  // which one dialog is open (one at a time)
    StartUi start;
    BoardUi board;
    TableUi table;
    OrderUi order;
    NewOrderUi new_order;
    ClientsUi clients;
    ClientUi client;
    NewClientUi new_client;
    PipelinesUi pipelines;
    FittingsUi fittings;
    SettingsUi settings;
    PeopleUi people;
    LockUi lock;
    SyncUi sync;
    PaletteUi palette;
    RestoreUi restore;
    MessagesUi messages;  // the dashboard's and the order page's messages to the client
    ImportUi csv_import;  // Import CSV: the chosen file, its mapping and preview
    ReportsUi reports;
    ProductionUi production;
    // The top bar's count of open conflicts, counted once per revision (100k orders).
    uint64_t conflicts_revision = ~0ull;
    size_t conflicts = 0;    // open conflicts plus open Not applied records
    size_t not_applied = 0;  // of which Not applied
};

// [SECTION] draw functions (one file each: view_<name>.cpp; the others are in their headers)

// shell.cpp: shortcuts, the top bar, the current view, dialogs, toasts.
void draw_workspace(const Atelier& a, Views& v, Shell& sh);
// top_bar.cpp: navigation, + Order / + Client, save state, the overflow menu; the read-only banners.
void draw_top_bar(const Atelier& a, Views& v, Shell& sh);
void draw_first_start(StartUi& u, Shell& sh);
void draw_dashboard(const Atelier& a, MessagesUi& messages, ProductionUi& production, Shell& sh);
void draw_fittings(const Atelier& a, FittingsUi& u, Shell& sh);
// view_reports.cpp: revenue, what is owed by age, days per stage: chart, table, CSV.
void draw_reports(const Atelier& a, ReportsUi& u, Shell& sh);
// view_production.cpp: styles and tech packs, production orders, batches, materials (issue 18).
void draw_production(const Atelier& a, ProductionUi& u, Shell& sh);
void draw_settings(const Atelier& a, SettingsUi& u, PeopleUi& people, SyncUi& sync, Shell& sh);
void draw_palette(const Atelier& a, PaletteUi& u, ProductionUi& production, Shell& sh);  // while u.open
void draw_confirm(Shell& sh);                                     // the pending destructive action, if any
void draw_toasts(Shell& sh);
// view_conflicts.cpp: the open conflict records of one order or client, with Restore and Keep;
// and all of them (Settings), opening each order or client.
void draw_conflict_banner(const Atelier& a, Shell& sh, EntityKind kind, int id, const std::vector<Conflict>& conflicts,
                          const std::string& pipeline = "");
void draw_conflicts_section(const Atelier& a, Shell& sh);
void draw_storage_section(Shell& sh);
void draw_language_section(Shell& sh);  // this device's language, beside "Working here" (view_settings_language.cpp)
void draw_client_language(std::string& tag);  // the atelier's language for clients and documents (a draft setting)
void draw_sync_section(const Atelier& a, SyncUi& u, Shell& sh);  // view_sync.cpp: in Settings
void draw_not_applied_section(const Atelier& a, Shell& sh);  // view_not_applied.cpp: in Settings  // in Settings: state, persistence, backup and restore
void draw_restore(const Atelier& a, RestoreUi& u, Shell& sh);  // preview and consent for a chosen backup file

}  // namespace atelier::ui

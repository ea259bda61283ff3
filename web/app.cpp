#include "web/app.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/commands/move_to.hpp"
#include "core/derive.hpp"
#include "core/production/floor.hpp"
#include "core/production/sales.hpp"
#include "core/rules/roles.hpp"
#include "core/sync/renumber.hpp"
#include "core/i18n/said_text.hpp"
#include "web/ui/i18n.hpp"

namespace atelier {

namespace {

constexpr std::array<const char*, 11> kViewNames{"dashboard", "board",     "table",    "order",    "clients",   "client",
                                                 "pipelines", "fittings", "settings", "reports", "production"};

// What the views may ask of the app (ui::Shell), answered from App's own fields. Made for one
// frame; views never hold it.
class AppShell final : public ui::Shell {
public:
    explicit AppShell(App& app) : app_(app) {}

    bool dispatch(const Command& c) override { return app_.dispatch(c); }
    const Problem& refusal() const override { return app_.refusal(); }
    int created() const override { return app_.created(); }
    std::optional<MoveMessage> move_order(int number, int target, const std::string& note) override {
        return app_.move_order(number, target, note);
    }
    void ask(PendingConfirm q) override { app_.ask(std::move(q)); }
    const PendingConfirm* asking() const override { return app_.confirm ? &*app_.confirm : nullptr; }
    void answer(bool yes) override {
        if (!app_.confirm) return;
        const Command c = app_.confirm->command;
        app_.confirm.reset();
        if (yes) app_.dispatch(c);
    }
    const std::string& person() const override { return app_.who; }
    Role role() const override { return app_.role(); }
    bool locked() const override { return app_.locked; }
    void lock() override { app_.lock(); }
    std::optional<Said> unlock(const std::string& name, const std::string& pin) override { return app_.unlock(name, pin); }
    void undo() override { app_.undo(); }
    void redo() override { app_.redo(); }
    bool can_undo() const override { return app_.store.can_undo(); }
    bool can_redo() const override { return app_.store.can_redo(); }
    void open(Atelier a) override {
        // A backup restored or a demo opened here is this device's own atelier, not the studio's
        // log plus this device's changes: sync stops rather than fold the log onto it.
        if (app_.sync.enabled()) {
            app_.sync_disconnect();
            app_.notify(ui::tr(Msg::app_sync_off_restored));
        }
        app_.open(std::move(a));
    }
    Context context() const override { return app_.context(); }

    void notify(std::string text, bool error) override { app_.notify(std::move(text), error); }
    const std::vector<Toast>& toasts() const override { return app_.toasts; }

    View view() const override { return app_.view; }
    int order() const override { return app_.order; }
    int client() const override { return app_.client; }
    void show(View v) override { app_.show(v); }
    void open_order(int number) override { app_.open_order(number); }
    void open_client(int id) override { app_.open_client(id); }
    void open_pipeline(const std::string& id) override { app_.open_pipeline(id); }
    void show_orders(const std::vector<std::string>& filter) override { app_.show_orders(filter); }
    void new_order(int client) override { app_.new_order(client); }
    void new_client() override { app_.new_client(); }
    ui::DialogState& dialogs() override { return app_.views.dialogs; }

    Date today() const override { return app_.today; }
    std::string app_url() const override { return app_.app_url; }
    DateTime now() const override { return app_.now; }
    long long frame() const override { return app_.frames; }

    uint64_t revision() const override { return app_.revision(); }
    const QueryIndex& index() override { return app_.index(); }
    const Dashboard& dashboard() override { return app_.dashboard(); }

    UiPrefs& prefs() override { return app_.prefs; }
    void save_prefs() override { app_.save_prefs(); }
    void set_language(const std::string& tag) override { app_.set_language(tag); }
    const std::string& browser_language() const override { return app_.browser_language; }
    void set_dark(bool dark) override { app_.set_dark(dark); }
    void claim_touch_drag() override { app_.touch.claim_drag(); }
    float pinch() const override { return app_.touch.frame_pinch(); }

    bool loading() const override { return app_.loading; }
    bool ready() const override { return app_.ready; }
    bool read_only() const override { return app_.read_only(); }
    const Salvage* salvage() const override { return app_.salvage ? &*app_.salvage : nullptr; }
    bool can_restore() const override { return app_.can_restore(); }
    const StorageStatus& storage() const override { return app_.storage; }
    void download_backup() override {
        if (app_.on_backup) app_.on_backup();
    }
    void open_link(const std::string& url) override {
        app_.last_link = url;
        if (app_.on_open_link) app_.on_open_link(url);
    }
    void open_document(const std::string& html) override {
        app_.last_document = html;
        if (app_.on_open_document) app_.on_open_document(html);
    }
    void download_file(const std::string& name, const std::string& mime, const std::string& bytes) override {
        app_.last_download_name = name;
        app_.last_download = bytes;
        if (app_.on_download_file) app_.on_download_file(name, mime, bytes);
    }
    void pick_csv() override {
        if (app_.on_pick_csv) app_.on_pick_csv();
    }
    std::optional<std::string> take_csv() override {
        std::optional<std::string> f = std::move(app_.csv_file);
        app_.csv_file.reset();
        return f;
    }
    void pick_restore() override {
        if (app_.on_restore_pick) app_.on_restore_pick();
    }
    void download_raw() override {
        if (app_.on_download_raw) app_.on_download_raw();
    }
    const std::string* restore_text() const override { return app_.restore_text ? &*app_.restore_text : nullptr; }
    void end_restore() override {
        app_.restore_text.reset();
        app_.restore_photos = {};
    }
    PhotoUsage restore_photos() const override { return app_.restore_photos; }
    void import_restore_photos() override {
        if (app_.on_restore_photos) app_.on_restore_photos();
    }
    int demo_orders() const override { return app_.demo_orders; }

    const SyncClient& sync() const override { return app_.sync; }
    const SyncSettings* sync_invite() const override { return app_.sync_invite ? &*app_.sync_invite : nullptr; }
    void sync_connect(SyncSettings s) override { app_.sync_connect(std::move(s)); }
    void sync_disconnect() override { app_.sync_disconnect(); }
    const CalendarFeed& calendar_feed() const override { return app_.calendar_feed; }
    void calendar_link(bool make) override { app_.calendar_feed.ask_link(make); }
    void sync_choose(bool go) override { app_.sync_choose(go); }
    void retry_mail(const std::string& id) override { app_.sync.retry_mail(id); }
    double seconds() const override { return app_.seconds; }

    void add_photos(PhotoTarget t, bool camera) override { app_.add_photos(std::move(t), camera); }
    PhotoTexture photo(const std::string& id) override { return app_.on_photo ? app_.on_photo(id) : PhotoTexture{PhotoTexture::State::missing}; }
    PhotoUsage photo_usage() override { return app_.on_photo_usage ? app_.on_photo_usage() : PhotoUsage{}; }

private:
    App& app_;
};

// The number a create gave, as its journal entry records it (order.create, order.clone: `number`;
// client.create: `id`); 0 for any other command.
int created_number(const Result& r) {
    if (r.effects.empty() || !std::holds_alternative<JournalAppend>(r.effects.front())) return 0;
    const nlohmann::json& entry = std::get<JournalAppend>(r.effects.front()).entry;
    const auto c = entry.find("command");
    if (c == entry.end()) return 0;
    const char* key = created_number_field(*c);
    return key && c->contains(key) && (*c)[key].is_number_integer() ? (*c)[key].get<int>() : 0;
}

}  // namespace

App& app() {
    static App instance;
    return instance;
}

nlohmann::json prefs_to_json(const UiPrefs& p) {
    return {{"work_view", kViewNames[static_cast<size_t>(p.work_view)]},
            {"dark", p.dark},
            {"board_pipeline", p.board_pipeline},
            {"filter", p.filter},
            {"sort", p.sort},
            {"hidden_columns", p.hidden_columns},
            {"fittings_week", p.fittings_week},
            {"card_photos", p.card_photos},
            {"layout", p.layout},
            {"person", p.person},
            {"language", p.language}};
}

UiPrefs prefs_from_json(const nlohmann::json& j) {
    UiPrefs p;
    if (!j.is_object()) return p;
    // Each value is taken only if it has the right shape: stale prefs from an older build never
    // stop the app from starting.
    if (auto it = j.find("work_view"); it != j.end() && it->is_string())
        p.work_view = *it == "table" ? View::table : *it == "board" ? View::board : View::dashboard;
    if (auto it = j.find("dark"); it != j.end() && it->is_boolean()) p.dark = *it;
    if (auto it = j.find("person"); it != j.end() && it->is_string() && it->get<std::string>().size() <= 80) p.person = *it;
    if (auto it = j.find("board_pipeline"); it != j.end() && it->is_string()) p.board_pipeline = *it;
    if (auto it = j.find("filter"); it != j.end() && it->is_array()) {
        std::vector<std::string> f;
        for (const auto& e : *it)
            if (e.is_string()) f.push_back(e);
        std::string error;
        if (parse_filter(f, error)) p.filter = std::move(f);
    }
    if (auto it = j.find("sort"); it != j.end() && it->is_string()) {
        std::string error;
        if (parse_sort(it->get<std::string>(), error)) p.sort = *it;
    }
    if (auto it = j.find("hidden_columns"); it != j.end() && it->is_array()) {
        p.hidden_columns.clear();
        for (const auto& e : *it)
            if (e.is_string()) p.hidden_columns.push_back(e);
    }
    if (auto it = j.find("fittings_week"); it != j.end() && it->is_boolean()) p.fittings_week = *it;
    if (auto it = j.find("card_photos"); it != j.end() && it->is_boolean()) p.card_photos = *it;
    // A tag of letters, digits and dashes only ("fr", "de-AT"); anything else reads as the browser's.
    if (auto it = j.find("language"); it != j.end() && it->is_string()) {
        const std::string& t = it->get_ref<const std::string&>();
        if (t.size() <= 35 && t.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") == std::string::npos)
            p.language = t;
    }
    if (auto it = j.find("layout"); it != j.end() && it->is_string()) p.layout = *it;
    return p;
}

bool App::dispatch(const Command& c) {
    // While the stored atelier is still opening (across frames), there is nothing to change yet:
    // a command is refused with the reason, never applied to the empty state and lost.
    if (loading) {
        refusal_ = problem_at("", say(Msg::app_why_still_opening));
        notify(ui::tr(Msg::app_not_done, {{"reason", ui::shown(refusal_)}}), true);
        return false;
    }
    // An opened atelier (demo, restored backup) is written across frames as the new generation;
    // an edit recorded before it is stored would be replayed onto the atelier it replaced.
    if (storage.restore_progress >= 0) {
        refusal_ = problem_at("", say(Msg::app_why_still_saving,
                                      {{"percent", std::to_string(static_cast<int>(storage.restore_progress * 100))}}));
        notify(ui::tr(Msg::app_not_done, {{"reason", ui::shown(refusal_)}}), true);
        return false;
    }
    if (read_only()) {
        refusal_ = problem_at("", say(salvage ? Msg::app_why_damaged : Msg::app_why_other_tab));
        notify(ui::tr(Msg::app_not_done, {{"reason", ui::shown(refusal_)}}), true);
        return false;
    }
    created_ = 0;
    Result r = store.dispatch(c, context());
    if (!r.ok) {
        refusal_ = std::move(r.error);
        notify(ui::tr(Msg::app_not_done, {{"reason", ui::shown(refusal_)}}), true);
        return false;
    }
    refusal_ = Problem{};
    created_ = created_number(r);
    changed(r);
    return true;
}

std::string App::apply_entry_text(const std::string& text) {
    if (loading || storage.restore_progress >= 0) return english(say(Msg::app_why_still_opening));
    if (read_only()) return "this tab only shows the atelier; nothing was changed";
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded()) return "the entry is not JSON";
    Problems problems;
    const auto e = entry_from_json(j, problems);
    if (!e) return problems.front().path + ": " + problems.front().message;
    if (e->device.empty()) return "the entry has no device and seq: another device's entries always do";
    if (e->seq <= store.state().clock.applied(e->device)) return "";  // already here: nothing to do
    if (!apply_entry(store, *e, problems)) return problems.front().path + ": " + problems.front().message;
    Result r;
    r.effects.push_back(JournalAppend{entry_to_json(*e)});
    changed(r);
    return "";
}

std::optional<MoveMessage> App::move_order(int number, int target, const std::string& note) {
    const Atelier& a = store.state();
    const Order* o = a.order(number);
    const Pipeline* p = o ? a.pipeline(o->pipeline) : nullptr;
    if (!p || target < 0 || static_cast<size_t>(target) >= p->stages.size()) return std::nullopt;
    if (o->status == Status::in_production && stage_index(*p, o->stage) == target) return std::nullopt;
    const std::string label = order_label(a.profile, number);
    const Stage to = p->stages[static_cast<size_t>(target)];  // a copy: dispatch changes the state
    // The single steps as one batch, so the journal holds what was done; a move the rules refuse
    // is dispatched as order.move_to, refused with the same words ("cannot move past ...") by the
    // same rule, through the one refusal path (read-only first, then the toast and refusal()).
    const cmd::OrderMoveTo move{number, to.id, note};
    auto steps = move_to_batch(a, move, context());
    const Command c = std::holds_alternative<cmd::Batch>(steps) ? Command{std::move(std::get<cmd::Batch>(steps))} : Command{move};
    if (dispatch(c)) return MoveMessage{ui::tr(Msg::move_moved, {{"order", label}, {"stage", to.name}}), false};
    return MoveMessage{ui::tr(Msg::move_not_moved, {{"order", label}, {"reason", ui::shown(refusal_)}}), true};
}

Role App::role() const {
    if (sync.enabled())
        if (auto r = sync.role()) return *r;
    return role_of(store.state().profile, who);
}

void App::set_person(const std::string& name) {
    if (name == who) return;
    who = name;
    prefs.person = name;
    save_prefs();
    store.forget_undo();
}

void App::lock() {
    if (store.state().profile.people.empty()) return notify(ui::tr(Msg::app_list_people_first), true);
    locked = true;
}

std::optional<Said> App::unlock(const std::string& name, const std::string& pin) {
    const Person* p = find_person(store.state().profile, name);
    if (!p) return say(Msg::app_why_not_listed, {{"name", name}});
    if (sync.enabled() && !sync.person().empty() && name != sync.person())
        return say(Msg::app_why_syncs_as, {{"person", sync.person()}});
    if (!pin_opens(*p, pin)) return say(Msg::app_why_pin, {{"name", name}});
    if (!sync.enabled() || sync.person().empty()) set_person(name);
    locked = false;
    last_input = seconds;
    return std::nullopt;
}

void App::watch_idle(bool input) {
    if (input) last_input = seconds;
    const Profile& p = store.state().profile;
    if (!locked && ready && !loading && !p.people.empty() && p.lock_minutes > 0 && seconds - last_input > 60.0 * p.lock_minutes)
        locked = true;
}

void App::undo() {
    if (read_only()) return notify(ui::tr(Msg::app_read_only_undo), true);
    if (!store.can_undo()) return notify(ui::tr(Msg::app_nothing_to_undo));
    Result r = store.undo(context());
    if (!r.ok) return notify(ui::tr(Msg::app_undo_failed, {{"reason", ui::shown(r.error)}}), true);
    changed(r);
}

void App::redo() {
    if (read_only()) return notify(ui::tr(Msg::app_read_only_redo), true);
    if (!store.can_redo()) return notify(ui::tr(Msg::app_nothing_to_redo));
    Result r = store.redo(context());
    if (!r.ok) return notify(ui::tr(Msg::app_redo_failed, {{"reason", ui::shown(r.error)}}), true);
    changed(r);
}

void App::changed(const Result& r) {
    for (const auto& w : r.warnings) notify(w.said ? ui::said_text(*w.said) : w.text);
    for (const auto& e : r.effects) {
        if (const auto* j = std::get_if<JournalAppend>(&e)) {
            // Pending for sync before it is journaled: sync.json and the entry's file are then
            // written in one frame and reach IndexedDB in one flush (an entry is never stored
            // without being pending). Another device's entry (applyEntry) is not this device's.
            if (sync.enabled() && j->entry.value("device", "") == device) {
                sync.recorded(j->entry);
                sync_save();
            }
            if (on_journal) on_journal(j->entry);
        } else if (const auto* n = std::get_if<Notice>(&e)) {
            notify(n->said ? ui::said_text(*n->said) : n->text);
        } else if (const auto* m = std::get_if<SendMessage>(&e)) {
            notify(ui::tr(Msg::app_message_queued, {{"order", order_label(store.state().profile, m->order)}}));
        }
    }
}

void App::open(Atelier a) {
    // Only a restore opens over a salvaged atelier (can_restore: in the writing tab); on_open
    // below hands it to the storage, which ends salvage there.
    salvage.reset();
    store.reset(std::move(a));
    ready = true;
    order = 0;
    client = 0;
    confirm.reset();
    views = ui::Views{};
    start_prepare();
    if (on_open) on_open(store.state());
}

void App::load(Atelier a) {
    store.reset(std::move(a));
    ready = true;
    // A shared tablet opens locked: whoever picks it up says who they are.
    const Profile& p = store.state().profile;
    locked = !p.people.empty() && p.lock_minutes > 0;
    views = ui::Views{};
    start_prepare();
}

void App::start_prepare() {
    index_steps_.reset();
    dashboard_steps_.reset();
    loading = prepare_in_steps;
    if (prepare_in_steps) {
        index_steps_ = std::make_unique<IndexSteps>(store.state());
        steps_revision_ = revision();
    }
}

namespace {
constexpr size_t kPrepareRows = 500;  // orders per step: ~2.5 ms at 10,000 orders in the browser
}  // namespace

bool App::prepare(const std::function<bool()>& more) {
    if (!index_steps_ && !dashboard_steps_) {
        loading = false;
        return true;
    }
    if (revision() != steps_revision_) {  // a reading tab replayed another tab's edits meanwhile
        dashboard_steps_.reset();
        index_steps_ = std::make_unique<IndexSteps>(store.state());
        steps_revision_ = revision();
    }
    while (more()) {
        if (index_steps_) {
            if (!index_steps_->step(kPrepareRows)) continue;
            index_ = std::make_unique<QueryIndex>(index_steps_->take());
            index_revision_ = revision();
            index_steps_.reset();
            dashboard_steps_ = std::make_unique<DashboardSteps>(*index_, today);
            steps_day_ = today;
        } else if (dashboard_steps_->step(kPrepareRows)) {
            dashboard_ = std::make_unique<Dashboard>(dashboard_steps_->take());
            dashboard_revision_ = revision();
            dashboard_day_ = steps_day_;
            dashboard_steps_.reset();
            loading = false;
            return true;
        }
    }
    return false;
}

void App::notify(std::string text, bool error) {
    // Errors stay longer: the user has to read why something was refused.
    toasts.push_back(Toast{std::move(text), error, seconds + (error ? 8.0 : 4.0)});
    if (toasts.size() > 5) toasts.erase(toasts.begin());
}

void App::save_prefs() {
    if (on_prefs) on_prefs(prefs);
}

void App::set_dark(bool dark) {
    prefs.dark = dark;
    ui::apply_theme(look, dark);
    save_prefs();
}

void App::set_language(const std::string& tag) {
    prefs.language = tag;
    apply_language();
    save_prefs();
}

void App::apply_language() { look.locale = locale_for(prefs.language.empty() ? browser_language : prefs.language); }

void App::restore_layout() {
    if (!prefs.layout.empty()) ImGui::LoadIniSettingsFromMemory(prefs.layout.c_str(), prefs.layout.size());
}

void App::show(View v) {
    view = v;
    if ((v == View::dashboard || v == View::board || v == View::table) && prefs.work_view != v) {
        prefs.work_view = v;
        save_prefs();
    }
}

void App::open_order(int number) {
    order = number;
    show(View::order);
}

void App::open_client(int id) {
    client = id;
    show(View::client);
}

void App::open_pipeline(const std::string& id) {
    auto& d = views.pipelines.d;
    if (!d.is_new && d.p == d.base) {
        d.id = id;
        d.revision = ~0ull;  // drawn next from the pipeline as saved
    }
    show(View::pipelines);
}

void App::show_orders(const std::vector<std::string>& filter) {
    prefs.filter = filter;
    views.table.search.clear();
    show(View::table);
    save_prefs();
}

// One dialog at a time: asked while another is open, the form is refused and the user told why.
void App::new_order(int client_id) {
    if (views.dialogs.open == ui::kNewOrderDialog) return;
    if (!ui::open_dialog(views.dialogs, ui::kNewOrderDialog))
        return notify(ui::tr(Msg::app_finish_dialog_first, {{"dialog", views.dialogs.open}}), true);
    views.new_order.client = client_id;  // taken when the form opens afresh (not drawn last frame)
}

void App::new_client() {
    if (views.dialogs.open == ui::kNewClientDialog) return;
    if (!ui::open_dialog(views.dialogs, ui::kNewClientDialog))
        notify(ui::tr(Msg::app_finish_dialog_first, {{"dialog", views.dialogs.open}}), true);
}

const QueryIndex& App::index() {
    if (index_steps_) {  // asked before prepare() is through: finish it now, or drop it if stale
        if (steps_revision_ == revision()) {
            index_ = std::make_unique<QueryIndex>(index_steps_->take());
            index_revision_ = revision();
        }
        index_steps_.reset();
    }
    if (!index_ || index_revision_ != revision()) {
        dashboard_steps_.reset();  // it reads the index being replaced
        index_ = std::make_unique<QueryIndex>(build_index(store.state()));
        index_revision_ = revision();
    }
    return *index_;
}

const Dashboard& App::dashboard() {
    if (dashboard_steps_) {
        if (steps_revision_ == revision() && steps_day_ == today && index_revision_ == revision()) {
            dashboard_ = std::make_unique<Dashboard>(dashboard_steps_->take());
            dashboard_revision_ = revision();
            dashboard_day_ = today;
        }
        dashboard_steps_.reset();
    }
    if (!dashboard_ || dashboard_revision_ != revision() || dashboard_day_ != today) {
        dashboard_ = std::make_unique<Dashboard>(build_dashboard(store.state(), index(), today));
        dashboard_revision_ = revision();
        dashboard_day_ = today;
    }
    return *dashboard_;
}

void App::record_frame_time(double ms) {
    frame_ms = ms;
    if (frame_times_.size() < 240) frame_times_.push_back(static_cast<float>(ms));
    else frame_times_[frame_next_] = static_cast<float>(ms);
    frame_next_ = (frame_next_ + 1) % 240;
}

nlohmann::json App::perf_json() const {
    std::vector<float> t = frame_times_;
    std::sort(t.begin(), t.end());
    auto at = [&](double q) { return t.empty() ? 0.0 : double(t[std::min(t.size() - 1, size_t(q * double(t.size())))]); };
    return {{"frames", frames}, {"samples", t.size()}, {"last_ms", frame_ms},
            {"p50_ms", at(0.5)}, {"p95_ms", at(0.95)}, {"max_ms", t.empty() ? 0.0 : double(t.back())}};
}

void App::frame() {
    ui::bind(look);  // views read theme, fonts and touch mode through the context (ui::look())
    locator.begin_frame();
    AppShell shell(*this);
    {
        const ImGuiIO& io = ImGui::GetIO();
        bool input = io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseWheel != 0 || io.InputQueueCharacters.Size > 0;
        for (bool down : io.MouseDown) input = input || down;
        for (bool down : io.KeysDown) input = input || down;
        watch_idle(input);
    }
    if (linked_order != 0 && ready && !loading) {
        const int n = std::exchange(linked_order, 0);
        if (store.state().order(n)) open_order(n);
        else notify(ui::tr(Msg::app_order_not_here, {{"order", order_label(store.state().profile, n)}}), true);
    }
    ui::draw_workspace(store.state(), views, shell);
    locator.end_frame();
    // ImGui asks to save its settings a few seconds after a column was moved or resized: they
    // become part of the prefs, so the table's layout is remembered like its filters and sort.
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantSaveIniSettings) {
        io.WantSaveIniSettings = false;
        std::string ini = ImGui::SaveIniSettingsToMemory();
        if (ini != prefs.layout) {
            prefs.layout = std::move(ini);
            save_prefs();
        }
    }
    std::erase_if(toasts, [&](const Toast& t) { return t.until < seconds; });
    ++frames;
}

nlohmann::json App::order_json(int number) const {
    const Atelier& a = store.state();
    const Order* o = a.order(number);
    if (!o) return nullptr;
    nlohmann::json j = to_json_value(*o);
    j["label"] = order_label(a.profile, number);
    j["owed"] = balance_owed(*o).minor;
    return j;
}

nlohmann::json App::production_json(int number) const {
    const Atelier& a = store.state();
    const ProductionOrder* p = a.production(number);
    if (!p) return nullptr;
    nlohmann::json j = to_json_value(*p);
    j["label"] = production_label(a.profile, number);
    return j;
}

nlohmann::json App::sales_json(int number) const {
    const Atelier& a = store.state();
    const SalesOrder* s = a.sales_order(number);
    if (!s) return nullptr;
    nlohmann::json j = to_json_value(*s);
    j["label"] = sales_label(a.profile, number);
    j["state"] = EnumNames<SalesState>::names[static_cast<size_t>(sales_state(a, *s))];
    j["at_risk"] = ship_at_risk(a, *s, today, kShipRiskDays);
    return j;
}

nlohmann::json App::state_json() {
    const Atelier& a = store.state();
    nlohmann::json toast_list = nlohmann::json::array();
    for (const auto& t : toasts) toast_list.push_back({{"text", t.text}, {"error", t.error}});
    // Ready once the atelier is open and prepared (App::prepare); the dashboard is not built here
    // before that, which would undo the slicing.
    nlohmann::json j{{"frames", frames},
                     {"ready", ready && !loading},
                     {"view", kViewNames[static_cast<size_t>(view)]},
                     {"order", order},
                     {"client", client},
                     {"today", format_date(today)},
                     {"orders", a.orders.size()},
                     {"clients", a.clients.size()},
                     {"pipelines", a.pipelines.size()},
                     {"name", a.profile.settings.name},
                     {"code", a.profile.settings.company_code},
                     {"currency", a.profile.settings.currency},
                     {"can_undo", store.can_undo()},
                     {"can_redo", store.can_redo()},
                     {"palette", views.palette.open},
                     {"confirm", confirm ? confirm->title : ""},
                     {"dialog", views.dialogs.open},
                     {"toasts", toast_list},
                     {"prefs", prefs_to_json(prefs)},
                     {"frame_ms", frame_ms},
                     {"loading", loading},
                     {"read_only", read_only()},
                     {"salvage", salvage ? nlohmann::json(salvage->problems) : nlohmann::json()},
                     {"storage", {{"state", state_name(storage.state)}, {"detail", storage.detail},
                                  {"persisted", storage.persisted}, {"used", storage.used_bytes},
                                  {"quota", storage.quota_bytes}}},
                     {"restore_pending", restore_text.has_value()},
                     {"person", who},
                     {"role", role_name(role())},
                     {"locked", locked},
                     {"start", {{"name", views.start.name}, {"code", views.start.code},
                                {"currency", views.start.currency}, {"pick", views.start.pick},
                                {"error", views.start.error}}}};
    size_t not_applied = 0;
    for (const auto& k : a.profile.not_applied) not_applied += k.state == NotAppliedState::open;
    j["sync"] = {{"state", sync_state_name(sync.state())}, {"text", sync_status_text(sync)}, {"pending", sync.pending()},
                 {"pulled", sync.replica().pulled()}, {"person", sync.person()}, {"problem", sync.problem()},
                 {"first_sync", sync.first_sync() == FirstSync::upload ? "upload" : sync.first_sync() == FirstSync::replace ? "replace" : ""},
                 {"not_applied", not_applied}, {"who", who},
                 {"calendar_link", calendar_feed.link()}, {"calendar_sent", calendar_feed.uploaded()}};
    if (ready && !loading) {
        const Dashboard& d = dashboard();
        j["dashboard"] = {{"due_this_week", d.due_this_week.orders.size()},
                          {"overdue", d.overdue.orders.size()},
                          {"stuck", d.stuck.orders.size()},
                          {"at_risk", d.at_risk.orders.size()},
                          {"fittings_today", d.fittings_today.orders.size()},
                          {"fittings_this_week", d.fittings_this_week.orders.size()},
                          {"received_this_month", d.received_this_month.minor},
                          {"outstanding", d.outstanding.minor}};
    }
    return j;
}

}  // namespace atelier

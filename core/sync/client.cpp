#include "core/sync/client.hpp"

#include <algorithm>

#include "core/calendar/time_zones.hpp"
#include "core/i18n/catalogue.hpp"
#include "core/i18n/said_text.hpp"
#include "core/rules/messages.hpp"
#include "core/snapshot/snapshot.hpp"
#include "core/snapshot/state_hash.hpp"
#include "core/sync/fold.hpp"
#include "core/sync/server_said.hpp"
#include "core/text.hpp"

namespace atelier {

namespace {

constexpr int kPullWait = 25;            // seconds a pull waits for news (the server allows 30)
constexpr int64_t kCheckpointEvery = 500;  // log entries between the checkpoints this device uploads
constexpr double kWhoEvery = 60;         // seconds between asking for the devices' disagreements
constexpr size_t kMailPerRequest = 100;  // the server's limit (docs/email.md)

bool holds_nothing(const Atelier& a) { return a.orders.empty() && a.clients.empty(); }

// Why the server's checkpoint does not load: the loader's first problem, worded in the view's
// language when the loader gave it as a sentence.
Said checkpoint_refused(const Problems& problems) {
    const Said s = say(Msg::sync_why_checkpoint);
    if (problems.empty()) return s.with("reason", say(Msg::sync_why_checkpoint_missing));
    const Problem& p = problems.front();
    return p.said ? s.with("reason", *p.said) : say(Msg::sync_why_checkpoint, {{"reason", p.message}});
}

// The block to ask for: of each kind, 20 more when the device's blocks hold few (or none); empty
// when it has enough of both. A block of one kind only, so one with numbers left of the other
// kind is not left behind (numbers.reserve drops a device's used-up blocks).
nlohmann::json block_to_ask(const Atelier& a, const std::string& device) {
    const NumbersLeft left = numbers_left(a.profile, device);
    const int orders = left.orders < 5 ? 20 : 0, clients = left.clients < 3 ? 20 : 0;
    if (!orders && !clients) return nullptr;
    return {{"device", device}, {"orders", orders}, {"clients", clients}};
}

}  // namespace

std::string sync_state_name(SyncState s, Language l) {
    switch (s) {
        case SyncState::off: return std::string(text(l, Msg::sync_off));
        case SyncState::connecting: return std::string(text(l, Msg::sync_connecting));
        case SyncState::choosing: return std::string(text(l, Msg::sync_choosing));
        case SyncState::synced: return std::string(text(l, Msg::sync_synced));
        case SyncState::pending: return std::string(trim(fill(text(l, Msg::sync_pending, 2), {{"n", ""}})));
        case SyncState::offline: return std::string(text(l, Msg::sync_offline));
        case SyncState::unreachable: return std::string(text(l, Msg::sync_unreachable));
        case SyncState::not_allowed: return std::string(text(l, Msg::sync_not_allowed));
        case SyncState::needs_update: return std::string(text(l, Msg::sync_needs_update));
        case SyncState::failed: return std::string(text(l, Msg::sync_failed));
    }
    return "";
}

std::string sync_status_text(const SyncClient& c, Language l) {
    const SyncState s = c.state();
    const size_t n = c.pending();
    const size_t waiting = c.waiting_for_numbers();
    const std::string count = std::to_string(n);
    const std::string pending = fill(text(l, Msg::sync_pending, int64_t(n)), {{"n", count}});
    if (s == SyncState::pending && waiting)
        return pending + " · " + fill(text(l, Msg::sync_waiting_numbers, int64_t(waiting)), {{"n", std::to_string(waiting)}});
    if (s == SyncState::pending) return pending;
    const std::string name = sync_state_name(s, l);
    if (n && (s == SyncState::offline || s == SyncState::unreachable || s == SyncState::not_allowed || s == SyncState::needs_update ||
              s == SyncState::failed))
        return name + " · " + pending;
    return name;
}

uint64_t SyncClient::send(std::string kind, std::string method, std::string path, std::string body, double timeout, int64_t pos) {
    const uint64_t id = next_id_++;
    out_.push_back(SyncRequest{id, std::move(method), settings_.server + path, std::move(body), timeout, "application/json"});
    flying_.push_back(InFlight{id, std::move(kind), pos});
    return id;
}

bool SyncClient::busy(const std::string& kind) const {
    return std::any_of(flying_.begin(), flying_.end(), [&](const InFlight& f) { return f.kind == kind; });
}

void SyncClient::connect(SyncSettings s, std::string device) {
    *this = SyncClient{};
    while (!s.server.empty() && s.server.back() == '/') s.server.pop_back();
    settings_ = std::move(s);
    device_ = std::move(device);
    enabled_ = true;
    step_ = Step::who;
    send("who", "GET", "/api/v1/atelier", "");
}

void SyncClient::disconnect() { *this = SyncClient{}; }

void SyncClient::recorded(const nlohmann::json& entry) {
    if (enabled_) replica_.recorded(entry);
}

void SyncClient::set_online(bool online) {
    if (online && !online_) wake();
    online_ = online;
}

void SyncClient::wake() {
    pull_now_ = true;
    retry_at_ = 0;
    // A pull sent before (a long-poll across a network change) may never answer: a new one is sent
    // and the old one's reply, if it comes, is ignored — two replies from one position would overlap.
    flying_.erase(std::remove_if(flying_.begin(), flying_.end(), [](const InFlight& f) { return f.kind == "pull"; }), flying_.end());
}

void SyncClient::failed_request(int status, const std::string& body, double retry_after) {
    last_status_ = status;
    backoff_ = retry_after > 0 ? retry_after : std::min(30.0, std::max(2.0, backoff_ * 2));
    retry_at_ = now_ + backoff_;
    set_problem(server_said(settings_.server, status, body));
}

// One place sets both, so the CLI's English and a view's words never tell different things.
void SyncClient::set_problem(Said s) {
    problem_ = english(s);
    problem_said_ = std::move(s);
}

SyncEffect SyncClient::start_running(Atelier at, int64_t pos) {
    SyncEffect eff;
    replica_.start(device_, std::move(at), pos);
    replica_.hash_every = 100;
    step_ = Step::running;
    first_ = FirstSync::none;
    server_checkpoint_.reset();
    pull_now_ = true;
    eff.save_meta = true;
    return eff;
}

SyncEffect SyncClient::choose(bool go, const Atelier& shown) {
    SyncEffect eff;
    const FirstSync asked = first_;
    if (!go || asked == FirstSync::none) {
        if (!go) disconnect(), eff.save_meta = true;
        return eff;
    }
    first_ = FirstSync::none;
    if (asked == FirstSync::upload) {
        // The device's atelier becomes the checkpoint at position 0; edits made meanwhile are pending on it.
        uploading_ = shown;
        step_ = Step::uploading;
        send("upload", "PUT", "/api/v1/snapshot?pos=0",
             nlohmann::json{{"hash", state_hash(shown)}, {"snapshot", snapshot_to_json(shown)}}.dump(), 60, 0);
        return eff;
    }
    // Replace: the server's checkpoint, once the device's atelier is downloaded as a backup.
    Atelier at;
    Problems problems;
    if (!server_checkpoint_ || !snapshot_from_json((*server_checkpoint_)["snapshot"], at, problems)) {
        set_problem(checkpoint_refused(problems));
        fatal_ = true;
        return eff;
    }
    const int64_t pos = (*server_checkpoint_)["pos"].get<int64_t>();
    replica_ = Replica{};  // what was pending belonged to the replaced atelier (it is in the backup)
    eff = start_running(at, pos);
    eff.backup_first = !holds_nothing(shown);
    eff.replace = std::move(at);
    return eff;
}

void SyncClient::tick(double now, bool saved, const Atelier& shown) {
    now_ = now;
    if (!enabled_ || denied_ || fatal_ || !online_ || now < retry_at_) return;
    switch (step_) {
        case Step::idle: return;
        case Step::who:
            if (!busy("who")) send("who", "GET", "/api/v1/atelier", "");
            return;
        case Step::checkpoint:
            if (!busy("checkpoint")) send("checkpoint", "GET", "/api/v1/snapshot", "", 60);
            return;
        case Step::uploading:
            if (!busy("upload") && uploading_)
                send("upload", "PUT", "/api/v1/snapshot?pos=0",
                     nlohmann::json{{"hash", state_hash(*uploading_)}, {"snapshot", snapshot_to_json(*uploading_)}}.dump(), 60, 0);
            return;
        case Step::running: break;
    }
    if (saved && !replica_.pending().empty() && !busy("push")) send("push", "POST", "/api/v1/push", replica_.push_body().dump(), 60);
    if (!busy("pull") && newer_version_.empty()) {
        const int wait = pull_now_ ? 0 : kPullWait;
        send("pull", "GET", "/api/v1/pull?after=" + std::to_string(replica_.pulled()) + "&wait=" + std::to_string(wait), "", wait + 20.0);
        pull_now_ = false;
    }
    if (replica_.pulled() >= numbers_pos_ && !busy("numbers"))
        if (const nlohmann::json ask = block_to_ask(shown, device_); !ask.is_null()) send("numbers", "POST", "/api/v1/numbers", ask.dump());
    for (auto& h : replica_take_hashes())
        send("hash", "POST", "/api/v1/hash", nlohmann::json{{"device", device_}, {"pos", h.pos}, {"hash", h.hash}}.dump(), 20, h.pos);
    if (replica_.pending().empty() && replica_.pulled() - checkpoint_pos_ >= kCheckpointEvery && !busy("snapshot")) {
        const Atelier& c = replica_.confirmed();
        send("snapshot", "PUT", "/api/v1/snapshot?pos=" + std::to_string(replica_.pulled()),
             nlohmann::json{{"hash", state_hash(c)}, {"snapshot", snapshot_to_json(c)}}.dump(), 60, replica_.pulled());
    }
    if (now - last_who_ >= kWhoEvery && !busy("who")) send("who", "GET", "/api/v1/atelier", "");
    hand_over_mail();
}

void SyncClient::retry_mail(const std::string& id) {
    mail_handed_.erase(id);
    mail_retry_.push_back(id);
}

void SyncClient::set_wall_clock(DateTime local_now, int utc_offset_minutes) {
    wall_now_ = local_now;
    wall_offset_ = utc_offset_minutes;
}

void SyncClient::hand_over_mail() {
    if (!mail_) return;
    if (!mail_retry_.empty() && !busy("mail_retry")) {
        mail_retry_flying_ = std::exchange(mail_retry_, {});
        send("mail_retry", "POST", "/api/v1/mail", nlohmann::json{{"retry", mail_retry_flying_}}.dump());
    }
    // From the confirmed state only: a message of an entry the log does not hold yet might be
    // refused with its entry, and must not have gone out meanwhile.
    if (busy("mail") || busy("mail_withdraw") || replica_.pulled() == mail_checked_at_) return;
    const Atelier& a = replica_.confirmed();
    const TimeZoneInfo* zone = time_zone(a.profile.time_zone);
    nlohmann::json list = nlohmann::json::array();
    for (MailHandover& m : mail_to_hand_over(a)) {
        if (mail_handed_.contains(m.id)) continue;
        mail_flying_.push_back(m.id);
        nlohmann::json x = {{"id", std::move(m.id)}, {"order", m.order}, {"client", m.client}, {"to", std::move(m.to)},
                            {"subject", std::move(m.subject)}, {"text", std::move(m.text)}};
        if (m.due) x["send_after"] = format_datetime(DateTime{m.due->minutes - (zone ? utc_offset_at(*zone, *m.due) : wall_offset_)});
        list.push_back(std::move(x));
        if (list.size() == kMailPerRequest) break;
    }
    // A message withdrawn (its fitting moved, an undo) that the server may hold for later.
    nlohmann::json gone = nlohmann::json::array();
    for (std::string& id : mail_to_withdraw(a, DateTime{wall_now_.minutes - 1440})) {
        if (mail_withdrawn_.contains(id)) continue;
        mail_withdraw_flying_.push_back(id);
        gone.push_back(std::move(id));
        if (gone.size() == kMailPerRequest) break;
    }
    // Looked at again when the log moves on, or at once while a full request left some over.
    const bool more = list.size() == kMailPerRequest || gone.size() == kMailPerRequest;
    mail_checked_at_ = more ? -1 : replica_.pulled();
    if (!list.empty()) send("mail", "POST", "/api/v1/mail", nlohmann::json{{"messages", std::move(list)}}.dump());
    if (!gone.empty()) send("mail_withdraw", "POST", "/api/v1/mail", nlohmann::json{{"withdraw", std::move(gone)}}.dump());
}

std::vector<HashReport> SyncClient::replica_take_hashes() { return replica_.take_hash_reports(); }

SyncEffect SyncClient::on_reply(uint64_t id, int status, const std::string& body, Store& shown, const std::string& app_version) {
    SyncEffect eff;
    auto it = std::find_if(flying_.begin(), flying_.end(), [&](const InFlight& f) { return f.id == id; });
    if (it == flying_.end()) return eff;  // a reply to a connection since ended
    const InFlight f = *it;
    flying_.erase(it);
    // Email handed over: kept as held only when the server answered; else handed again later.
    const std::vector<std::string> mail_sent = f.kind == "mail" ? std::exchange(mail_flying_, {}) : std::vector<std::string>{};
    const std::vector<std::string> mail_gone = f.kind == "mail_withdraw" ? std::exchange(mail_withdraw_flying_, {}) : std::vector<std::string>{};
    if ((f.kind == "mail" || f.kind == "mail_withdraw") && status != 200) mail_checked_at_ = -1;
    // A Retry that did not reach the server is asked again (a refusal of it is an answer).
    if (f.kind == "mail_retry" && (status == 0 || status == 429 || status >= 500))
        mail_retry_.insert(mail_retry_.begin(), mail_retry_flying_.begin(), mail_retry_flying_.end());
    if (f.kind == "mail_retry") mail_retry_flying_.clear();
    if (status == 0 || status == 429 || status >= 500) {
        failed_request(status, body, status == 429 || status == 503 ? 2 : 0);
        return eff;
    }
    if (status == 401) {
        denied_ = true;
        set_problem(server_said(settings_.server, status, body));
        return eff;
    }
    const nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
    const bool ok = status == 200 && j.is_object();
    if (ok) backoff_ = 0, last_status_ = 200;
    if (f.kind == "who") {
        if (!ok) return failed_request(status, body, 0), eff;
        last_who_ = now_;
        person_ = j.value("person", "");
        role_ = j.contains("role") && j["role"].is_string() ? j["role"].get<std::string>() : "";
        if (j.contains("atelier") && j["atelier"].is_object()) atelier_name_ = j["atelier"].value("name", "");
        head_ = j.value("head", int64_t{0});
        const bool mail = j.contains("mail") && j["mail"].is_boolean() && j["mail"].get<bool>();
        if (mail && !mail_) mail_checked_at_ = -1;  // turned on: hand over what waits
        mail_ = mail;
        disagree_.clear();
        if (j.contains("disagree") && j["disagree"].is_array())
            for (const auto& d : j["disagree"])
                if (d.is_object() && d.contains("pos") && d["pos"].is_number_integer()) disagree_.push_back(d["pos"].get<int64_t>());
        if (step_ == Step::who) {
            step_ = Step::checkpoint;
            send("checkpoint", "GET", "/api/v1/snapshot", "", 60);
        }
        eff.save_meta = true;
        return eff;
    }
    if (f.kind == "checkpoint") {
        if (status == 404) {
            if (head_ == 0 && !resume_) {
                first_ = FirstSync::upload;
                step_ = Step::idle;
            } else {
                fatal_ = true;
                set_problem(say(Msg::sync_why_no_checkpoint));
            }
            return eff;
        }
        if (!ok || !j.contains("snapshot") || !j.contains("pos") || !j["pos"].is_number_integer())
            return failed_request(status, body, 0), eff;
        checkpoint_pos_ = std::max(checkpoint_pos_, j["pos"].get<int64_t>());
        if (resume_) {
            // A restart with entries pending: the log from this checkpoint, the pending entries on top.
            Atelier at;
            Problems problems;
            if (!snapshot_from_json(j["snapshot"], at, problems)) {
                fatal_ = true;
                set_problem(checkpoint_refused(problems));
                return eff;
            }
            resume_ = false;
            replica_.start(device_, std::move(at), j["pos"].get<int64_t>());
            step_ = Step::running;
            pull_now_ = true;
            eff.save_meta = true;
            return eff;
        }
        server_checkpoint_ = j;
        first_ = FirstSync::replace;
        step_ = Step::idle;
        // A device that holds nothing yet (a new tablet) takes the server's atelier without asking.
        if (holds_nothing(shown.state())) return choose(true, shown.state());
        return eff;
    }
    if (f.kind == "upload") {
        if (!ok) return failed_request(status, body, 0), eff;
        Atelier at = std::move(*uploading_);
        uploading_.reset();
        checkpoint_pos_ = 0;
        return start_running(std::move(at), 0);
    }
    if (f.kind == "push") {
        if (status == 400 || status == 409 || status == 413) {
            // The device's own entries refused: nothing more can be pushed until this is understood.
            fatal_ = true;
            set_problem(server_said(settings_.server, status, body));
            return eff;
        }
        if (!ok) return failed_request(status, body, 0), eff;
        pull_now_ = true;
        return eff;
    }
    if (f.kind == "pull") {
        if (!ok) return failed_request(status, body, 0), eff;
        const PullOutcome o = replica_.take_pull(j, shown, app_version);
        if (o.error) {
            fatal_ = true;
            set_problem(*o.error);
            return eff;
        }
        head_ = o.head;
        newer_version_ = o.newer_version;
        eff.state_changed = o.changed;
        eff.save_meta = o.folded > 0 || o.changed;
        eff.renumbered = o.renumbered;
        if (o.more) pull_now_ = true;
        else last_synced_ = now_;
        if (o.refused)
            eff.notice = say_n(Msg::sync_why_not_applied, int64_t(o.refused));
        // An entry of this device's that the server kept as its refusal (a role this device has not
        // heard of yet, backend/roles.py): say so, and ask who the token is now.
        size_t by_server = 0;
        if (j.contains("entries") && j["entries"].is_array())
            for (const auto& e : j["entries"])
                if (e.is_object() && e.value("device", "") == device_ && e.contains("command") && e["command"].is_object() &&
                    e["command"].value("type", "") == cmd::EntryRefused::kType)
                    ++by_server;
        if (by_server) {
            eff.notice = say_n(Msg::sync_why_role_refused, int64_t(by_server));
            last_who_ = -kWhoEvery;
        }
        return eff;
    }
    if (f.kind == "mail" || f.kind == "mail_retry" || f.kind == "mail_withdraw") {
        if (status == 409) {  // the server stopped sending (smtp-off): messages wait for a person
            mail_ = false;
            return eff;
        }
        if (!ok) return failed_request(status, body, 0), eff;
        mail_handed_.insert(mail_sent.begin(), mail_sent.end());
        mail_withdrawn_.insert(mail_gone.begin(), mail_gone.end());
        return eff;
    }
    if (f.kind == "numbers") {
        if (!ok || !j.contains("pos") || !j["pos"].is_number_integer()) return failed_request(status, body, 0), eff;
        numbers_pos_ = j["pos"].get<int64_t>();
        pull_now_ = true;
        return eff;
    }
    if (f.kind == "hash") {
        if (ok && !j.value("agree", true) && std::find(disagree_.begin(), disagree_.end(), f.pos) == disagree_.end())
            last_who_ = -kWhoEvery;  // ask for the list now
        return eff;
    }
    if (f.kind == "snapshot" && ok) checkpoint_pos_ = std::max(checkpoint_pos_, f.pos);
    return eff;
}

SyncState SyncClient::state() const {
    if (!enabled_) return SyncState::off;
    if (denied_) return SyncState::not_allowed;
    if (fatal_) return SyncState::failed;
    if (!newer_version_.empty()) return SyncState::needs_update;
    if (!online_) return SyncState::offline;
    if (first_ != FirstSync::none) return SyncState::choosing;
    if (last_status_ == 0) return SyncState::unreachable;
    if (step_ != Step::running) return SyncState::connecting;
    return replica_.pending().empty() ? SyncState::synced : SyncState::pending;
}

std::optional<Role> SyncClient::role() const { return enum_from_id<Role>(role_); }

nlohmann::json SyncClient::meta() const {
    if (!enabled_) return nlohmann::json::object();
    return {{"server", settings_.server}, {"token", settings_.token}, {"device_name", settings_.device_name},
            {"person", person_}, {"role", role_}, {"atelier", atelier_name_}, {"running", step_ == Step::running},
            {"checkpoint_pos", checkpoint_pos_}, {"replica", replica_.meta()}};
}

void SyncClient::restore(const nlohmann::json& meta, const Atelier& shown, const std::string& device) {
    *this = SyncClient{};
    if (!meta.is_object() || !meta.contains("server") || !meta["server"].is_string()) return;
    settings_ = SyncSettings{meta.value("server", ""), meta.value("token", ""), meta.value("device_name", "")};
    device_ = device;
    person_ = meta.value("person", "");
    role_ = meta.contains("role") && meta["role"].is_string() ? meta["role"].get<std::string>() : "";
    atelier_name_ = meta.value("atelier", "");
    checkpoint_pos_ = meta.value("checkpoint_pos", int64_t{-1});
    enabled_ = true;
    if (!meta.value("running", false)) {
        step_ = Step::who;  // the first sync had not happened: ask again
        return;
    }
    replica_.restore(meta.value("replica", nlohmann::json::object()));
    if (replica_.saved_state_is_confirmed()) {
        replica_.start(device, shown, meta["replica"].value("pulled", int64_t{0}));
        step_ = Step::running;
    } else {
        resume_ = true;
        step_ = Step::checkpoint;
    }
}

}  // namespace atelier

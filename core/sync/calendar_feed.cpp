#include "core/sync/calendar_feed.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/calendar/ics.hpp"
#include "core/i18n/said_text.hpp"
#include "core/sync/server_said.hpp"

namespace atelier {

std::string calendar_feed_key(const Atelier& a) { return calendar_ics(a, DateTime{0}); }

// One place sets both, so the English and a view's words never tell different things.
void CalendarFeed::set_problem(std::optional<Said> s) {
    problem_ = s ? english(*s) : std::string();
    problem_said_ = std::move(s);
}

std::vector<SyncRequest> CalendarFeed::tick(double seconds, const std::string& server, Role role, const Atelier& a, DateTime now) {
    std::vector<SyncRequest> out;
    if (server != server_) {  // connected elsewhere, or sync off: nothing known holds
        const uint64_t next = next_id_;  // ids go on: a late reply from before is nobody's
        *this = CalendarFeed{};
        server_ = server;
        next_id_ = next;
    }
    now_s_ = seconds;
    if (server_.empty() || role == Role::staff || !in_flight_.empty() || seconds < retry_at_) return out;
    auto send = [&](Flight::Kind kind, std::string method, std::string path, std::string body, std::string key = {}) {
        const uint64_t id = next_id_++;
        in_flight_.push_back(Flight{id, kind, std::move(key)});
        SyncRequest r;
        r.id = id;
        r.method = std::move(method);
        r.url = server_ + path;
        r.body = std::move(body);
        r.timeout_s = 20;
        out.push_back(std::move(r));
    };
    if (!asked_) {
        asked_ = true;
        send(Flight::Kind::info, "GET", "/api/v1/calendar", "");
    } else if (!link_action_.empty()) {
        send(Flight::Kind::link, "POST", "/api/v1/calendar/link", nlohmann::json{{"action", link_action_}}.dump());
        link_action_.clear();
    } else if (known_ && !link_.empty() && seconds >= next_upload_) {
        // Only while there is a link: with none, nobody can read the file.
        next_upload_ = seconds + kUploadEverySeconds;
        std::string key = calendar_feed_key(a);
        if (key != sent_key_) {
            send(Flight::Kind::upload, "PUT", "/api/v1/calendar", calendar_ics(a, now), std::move(key));
            out.back().content_type = "text/calendar";
        }
    }
    return out;
}

void CalendarFeed::on_reply(uint64_t id, int status, const std::string& body) {
    auto it = std::find_if(in_flight_.begin(), in_flight_.end(), [&](const Flight& f) { return f.id == id; });
    if (it == in_flight_.end()) return;  // from before a reconnect
    const Flight f = *it;
    in_flight_.erase(it);
    const nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
    if (status != 200) {
        set_problem(server_said(server_, status, body));
        if (f.kind == Flight::Kind::info) asked_ = false;  // asked again after the pause
        retry_at_ = now_s_ + kUploadEverySeconds;
        return;
    }
    set_problem(std::nullopt);
    if (f.kind == Flight::Kind::upload) {
        sent_key_ = f.key;
        if (j.is_object() && j.contains("updated") && j["updated"].is_string()) uploaded_at_ = j["updated"].get<std::string>();
        return;
    }
    if (!j.is_object()) return;
    known_ = true;
    link_ = j.contains("link") && j["link"].is_string() ? server_ + j["link"].get<std::string>() : std::string();
    if (j.contains("updated") && j["updated"].is_string()) uploaded_at_ = j["updated"].get<std::string>();
    if (f.kind == Flight::Kind::link) sent_key_.clear();  // a new address: send the file at once
}

}  // namespace atelier

#pragma once
// [SECTION] The calendar subscription's device side (issue 17; the server's is
// backend/calendars.py): asks the studio's server for the secret address, makes or stops it for
// an owner, and uploads the agenda (core/calendar/ics.hpp) whenever what it holds has changed —
// at most every kUploadEverySeconds (and a failed request waits as long before the next), by an owner's or a manager's device (the server takes no
// calendar from staff). Requests travel as sync's do, under their own ids.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/atelier.hpp"
#include "core/rules/roles.hpp"
#include "core/said.hpp"
#include "core/sync/client.hpp"

namespace atelier {

class CalendarFeed {
public:
    // Request ids from here up are the feed's (sync's own count from 1; JS numbers stay exact).
    static constexpr uint64_t kFirstId = uint64_t{1} << 50;
    static constexpr double kUploadEverySeconds = 10;

    // Each frame while sync is connected: the requests to send now (server "" = sync off: forget).
    std::vector<SyncRequest> tick(double seconds, const std::string& server, Role role, const Atelier& a, DateTime now);
    bool owns(uint64_t id) const { return id >= kFirstId; }
    void on_reply(uint64_t id, int status, const std::string& body);
    // An owner's Make link / New link (new_link) or Stop link; sent by the next tick.
    void ask_link(bool make) { link_action_ = make ? "new" : "stop"; }

    // What Settings → Sync shows.
    const std::string& link() const { return link_; }  // the whole address, "" when none
    bool known() const { return known_; }              // the server said whether there is one
    // Why the last request failed ("" / nullopt when it did not): the English (tests), and the same
    // sentence for Settings → Sync to word in the device's language.
    const std::string& problem() const { return problem_; }
    const std::optional<Said>& problem_said() const { return problem_said_; }
    const std::string& uploaded() const { return uploaded_at_; }  // when the server last took ours ("" not yet)
    bool busy() const { return !in_flight_.empty(); }

private:
    struct Flight {
        uint64_t id;
        enum class Kind : uint8_t { info, link, upload } kind;
        std::string key;  // an upload's content key
    };
    void set_problem(std::optional<Said> s);

    std::string server_;
    std::string link_, problem_, uploaded_at_, link_action_;
    std::optional<Said> problem_said_;  // problem_ as a sentence: set_problem sets both
    std::string sent_key_;  // the content last taken by the server
    bool known_ = false, asked_ = false;
    double next_upload_ = 0;
    double now_s_ = 0;      // the last tick's time
    double retry_at_ = 0;   // after a failed request, nothing before this
    uint64_t next_id_ = kFirstId;
    std::vector<Flight> in_flight_;
};

// What decides whether the server's copy is out of date: the agenda without its stamp (DTSTAMP
// changes every minute; the events do not).
std::string calendar_feed_key(const Atelier& a);

}  // namespace atelier

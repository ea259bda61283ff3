// Calendars in the views (issue 17): the agenda's and a client's Calendar (.ics) download the core's
// iCalendar file; Settings → Time zone sets the zone its fittings are written in.
#include <doctest/doctest.h>

#include "core/calendar/ics.hpp"
#include "tests/ui/headless.hpp"

using atelier::test::Headless;

TEST_CASE("the agenda's Calendar (.ics) downloads every fitting and deadline; a client's holds only theirs") {
    Headless h(1280, 900);
    atelier::test::open_demo(h.app, 40);
    h.frame();
    h.nav("Fittings");
    h.click("Download calendar");
    const auto& a = h.app.store.state();
    CHECK(h.app.last_download_name == "fittings-" + a.profile.settings.company_code + ".ics");
    CHECK(h.app.last_download == atelier::calendar_ics(a, h.app.now));
    CHECK(h.app.last_download.rfind("BEGIN:VCALENDAR\r\n", 0) == 0);
    const atelier::Client& c = a.clients.front();
    h.app.open_client(c.id);
    h.frame();
    h.click("Download client calendar");
    CHECK(h.app.last_download_name == atelier::calendar_file_name(a, c.id));
    CHECK(h.app.last_download == atelier::calendar_ics(a, h.app.now, c.id));
    CHECK(h.app.last_download.size() < atelier::calendar_ics(a, h.app.now).size());
}

TEST_CASE("Settings → Time zone is saved and the calendar's fittings carry it") {
    Headless h(1280, 900);
    atelier::test::open_demo(h.app, 40);
    h.frame();
    h.nav("Settings");
    h.click("Time zone");
    h.click("America/New_York");  // within the list's first screenful
    h.click("Save settings");
    REQUIRE(h.app.store.state().profile.time_zone == "America/New_York");
    const std::string ics = atelier::calendar_ics(h.app.store.state(), h.app.now);
    CHECK(ics.find("TZID:America/New_York\r\n") != std::string::npos);
}

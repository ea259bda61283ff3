// Printed documents in the views (issue 17): Issue invoice gives a handed-over order the year's next
// number and Print invoice opens its page; a payment line's Receipt and any order's Print job card
// open theirs (the shell hands the page to the browser: App::last_document here).
#include <doctest/doctest.h>

#include "core/documents/documents.hpp"
#include "core/i18n/local_format.hpp"
#include "core/rules/messages.hpp"
#include "tests/ui/headless.hpp"

using atelier::test::Headless;
using atelier::test::order_of;
namespace cmd = atelier::cmd;

namespace {
// Documents write amounts the client's way (core/rules/messages.hpp client_locale), not the device's:
// these clients have none, so the atelier's (English).
std::string document_money(const Headless& h, int64_t minor) {
    const atelier::Profile& p = h.app.store.state().profile;
    return atelier::local_money(atelier::Money{minor}, p.settings.currency, atelier::client_locale(p, nullptr));
}
}  // namespace

TEST_CASE("a handed-over order: Issue invoice gives the next number, Print invoice opens it") {
    Headless h;
    atelier::test::open_demo(h.app);
    h.frame();
    int n = 0;
    for (const atelier::Order& o : h.app.store.state().orders)
        if ((o.status == atelier::Status::collected || o.status == atelier::Status::shipped) && o.invoice.empty()) n = o.number;
    REQUIRE(n > 0);
    h.app.open_order(n);
    h.frame(2);
    CHECK_FALSE(h.visible("Print invoice"));
    h.click("Issue invoice");
    const std::string year = std::to_string(atelier::civil_from_date(h.app.today).year);
    CHECK(order_of(h, n).invoice == year + "-0001");
    h.frame();
    CHECK_FALSE(h.visible("Issue invoice"));
    h.click("Print invoice");
    CHECK(h.app.last_document.find("<h1>Invoice " + year + "-0001</h1>") != std::string::npos);
    CHECK(h.app.last_document.find("Balance due") != std::string::npos);
}

TEST_CASE("a payment line's Receipt and the job card open their pages") {
    Headless h;
    atelier::test::open_demo(h.app, 0);
    h.frame();
    const int n = atelier::test::made_order(h, 100000, "Morning coat");
    REQUIRE(h.app.dispatch(cmd::OrderConfirm{n}));
    h.app.open_order(n);
    h.frame(2);
    h.click("Print job card");
    CHECK(h.app.last_document.find("<h1>Job card " + atelier::order_label(h.app.store.state().profile, n) + "</h1>") != std::string::npos);
    CHECK(h.app.last_document.find("Morning coat") != std::string::npos);
    h.click("Payments");
    h.fill("Payment amount", "400");
    h.click("Record payment");
    h.click("Receipt##0");
    CHECK(h.app.last_document.find("<h1>Receipt</h1>") != std::string::npos);
    CHECK(h.app.last_document.find(document_money(h, 40000)) != std::string::npos);
}

TEST_CASE("Print quote and a job card with the order's QR code and photos; a scanned link opens the order") {
    Headless h;
    atelier::test::open_demo(h.app, 0);
    h.app.app_url = "http://192.168.1.20:8080/";
    h.frame();
    const int n = atelier::test::made_order(h, 250000, "Evening gown");
    atelier::Image im;
    im.id = std::string(64, 'e');
    im.thumb = std::string(64, 'f');
    im.type = "image/jpeg";
    im.bytes = 300000;
    im.width = 2048;
    im.height = 1536;
    im.caption = "Inspiration";
    REQUIRE(h.app.dispatch(cmd::OrderImage{n, im}));
    h.app.open_order(n);
    h.frame(2);
    h.click("Print quote");
    const std::string label = atelier::order_label(h.app.store.state().profile, n);
    CHECK(h.app.last_document.find("<h1>Quote " + label + "</h1>") != std::string::npos);
    CHECK(h.app.last_document.find("Valid until") != std::string::npos);
    CHECK(h.app.last_document.find(document_money(h, 250000)) != std::string::npos);
    h.click("Print job card");
    CHECK(h.app.last_document.find("<svg class=\"qr\"") != std::string::npos);
    CHECK(h.app.last_document.find("data-photo=\"" + im.thumb + "\" alt=\"Reference: Inspiration\"") != std::string::npos);

    // The QR's link, opened on another start of the app, opens that order once it is ready.
    CHECK(atelier::order_link(h.app.app_url, n) == "http://192.168.1.20:8080/?order=" + std::to_string(n));
    h.app.show(atelier::View::board);
    h.frame();
    h.app.linked_order = n;
    h.frame();
    CHECK(h.app.view == atelier::View::order);
    CHECK(h.app.order == n);
    CHECK(h.app.linked_order == 0);
    h.app.linked_order = 99999;  // not on this device: said, nothing opened
    h.app.show(atelier::View::board);
    h.frame();
    CHECK(h.app.view == atelier::View::board);
    REQUIRE_FALSE(h.app.toasts.empty());
    CHECK(h.app.toasts.back().text.find("not on this device yet") != std::string::npos);
}

TEST_CASE("Settings → Documents: Choose logo takes the picked picture as the logo; Remove logo takes it off") {
    Headless h;
    atelier::test::open_demo(h.app, 0);
    int picks = 0;
    h.app.on_photo_pick = [&](bool) { ++picks; };
    h.app.on_photo = [](const std::string&) { return atelier::PhotoTexture{atelier::PhotoTexture::State::ready, 7, 640, 240}; };
    h.frame();
    h.click("Settings");
    h.click("Documents");
    CHECK_FALSE(h.visible("Remove logo"));
    h.click("Choose logo");
    CHECK(picks == 1);
    REQUIRE(h.app.photo_target);
    CHECK(h.app.photo_target->logo);
    atelier::PhotoFile f;
    f.ok = true;
    f.name = "logo.png";
    f.image = atelier::test::made_up_image("image/png", 640, 240, 20000);
    h.app.photos_added({f});
    CHECK(h.app.store.state().profile.logo.id == f.image.id);
    CHECK(h.app.store.state().orders.size() == 0);  // no order got it
    h.frame(2);
    CHECK(h.visible("Logo"));
    h.click("Remove logo");
    CHECK(h.app.store.state().profile.logo.id.empty());
}

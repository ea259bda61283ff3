// Printed documents in the views (issue 17): Issue invoice gives a handed-over order the year's next
// number and Print invoice opens its page; a payment line's Receipt and any order's Print job card
// open theirs (the shell hands the page to the browser: App::last_document here).
#include <doctest/doctest.h>

#include "tests/ui/headless.hpp"

using atelier::test::Headless;
using atelier::test::order_of;
namespace cmd = atelier::cmd;

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
    CHECK(h.app.last_document.find(atelier::test::money_of(h, 40000)) != std::string::npos);
}

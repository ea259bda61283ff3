// Tax in the views (issue 16): the rate and "prices include tax" set in Settings and saved with
// the rest; a new order made under it shows what the client pays and keeps its tax on the order
// page; a later change of the rate leaves it alone; a rate out of range is said beside the field.
#include <doctest/doctest.h>

#include "core/derive.hpp"
#include "tests/ui/headless.hpp"

using atelier::test::Headless;

namespace {

void set_tax(Headless& h, const char* rate, bool included) {
    h.nav("Settings");
    h.fill("Tax rate (%)", rate);
    if (h.app.views.settings.draft.prices_include_tax.value_or(true) != included) h.click("Prices include tax");
    h.click("Save settings");
}

}  // namespace

TEST_CASE("a tax rate set in Settings: new orders keep it, the order page shows it, the client owes the gross") {
    Headless h;
    atelier::test::open_demo(h.app, 0);
    h.frame();
    set_tax(h, "20", false);
    REQUIRE(h.app.store.state().profile.tax_rate_bp == 2000);
    REQUIRE_FALSE(h.app.store.state().profile.prices_include_tax);

    // The new-order form says what the client will pay.
    h.app.new_order(h.app.store.state().clients.front().id);
    h.frame(4);
    h.fill("New order/Price", "1000");
    CHECK(h.visible("New order tax: + 20.00% tax: the client pays " + atelier::test::money_of(h, 120000)));
    h.key(Headless::key_code(ImGuiKey_Escape));
    h.frame();

    const int n = atelier::test::made_order(h, 100000, "Morning coat");
    const atelier::Order& o = atelier::test::order_of(h, n);
    CHECK(o.tax == atelier::OrderTax{2000, false});
    CHECK(atelier::balance_owed(o).minor == 120000);
    h.app.open_order(n);
    h.frame();
    CHECK(h.visible("Tax (net " + atelier::test::money_of(h, 100000) + " + tax 20%: " + atelier::test::money_of(h, 20000) + ")"));
    CHECK(h.visible("Header owes " + atelier::test::money_of(h, 120000)));

    // Prices including 5.5% from now on: the order above keeps its terms.
    set_tax(h, "5.5", true);
    CHECK(h.app.store.state().profile.tax_rate_bp == 550);
    CHECK(atelier::test::order_of(h, n).tax == atelier::OrderTax{2000, false});
    const int m = atelier::test::made_order(h, 10550, "Gloves");
    h.app.open_order(m);
    h.frame();
    CHECK(h.visible("Tax (incl. tax 5.5%: " + atelier::test::money_of(h, 550) + ")"));
}

TEST_CASE("a tax rate that is not 0-100 is said beside the field and not saved") {
    Headless h;
    atelier::test::open_demo(h.app, 0);
    h.frame();
    h.nav("Settings");
    h.fill("Tax rate (%)", "120");
    CHECK(h.visible("Tax rate error"));
    CHECK(h.app.views.settings.draft.tax_rate_bp == 0);
    h.fill("Tax rate (%)", "7.7");
    CHECK_FALSE(h.visible("Tax rate error"));
    h.click("Save settings");
    CHECK(h.app.store.state().profile.tax_rate_bp == 770);
}

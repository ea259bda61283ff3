// Settings → cancellation fees by stage: fees added (fixed and percent) and removed in the draft,
// saved with one atelier.update; a percentage out of range refused by the core beside "Save
// settings", a malformed amount refused by the form; the cancel dialog's quote uses a new fee.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/derive.hpp"
#include "tests/ui/headless.hpp"

using atelier::test::Headless;

namespace {

bool fee_named(const atelier::Atelier& a, const std::string& pipeline, const std::string& stage) {
    const auto& fees = a.profile.stage_fees;
    return std::any_of(fees.begin(), fees.end(),
                       [&](const auto& f) { return f.pipeline == pipeline && f.stage == stage; });
}

// An order in production at a stage that has no fee yet (so the production percentage applies).
const atelier::Order& order_at_feeless_stage(const Headless& h) {
    const auto& a = h.app.store.state();
    for (const auto& o : a.orders)
        if (o.status == atelier::Status::in_production && o.price.minor > 20000 && !fee_named(a, o.pipeline, o.stage))
            return o;
    FAIL("the demo has no order in production at a stage without a fee");
    return a.orders.front();
}

// A stage of `pipeline` other than `not` with no fee yet.
std::string feeless_stage(const Headless& h, const std::string& pipeline, const std::string& not_this) {
    const auto& a = h.app.store.state();
    for (const auto& s : a.pipeline(pipeline)->stages)
        if (s.id != not_this && !fee_named(a, pipeline, s.id)) return s.id;
    FAIL("no stage without a fee");
    return "";
}

void fees_open_settings(Headless& h) {
    atelier::test::open_demo(h.app);
    h.frame();
    h.click("Settings");
    h.click("Cancellation fees by stage");  // folded until opened
}

// Picks the pipeline and the stage in the add row.
void choose_stage(Headless& h, const std::string& pipeline, const std::string& stage) {
    const auto* p = h.app.store.state().pipeline(pipeline);
    REQUIRE(p);
    h.click("Fee pipeline");
    h.click(p->name + "##fee pipeline " + pipeline);
    h.click("Fee stage");
    const auto& s = p->stages[size_t(atelier::stage_index(*p, stage))];
    h.click(s.name + "##fee stage " + stage);
}

void add_fixed(Headless& h, const std::string& pipeline, const std::string& stage, const std::string& amount) {
    choose_stage(h, pipeline, stage);
    h.click("Fixed amount##fee");
    h.fill("Fee amount", amount);
    h.click("Add fee");
}

void add_percent(Headless& h, const std::string& pipeline, const std::string& stage, int percent) {
    choose_stage(h, pipeline, stage);
    h.click("Percentage of the price##fee");
    h.fill("Fee percent", std::to_string(percent));
    h.click("Add fee");
}

}  // namespace

TEST_CASE("a fixed and a percent fee added in Settings are saved in the atelier's stage fees") {
    Headless h;
    fees_open_settings(h);
    const auto& o = order_at_feeless_stage(h);
    const std::string pl = o.pipeline, fixed = o.stage, pct = feeless_stage(h, pl, fixed);
    const auto before = h.app.store.state().profile.stage_fees;
    add_fixed(h, pl, fixed, "123.45");
    add_percent(h, pl, pct, 40);
    h.frame();
    CHECK(h.visible("Fee " + pl + " " + fixed + ": " + atelier::test::money_of(h, 12345)));
    CHECK(h.visible("Fee " + pl + " " + pct + ": 40%"));
    CHECK(h.app.store.state().profile.stage_fees == before);  // a draft until saved
    h.click("Save settings");
    auto want = before;
    want.push_back({pl, fixed, atelier::Money{12345}, 0});
    want.push_back({pl, pct, atelier::Money{}, 40});
    CHECK(h.app.store.state().profile.stage_fees == want);
    h.frame();
    CHECK(h.label_starting("Settings error").empty());
    CHECK(h.visible("Fee " + pl + " " + fixed + ": " + atelier::test::money_of(h, 12345)));
}

TEST_CASE("the cancellation quote of an order at a stage uses the fee saved in Settings") {
    Headless h;
    fees_open_settings(h);
    const auto& o = order_at_feeless_stage(h);
    const int number = o.number;
    const auto& a = h.app.store.state();
    const auto old = atelier::cancellation_quote(a, o, h.app.now);
    REQUIRE(old.fee == atelier::percent_of(o.price, a.profile.production_cancel_percent));
    REQUIRE(old.fee != atelier::Money{10000});
    add_fixed(h, o.pipeline, o.stage, "100");
    h.click("Save settings");
    const auto q = atelier::cancellation_quote(h.app.store.state(), atelier::test::order_of(h, number), h.app.now);
    CHECK(q.fee == atelier::Money{10000});
    CHECK(q.reason == "in production at stage " + o.stage);
}

TEST_CASE("removing a fee in Settings and saving drops it from the atelier's stage fees") {
    Headless h;
    fees_open_settings(h);
    const auto before = h.app.store.state().profile.stage_fees;
    REQUIRE(before.size() >= 2);
    const auto gone = before[0];
    h.click("Remove fee " + gone.pipeline + " " + gone.stage);
    CHECK_FALSE(h.visible("Remove fee " + gone.pipeline + " " + gone.stage));
    CHECK(h.app.store.state().profile.stage_fees == before);
    h.click("Save settings");
    const auto want = std::vector<atelier::StageFee>(before.begin() + 1, before.end());
    CHECK(h.app.store.state().profile.stage_fees == want);
    CHECK_FALSE(fee_named(h.app.store.state(), gone.pipeline, gone.stage));
}

TEST_CASE("a fee of 150% is refused by the core beside Save settings and changes nothing") {
    Headless h;
    fees_open_settings(h);
    const auto& o = order_at_feeless_stage(h);
    const auto before = h.app.store.state();
    add_percent(h, o.pipeline, o.stage, 150);
    h.click("Save settings");
    CHECK(h.app.store.state() == before);
    CHECK(h.app.refusal().message == "must be a percentage from 0 to 100");
    h.frame();
    CHECK(h.visible("Settings error: Cancellation fees by stage: must be a percentage from 0 to 100"));
}

TEST_CASE("a malformed or negative fixed fee is not added and changes nothing") {
    Headless h;
    fees_open_settings(h);
    const auto& o = order_at_feeless_stage(h);
    const std::string pl = o.pipeline, st = o.stage;
    const auto before = h.app.store.state();
    add_fixed(h, pl, st, "12,5x");
    h.frame();
    CHECK(h.visible("Fee error: write the amount like 250 or 250.50"));
    CHECK_FALSE(h.visible("Remove fee " + pl + " " + st));
    h.fill("Fee amount", "-5");
    h.click("Add fee");
    h.frame();
    CHECK(h.visible("Fee error: a fee must be more than zero"));
    CHECK_FALSE(h.visible("Remove fee " + pl + " " + st));
    h.click("Save settings");  // nothing to save: the button is disabled
    CHECK(h.app.store.state() == before);
}

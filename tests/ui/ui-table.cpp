// The table view: header sorting, the filter bar, search, inline editing, columns, wheel scrolling.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "core/derive.hpp"
#include "core/queries/fold.hpp"
#include "core/queries/query.hpp"
#include "tests/ui/headless.hpp"

using atelier::Filter;
using atelier::FilterKey;
using atelier::FilterTerm;
using atelier::Order;
using atelier::Status;
using atelier::View;
using atelier::test::Headless;

namespace {

constexpr float kWide = 2400;  // every column in view (the table scrolls sideways when narrower)

void open_table(Headless& h, int orders = 60) {
    atelier::test::open_demo(h.app, orders);
    h.frame();
    h.click("Table");
    REQUIRE(h.app.view == View::table);
}

std::string label_of(Headless& h, int number) { return atelier::order_label(h.app.store.state().profile, number); }

// The rows the table should show for these filters, as the core computes them.
std::vector<int> expected_rows(Headless& h, const std::vector<std::string>& exprs) {
    std::string error;
    const auto f = atelier::parse_filter(exprs, error);
    REQUIRE(f);
    const auto s = atelier::parse_sort(h.app.prefs.sort, error);
    REQUIRE(s);
    return atelier::run_query(h.app.index(), *f, *s, h.app.today);
}

size_t shown_matches(Headless& h) {
    const std::string l = h.label_starting("Matches: ");
    REQUIRE_FALSE(l.empty());
    return std::stoul(l.substr(9));
}

int first_visible_row(Headless& h) {
    const std::string l = h.label_starting("First visible row ");
    REQUIRE_FALSE(l.empty());
    return std::stoi(l.substr(18));
}

// The first order (by number) that is open for production work and not yet overdue.
const Order& open_order_due_later(Headless& h) {
    for (const auto& o : h.app.store.state().orders)
        if ((o.status == Status::confirmed || o.status == Status::in_production) && o.deadline > h.app.today) return o;
    FAIL("the demo has no open order due later");
    return h.app.store.state().orders.front();
}

// Narrows the table to one order through the search box, so its row is in view.
void search_for(Headless& h, int number) {
    h.fill("Search orders", label_of(h, number));
    REQUIRE(h.visible("Order " + label_of(h, number)));
}

}  // namespace

TEST_CASE("clicking a header sorts by it, clicking again reverses, and the sort is remembered") {
    Headless h(kWide, 900);
    open_table(h);
    std::vector<atelier::UiPrefs> saved;
    h.app.on_prefs = [&](const atelier::UiPrefs& p) { saved.push_back(p); };
    REQUIRE(h.app.prefs.sort == "deadline");
    const auto by_deadline = expected_rows(h, {});
    CHECK(h.label_starting("Order ") == "Order " + label_of(h, h.app.store.state().orders[size_t(by_deadline[0])].number));

    h.click("Owed");
    CHECK(h.app.prefs.sort == "owed");
    REQUIRE_FALSE(saved.empty());
    CHECK(saved.back().sort == "owed");
    h.click("Owed");
    CHECK(h.app.prefs.sort == "owed:desc");
    const auto by_owed_desc = expected_rows(h, {});
    const auto& top = h.app.store.state().orders[size_t(by_owed_desc[0])];
    CHECK(h.label_starting("Order ") == "Order " + label_of(h, top.number));
    CHECK(h.label_starting("Order ") != "Order " + label_of(h, h.app.store.state().orders[size_t(by_deadline[0])].number));

    h.click("Garment");  // no core sort key: not sortable, nothing changes
    CHECK(h.app.prefs.sort == "owed:desc");
}

TEST_CASE("a sort restored from prefs is shown and kept, not replaced by the table's default") {
    Headless h(kWide, 900);
    h.app.prefs.sort = "client:desc";
    open_table(h);
    h.frame(3);
    CHECK(h.app.prefs.sort == "client:desc");
    const auto rows = expected_rows(h, {});
    CHECK(h.label_starting("Order ") == "Order " + label_of(h, h.app.store.state().orders[size_t(rows[0])].number));
}

TEST_CASE("quick filters change the rows to what the core's query returns, and chips remove them") {
    Headless h(kWide, 900);
    open_table(h);
    CHECK(shown_matches(h) == 60);
    h.click("Overdue");
    CHECK(h.app.prefs.filter == std::vector<std::string>{"overdue"});
    const size_t overdue = expected_rows(h, {"overdue"}).size();
    REQUIRE(overdue > 0);
    REQUIRE(overdue < 60);
    CHECK(shown_matches(h) == overdue);

    h.click("Owes");
    CHECK(h.app.prefs.filter == std::vector<std::string>{"overdue", "owes"});
    CHECK(shown_matches(h) == expected_rows(h, {"overdue", "owes"}).size());

    h.click("overdue ×");
    CHECK(h.app.prefs.filter == std::vector<std::string>{"owes"});
    CHECK(shown_matches(h) == expected_rows(h, {"owes"}).size());
    CHECK_FALSE(h.visible("overdue ×"));
    h.click("Owes");  // the toggle removes it too
    CHECK(h.app.prefs.filter.empty());
    CHECK(shown_matches(h) == 60);
}

TEST_CASE("Add filter offers every filter, with the atelier's values for those that need one") {
    Headless h(kWide, 900);
    open_table(h);
    h.click("Add filter");
    REQUIRE(h.visible("Add filter menu"));
    for (const auto& f : atelier::filter_help()) {
        const std::string expr = f.expr;
        const auto eq = expr.find('=');
        CHECK_MESSAGE(h.visible(eq == std::string::npos ? expr : expr.substr(0, eq) + "=…"), expr);
    }
    h.click("team=…");
    h.click("Sewing##add-team");
    CHECK(h.app.prefs.filter == std::vector<std::string>{"team=Sewing"});
    CHECK(shown_matches(h) == expected_rows(h, {"team=Sewing"}).size());
    CHECK(h.visible("team=Sewing ×"));
}

TEST_CASE("searching without accents finds the accented client") {
    Headless h(kWide, 900);
    open_table(h);
    const auto& a = h.app.store.state();
    const Order* target = nullptr;
    std::string name;
    for (const auto& o : a.orders) {
        const auto* c = a.client(o.client);
        if (c && atelier::fold_text(c->name) != c->name && std::any_of(c->name.begin(), c->name.end(), [](char ch) {
                return static_cast<unsigned char>(ch) >= 0x80;
            })) {
            target = &o;
            name = c->name;
            break;
        }
    }
    REQUIRE(target);
    const std::string plain = atelier::fold_text(name);  // "lea odegard"
    h.fill("Search orders", plain);
    CHECK(h.app.views.table.search == plain);
    Filter f;
    f.add(FilterTerm{FilterKey::text, plain, false});
    const auto want = atelier::run_query(h.app.index(), f, atelier::Sort{}, h.app.today);
    REQUIRE_FALSE(want.empty());
    CHECK(shown_matches(h) == want.size());
    CHECK(shown_matches(h) < 60);
    CHECK(h.visible("Order " + label_of(h, target->number)));
}

TEST_CASE("inline-editing a deadline to yesterday makes the order overdue") {
    Headless h(kWide, 900);
    open_table(h);
    const Order& o = open_order_due_later(h);
    const int number = o.number;
    search_for(h, number);
    const std::string cell = "Deadline " + label_of(h, number);
    h.double_click(cell);
    REQUIRE(h.visible("Edit deadline"));
    h.fill("Edit deadline", "2026-05-31", true);
    const Order* after = h.app.store.state().order(number);
    CHECK(atelier::format_date(after->deadline) == "2026-05-31");
    CHECK_FALSE(h.visible("Edit deadline"));
    CHECK(h.app.store.can_undo());
    h.app.views.table.search.clear();
    h.click("Overdue");
    const auto overdue = expected_rows(h, {"overdue"});
    const auto at = static_cast<int>(*h.app.store.state().orders.index_of(number));
    CHECK(std::find(overdue.begin(), overdue.end(), at) != overdue.end());
    CHECK(h.label_starting(cell).find("overdue") == std::string::npos);  // the label stays stable
}

TEST_CASE("an invalid date is refused visibly and nothing changes; Escape cancels") {
    Headless h(kWide, 900);
    open_table(h);
    const Order& o = open_order_due_later(h);
    const int number = o.number;
    const auto before = o.deadline;
    search_for(h, number);
    h.double_click("Deadline " + label_of(h, number));
    h.fill("Edit deadline", "2026-13-45", true);
    CHECK(h.app.store.state().order(number)->deadline == before);
    CHECK_FALSE(h.app.store.can_undo());
    const std::string error = h.label_starting("Table error: ");
    CHECK(error.find("not a date") != std::string::npos);
    CHECK(h.visible("Edit deadline"));  // still open to correct
    h.key(Headless::key_code(ImGuiKey_Escape));
    CHECK_FALSE(h.visible("Edit deadline"));
    CHECK(h.app.store.state().order(number)->deadline == before);
}

TEST_CASE("a tap on a selected row's cell edits it (tablet), and Escape leaves it unchanged") {
    Headless h(kWide, 900);
    open_table(h);
    const Order& o = open_order_due_later(h);
    const int number = o.number;
    const std::string collection = o.collection;
    search_for(h, number);
    const std::string cell = "Collection " + label_of(h, number);
    h.click(cell);  // selects the row
    CHECK_FALSE(h.visible("Edit collection"));
    h.click(cell);  // edits
    REQUIRE(h.visible("Edit collection"));
    h.fill("Edit collection", "Résumé 2027");
    h.key(Headless::key_code(ImGuiKey_Escape));
    CHECK(h.app.store.state().order(number)->collection == collection);
    h.click(cell);
    h.fill("Edit collection", "Résumé 2027", true);
    CHECK(h.app.store.state().order(number)->collection == "Résumé 2027");
}

TEST_CASE("inline team and rush edits are one command each and undo") {
    Headless h(kWide, 900);
    open_table(h);
    const Order& o = open_order_due_later(h);
    const int number = o.number;
    const std::string team = o.team;
    const bool rush = o.rush;
    const std::string other = team == "Sewing" ? "Cutting" : "Sewing";
    search_for(h, number);

    h.double_click("Team " + label_of(h, number));
    REQUIRE(h.visible("Edit team"));
    h.click(other + "##team-option");
    CHECK(h.app.store.state().order(number)->team == other);
    CHECK_FALSE(h.visible("Edit team"));
    h.click("Undo");
    CHECK(h.app.store.state().order(number)->team == team);
    CHECK_FALSE(h.app.store.can_undo());

    h.double_click("Flags " + label_of(h, number));
    h.click("Edit rush");
    CHECK(h.app.store.state().order(number)->rush == !rush);
    h.click("Undo");
    CHECK(h.app.store.state().order(number)->rush == rush);
    CHECK_FALSE(h.app.store.can_undo());
}

TEST_CASE("a deposit typed in the cell records a payment; a second one is sent to the order view") {
    Headless h(kWide, 900);
    open_table(h);
    const auto& a = h.app.store.state();
    const Order* unpaid = nullptr;
    const Order* paid = nullptr;
    for (const auto& o : a.orders) {
        if (o.status == Status::cancelled) continue;
        if (!unpaid && o.payments.empty() && atelier::balance_owed(o).minor > 10000) unpaid = &o;
        if (!paid && !o.payments.empty()) paid = &o;
    }
    REQUIRE(unpaid);
    REQUIRE(paid);
    const int n1 = unpaid->number, n2 = paid->number;
    const size_t paid_before = paid->payments.size();
    search_for(h, n1);
    h.double_click("Deposit paid " + label_of(h, n1));
    h.fill("Edit deposit", "abc", true);
    CHECK(h.app.store.state().order(n1)->payments.empty());
    CHECK(h.label_starting("Table error: ").find("not an amount") != std::string::npos);
    h.fill("Edit deposit", "100", true);
    REQUIRE(h.app.store.state().order(n1)->payments.size() == 1);
    CHECK(h.app.store.state().order(n1)->payments[0].amount.minor == 10000);

    search_for(h, n2);
    h.double_click("Deposit paid " + label_of(h, n2));
    CHECK_FALSE(h.visible("Edit deposit"));
    CHECK(h.label_starting("Table note: ").find("order view") != std::string::npos);
    CHECK(h.app.store.state().order(n2)->payments.size() == paid_before);
}

TEST_CASE("a deposit the core refuses keeps the cell open with the core's reason, and nothing changes") {
    Headless h(kWide, 900);
    open_table(h);
    const Order* unpaid = nullptr;
    for (const auto& o : h.app.store.state().orders)
        if (o.status != Status::cancelled && o.payments.empty() && atelier::balance_owed(o).minor > 0) {
            unpaid = &o;
            break;
        }
    REQUIRE(unpaid);
    const int n = unpaid->number;
    const std::string owed = atelier::format_money(atelier::balance_owed(*unpaid));
    search_for(h, n);
    h.double_click("Deposit paid " + label_of(h, n));
    h.fill("Edit deposit", "99999999", true);  // more than owed: refused by the core, not by the cell
    CHECK(h.app.store.state().order(n)->payments.empty());
    CHECK_FALSE(h.app.store.can_undo());
    // The reason is the core's own text, beside the cell as well as in the toast.
    CHECK(h.label_starting("Table error: ") == "Table error: Deposit of " + label_of(h, n) +
                                                   " not changed: overpayment refused: 99999999.00 is more than the " +
                                                   owed + " still owed");
    REQUIRE_FALSE(h.app.toasts.empty());
    CHECK(h.app.toasts.back().text == "Not done: " + h.app.refusal().message);
    CHECK(h.visible("Edit deposit"));  // still open to correct
}

TEST_CASE("the stage cell moves an order forward like the board, and an earlier stage sends it back with a reason") {
    Headless h(kWide, 900);
    open_table(h);
    const auto& a = h.app.store.state();
    const Order* pick = nullptr;
    for (const auto& o : a.orders) {
        if (o.status != Status::in_production || o.stage_status == atelier::StageStatus::done) continue;
        const auto* p = a.pipeline(o.pipeline);
        const int at = atelier::stage_index(*p, o.stage);
        const auto& s = p->stages[size_t(at)];
        if (at > 0 && at + 1 < int(p->stages.size()) && !s.qc && !s.photo) {
            pick = &o;
            break;
        }
    }
    REQUIRE(pick);
    const int number = pick->number;
    const auto* p = a.pipeline(pick->pipeline);
    const int at = atelier::stage_index(*p, pick->stage);
    search_for(h, number);

    h.double_click("Stage " + label_of(h, number));
    REQUIRE(h.visible("Edit stage"));
    h.click(p->stages[size_t(at - 1)].name + "##stage-option");
    h.frame();
    REQUIRE(h.app.views.dialogs.open == "Send back");
    CHECK(h.app.store.state().order(number)->stage == p->stages[size_t(at)].id);  // the reason comes first
    h.fill("Send back/Reason", "client changed the lapels");
    h.click("Send back/Send it back");
    CHECK(h.app.store.state().order(number)->stage == p->stages[size_t(at - 1)].id);
    CHECK(h.app.store.state().order(number)->log.back().note == "client changed the lapels");
    h.frame(2);
    CHECK(h.label_starting("Table note: ").find("sent back") != std::string::npos);
    h.click("Undo");
    REQUIRE(h.app.store.state().order(number)->stage == p->stages[size_t(at)].id);

    h.double_click("Stage " + label_of(h, number));
    const auto& next = p->stages[size_t(at + 1)];
    h.click(next.name + (next.optional ? " (optional)" : "") + "##stage-option");
    CHECK(h.app.store.state().order(number)->stage == next.id);
    h.click("Undo");
    CHECK(h.app.store.state().order(number)->stage == p->stages[size_t(at)].id);
}

namespace {

// An order in production and a target stage at least two stages ahead, with a gate (QC or photo)
// among the stages it would leave (`gated`) or with none (a move that must succeed).
struct Move {
    int number = 0;
    int from = 0, target = 0;
    int gate = -1;  // the first gated stage left, when gated
};

Move find_move(Headless& h, bool gated) {
    const auto& a = h.app.store.state();
    for (const auto& o : a.orders) {
        if (o.status != Status::in_production || o.stage_status == atelier::StageStatus::done) continue;
        const auto* p = a.pipeline(o.pipeline);
        const int from = atelier::stage_index(*p, o.stage);
        const auto is_gate = [&](int k) { return p->stages[size_t(k)].qc || p->stages[size_t(k)].photo; };
        if (is_gate(from)) continue;  // a QC stage may already have passed; keep the case plain
        for (int t = from + 2; t < int(p->stages.size()); ++t) {
            int gate = -1;
            for (int k = from; k < t && gate < 0; ++k)
                if (is_gate(k)) gate = k;
            if ((gate >= 0) == gated) return Move{o.number, from, t, gate};
        }
    }
    FAIL("the demo has no such order");
    return {};
}

std::string option(const atelier::Stage& s) { return s.name + (s.optional ? " (optional)" : "") + "##stage-option"; }

}  // namespace

TEST_CASE("a move across several stages in the stage cell is one step: one Undo puts the order back") {
    Headless h(kWide, 900);
    open_table(h);
    const Move m = find_move(h, false);
    const auto& a = h.app.store.state();
    const auto* p = a.pipeline(a.order(m.number)->pipeline);
    const Order before = *a.order(m.number);
    search_for(h, m.number);

    h.double_click("Stage " + label_of(h, m.number));
    REQUIRE(h.visible("Edit stage"));
    h.click(option(p->stages[size_t(m.target)]));
    CHECK(h.app.store.state().order(m.number)->stage == p->stages[size_t(m.target)].id);
    const std::string said = label_of(h, m.number) + " moved to \"" + p->stages[size_t(m.target)].name + "\"";
    CHECK(h.label_starting("Table note: " + said) != "");
    h.click("Undo");
    atelier::Order back = *h.app.store.state().order(m.number);
    CHECK(back.history.back().what == "undo");
    back.history = before.history;
    CHECK(back == before);
    CHECK(h.app.store.state().order(m.number)->stage == p->stages[size_t(m.from)].id);
}

TEST_CASE("a move in the stage cell across a QC or photo stage is refused as a whole, naming that stage") {
    Headless h(kWide, 900);
    open_table(h);
    const Move m = find_move(h, true);
    const auto& a = h.app.store.state();
    const auto* p = a.pipeline(a.order(m.number)->pipeline);
    const Order before = *a.order(m.number);
    const bool could_undo = h.app.store.can_undo();
    search_for(h, m.number);

    h.double_click("Stage " + label_of(h, m.number));
    h.click(option(p->stages[size_t(m.target)]));
    CHECK(*h.app.store.state().order(m.number) == before);
    CHECK(h.app.store.can_undo() == could_undo);
    const std::string msg = h.label_starting("Table error: " + label_of(h, m.number) + " not moved: ");
    INFO(msg);
    CHECK(msg.find("cannot move past \"" + p->stages[size_t(m.gate)].name + "\"") != std::string::npos);
    REQUIRE_FALSE(h.app.toasts.empty());
    CHECK(h.app.toasts.back().error);
}

// The columns a new user does not see (UiPrefs), after the ones a test hides, in column order.
static std::vector<std::string> with_new_hidden(std::vector<std::string> hidden) {
    for (const char* id : {"kind", "quantity", "wip_start", "tracking"}) hidden.push_back(id);
    return hidden;
}

TEST_CASE("the status, kind, quantity, pipeline, WIP start and tracking columns are in the Columns menu; tracking is edited in its cell") {
    Headless h(kWide, 900);
    // The columns before them hidden, so the new ones are in view without scrolling sideways.
    h.app.prefs.hidden_columns = {"garment", "collection", "team", "salesperson", "stage", "stage_status", "deadline",
                                  "event", "price", "deposit", "owed", "payment", "flags", "days_in_production",
                                  "created", "notes", "kind", "quantity", "wip_start", "tracking"};
    open_table(h);
    h.frame(2);
    CHECK(h.visible("Status"));
    CHECK(h.visible("Pipeline"));
    CHECK_FALSE(h.visible("Tracking"));
    h.click("Columns");
    h.click("Tracking##column");
    h.key(Headless::key_code(ImGuiKey_Escape));
    h.frame(2);
    CHECK(h.app.prefs.hidden_columns.size() == 19);
    REQUIRE(h.visible("Tracking"));
    const int number = open_order_due_later(h).number;
    search_for(h, number);
    const std::string cell = "Tracking " + label_of(h, number);
    h.click(cell);
    h.click(cell);  // a tap on the selected row's cell edits it
    REQUIRE_MESSAGE(h.visible("Edit tracking"), h.items());
    h.fill("Edit tracking", "1Z42", true);
    CHECK(h.app.store.state().order(number)->tracking == "1Z42");
}

TEST_CASE("hidden columns are saved in prefs and restored on start") {
    atelier::UiPrefs saved;
    {
        Headless h(kWide, 900);
        open_table(h);
        h.app.on_prefs = [&](const atelier::UiPrefs& p) { saved = p; };
        REQUIRE(h.visible("Notes"));
        h.click("Columns");
        h.click("Notes##column");
        h.key(Headless::key_code(ImGuiKey_Escape));  // close the menu
        h.frame(2);
        CHECK(h.app.prefs.hidden_columns == with_new_hidden({"notes"}));
        CHECK(saved.hidden_columns == with_new_hidden({"notes"}));
        CHECK_FALSE(h.visible("Notes"));
        CHECK(h.visible("Garment"));
    }
    Headless h(kWide, 900);
    h.app.prefs = atelier::prefs_from_json(atelier::prefs_to_json(saved));
    open_table(h);
    h.frame(2);
    CHECK_FALSE(h.visible("Notes"));
    CHECK(h.visible("Garment"));
    CHECK(h.app.prefs.hidden_columns == with_new_hidden({"notes"}));
}

TEST_CASE("one wheel notch down over the table scrolls a few rows down; up comes back") {
    Headless h;  // 1280 x 800: 60 rows do not fit
    open_table(h);
    CHECK(first_visible_row(h) == 0);
    h.wheel("Orders table", -1);
    const int down = first_visible_row(h);
    CHECK(down >= 1);
    CHECK(down <= 10);
    h.wheel("Orders table", 1);
    CHECK(first_visible_row(h) == 0);
}

TEST_CASE("clicking the order cell opens the order") {
    Headless h(kWide, 900);
    open_table(h);
    const int number = h.app.store.state().orders.front().number;
    search_for(h, number);
    h.click("Order " + label_of(h, number));
    CHECK(h.app.view == View::order);
    CHECK(h.app.order == number);
}

TEST_CASE("the header's own menu hides a column and the choice is saved") {
    Headless h(kWide, 900);
    open_table(h);
    const auto* header = h.find("Notes");
    REQUIRE(header);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2((header->x0 + header->x1) / 2, (header->y0 + header->y1) / 2);
    h.frame();
    io.MouseDown[1] = true;  // right-click: ImGui's column menu
    h.frame();
    io.MouseDown[1] = false;
    h.frame(2);
    std::string menu_item;
    for (const auto& it : h.app.locator.last_frame())
        if ((it.label == "Notes" || it.label.ends_with("###Notes")) && it.window.rfind("##Popup", 0) == 0) menu_item = it.window + "/Notes";
    REQUIRE_MESSAGE(!menu_item.empty(), h.items());
    h.click(menu_item);
    h.frame(2);
    CHECK(h.app.prefs.hidden_columns == with_new_hidden({"notes"}));
    h.key(Headless::key_code(ImGuiKey_Escape));  // ImGui's menu stays open for more choices
    CHECK_FALSE_MESSAGE(h.visible("Notes"), h.items());
}

TEST_CASE("with 100,000 orders only the visible rows are drawn and the query is not rerun per frame") {
    Headless h;
    atelier::test::open_demo(h.app, 100000);
    h.app.show(View::table);
    h.frame(3);
    h.fill("Search orders", "odegard");
    int rows = 0;
    for (const auto& it : h.app.locator.last_frame())
        if (it.label.rfind("Order ", 0) == 0) ++rows;
    CHECK(rows > 0);
    CHECK(rows < 100);
    auto t0 = std::chrono::steady_clock::now();
    Filter f;
    f.add(FilterTerm{FilterKey::text, "odegard", false});
    const auto want = atelier::run_query(h.app.index(), f, atelier::Sort{}, h.app.today);
    const double query_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    CHECK(shown_matches(h) == want.size());
    t0 = std::chrono::steady_clock::now();
    h.frame(20);
    const double frame_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() / 20;
    MESSAGE("table frame with 100,000 orders: " << frame_ms << " ms; one search query: " << query_ms << " ms (native, this build)");
    CHECK(frame_ms < query_ms);  // the cached rows are reused, not queried again
    h.wheel("Orders table", -5);
    CHECK(first_visible_row(h) > 0);
}

// docs/design.md, "Dates and times": the table's deadline cell has the calendar too.
namespace {
// A day in the month of `d` other than `d` (the calendar opens on that month).
atelier::Date other_day_in_month(atelier::Date d) {
    const auto c = atelier::civil_from_date(d);
    return atelier::date_from_civil(c.year, c.month, c.day == 15 ? 16 : 15);
}
}  // namespace

TEST_CASE("on a tablet a tap on a selected row's deadline opens the calendar; the day picked is one undoable update") {
    Headless h(kWide, 900);
    open_table(h);
    atelier::ui::set_touch(h.look, true);
    h.frame(2);
    const Order& o = open_order_due_later(h);
    const int number = o.number;
    const auto before = o.deadline;
    search_for(h, number);
    const std::string cell = "Deadline " + label_of(h, number);
    h.click(cell);  // selects the row
    h.click(cell);  // edits: the calendar, not the on-screen keyboard
    const std::string calendar = "Calendar deadline of " + label_of(h, number);
    REQUIRE(h.visible(calendar));
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    const atelier::Date day = other_day_in_month(before);
    const std::string day_label = "Day " + atelier::format_date(day);
    REQUIRE(h.visible(day_label));
    CHECK(h.find(day_label)->y1 - h.find(day_label)->y0 >= atelier::ui::kTouchTargetPx);
    h.click(day_label);
    CHECK(h.app.store.state().order(number)->deadline == day);
    CHECK_FALSE(h.visible(calendar));
    CHECK_FALSE(h.visible("Edit deadline"));
    h.app.undo();
    CHECK(h.app.store.state().order(number)->deadline == before);
}

TEST_CASE("with a mouse the deadline cell keeps typing and adds a calendar button; a click away picks nothing") {
    Headless h(kWide, 900);
    open_table(h);
    const Order& o = open_order_due_later(h);
    const int number = o.number;
    const auto before = o.deadline;
    search_for(h, number);
    const std::string cell = "Deadline " + label_of(h, number);
    const std::string pick = "Pick deadline of " + label_of(h, number);
    const std::string calendar = "Calendar deadline of " + label_of(h, number);
    h.double_click(cell);
    REQUIRE(h.visible("Edit deadline"));
    h.frame(3);
    CHECK(ImGui::GetIO().WantTextInput);  // the field has the keyboard
    // Pressing the calendar button takes the focus from the field: the edit stays open.
    h.click(pick);
    REQUIRE(h.visible(calendar));
    CHECK(h.visible("Edit deadline"));
    CHECK(h.app.store.state().order(number)->deadline == before);
    h.click("Next month");
    const auto c = atelier::civil_from_date(before);
    const atelier::Date day = atelier::date_from_civil(c.month == 12 ? c.year + 1 : c.year, c.month % 12 + 1, 3);
    h.click("Day " + atelier::format_date(day));
    CHECK(h.app.store.state().order(number)->deadline == day);
    CHECK_FALSE(h.visible("Edit deadline"));

    // Opened again and left by a click elsewhere: nothing changes and the edit ends.
    h.double_click(cell);
    h.click(pick);
    REQUIRE(h.visible(calendar));
    h.click("Matches: 1");
    CHECK_FALSE(h.visible(calendar));
    CHECK_FALSE(h.visible("Edit deadline"));
    CHECK(h.app.store.state().order(number)->deadline == day);
}

TEST_CASE("after a touch the table's team and stage lists and the rush box are >= 44 px") {
    Headless h(kWide, 900);
    open_table(h);
    atelier::ui::set_touch(h.look, true);
    h.frame(2);
    const Order& o = open_order_due_later(h);
    const int number = o.number;
    search_for(h, number);
    const auto height = [&](const std::string& label) {
        const auto* it = h.find(label);
        REQUIRE_MESSAGE(it, "not drawn: " << label);
        return it->y1 - it->y0;
    };
    h.click("Team " + label_of(h, number));  // selects the row
    h.click("Team " + label_of(h, number));  // edits
    REQUIRE(h.visible("Edit team"));
    for (const char* team : {"(no team)##team-option", "Sewing##team-option", "Cutting##team-option"}) {
        CAPTURE(team);
        CHECK(height(team) >= atelier::ui::kTouchTargetPx);
    }
    h.key(Headless::key_code(ImGuiKey_Escape));
    h.click("Stage " + label_of(h, number));
    REQUIRE(h.visible("Edit stage"));
    for (const auto& s : h.app.store.state().pipeline(o.pipeline)->stages) {
        const std::string option = s.name + (s.optional ? " (optional)" : "") + "##stage-option";
        CAPTURE(option);
        CHECK(height(option) >= atelier::ui::kTouchTargetPx);
    }
    h.key(Headless::key_code(ImGuiKey_Escape));
    h.click("Flags " + label_of(h, number));
    CHECK(height("Edit rush") >= atelier::ui::kTouchTargetPx);
}

// CSV in the views (issue 17): the table exported as it is shown (rows, columns, their order, the
// separator), and the Import CSV dialog — columns mapped, rows with problems named and nothing
// imported, duplicates offered for merge, a good file imported as one step that one Undo takes back.
#include <doctest/doctest.h>

#include "core/csv/csv.hpp"
#include "core/laws/undo_view.hpp"
#include "core/queries/query.hpp"
#include "tests/ui/headless.hpp"

using atelier::test::Headless;

namespace {

void open_import_table(Headless& h) {
    atelier::test::open_demo(h.app, 40);
    h.frame();
    h.click("Table");
    h.frame();
}

atelier::CsvTable read_export(const std::string& bytes) {
    std::string error;
    auto t = atelier::parse_csv(bytes, error);
    INFO(error);
    REQUIRE(t);
    return *t;
}

// A file chosen in the picker: its bytes arrive, the dialog opens.
void choose_csv(Headless& h, std::string bytes) {
    h.app.csv_file = std::move(bytes);
    h.frame(2);
}

}  // namespace

TEST_CASE("Export CSV writes the table's rows with its visible columns, BOM first, ';' with decimal commas") {
    Headless h(2400, 900);
    open_import_table(h);
    h.app.prefs.hidden_columns = {"garment", "collection", "team", "salesperson", "stage_status", "event", "deposit",
                                  "payment", "flags", "days_in_production", "created", "notes", "status", "kind",
                                  "quantity", "pipeline", "wip_start", "tracking"};
    h.app.prefs.filter = {"owes"};
    h.frame(3);
    h.click("Export CSV");
    h.click("Semicolon-separated");
    REQUIRE(h.app.last_download_name.rfind("orders-", 0) == 0);
    const std::string& bytes = h.app.last_download;
    REQUIRE(bytes.rfind("\xEF\xBB\xBF", 0) == 0);
    const atelier::CsvTable t = read_export(bytes);
    CHECK(t.separator == ';');
    CHECK(t.records[0] == std::vector<std::string>{"Order", "Client", "Stage", "Deadline", "Price", "Owed"});
    // The rows are the table's: the owes filter, in its sort.
    std::string error;
    const auto f = atelier::parse_filter({"owes"}, error);
    REQUIRE(f);
    const auto rows = atelier::run_query(h.app.store.state(), *f, atelier::Sort{}, h.app.today);
    REQUIRE(t.records.size() == rows.size() + 1);
    REQUIRE(!rows.empty());
    const atelier::Order& first = h.app.store.state().orders[static_cast<size_t>(rows[0])];
    CHECK(t.records[1][0] == atelier::order_label(h.app.store.state().profile, first.number));
    CHECK(t.records[1][4].find(',') != std::string::npos);  // "3257,50"
    CHECK(h.visible("Table note: Exported " + std::to_string(rows.size()) + " orders to " + h.app.last_download_name));
    // Comma-separated: the same rows, amounts with a point.
    h.click("Export CSV");
    h.click("Comma-separated");
    const atelier::CsvTable c = read_export(h.app.last_download);
    CHECK(c.separator == ',');
    CHECK(c.records.size() == t.records.size());
    CHECK(c.records[1][4].find('.') != std::string::npos);
}

TEST_CASE("a file with a bad row shows the row's problems by line and imports nothing") {
    Headless h(1280, 900);
    open_import_table(h);
    const auto before = atelier::undo_view(h.app.store.state());
    choose_csv(h, "Client,Deadline,Price\nAmira Hoxha,2026-09-01,100\nOla Nordmann,31/02/2026,-5\n");
    REQUIRE(h.visible("Import summary: 2 rows · 1 with problems · 2 new clients · 2 orders"));
    const std::string problem = h.label_starting("Import line 3: ");
    CHECK(problem.find("deadline “31/02/2026” is not a date") != std::string::npos);
    CHECK(problem.find("a negative amount") != std::string::npos);
    h.click("Import rows");  // disabled: all rows or none
    h.frame();
    CHECK(h.label_starting("Import refused").empty());  // the button did nothing: no refusal to show
    CHECK(atelier::undo_view(h.app.store.state()) == before);
    h.click("Cancel##import");
    h.frame();
    CHECK_FALSE(h.visible("Import rows"));
}

TEST_CASE("columns are mapped in the dialog, then the file goes in as one step that one Undo takes back") {
    Headless h(1280, 900);
    open_import_table(h);
    const size_t orders = h.app.store.state().orders.size();
    const auto before = atelier::undo_view(h.app.store.state());
    choose_csv(h, "\xEF\xBB\xBFKunde;Termin;Stück\nAmira Hoxha;01/09/2026;Mira\nAmira Hoxha;02/09/2026;Veil\n");
    // "Kunde" is known, the others are not: as it stands the file is a list of clients.
    CHECK(h.visible("Import summary: 2 rows · 1 new clients"));
    h.click("Field for Termin");
    h.click("Field deadline");
    h.click("Field for Stück");
    h.click("Field garment");
    REQUIRE(h.visible("Import summary: 2 rows · 1 new clients · 2 orders"));
    CHECK(h.visible("Import line 3: same client as line 2"));
    h.click("Import rows");
    h.frame();
    const auto& a = h.app.store.state();
    REQUIRE(a.orders.size() == orders + 2);
    CHECK(a.orders[orders].garment == "Mira");
    CHECK(a.orders[orders + 1].garment == "Veil");
    CHECK(a.orders[orders].client == a.orders[orders + 1].client);
    CHECK_FALSE(h.visible("Import rows"));
    h.click("Undo");
    h.frame();
    CHECK(atelier::undo_view(h.app.store.state()) == before);
}

TEST_CASE("a client the atelier has (same phone) is offered for merge; unticked, a new client is made") {
    Headless h(1280, 900);
    atelier::test::open_demo(h.app, 40);
    h.frame();
    h.nav("Clients");
    const auto& a = h.app.store.state();
    const atelier::Client* known = nullptr;
    for (const auto& c : a.clients)
        if (!c.phone.empty()) known = &c;
    REQUIRE(known);
    const size_t clients = a.clients.size();
    h.click("Import clients CSV");  // the picker (no file in the test): the bytes come below
    choose_csv(h, "Name,Phone\nSomeone Else," + known->phone + "\nBrand New,+33611223344\n");
    REQUIRE(h.visible("Merge line 2"));
    CHECK(h.visible("Import summary: 2 rows · 1 new clients · 1 with a client the atelier has"));
    h.click("Merge line 2");
    h.frame();
    CHECK(h.visible("Import summary: 2 rows · 2 new clients"));
    h.click("Import rows");
    h.frame();
    CHECK(h.app.store.state().clients.size() == clients + 2);
}

TEST_CASE("a file that is not CSV text is refused with the reason, and nothing changes") {
    Headless h(1280, 900);
    open_import_table(h);
    choose_csv(h, "Client\n\"never closed\n");
    CHECK(h.visible("This file cannot be read: line 2: a quote is never closed. Nothing was imported."));
    h.click("Cancel##import");
    choose_csv(h, std::string("Client\nL\xE9" "a\n"));
    CHECK(!h.label_starting("This file cannot be read: the file is not UTF-8 text").empty());
}

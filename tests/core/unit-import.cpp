// CSV import (issue 17): a file's columns mapped to fields, every row checked with its line, clients
// found by phone or email and offered for merge, the whole file as one batch — all or nothing, one undo.
#include "core/i18n/said_text.hpp"
#include "core/import/csv_import.hpp"
#include "core/queries/index.hpp"
#include "core/queries/query.hpp"
#include "core/queries/table_columns.hpp"
#include "core/rng.hpp"
#include "core/storage/journal_entry.hpp"
#include "fixture.hpp"

using namespace atelier;
using namespace atelier::test;

namespace {

CsvTable table(std::string_view text) {
    std::string error;
    auto t = parse_csv(text, error);
    INFO(error);
    REQUIRE(t);
    return *t;
}

ImportPlan plan(const Fixture& f, std::string_view text) {
    const CsvTable t = table(text);
    return plan_import(f.a(), t, guess_mapping(t.records[0]));
}

// Imports `text` as the app does: the plan, its batch, one dispatch.
Result import(Fixture& f, std::string_view text) {
    auto b = import_batch(plan(f, text));
    REQUIRE(std::holds_alternative<ImportBatch>(b));
    return f.store.dispatch(std::get<ImportBatch>(b).batch, f.ctx);
}

}  // namespace

TEST_CASE("headers are mapped by name, in the languages and spellings spreadsheets use, each field once") {
    const auto m = guess_mapping({"Nom", "Téléphone", "E-mail", "Due date", "Garment", "Price", "Deposit paid", "Notes",
                                  "Phone", "Whatever"});
    CHECK(m == std::vector<ImportField>{ImportField::client, ImportField::phone, ImportField::email, ImportField::deadline,
                                        ImportField::garment, ImportField::price, ImportField::deposit, ImportField::notes,
                                        ImportField::ignore, ImportField::ignore});
    // The table's own export reads back.
    std::vector<std::string> header;
    for (int c = 0; c < tcol::count; ++c) header.push_back(table_column(c).name);
    const auto own = guess_mapping(header);
    CHECK(own[tcol::client] == ImportField::client);
    CHECK(own[tcol::deadline] == ImportField::deadline);
    CHECK(own[tcol::deposit] == ImportField::deposit);
    CHECK(own[tcol::order] == ImportField::ignore);  // numbers are the atelier's to give
}

TEST_CASE("--map sets columns by header; unknown headers and fields are named") {
    std::vector<std::string> header{"Kunde", "Liefertermin", "Notes"};
    std::vector<ImportField> m = guess_mapping(header);
    Said error{};
    REQUIRE(apply_map_option(header, "Kunde=client, Liefertermin=deadline,Notes=ignore", m, error));
    CHECK(m == std::vector<ImportField>{ImportField::client, ImportField::deadline, ImportField::ignore});
    CHECK_FALSE(apply_map_option(header, "Kunde=customer", m, error));
    CHECK(english(error).rfind("no field “customer” (fields: ignore, client, phone", 0) == 0);
    CHECK_FALSE(apply_map_option(header, "Nope=client", m, error));
    CHECK(english(error) == "the file has no column “Nope”");
    CHECK_FALSE(apply_map_option(header, "Kunde", m, error));
}

TEST_CASE("amounts and dates as spreadsheets write them") {
    Said why{};
    CHECK(parse_import_amount("1234.50", why) == Money{123450});
    CHECK(parse_import_amount("1 234,50", why) == Money{123450});
    CHECK(parse_import_amount("1.234,5", why) == Money{123450});
    CHECK(parse_import_amount("€1,234.50", why) == Money{123450});
    CHECK(parse_import_amount("1,234", why) == Money{123400});
    CHECK(parse_import_amount("1'234.50 CHF", why) == Money{123450});
    CHECK(parse_import_amount("300", why) == Money{30000});
    CHECK_FALSE(parse_import_amount("-20", why));
    CHECK(english(why).rfind("a negative amount", 0) == 0);
    CHECK_FALSE(parse_import_amount("abc", why));
    CHECK_FALSE(parse_import_amount("99999999999999", why));
    CHECK(english(why) == english(money_too_large()));
    CHECK(parse_import_date("2026-06-01", false) == day("2026-06-01"));
    CHECK(parse_import_date("01/06/2026", false) == day("2026-06-01"));
    CHECK(parse_import_date("01/06/2026", true) == day("2026-01-06"));
    CHECK(parse_import_date("1.6.2026", false) == day("2026-06-01"));
    CHECK_FALSE(parse_import_date("31/02/2026", false));
    CHECK_FALSE(parse_import_date("1/6/26", false));
    CHECK_FALSE(parse_import_date("1/6-2026", false));
}

TEST_CASE("clients import as one batch: one journal entry, one undo") {
    Fixture f;
    const size_t clients = f.a().clients.size();
    Result r = import(f, "Name,Phone,Email,Language\nAmira Hoxha,+355 69 123 4567,amira@example.com,sq\nOla Nordmann,,ola@example.no,\n");
    REQUIRE(r.ok);
    REQUIRE(f.a().clients.size() == clients + 2);
    const Client& amira = f.a().clients[clients];
    CHECK(amira.name == "Amira Hoxha");
    CHECK(amira.email == "amira@example.com");
    CHECK(amira.language == "sq");
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK(f.a().clients.size() == clients);
}

TEST_CASE("orders import with their clients, made once, and their deposits; the journal holds real numbers") {
    Fixture f;
    const int next_order = f.a().profile.next_order;
    Result r = import(f, "Client,Phone,Garment,Deadline,Price,Deposit\n"
                         "Amira Hoxha,+355691234567,Mira,2026-09-01,\"1 200,00\",300\n"
                         "Amira Hoxha,+355691234567,Veil,01/09/2026,200,\n"
                         "Léa,06 12 34 56 78,Shawl,2026-09-02,90,\n");
    REQUIRE(r.ok);
    const Order& mira = f.order(next_order);
    const Order& veil = f.order(next_order + 1);
    CHECK(mira.garment == "Mira");
    CHECK(mira.price == Money{120000});
    CHECK(mira.pipeline == "bridal");
    CHECK(mira.status == Status::draft);
    CHECK(amount_paid(mira) == Money{30000});
    CHECK(veil.client == mira.client);  // one new client for both rows
    CHECK(veil.deadline == day("2026-09-01"));
    CHECK(f.a().client(mira.client)->name == "Amira Hoxha");
    // Léa is the fixture's client 1: found by her phone, merged by default.
    CHECK(f.order(next_order + 2).client == 1);
    const nlohmann::json entry = std::get<JournalAppend>(r.effects.front()).entry;
    for (const auto& c : entry["command"]["commands"]) {
        if (c["type"] == "order.create") CHECK(c["client"].get<int>() > 0);
        if (c["type"] == "order.pay") CHECK(c["order"].get<int>() == next_order);
    }
    // One undo takes the whole file back.
    REQUIRE(f.store.undo(f.ctx).ok);
    CHECK_FALSE(f.a().order(next_order));
    CHECK(f.a().clients.size() == 1);
}

TEST_CASE("a row with problems is named with its line and nothing is imported") {
    Fixture f;
    const std::string before = content_snapshot(f.a());
    const ImportPlan p = plan(f, "Client,Deadline,Price,Pipeline,Email\n"
                                 "Amira,2026-09-01,100,,\n"
                                 "\"Ola\nNordmann\",31/02/2026,-5,Nope,not-an-email\n"
                                 ",2026-09-01,1,,\n");
    REQUIRE(p.rows.size() == 3);
    CHECK(p.rows[0].problems.empty());
    CHECK(p.rows[1].line == 3);
    std::vector<std::string> bad;
    for (const Said& s : p.rows[1].problems) bad.push_back(english(s));
    CHECK(std::find(bad.begin(), bad.end(), "deadline “31/02/2026” is not a date (2026-06-01 or 01/06/2026)") != bad.end());
    CHECK(std::find(bad.begin(), bad.end(), "price “-5”: a negative amount (a refund is recorded on the order, not imported)") != bad.end());
    CHECK(std::find(bad.begin(), bad.end(), "no pipeline named “Nope”") != bad.end());
    CHECK(std::any_of(bad.begin(), bad.end(), [](const std::string& s) { return s.rfind("client ", 0) == 0; }));  // name with a line end, the email
    REQUIRE(p.rows[2].problems.size() == 1);
    CHECK(english(p.rows[2].problems[0]) == "no client name (and no phone or email of an existing client)");
    CHECK(p.rows_with_problems() == 2);
    auto b = import_batch(p);
    REQUIRE(std::holds_alternative<Problem>(b));
    CHECK(std::get<Problem>(b).message.rfind("nothing imported: line 3: ", 0) == 0);
    CHECK(std::get<Problem>(b).message.find("(and 1 more rows with problems)") != std::string::npos);
    CHECK(content_snapshot(f.a()) == before);
}

TEST_CASE("the whole file is refused without a client or, for orders, a deadline column") {
    Fixture f;
    CHECK(english(*plan(f, "Garment,Deadline\nMira,2026-09-01\n").error) == "no column is the client's name: choose one as Client name");
    CHECK(english(*plan(f, "Client,Garment\nAmira,Mira\n").error) == "orders need a deadline: choose the column that holds it as Deadline");
    CHECK(std::get<Problem>(import_batch(plan(f, "Client\n"))).message == "the file has no rows below its header");
}

TEST_CASE("duplicates: phone and email merge by default, a name alone is only offered; a merge can be turned off") {
    Fixture f;  // client 1: Léa Dubois, 06 12 34 56 78, lea@example.com; the atelier's country unknown
    ImportPlan p = plan(f, "Client,Phone,Email\nL. Dubois,06.12.34.56.78,\nLea D,,LEA@example.com\nLéa Dubois,,\nNew One,,\n");
    REQUIRE(p.rows.size() == 4);
    CHECK(p.rows[0].existing == 1);
    CHECK(p.rows[0].match == "phone");
    CHECK(p.rows[0].merge);
    CHECK(p.rows[1].match == "email");
    CHECK(p.rows[1].merge);
    CHECK(p.rows[2].match == "name");
    CHECK_FALSE(p.rows[2].merge);
    CHECK(p.merged() == 2);
    CHECK(p.new_clients() == 2);
    p.rows[0].merge = false;
    relink_import(p);
    CHECK(p.new_clients() == 3);
    auto b = import_batch(p);
    REQUIRE(std::holds_alternative<ImportBatch>(b));
    REQUIRE(f.store.dispatch(std::get<ImportBatch>(b).batch, f.ctx).ok);
    CHECK(f.a().clients.size() == 4);
}

TEST_CASE("a refusal at apply time names the file line of the step refused") {
    Fixture f;
    ImportPlan p = plan(f, "Client,Deadline\nAmira,2026-09-01\nOla,2026-09-02\n");
    REQUIRE(p.rows_with_problems() == 0);
    p.rows[1].order.quantity = 0;  // as if the atelier had changed between preview and import
    auto b = std::get<ImportBatch>(import_batch(p));
    Result r = f.store.dispatch(b.batch, f.ctx);
    REQUIRE_FALSE(r.ok);
    CHECK(english(import_refusal(b, r.error)).rfind("nothing imported: line 3: step 4 of 4 (order.create)", 0) == 0);
}

TEST_CASE("batch references: a later step names what an earlier step made; a bad reference is refused") {
    Fixture f;
    const int next = f.a().profile.next_order;
    auto order_for = [](int client) {
        cmd::OrderCreate o;
        o.client = client;
        o.pipeline = "bridal";
        o.deadline = day("2026-09-01");
        o.price = Money{1000};
        return o;
    };
    auto client_named = [](const char* name) {
        cmd::ClientCreate c;
        c.name = name;
        return c;
    };
    auto pay = [](int order, int64_t minor) {
        cmd::OrderPay p;
        p.order = order;
        p.amount = Money{minor};
        return p;
    };
    Result made = f.store.dispatch(cmd::Batch{{client_named("Amira"), order_for(-1), pay(-2, 500)}}, f.ctx);
    REQUIRE(made.ok);
    CHECK(f.order(next).client == 2);
    CHECK(amount_paid(f.order(next)) == Money{500});
    // The journal holds the numbers given: its JSON reads back (references are never written).
    const nlohmann::json entry = std::get<JournalAppend>(made.effects.front()).entry;
    CHECK(entry["command"]["commands"][1]["client"] == 2);
    CHECK(entry["command"]["commands"][2]["order"] == next);
    Problems p;
    CHECK(command_from_json(entry["command"], p));
    const std::string before = content_snapshot(f.a());
    Result r = f.store.dispatch(cmd::Batch{{client_named("Ola"), pay(-1, 500)}}, f.ctx);
    REQUIRE_FALSE(r.ok);
    CHECK(r.error.path == "/commands/1/order");
    CHECK(r.error.message == "step 2 of 2 (order.pay): reference -1 names no earlier step of this batch that made an order");
    CHECK(f.store.dispatch(cmd::Batch{{order_for(-2), client_named("Ola")}}, f.ctx).error.path == "/commands/0/client");
    CHECK(content_snapshot(f.a()) == before);
}

TEST_CASE("the table exports as shown: its rows, its columns in their order, amounts for the separator") {
    Fixture f;
    f.ok(R"({"type":"order.pay","order":1,"amount":50050,"method":"card"})");
    f.ok(R"({"type":"order.update","order":1,"notes":"hem \"short\", narrow"})");
    const QueryIndex ix = build_index(f.a());
    const std::vector<int> rows = run_query(ix, Filter{}, Sort{}, day("2026-03-01"));
    const std::vector<int> cols{tcol::client, tcol::order, tcol::deposit, tcol::deadline, tcol::notes};
    const std::string comma = table_csv(f.a(), ix, rows, cols, {',', true}, day("2026-03-01"));
    CHECK(comma == "\xEF\xBB\xBF" "Client,Order,Deposit paid,Deadline,Notes\r\n"
                   "Léa Dubois,1-BFG,500.50,2026-05-01,\"hem \"\"short\"\", narrow\"\r\n");
    const std::string semi = table_csv(f.a(), ix, rows, {tcol::price, tcol::owed}, {';', false}, day("2026-03-01"));
    CHECK(semi == "Price;Owed\r\n3000,00;0,00\r\n");  // a draft owes nothing yet
    // And what was exported imports back (a new atelier's clients and orders from it).
    CHECK(guess_mapping(table(comma).records[0])[0] == ImportField::client);
}

TEST_CASE("random files: an import is all or nothing, one undo takes it back, its journal entry replays to the same bytes") {
    // Mostly good values, now and then a bad one: files that go in and files that are refused.
    const char* names[] = {"Amira Hoxha", "Léa Dubois", "Ola", "Zoë \"Z\" Müller", "Ødegård, Ingrid", "Amira Hoxha"};
    const char* bad_names[] = {"", "x\x01y"};
    const char* phones[] = {"", "06 12 34 56 78", "+33611223344", "+355691234567", "0044 20 7946 0958", "abc"};
    const char* emails[] = {"", "lea@example.com", "LEA@example.com", "ola@example.no"};
    const char* dates[] = {"2026-09-01", "01/09/2026", "1.6.2026", "2026-12-24"};
    const char* bad_dates[] = {"31/02/2026", "", "2026-13-01"};
    const char* amounts[] = {"", "100", "1 200,50", "1,234.50", "0"};
    const char* bad_amounts[] = {"-5", "abc", "99999999999999"};
    Rng r{2026};
    size_t imported = 0, refused = 0;
    for (int round = 0; round < 120; ++round) {
        Fixture f;
        const bool orders = r.chance(70);
        std::vector<std::vector<std::string>> recs;
        recs.push_back(orders ? std::vector<std::string>{"Client", "Phone", "Email", "Deadline", "Price", "Deposit"}
                              : std::vector<std::string>{"Client", "Phone", "Email"});
        for (int i = r.between(1, 8); i > 0; --i) {
            std::vector<std::string> rec{r.chance(95) ? r.pick(names) : r.pick(bad_names), r.pick(phones),
                                         r.chance(90) ? r.pick(emails) : "not-an-email"};
            if (orders) {
                rec.push_back(r.chance(95) ? r.pick(dates) : r.pick(bad_dates));
                rec.push_back(r.chance(95) ? r.pick(amounts) : r.pick(bad_amounts));
                rec.push_back(r.chance(70) ? "" : r.pick(amounts));
            }
            recs.push_back(rec);
        }
        const std::string text = csv_text(recs, {r.chance(50) ? ',' : ';', r.chance(50)});
        INFO(text);
        ImportPlan p = plan(f, text);
        for (ImportRow& row : p.rows)
            if (r.chance(30)) row.merge = !row.merge;
        relink_import(p);
        const std::string before = content_snapshot(f.a());
        const Atelier start = f.a();
        auto b = import_batch(p);
        if (auto* why = std::get_if<Problem>(&b)) {
            CHECK(why->message.rfind("nothing", 0) == 0);
            ++refused;
            continue;
        }
        Result done = f.store.dispatch(std::get<ImportBatch>(b).batch, f.ctx);
        if (!done.ok) {  // refused at apply time: named by its line, nothing changed
            CHECK(english(import_refusal(std::get<ImportBatch>(b), done.error)).rfind("nothing imported: line ", 0) == 0);
            CHECK(content_snapshot(f.a()) == before);
            ++refused;
            continue;
        }
        ++imported;
        CHECK(f.a().orders.size() == start.orders.size() + (p.orders ? p.rows.size() : 0));
        CHECK(f.a().clients.size() == start.clients.size() + p.new_clients());
        // Replayed from its journal entry onto the atelier as it was: the same bytes.
        Problems problems;
        auto e = entry_from_json(std::get<JournalAppend>(done.effects.front()).entry, problems);
        REQUIRE(e);
        Store replay(start);
        REQUIRE(apply_entry(replay, *e, problems));
        CHECK(write_snapshot(replay.state()) == write_snapshot(f.a()));
        REQUIRE(f.store.undo(f.ctx).ok);
        CHECK(undone_snapshot(f.a()) == undone_snapshot(start));
    }
    CHECK(imported > 10);  // the mix reaches both outcomes
    CHECK(refused > 10);
}

#include <doctest/doctest.h>

#include "core/i18n/said_text.hpp"
#include "core/queries/query.hpp"
#include "tests/core/query_fixture.hpp"

using namespace atelier;
using nlohmann::json;

namespace {

// The numbers of the orders matching every EXPR, by number.
std::vector<int> numbers(const std::vector<std::string>& exprs, Date today = qfix::kToday) {
    static const Atelier a = qfix::atelier_fixture();
    static const QueryIndex ix = build_index(a);
    std::string error;
    auto f = parse_filter(exprs, error);
    REQUIRE_MESSAGE(f, error);
    std::vector<int> out;
    for (int i : run_query(ix, *f, Sort{SortKey::number, false}, today)) out.push_back(a.orders[static_cast<size_t>(i)].number);
    return out;
}

using V = std::vector<int>;

}  // namespace

TEST_CASE("filter expressions parse, format back and go through JSON") {
    std::string error;
    auto g = parse_filter_expr("overdue|due-soon", error);
    REQUIRE(g);
    CHECK(*g == std::vector<FilterTerm>{{FilterKey::overdue, "", false}, {FilterKey::due_soon, "", false}});
    auto f = parse_filter({"overdue|due-soon", "team=Atelier A", "!rush", "fitting-within=07", "text=a\\|b"}, error);
    REQUIRE_MESSAGE(f, error);
    CHECK(f->all[1] == std::vector<FilterTerm>{{FilterKey::team, "Atelier A", false}});
    CHECK(f->all[2] == std::vector<FilterTerm>{{FilterKey::rush, "", true}});
    CHECK(f->all[3][0].value == "7");
    CHECK(f->all[4][0].value == "a|b");
    const json j = filter_to_json(*f);
    CHECK(j == json::parse(R"(["overdue|due-soon", "team=Atelier A", "!rush", "fitting-within=7", "text=a\\|b"])"));
    auto back = filter_from_json(j, error);
    REQUIRE(back);
    CHECK(*back == *f);
}

TEST_CASE("filter expressions are refused with a reason") {
    std::string error;
    CHECK_FALSE(parse_filter_expr("nope", error));
    CHECK(error == "unknown filter 'nope' (see atelier query --help)");
    CHECK_FALSE(parse_filter_expr("owes=1", error));
    CHECK(error == "filter 'owes' takes no value");
    CHECK_FALSE(parse_filter_expr("stage", error));
    CHECK(error == "filter 'stage' needs a value: stage=TEXT");
    CHECK_FALSE(parse_filter_expr("payment=maybe", error));
    CHECK(error == "filter 'payment' is one of unpaid,deposit,paid, not 'maybe'");
    CHECK_FALSE(parse_filter_expr("fitting-within=x", error));
    CHECK(error == "filter 'fitting-within' needs a number of days from 0 to 36500, not 'x'");
    CHECK_FALSE(parse_filter_expr("overdue|", error));
    CHECK_FALSE(filter_from_json(json::parse(R"({"a":1})"), error));
    CHECK_FALSE(filter_from_json(json::parse(R"([1])"), error));
}

TEST_CASE("a refused filter is worded in the device's language, its English the command line's") {
    // A stored filter the app no longer parses, or one typed in the filter bar, is shown in French.
    const auto french = [](std::string_view expr) {
        Said why{};
        CHECK_FALSE(parse_filter_expr(expr, why));
        std::string error;
        CHECK_FALSE(parse_filter_expr(expr, error));
        CHECK(english(why) == error);
        return words(Language::fr, why);
    };
    CHECK(french("nope") == "filtre « nope » inconnu (voir atelier query --help)");
    CHECK(french("!owes=1") == "le filtre « owes » ne prend pas de valeur");
    CHECK(french("stage") == "le filtre « stage » demande une valeur : stage=TEXT");
    CHECK(french("payment=maybe") == "le filtre « payment » prend l’une des valeurs unpaid,deposit,paid, pas « maybe »");
    CHECK(french("overdue|fitting-within=36501") ==
          "le filtre « fitting-within » demande un nombre de jours de 0 à 36500, pas « 36501 »");
    Said why{};
    CHECK_FALSE(parse_filter({"overdue", "delivery="}, why));
    CHECK(english(why) == "filter 'delivery' needs a value: delivery=collect,ship");
    CHECK(words(Language::fr, why) == "le filtre « delivery » demande une valeur : delivery=collect,ship");
}

TEST_CASE("sorts parse and format") {
    std::string error;
    CHECK(*parse_sort("deadline", error) == Sort{SortKey::deadline, false});
    CHECK(*parse_sort("owed:desc", error) == Sort{SortKey::owed, true});
    CHECK(*parse_sort("days-in-production:asc", error) == Sort{SortKey::days_in_production, false});
    CHECK_FALSE(parse_sort("owed:down", error));
    CHECK_FALSE(parse_sort("colour", error));
    CHECK(format_sort(Sort{SortKey::client, true}) == "client:desc");
}

TEST_CASE("no filter lists every order") { CHECK(numbers({}) == V{1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009}); }

TEST_CASE("overdue: deadline passed, not handed over, not cancelled") {
    CHECK(numbers({"overdue"}) == V{1001});  // 1005 is past its deadline but collected
    CHECK(numbers({"overdue"}, qfix::d("2026-06-01")) == V{});
}

TEST_CASE("due-soon: within the atelier's horizon, not overdue") {
    CHECK(numbers({"due-soon"}) == V{1002, 1007});  // 1008 is due in 10 days, past the 7-day horizon
    CHECK(numbers({"due-within=4"}) == V{1007});
}

TEST_CASE("fitting-within: a fitting not yet done in the next N days") {
    CHECK(numbers({"fitting-within=0"}) == V{1007});
    CHECK(numbers({"fitting-within=2"}) == V{1007});
    CHECK(numbers({"fitting-within=3"}) == V{1007, 1008});  // 1007's done first fitting never counts
}

TEST_CASE("draft, completed, cancelled, active") {
    CHECK(numbers({"draft"}) == V{1004});
    CHECK(numbers({"completed"}) == V{1005});
    CHECK(numbers({"cancelled"}) == V{1006});
    CHECK(numbers({"active"}) == V{1001, 1002, 1003, 1007, 1008, 1009});
}

TEST_CASE("stage and pipeline") {
    CHECK(numbers({"stage=sewing"}) == V{1001, 1006, 1008, 1009});
    CHECK(numbers({"stage=finishing"}) == V{1005, 1007});  // the same stage id in both pipelines
    CHECK(numbers({"stage=nowhere"}) == V{});
    CHECK(numbers({"pipeline=suit"}) == V{1003, 1005});
    CHECK(numbers({"pipeline=bridal", "stage=finishing"}) == V{1007});
}

TEST_CASE("collection, team and salesperson ignore case and accents") {
    CHECK(numbers({"collection=ss26"}) == V{1001, 1004, 1006, 1009});
    CHECK(numbers({"collection=Bridal 2026"}) == V{1007});
    CHECK(numbers({"team=sewing"}) == V{1001, 1006, 1007, 1008, 1009});
    CHECK(numbers({"team=Atelier A"}) == V{});
    CHECK(numbers({"salesperson=amelie"}) == V{1001, 1004, 1007});
    CHECK(numbers({"salesperson=Amélie"}) == V{1001, 1004, 1007});
}

TEST_CASE("payment status, payment kind and owes") {
    CHECK(numbers({"payment=unpaid"}) == V{1002, 1004, 1008});
    CHECK(numbers({"payment=deposit"}) == V{1001, 1006});
    CHECK(numbers({"payment=paid"}) == V{1003, 1005, 1007, 1009});
    CHECK(numbers({"payment-kind=none"}) == V{1002, 1004, 1008});
    CHECK(numbers({"payment-kind=deposit"}) == V{1001, 1006});
    CHECK(numbers({"payment-kind=full"}) == V{1003, 1005, 1007, 1009});
    CHECK(numbers({"owes"}) == V{1001, 1002, 1008});  // the draft and the cancelled order owe nothing
}

TEST_CASE("rush, priority, delivery and kind") {
    CHECK(numbers({"rush"}) == V{1002, 1009});
    CHECK(numbers({"!rush"}) == V{1001, 1003, 1004, 1005, 1006, 1007, 1008});
    CHECK(numbers({"priority"}) == V{1003});
    CHECK(numbers({"delivery=ship"}) == V{1001});
    CHECK(numbers({"delivery=collect", "rush"}) == V{1002, 1009});
    CHECK(numbers({"kind=bulk"}) == V{1003});
    CHECK(numbers({"kind=mto", "pipeline=suit"}) == V{1005});
}

TEST_CASE("status is the commercial status") {
    CHECK(numbers({"status=in_production"}) == V{1001, 1003, 1007, 1008, 1009});
    CHECK(numbers({"status=confirmed"}) == V{1002});
    CHECK(numbers({"status=shipped"}) == V{});
}

TEST_CASE("stuck and at-risk as filters") {
    CHECK(numbers({"stuck"}) == V{1001, 1003});
    CHECK(numbers({"at-risk"}) == V{1002, 1008});
}

TEST_CASE("text search ignores case and accents, over number, client, garment, collection and notes") {
    CHECK(numbers({"text=hoxha"}) == V{1001, 1005, 1009});
    CHECK(numbers({"text=HOXHÁ"}) == V{1001, 1005, 1009});
    CHECK(numbers({"text=odegard"}) == V{1002, 1007});
    CHECK(numbers({"text=muller"}) == V{1003, 1006});
    CHECK(numbers({"text=Müller"}) == V{1003, 1006});
    CHECK(numbers({"text=aurore"}) == V{1001, 1008});
    CHECK(numbers({"text=ss26"}) == V{1001, 1004, 1006, 1009});
    CHECK(numbers({"text=tuesday"}) == V{1003});
    CHECK(numbers({"text=1004"}) == V{1004});
    CHECK(numbers({"text=1005-ATL"}) == V{1005});
    CHECK(numbers({"text=ana hoxha"}) == V{1001, 1005, 1009});  // every word
    CHECK(numbers({"text=ana dubois"}) == V{});
    CHECK(numbers({"text=zzz"}) == V{});
}

TEST_CASE("number") {
    CHECK(numbers({"number=1003"}) == V{1003});
    CHECK(numbers({"number=999"}) == V{});
}

TEST_CASE("alternatives OR within an expression, expressions AND") {
    CHECK(numbers({"overdue|due-soon"}) == V{1001, 1002, 1007});
    CHECK(numbers({"overdue|due-soon", "team=sewing"}) == V{1001, 1007});
    CHECK(numbers({"overdue|due-soon", "team=sewing", "text=odegard"}) == V{1007});
    CHECK(numbers({"draft", "cancelled"}) == V{});
}

TEST_CASE("matches and run_query on the atelier agree") {
    const Atelier a = qfix::atelier_fixture();
    const QueryIndex ix = build_index(a);
    std::string error;
    const Filter f = *parse_filter({"text=hoxha"}, error);
    CHECK(matches(ix, 0, f, qfix::kToday));
    CHECK_FALSE(matches(ix, 1, f, qfix::kToday));
    CHECK(run_query(a, f, Sort{SortKey::number, false}, qfix::kToday) == std::vector<int>{0, 4, 8});
}

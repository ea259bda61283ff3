// `atelier query FILE [--filter EXPR]... [--sort KEY[:desc]] [--limit N] [--format table|json|csv] [--today D] [--order N]`
#include <iomanip>
#include <ostream>
#include <sstream>

#include "core/csv/csv.hpp"
#include "core/derive.hpp"
#include "core/queries/projection.hpp"
#include "core/queries/query.hpp"
#include "core/rules/badge.hpp"
#include "native/query_args.hpp"

namespace atelier::cli {

namespace {

void print_help(std::ostream& os) {
    os << "usage: atelier query FILE [--filter EXPR]... [--sort KEY[:desc]] [--limit N]\n"
          "                    [--format table|json|csv] [--today YYYY-MM-DD]\n"
          "       atelier query FILE --order NUMBER [--today YYYY-MM-DD]   (the order's backward plan)\n\n"
          "Lists the orders matching every --filter, in --sort order (default deadline; ties by number).\n"
          "An EXPR is one filter, or alternatives joined by '|' (\"overdue|due-soon\"); '!' negates (\"!rush\").\n"
          "Names, places and text ignore case and accents: text=hoxha finds Hoxhá.\n\nfilters:\n";
    auto item = [&](const FilterHelp& h) {
        const std::string e = h.expr;
        if (e.size() >= 28) os << "  " << e << "\n  " << std::string(28, ' ') << h.meaning << "\n";
        else os << "  " << std::left << std::setw(28) << e << h.meaning << "\n";
    };
    for (const auto& h : filter_help()) item(h);
    os << "\nsorts (KEY or KEY:desc; ties go by order number, and :desc reverses the whole order):\n";
    for (const auto& h : sort_help()) item(h);
}


struct Line {
    std::string number, client, garment, pipeline, stage, status, deadline, owed, team, flags;
};

Line line_of(const Atelier& a, const QueryIndex& ix, int i, Date today) {
    const Order& o = a.orders[static_cast<size_t>(i)];
    const QueryRow& r = ix.rows[static_cast<size_t>(i)];
    const Client* c = a.client(o.client);
    const Stage* st = current_stage(a, o);
    Line l{order_label(a.profile, o.number), c ? c->name : "", o.garment, o.pipeline, st ? st->name : o.stage,
           enum_id(o.status), format_date(o.deadline), format_money(Money{r.owed}),
           o.team, ""};
    auto flag = [&](bool on, const char* f) {
        if (!on) return;
        if (!l.flags.empty()) l.flags += ' ';
        l.flags += f;
    };
    // The badges as the board shows them (one deadline badge at most, core/rules/badge.hpp), then stuck.
    for (Badge b : order_badges(r, today, ix.due_soon_days)) flag(true, badge_text(b).id);
    flag(stuck_info(r, today).stuck, "stuck");
    return l;
}

nlohmann::json json_of(const Atelier& a, const QueryIndex& ix, int i, Date today) {
    const Order& o = a.orders[static_cast<size_t>(i)];
    const QueryRow& r = ix.rows[static_cast<size_t>(i)];
    const Client* c = a.client(o.client);
    nlohmann::json j = {{"number", o.number},
                        {"label", order_label(a.profile, o.number)},
                        {"client", c ? c->name : ""},
                        {"garment", o.garment},
                        {"collection", o.collection},
                        {"pipeline", o.pipeline},
                        {"stage", o.stage},
                        {"status", enum_id(o.status)},
                        {"deadline", format_date(o.deadline)},
                        {"owed", r.owed},
                        {"team", o.team},
                        {"overdue", is_overdue(r, today)},
                        {"due_soon", is_due_soon(r, ix.due_soon_days, today)},
                        {"rush", o.rush},
                        {"priority", o.priority}};
    nlohmann::json badges = nlohmann::json::array();
    for (Badge b : order_badges(r, today, ix.due_soon_days)) badges.push_back(badge_text(b).id);
    j["badges"] = std::move(badges);
    if (auto d = days_in_production(r, today)) j["days_in_production"] = *d;
    const Stuck s = stuck_info(r, today);
    if (r.stage_entered != kNoDay) j["days_in_stage"] = s.days_in_stage;
    j["stuck"] = s.stuck;
    const Projection p = project(r, today);
    if (p.valid) {
        j["projected_finish"] = format_date(p.finish);
        j["at_risk"] = p.at_risk;
    }
    return j;
}

}  // namespace

int cmd_query(const Args& args, Io& io) {
    const auto q = parse_query_args("query", kOptFilter | kOptSort | kOptLimit | kOptOrder | kOptCsv, args, io);
    if (!q) return 2;
    if (q->help) {
        print_help(io.out);
        return 0;
    }
    const Date today = q->today;
    const Format format = q->format;
    const long order = q->order;
    Atelier at;
    if (!load_atelier(q->file, "query", at, io)) return 1;

    if (order >= 0) {
        const Order* o = at.order(static_cast<int>(order));
        if (!o) {
            io.err << "atelier query: no order " << order << "\n";
            return 1;
        }
        const BackwardPlan plan = backward_plan(at, *o, today);
        if (format == Format::json) {
            nlohmann::json st = nlohmann::json::array();
            for (const auto& s : plan.stages)
                st.push_back({{"stage", s.stage}, {"name", s.name}, {"team", s.team}, {"start", format_date(s.start)},
                              {"end", format_date(s.end)}, {"days", s.days}, {"current", s.current}});
            nlohmann::json fit = nlohmann::json::array();
            for (const auto& f : plan.fittings) {
                nlohmann::json fj = {{"kind", f.kind}, {"earliest", format_date(f.earliest)}, {"latest", format_date(f.latest)},
                                     {"suggested", format_date(f.suggested)}, {"late", f.late}};
                if (f.scheduled) fj["scheduled"] = format_datetime(*f.scheduled);
                fit.push_back(fj);
            }
            io.out << nlohmann::json{{"order", o->number}, {"today", format_date(today)}, {"deadline", format_date(o->deadline)},
                                     {"expected_finish", format_date(plan.expected_finish)}, {"slack", plan.slack},
                                     {"stages", st}, {"fittings", fit}}
                          .dump(2)
                   << "\n";
        } else {
            io.out << format_plan(at, *o, plan, today);
        }
        return 0;
    }

    const QueryIndex ix = build_index(at);
    std::vector<int> rows = run_query(ix, q->filter, q->sort, today);
    const size_t total = rows.size();
    if (q->limit >= 0 && rows.size() > static_cast<size_t>(q->limit)) rows.resize(static_cast<size_t>(q->limit));

    if (format == Format::json) {
        nlohmann::json list = nlohmann::json::array();
        for (int i : rows) list.push_back(json_of(at, ix, i, today));
        io.out << nlohmann::json{{"today", format_date(today)}, {"filter", filter_to_json(q->filter)}, {"sort", format_sort(q->sort)},
                                 {"total", total}, {"orders", list}}
                      .dump(2)
               << "\n";
    } else if (format == Format::csv) {
        io.out << "number,client,garment,pipeline,stage,status,deadline,owed,team,flags\n";
        for (int i : rows) {
            const Line l = line_of(at, ix, i, today);
            for (const std::string* s : {&l.number, &l.client, &l.garment, &l.pipeline, &l.stage, &l.status, &l.deadline, &l.owed, &l.team})
                io.out << csv_field(*s, ',') << ',';
            io.out << csv_field(l.flags, ',') << "\n";
        }
    } else {
        io.out << std::left << std::setw(12) << "ORDER" << std::setw(22) << "CLIENT" << std::setw(18) << "GARMENT" << std::setw(22)
               << "STAGE" << std::setw(14) << "STATUS" << std::setw(11) << "DEADLINE" << std::right << std::setw(11) << "OWED"
               << "  FLAGS\n";
        auto cut = [](const std::string& s, size_t w) {
            // Pad by code points, not bytes, so accented names keep the columns straight.
            size_t cps = 0, i = 0;
            std::string out;
            for (; i < s.size() && cps < w - 1; ++cps) {
                size_t len = 1;
                const unsigned char c = static_cast<unsigned char>(s[i]);
                if (c >= 0xF0) len = 4;
                else if (c >= 0xE0) len = 3;
                else if (c >= 0xC0) len = 2;
                out.append(s, i, len);
                i += len;
            }
            return out + std::string(w - cps, ' ');
        };
        for (int i : rows) {
            const Line l = line_of(at, ix, i, today);
            io.out << cut(l.number, 12) << cut(l.client, 22) << cut(l.garment, 18) << cut(l.stage, 22) << cut(l.status, 14)
                   << cut(l.deadline, 11) << std::right << std::setw(11) << l.owed << std::left << "  " << l.flags << "\n";
        }
        io.out << rows.size() << (rows.size() == total ? "" : " of " + std::to_string(total)) << (total == 1 ? " order" : " orders")
               << "\n";
    }
    return io.out ? 0 : 1;
}

}  // namespace atelier::cli

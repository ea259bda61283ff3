// [SECTION] Where work waits: the time orders spent in each stage, from their history.
#include <map>

#include "core/derive.hpp"
#include "core/i18n/names.hpp"
#include "core/i18n/said_text.hpp"
#include "core/queries/index.hpp"
#include "core/reports/report.hpp"

namespace atelier {

namespace {

struct StageTally {
    int64_t done_minutes = 0;
    int visits = 0;
    int64_t open_minutes = 0;
    int now = 0;
};

// "\"cutting\"" → cutting (a history change's JSON text of a string).
std::string json_string_text(const std::string& s) {
    return s.size() >= 2 && s.front() == '"' && s.back() == '"' ? s.substr(1, s.size() - 2) : std::string();
}

std::string days_text(int64_t minutes, int n) {
    if (n == 0) return "";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(minutes) / 1440.0 / n);
    return buf;
}

}  // namespace

Report stage_days_report(const Atelier& a, const ReportPeriod& period) {
    Report r;
    r.kind = ReportKind::days_per_stage;
    set_words(r,
              say(Msg::core_report_title_period, {{"from", format_date(period.from)}, {"to", format_date(period.to)}})
                  .with("report", say(report_kind_msg(ReportKind::days_per_stage))),
              {say(Msg::col_stage), say(Msg::col_pipeline), say(Msg::core_report_col_average_days), say(Msg::core_report_col_visits),
               say(Msg::core_report_col_in_now), say(Msg::core_report_col_waiting_days)},
              say(Msg::core_report_col_average_days), say(Msg::core_report_note_stage_days));
    r.numeric = {false, false, true, true, true, true};
    // (pipeline index, stage index) → tally: rows in pipeline and stage order.
    std::map<std::pair<size_t, size_t>, StageTally> tally;
    const int64_t from = int64_t{period.from.days} * 1440;
    const int64_t to = (int64_t{period.to.days} + 1) * 1440;  // the last day included
    const int64_t now = period.now.minutes;
    for (const auto& o : a.orders) {
        size_t pi = 0;
        for (; pi < a.pipelines.size() && a.pipelines[pi].id != o.pipeline; ++pi) {}
        if (pi == a.pipelines.size()) continue;
        const Pipeline& pl = a.pipelines[pi];
        // Every stage of a pipeline in use has its row: a stage nobody passed through is news too.
        for (size_t si = 0; si < pl.stages.size(); ++si) tally[{pi, si}];
        std::string stage;       // the stage being visited, "" outside production
        int64_t entered = 0;
        bool producing = false;
        std::string current_stage = pl.stages.empty() ? std::string() : pl.stages.front().id;
        auto close = [&](int64_t at) {
            if (stage.empty()) return;
            const int s = stage_index(pl, stage);
            if (s >= 0 && at >= from && at < to) {
                StageTally& t = tally[{pi, static_cast<size_t>(s)}];
                t.done_minutes += std::max<int64_t>(0, at - entered);
                ++t.visits;
            }
            stage.clear();
        };
        for (const auto& h : o.history) {
            std::string to_stage, to_status;
            for (const auto& c : h.changes) {
                if (c.field == "stage") to_stage = json_string_text(c.after);
                if (c.field == "status") to_status = json_string_text(c.after);
            }
            if (!to_stage.empty()) current_stage = to_stage;
            if (!to_status.empty()) producing = to_status == "in_production";
            // A stage moves only in production: a move recorded without the start before it (older
            // files, the demo) says the order was being made.
            else if (!to_stage.empty() && h.what != "order.create" && h.what != "order.clone") producing = true;
            const std::string next = producing ? current_stage : std::string();
            if (next != stage || (!to_stage.empty() && producing)) {
                close(h.at.minutes);
                if (!next.empty()) {
                    stage = next;
                    entered = h.at.minutes;
                }
            }
        }
        if (o.status != Status::in_production) continue;
        if (stage.empty() || stage != o.stage) {
            // In production with no move recorded into its stage: since the day stage_entered
            // reckons (the start of production and the stages' expected days).
            const auto since = stage_entered(a, o);
            if (!since) continue;
            stage = o.stage;
            entered = int64_t{since->days} * 1440;
        }
        const int s = stage_index(pl, stage);
        if (s >= 0) {
            StageTally& t = tally[{pi, static_cast<size_t>(s)}];
            t.open_minutes += std::max<int64_t>(0, now - entered);
            ++t.now;
        }
    }
    int64_t all_minutes = 0;
    int all_visits = 0, all_now = 0;
    for (const auto& [key, t] : tally) {
        const Pipeline& pl = a.pipelines[key.first];
        const std::string avg = days_text(t.done_minutes, t.visits);
        r.rows.push_back(ReportRow{{pl.stages[key.second].name, pl.name, avg, std::to_string(t.visits), std::to_string(t.now),
                                    days_text(t.open_minutes, t.now)},
                                   t.visits ? static_cast<double>(t.done_minutes) / 1440.0 / t.visits
                                   : t.now  ? static_cast<double>(t.open_minutes) / 1440.0 / t.now
                                            : 0.0,
                                   t.visits == 0 && t.now > 0});
        all_minutes += t.done_minutes;
        all_visits += t.visits;
        all_now += t.now;
    }
    r.totals_said = say(Msg::core_report_all_stages);
    r.totals = {english(*r.totals_said), "", days_text(all_minutes, all_visits), std::to_string(all_visits), std::to_string(all_now), ""};
    return r;
}

}  // namespace atelier

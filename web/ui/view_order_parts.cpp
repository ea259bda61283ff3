// The order page's sections: measurements, payments, fittings, production (stages and the
// backward plan), reference images, outbox, history. Each reads the order and dispatches.
// - User text is always drawn with TextUnformatted or a "%s" argument, never as a format.
// - A refusal stays visible next to the form that caused it (the toast fades).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/commands/command.hpp"
#include "core/derive.hpp"
#include "core/queries/index.hpp"
#include "core/queries/projection.hpp"
#include "core/text.hpp"
#include "web/app.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

// [SECTION] Shared helpers

std::optional<Length> parse_length_entry(std::string_view text) {
    const std::string_view t = trim(text);
    if (auto l = parse_length(t)) return l;
    return parse_length(std::string(t) + "cm");
}

void refusal_text(const std::string& text) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(colours().overdue, "%s", text.c_str());
    ImGui::PopTextWrapPos();
    mark_last_item(text);
}

const char* status_name(Status s) {
    constexpr const char* names[] = {"Draft",     "Confirmed", "In production", "Shipped",
                                     "Collected", "Invoiced",  "Paid",          "Cancelled"};
    return names[static_cast<size_t>(s)];
}

bool name_combo(const char* label, const std::vector<std::string>& names, std::string& value) {
    bool changed = false;
    ImGui::SetNextItemWidth(em(220));
    if (ImGui::BeginCombo(label, value.empty() ? "(none)" : value.c_str())) {
        if (ImGui::Selectable("(none)", value.empty())) value.clear(), changed = true;
        for (size_t i = 0; i < names.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable("##n", names[i] == value)) value = names[i], changed = true;
            mark_last_item(names[i]);
            ImGui::SameLine();
            ImGui::TextUnformatted(names[i].c_str());
            ImGui::PopID();
        }
        ImGui::EndCombo();
    } else {
        mark_last_item(label);  // combos do not report themselves to the locator
    }
    return changed;
}

namespace {

std::string when_text(DateTime t) {
    std::string s = format_datetime(t);
    if (s.size() > 10) s[10] = ' ';
    return s;
}

// Per-order transient form state, reset when another order is opened.
struct Forms {
    int order = -1;
    uint64_t revision = ~0ull;
    std::vector<std::pair<std::string, std::string>> overrides;  // name -> text as typed
    std::string new_name, new_value, measure_error;
    std::string pay_amount, pay_method = "cash", pay_note, pay_error;
    std::string fit_date, fit_time = "10:00", fit_kind = "first", fit_notes, fit_error;
    std::string stage_note, stage_error;
};
Forms g_forms;

Forms& forms(App& app, const Order& o) {
    Forms& f = g_forms;
    if (f.order != o.number) {
        f = Forms{};
        f.order = o.number;
        f.fit_date = format_date(app.today);
    }
    if (f.revision != app.revision()) {
        // Override fields follow the order (a field being typed in keeps ImGui's own buffer).
        f.overrides.clear();
        for (const auto& m : o.overrides) f.overrides.emplace_back(m.name, format_length(m.value));
        f.revision = app.revision();
    }
    return f;
}

std::string& override_text(Forms& f, const std::string& name) {
    for (auto& [n, t] : f.overrides)
        if (n == name) return t;
    return f.overrides.emplace_back(name, std::string()).second;
}

bool run(App& app, const Command& c, std::string& error) {
    if (app.dispatch(c)) {
        error.clear();
        return true;
    }
    error = app.refusal().message;
    return false;
}

void set_override(App& app, const Order& o, Forms& f, const std::string& name, const std::string& text) {
    const bool has = std::any_of(o.overrides.begin(), o.overrides.end(), [&](const Measurement& m) { return m.name == name; });
    if (trim(text).empty()) {
        if (has) run(app, cmd::OrderOverride{o.number, name, std::nullopt}, f.measure_error);
        return;
    }
    const auto l = parse_length_entry(text);
    if (!l) {
        f.measure_error = "Override " + name + ": write a length like 92.5 cm or 36 in";
        f.revision = ~0ull;  // show the stored value again
        return;
    }
    run(app, cmd::OrderOverride{o.number, name, *l}, f.measure_error);
}

}  // namespace

// [SECTION] Measurements

void order_measurements(App& app, const Order& o) {
    const Atelier& a = app.store.state();
    Forms& f = forms(app, o);
    const auto rows = effective_measurements(a.client(o.client), o);
    if (o.frozen_on)
        ImGui::TextColored(colours().muted, "Cut on %s: the garment uses the values frozen then.", format_date(*o.frozen_on).c_str());
    ImGui::TextDisabled("Type an override and press Enter; clear it to use the client's value again.");
    if (rows.empty()) ImGui::TextUnformatted("No measurements yet: measure the client on their page, or add an override.");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!rows.empty() && ImGui::BeginTable("measurements", 5, flags)) {
        ImGui::TableSetupColumn("Measurement");
        ImGui::TableSetupColumn("Client");
        ImGui::TableSetupColumn("Order override");
        ImGui::TableSetupColumn("Used");
        ImGui::TableSetupColumn("Note", 0, 2.0f);
        ImGui::TableHeadersRow();
        for (const auto& r : rows) {
            ImGui::PushID(r.name.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(r.name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(r.client ? format_length(*r.client).c_str() : "—");
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            std::string& text = override_text(f, r.name);
            ImGui::InputTextWithHint("##override", "none", &text);
            mark_last_item("Override " + r.name);
            if (ImGui::IsItemDeactivatedAfterEdit()) set_override(app, o, f, r.name, text);
            ImGui::TableNextColumn();
            const std::string used = format_length(r.used) + (r.frozen ? " (cut)" : r.override_value ? " (override)" : "");
            ImGui::TextUnformatted(used.c_str());
            mark_last_item("Used " + r.name + " " + used);
            ImGui::TableNextColumn();
            if (r.differs_from_frozen) {
                const std::string w = "Client re-measured after cutting: now " + (r.client ? format_length(*r.client) : "—");
                ImGui::TextColored(colours().due_soon, "%s", w.c_str());
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::SetNextItemWidth(em(160));
    ImGui::InputTextWithHint("##new_name", "measurement", &f.new_name);
    mark_last_item("Override name");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em(110));
    ImGui::InputTextWithHint("##new_value", "e.g. 92 cm", &f.new_value);
    mark_last_item("Override value");
    ImGui::SameLine();
    if (ImGui::Button("Add override")) {
        const std::string name(trim(f.new_name));
        if (name.empty()) {
            f.measure_error = "Name the measurement to override";
        } else if (const auto l = parse_length_entry(f.new_value)) {
            if (run(app, cmd::OrderOverride{o.number, name, *l}, f.measure_error)) f.new_name.clear(), f.new_value.clear();
        } else {
            f.measure_error = "Override " + name + ": write a length like 92.5 cm or 36 in";
        }
    }
    if (!f.measure_error.empty()) refusal_text(f.measure_error);
}

// [SECTION] Payments

void order_payments(App& app, const Order& o) {
    const Atelier& a = app.store.state();
    const std::string& cur = a.profile.settings.currency;
    Forms& f = forms(app, o);
    const Money owed = balance_owed(o);
    ImGui::Text("Total %s", money_text(order_total(o), cur).c_str());
    if (o.rush && o.rush_fee.minor > 0) {
        ImGui::SameLine();
        ImGui::TextDisabled("(price %s + rush fee %s)", money_text(o.price, cur).c_str(), money_text(o.rush_fee, cur).c_str());
    }
    const std::string paid = "Paid " + money_text(amount_paid(o), cur);
    ImGui::TextUnformatted(paid.c_str());
    mark_last_item(paid);
    const std::string balance = "Balance owed " + money_text(owed, cur);
    ImGui::TextColored(owed.minor > 0 ? colours().due_soon : colours().ok, "%s", balance.c_str());
    mark_last_item(balance);
    constexpr const char* kinds[] = {"none", "deposit", "full"};
    const std::string kind = std::string("Payment: ") + kinds[static_cast<size_t>(payment_kind(o))];
    ImGui::TextUnformatted(kind.c_str());
    mark_last_item(kind);
    if (const Money due = due_now(a, o); due.minor > 0) {
        ImGui::SameLine();
        ImGui::TextColored(colours().overdue, "· due now %s", money_text(due, cur).c_str());
    }

    section("Record payment");
    ImGui::SetNextItemWidth(em(130));
    ImGui::InputTextWithHint("Payment amount", format_money(owed).c_str(), &f.pay_amount);
    same_line_if_fits(em(200));
    constexpr const char* methods[] = {"cash", "card", "transfer"};
    ImGui::SetNextItemWidth(em(120));
    if (ImGui::BeginCombo("Method", f.pay_method.c_str())) {
        for (const char* m : methods)
            if (ImGui::Selectable(m, f.pay_method == m)) f.pay_method = m;
        ImGui::EndCombo();
    } else {
        mark_last_item("Method");
    }
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputTextWithHint("Payment note", "optional", &f.pay_note);
    ImGui::BeginDisabled(o.status == Status::cancelled);
    if (ImGui::Button("Record payment")) {
        const std::string_view t = trim(f.pay_amount);
        const auto amount = parse_money(t);
        if (!t.empty() && t.front() == '-') f.pay_error = "a payment must be more than zero";
        else if (!amount) f.pay_error = "write the amount like 250 or 250.50";
        else if (run(app, cmd::OrderPay{o.number, *amount, std::nullopt, f.pay_method, std::string(trim(f.pay_note))}, f.pay_error))
            f.pay_amount.clear(), f.pay_note.clear();
    }
    ImGui::EndDisabled();
    if (!f.pay_error.empty()) refusal_text("Payment refused: " + f.pay_error);

    section("Ledger");
    if (o.payments.empty()) ImGui::TextDisabled("No payments yet.");
    else if (ImGui::BeginTable("ledger", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("Date");
        ImGui::TableSetupColumn("Method");
        ImGui::TableSetupColumn("Amount");
        ImGui::TableSetupColumn("Note", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableHeadersRow();
        for (const auto& pmt : o.payments) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(when_text(pmt.at).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(pmt.method.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(money_text(pmt.amount, cur).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(pmt.note.c_str());
        }
        ImGui::EndTable();
    }
}

// [SECTION] Fittings

void order_fittings(App& app, const Order& o) {
    Forms& f = forms(app, o);
    if (o.fittings.empty()) ImGui::TextDisabled("No fittings booked.");
    else if (ImGui::BeginTable("fittings", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("When");
        ImGui::TableSetupColumn("Kind");
        ImGui::TableSetupColumn("Notes", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("State");
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < o.fittings.size(); ++i) {
            const Fitting& fit = o.fittings[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(when_text(fit.at).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(fit.kind.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(fit.notes.c_str());
            ImGui::TableNextColumn();
            if (fit.done) ImGui::TextColored(colours().ok, "done");
            else if (ImGui::SmallButton("Done")) run(app, cmd::FittingDone{o.number, static_cast<int>(i), ""}, f.fit_error);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    section("Add fitting");
    ImGui::SetNextItemWidth(em(120));
    ImGui::InputTextWithHint("Fitting date", "YYYY-MM-DD", &f.fit_date);
    same_line_if_fits(em(180));
    ImGui::SetNextItemWidth(em(70));
    ImGui::InputTextWithHint("Fitting time", "HH:MM", &f.fit_time);
    same_line_if_fits(em(200));
    ImGui::SetNextItemWidth(em(110));
    if (ImGui::BeginCombo("Fitting kind", f.fit_kind.c_str())) {
        for (const char* k : {"first", "second", "final"})
            if (ImGui::Selectable(k, f.fit_kind == k)) f.fit_kind = k;
        ImGui::EndCombo();
    } else {
        mark_last_item("Fitting kind");
    }
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputTextWithHint("Fitting notes", "optional", &f.fit_notes);
    if (ImGui::Button("Add fitting")) {
        const auto at = parse_datetime(std::string(trim(f.fit_date)) + "T" + std::string(trim(f.fit_time)));
        if (!at) f.fit_error = "write the date as YYYY-MM-DD and the time as HH:MM";
        else if (run(app, cmd::OrderFitting{o.number, *at, f.fit_kind, std::string(trim(f.fit_notes))}, f.fit_error))
            f.fit_notes.clear();
    }
    if (!f.fit_error.empty()) refusal_text("Fitting refused: " + f.fit_error);
}

// [SECTION] Production: every stage with its state, the current stage's actions, the backward plan

namespace {

const char* stage_state(const Order& o, const Pipeline& p, size_t j, int at) {
    const Stage& s = p.stages[j];
    const bool logged_skip = std::any_of(o.log.begin(), o.log.end(), [&](const LogEntry& e) {
        return e.event == Event::skipped && e.stage == s.id;
    });
    const bool before = o.status == Status::draft || o.status == Status::confirmed;
    const bool after = o.status > Status::in_production && o.status != Status::cancelled;
    if (logged_skip) return "skipped";
    if (after || (at >= 0 && static_cast<int>(j) < at)) return "done";
    if (static_cast<int>(j) == at && !before) {
        if (o.stage_status == StageStatus::done) return "done";
        return o.stage_status == StageStatus::in_progress ? "current: in progress" : "current: not started";
    }
    return will_skip(o, s) ? "ahead (will be skipped: rush)" : "ahead";
}

void current_stage_actions(App& app, const Order& o, const Stage& s, Forms& f) {
    ImGui::Spacing();
    ImGui::Text("Current stage: %s", s.name.c_str());
    if (o.stage_status == StageStatus::not_started) {
        if (ImGui::Button("Start stage")) run(app, cmd::StageStart{o.number}, f.stage_error);
        ImGui::SameLine();
    }
    if (ImGui::Button("Advance stage")) run(app, cmd::OrderAdvance{o.number}, f.stage_error);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Mark this stage done and move the order to the next one");
    if (s.qc || s.optional) {
        ImGui::SetNextItemWidth(em(320));
        ImGui::InputTextWithHint("##stage_note", s.qc ? "What to fix (needed for a QC fail)" : "Why it is skipped", &f.stage_note);
        mark_last_item(s.qc ? "QC note" : "Skip note");
        if (s.qc) {
            ImGui::SameLine();
            if (ImGui::Button("QC pass")) run(app, cmd::OrderQc{o.number, true, std::string(trim(f.stage_note))}, f.stage_error);
            ImGui::SameLine();
            if (ImGui::Button("QC fail") &&
                run(app, cmd::OrderQc{o.number, false, std::string(trim(f.stage_note))}, f.stage_error))
                f.stage_note.clear();
        }
        if (s.optional) {
            ImGui::SameLine();
            if (ImGui::Button("Skip stage") && run(app, cmd::OrderSkip{o.number, std::string(trim(f.stage_note))}, f.stage_error))
                f.stage_note.clear();
        }
    }
    if (s.qc) {
        std::string qc = "QC: not yet checked";
        if (o.qc == Qc::pass) qc = "QC: passed";
        if (o.qc == Qc::fail) {
            qc = "QC failed";
            for (auto it = o.log.rbegin(); it != o.log.rend(); ++it)
                if (it->event == Event::qc_fail) {
                    qc += ": " + it->note;
                    break;
                }
        }
        ImGui::TextColored(o.qc == Qc::fail ? colours().overdue : o.qc == Qc::pass ? colours().ok : colours().muted, "%s",
                           qc.c_str());
        mark_last_item(qc);
    }
    if (s.photo) ImGui::TextDisabled("This stage needs a photo before it can be done.");
}

void plan(App& app, const Order& o) {
    const Atelier& a = app.store.state();
    const BackwardPlan bp = backward_plan(a, o, app.today);
    section("Plan back from the deadline");
    if (bp.stages.empty()) {
        ImGui::TextDisabled("Nothing left to plan.");
        return;
    }
    ImGui::Text("Expected finish %s", format_date(bp.expected_finish).c_str());
    ImGui::SameLine();
    const std::string slack = bp.slack < 0 ? "behind plan by " + std::to_string(-bp.slack) + " days"
                                           : "slack " + std::to_string(bp.slack) + " days";
    ImGui::TextColored(bp.slack < 0 ? colours().overdue : bp.slack < 3 ? colours().due_soon : colours().ok, "%s",
                       slack.c_str());
    mark_last_item("Plan " + slack);
    if (ImGui::BeginTable("plan", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("Start by");
        ImGui::TableSetupColumn("Done by");
        ImGui::TableSetupColumn("Stage", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Days");
        ImGui::TableHeadersRow();
        for (const auto& s : bp.stages) {
            ImGui::TableNextRow();
            if (s.current) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImGuiCol_HeaderHovered));
            const bool late = s.start < app.today && !s.current;
            ImGui::TableNextColumn();
            if (late) ImGui::TextColored(colours().overdue, "%s", format_date(s.start).c_str());
            else ImGui::TextUnformatted(format_date(s.start).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_date(s.end).c_str());
            ImGui::TableNextColumn();
            const std::string name = s.name + (s.team.empty() ? "" : " (" + s.team + ")");
            ImGui::TextUnformatted(name.c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%d", s.days);
        }
        ImGui::EndTable();
    }
    for (const auto& fs : bp.fittings) {
        std::string t = fs.kind + " fitting: between " + format_date(fs.earliest) + " and " + format_date(fs.latest) +
                        ", suggested " + format_date(fs.suggested);
        if (fs.scheduled) t += ", booked " + when_text(*fs.scheduled);
        else if (fs.late) t += ", window passed";
        ImGui::TextColored(fs.late ? colours().overdue : colours().muted, "%s", t.c_str());
    }
}

}  // namespace

void order_production(App& app, const Order& o) {
    const Atelier& a = app.store.state();
    Forms& f = forms(app, o);
    const Pipeline* p = a.pipeline(o.pipeline);
    if (!p) {
        ImGui::Text("Unknown pipeline \"%s\".", o.pipeline.c_str());
        return;
    }
    const int at = stage_index(*p, o.stage);
    ImGui::Text("Pipeline: %s", p->name.c_str());
    if (o.status == Status::draft) ImGui::TextDisabled("A draft: confirm the order, then start production.");
    if (o.status == Status::confirmed) ImGui::TextDisabled("Confirmed: start production to begin the first stage.");
    if (ImGui::BeginTable("stages", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn("Stage", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("State");
        ImGui::TableSetupColumn("Rules");
        ImGui::TableHeadersRow();
        for (size_t j = 0; j < p->stages.size(); ++j) {
            const Stage& s = p->stages[j];
            const char* state = stage_state(o, *p, j, at);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const ImVec2 c = ImGui::GetCursorScreenPos();
            const float h = ImGui::GetTextLineHeight();
            ImGui::GetWindowDrawList()->AddRectFilled(c, ImVec2(c.x + em(6), c.y + h),
                                                      ImGui::ColorConvertFloat4ToU32(hex_colour(s.colour, colours().muted)));
            ImGui::Dummy(ImVec2(em(10), h));
            ImGui::SameLine();
            ImGui::TextUnformatted(s.name.c_str());
            ImGui::TableNextColumn();
            const bool current = std::string_view(state).rfind("current", 0) == 0;
            ImGui::TextColored(current ? colours().priority : std::string_view(state) == "done" ? colours().ok : colours().muted,
                               "%s", state);
            mark_last_item("Stage " + s.name + ": " + state);
            ImGui::TableNextColumn();
            std::string rules = std::to_string(s.days) + "d";
            if (s.qc) rules += " · QC";
            if (s.optional) rules += " · optional";
            if (s.photo) rules += " · photo";
            if (s.freezes) rules += " · cuts";
            ImGui::TextDisabled("%s", rules.c_str());
        }
        ImGui::EndTable();
    }
    if (o.status == Status::in_production) {
        if (o.stage_status == StageStatus::done) ImGui::TextColored(colours().ok, "Production finished: ready to ship or collect.");
        else if (const Stage* s = current_stage(a, o)) current_stage_actions(app, o, *s, f);
    }
    if (!f.stage_error.empty()) refusal_text("Refused: " + f.stage_error);
    if (o.status <= Status::in_production) plan(app, o);
}

// [SECTION] Images, outbox, history

void order_images(const Order& o) {
    ImGui::BeginChild("images", ImVec2(0, em(140)), true);
    ImGui::TextDisabled("Reference images will show here once photo storage lands.");
    if (o.images.empty()) ImGui::TextUnformatted("No images on this order.");
    for (const auto& im : o.images) {
        const std::string line = (im.caption.empty() ? im.id : im.caption) + (im.stage.empty() ? "" : "  (stage " + im.stage + ")");
        ImGui::BulletText("%s", line.c_str());
    }
    ImGui::EndChild();
}

void order_outbox(const Order& o) {
    if (o.outbox.empty()) ImGui::TextDisabled("No messages to the client yet.");
    constexpr const char* channels[] = {"none", "email", "WhatsApp"};
    for (const auto& m : o.outbox) {
        ImGui::Text("%s  %s to %s", when_text(m.at).c_str(), channels[static_cast<size_t>(m.channel)],
                    m.to.empty() ? "(no address)" : m.to.c_str());
        ImGui::Indent();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(m.text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::Unindent();
    }
}

void order_history(const Order& o) {
    // History (field changes) and the production log (skips, QC, cancellation) in one time line.
    struct Line {
        DateTime at;
        std::string who, what, details;
    };
    std::vector<Line> lines;
    auto clip = [](const std::string& s) {
        if (s.size() <= 60) return s;
        size_t n = 60;
        while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // whole UTF-8 letters
        return s.substr(0, n) + "…";
    };
    for (const auto& h : o.history) {
        std::string d;
        for (const auto& c : h.changes) d += (d.empty() ? "" : "; ") + c.field + ": " + clip(c.before) + " → " + clip(c.after);
        lines.push_back({h.at, h.who, h.what, d});
    }
    constexpr const char* events[] = {"skipped", "QC pass", "QC fail", "released owing", "cancelled"};
    for (const auto& e : o.log) {
        std::string d = e.stage.empty() ? "" : "stage " + e.stage;
        if (!e.note.empty()) d += (d.empty() ? "" : ": ") + e.note;
        if (e.amount.minor) d += " (" + format_money(e.amount) + ")";
        lines.push_back({e.at, "", events[static_cast<size_t>(e.event)], d});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line& x, const Line& y) { return x.at < y.at; });
    if (lines.empty()) ImGui::TextDisabled("No history yet.");
    else if (ImGui::BeginTable("history", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("When");
        ImGui::TableSetupColumn("Who");
        ImGui::TableSetupColumn("What");
        ImGui::TableSetupColumn("Details", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableHeadersRow();
        for (const auto& l : lines) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(when_text(l.at).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(l.who.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(l.what.c_str());
            mark_last_item("History " + l.what);
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(l.details.c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::EndTable();
    }
}

}  // namespace atelier::ui

// Clients: the searchable list, the client page (contacts, measurement history, new session,
// corrections, their orders and what they owe) and the new-client form.
// - Search folds accents (core/queries/fold.hpp): "hoxha" finds "Hoxhá".
// - Per-client order counts and balances come from one pass over the query index, per revision.
// - Names are user text: drawn with TextUnformatted, never as a format or inside a widget ID.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/calendar/ics.hpp"
#include "core/commands/command.hpp"
#include "core/derive.hpp"
#include "core/i18n/names.hpp"
#include "core/queries/fold.hpp"
#include "core/queries/index.hpp"
#include "core/rules/roles.hpp"
#include "core/text.hpp"
#include "core/text/phone.hpp"
#include "web/ui/date_picker.hpp"
#include "web/ui/dialog.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/measure_unit.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/view_clients.hpp"
#include "web/ui/views.hpp"
#include "web/ui/style.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

// Name, phone and email, as the client page and the new-client form ask for them.
void contact_fields(std::string& name, std::string& phone, std::string& email) {
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputText(ui_label(Msg::cl_name, "Name").c_str(), &name);
    ImGui::SetNextItemWidth(em(220));
    ImGui::InputTextWithHint(ui_label(Msg::cl_phone, "Phone").c_str(), "+33 6 12 34 56 78", &phone);
    ImGui::SetNextItemWidth(em(300));
    ImGui::InputText(ui_label(Msg::cl_email, "Email").c_str(), &email);
}

void notes_field(std::string& notes, float width_em) {
    const ImVec2 size(std::min(em(width_em), ImGui::GetContentRegionAvail().x - em(60)), em(60));
    ImGui::InputTextMultiline(ui_label(Msg::cl_notes, "Notes").c_str(), &notes, size);
}

}  // namespace

const std::vector<std::string>& client_haystacks(const Atelier& a, ClientSearch& s, uint64_t revision) {
    if (s.revision == revision) return s.hay;
    s.hay.assign(a.clients.size(), {});
    for (size_t i = 0; i < a.clients.size(); ++i) {
        const Client& cl = a.clients[i];
        fold_append(cl.name, s.hay[i]);
        s.hay[i] += ' ';
        fold_append(cl.phone, s.hay[i]);
        s.hay[i] += ' ';
        fold_append(cl.email, s.hay[i]);
    }
    s.revision = revision;
    return s.hay;
}

namespace {

const ClientCache& cache(const Atelier& a, ClientCache& c, Shell& sh) {
    if (c.revision == sh.revision()) return c;
    const QueryIndex& idx = sh.index();
    client_haystacks(a, c.search, sh.revision());
    c.orders.assign(a.clients.size(), 0);
    c.owed.assign(a.clients.size(), 0);
    c.order_numbers.assign(a.clients.size(), {});
    for (size_t i = 0; i < a.orders.size(); ++i) {
        const auto at = a.clients.index_of(a.orders[i].client);
        if (!at) continue;
        ++c.orders[*at];
        if (i < idx.rows.size()) c.owed[*at] += idx.rows[i].owed;
        c.order_numbers[*at].push_back(a.orders[i].number);
    }
    c.revision = sh.revision();
    return c;
}

}  // namespace

// [SECTION] The list

void draw_clients(const Atelier& a, ClientsUi& l, Shell& sh) {
    const ClientCache& cc = cache(a, l.cache, sh);
    const std::string& cur = a.profile.settings.currency;
    if (ImGui::Button(ui_label(Msg::cl_new, "+ New client").c_str())) sh.new_client();
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::table_import, "Import CSV…##clients").c_str())) sh.pick_csv();  // the file's bytes open the dialog (view_import.cpp)
    mark_last_item("Import clients CSV");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(em(360), ImGui::GetContentRegionAvail().x));
    ImGui::InputTextWithHint("##client_search", tr(Msg::cl_search_hint), &l.search);
    mark_last_item("Search clients");
    const std::string q = fold_text(trim(l.search));
    if (l.revision != sh.revision() || l.folded_for != q) {
        l.rows.clear();
        for (size_t i = 0; i < a.clients.size(); ++i)
            if (q.empty() || cc.search.hay[i].find(q) != std::string::npos) l.rows.push_back(static_cast<int>(i));
        // Alphabetical by folded name, so "Ødegård" sorts with the O's.
        std::stable_sort(l.rows.begin(), l.rows.end(), [&](int x, int y) {
            return cc.search.hay[static_cast<size_t>(x)] < cc.search.hay[static_cast<size_t>(y)];
        });
        l.revision = sh.revision();
        l.folded_for = q;
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s", trn(Msg::cl_matches, static_cast<int64_t>(a.clients.size()),
                                  {{"shown", ui_integer(static_cast<int64_t>(l.rows.size()))}}).c_str());
    if (a.clients.empty()) {
        if (empty_state(tr(Msg::cl_empty), ui_label(Msg::top_new_client, "+ Client##clients empty").c_str())) sh.new_client();
        return;
    }
    if (l.rows.empty()) {
        const std::string what = tr(Msg::cl_no_match, {{"what", tr(Msg::table_searched, {{"text", std::string(trim(l.search))}})}});
        if (empty_state(what, ui_label(Msg::cl_clear_search, "Clear search##clients").c_str())) l.search.clear();
        return;
    }

    // Not resizable: a tap on a row near a column border would start a resize instead of opening it.
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    const bool money = sees_money(sh.role());
    if (!ImGui::BeginTable("clients", money ? 5 : 4, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(ui_label(Msg::cl_name, "Name").c_str(), 0, 3.0f);
    ImGui::TableSetupColumn(ui_label(Msg::cl_phone, "Phone").c_str(), 0, 2.0f);
    ImGui::TableSetupColumn(ui_label(Msg::cl_email, "Email").c_str(), 0, 2.5f);
    ImGui::TableSetupColumn(ui_label(Msg::cl_orders_column, "Orders").c_str(), 0, 0.8f);
    if (money) ImGui::TableSetupColumn(ui_label(Msg::cl_owes_column, "Owes").c_str(), 0, 1.5f);
    ImGui::TableHeadersRow();
    // A finger needs the whole row, frame-high, to hit; the mouse keeps the compact list.
    const bool touch = look().touch;
    const float row_h = touch ? target_height() : 0.0f;
    ImGuiListClipper clip;
    clip.Begin(static_cast<int>(l.rows.size()));
    while (clip.Step()) {
        for (int r = clip.DisplayStart; r < clip.DisplayEnd; ++r) {
            const size_t i = static_cast<size_t>(l.rows[static_cast<size_t>(r)]);
            const Client& c = a.clients[i];
            ImGui::PushID(c.id);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::Selectable("##row", false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                                  ImVec2(0, row_h)))
                sh.open_client(c.id);
            mark_last_item(c.name);
            ImGui::SameLine();
            if (touch) ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(c.name.c_str());
            ImGui::TableNextColumn();
            const std::string phone = format_phone(c.phone, a.profile.country);
            if (touch) ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(phone.c_str());
            if (!phone.empty()) mark_last_item("Phone " + phone);
            ImGui::TableNextColumn();
            if (touch) ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(c.email.c_str());
            ImGui::TableNextColumn();
            if (touch) ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(ui_integer(cc.orders[i]).c_str());
            if (money) {
                ImGui::TableNextColumn();
                if (touch) ImGui::AlignTextToFramePadding();
                if (cc.owed[i] > 0) ImGui::TextColored(colours().due_soon, "%s", money_text(Money{cc.owed[i]}, cur).c_str());
                else ImGui::TextDisabled("—");
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

// [SECTION] The client page

namespace {

bool contacts_edited(const ClientUi& p) {
    return p.name != p.seen_name || p.phone != p.seen_phone || p.email != p.seen_email || p.notes != p.seen_notes ||
           p.channel != p.seen_channel || p.language != p.seen_language || p.do_not_contact != p.seen_do_not_contact;
}

// Every session's values as the correction fields show them, in the page's unit.
void write_corrections(const Client& c, ClientUi& p) {
    p.corrections.clear();
    for (const auto& s : c.sessions)
        for (const auto& m : s.values) p.corrections.push_back(local_length_number(m.value, p.corrections_unit, ui_locale()));
}

void load(Shell& sh, const Client& c, ClientUi& p, bool keep_contacts) {
    if (!keep_contacts) {
        p.name = p.seen_name = c.name;
        p.phone = p.seen_phone = c.phone;
        p.email = p.seen_email = c.email;
        p.notes = p.seen_notes = c.notes;
        p.channel = p.seen_channel = c.channel;
        p.language = p.seen_language = c.language;
        p.do_not_contact = p.seen_do_not_contact = c.do_not_contact;
    }
    write_corrections(c, p);
    p.revision = sh.revision();
}

void new_session_rows(const Client& c, ClientUi& p) {
    // A re-measure usually takes the same measurements again: offer their names.
    p.rows.clear();
    for (const auto& m : current_measurements(c)) p.rows.emplace_back(m.name, "");
    while (p.rows.size() < 3) p.rows.emplace_back("", "");
}

void contacts(const Atelier& a, Shell& sh, const Client& c, ClientUi& p) {
    section(tr(Msg::cl_contacts));
    contact_fields(p.name, p.phone, p.email);
    // Messages to the client go this way when they have its address (core/rules/messages.hpp).
    static constexpr const char* ways[] = {"No preference", "Email", "WhatsApp", "SMS"};
    static constexpr Msg shown_ways[] = {Msg::cl_channel_none, Msg::cl_channel_email, Msg::channel_whatsapp, Msg::channel_sms};
    int way = static_cast<int>(p.channel);
    ImGui::SetNextItemWidth(em(220));
    if (ImGui::BeginCombo(ui_label(Msg::cl_channel, "Preferred channel").c_str(), tr(shown_ways[way]))) {
        for (int i = 0; i < 4; ++i)
            if (ImGui::Selectable(ui_label(shown_ways[i], ways[i]).c_str(), i == way)) p.channel = static_cast<Channel>(i);
        ImGui::EndCombo();
    } else {
        mark_last_item("Preferred channel");
    }
    ImGui::SetNextItemWidth(em(120));
    ImGui::InputTextWithHint(ui_label(Msg::cl_language, "Language").c_str(), tr(Msg::cl_language_hint), &p.language);
    // Nothing is written for them, nothing sent by the server (docs/email.md).
    ImGui::Checkbox(ui_label(Msg::cl_do_not_contact, "Do not contact").c_str(), &p.do_not_contact);
    mark_last_item(p.do_not_contact ? "Do not contact: on" : "Do not contact: off");
    if (p.do_not_contact) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr(Msg::cl_do_not_contact_means));
    }
    notes_field(p.notes, 420);
    const bool dirty = contacts_edited(p);
    ImGui::BeginDisabled(!dirty);
    if (ImGui::Button(ui_label(Msg::cl_save, "Save contacts").c_str())) {
        // Only what the user changed, with what the form showed: another device's edit of another
        // field is kept, and of the same field becomes a conflict on the client.
        cmd::ClientUpdate u;
        u.client = c.id;
        cmd::ClientFields& seen = u.from.emplace();
        const auto set = [](std::optional<std::string>& to, std::optional<std::string>& from, const std::string& now, const std::string& was) {
            if (now == was) return;
            to = now;
            from = was;
        };
        set(u.name, seen.name, p.name, p.seen_name);
        set(u.phone, seen.phone, p.phone, p.seen_phone);
        set(u.email, seen.email, p.email, p.seen_email);
        set(u.notes, seen.notes, p.notes, p.seen_notes);
        set(u.language, seen.language, p.language, p.seen_language);
        if (p.channel != p.seen_channel) {
            u.channel = p.channel;
            seen.channel = p.seen_channel;
        }
        if (p.do_not_contact != p.seen_do_not_contact) {
            u.do_not_contact = p.do_not_contact;
            seen.do_not_contact = p.seen_do_not_contact;
        }
        if (sh.dispatch(u)) {
            p.contacts_error.clear();
            p.revision = ~0ull;
            load(sh, *a.client(c.id), p, false);
        } else {
            p.contacts_error = shown(sh.refusal());
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::cl_discard, "Discard contact changes").c_str())) load(sh, c, p, false);
    ImGui::EndDisabled();
    if (!p.contacts_error.empty()) refusal_text(tr(Msg::cl_not_saved, {{"reason", p.contacts_error}}));
}

void measurements(const Atelier& a, Shell& sh, const Client& c, ClientUi& p) {
    section(tr(Msg::cl_measurements));
    unit_switch(a, p.unit, "client");
    if (const Unit unit = shown_unit(a, p.unit); unit != p.corrections_unit) {
        p.corrections_unit = unit;
        write_corrections(c, p);
    }
    if (c.sessions.empty()) ImGui::TextDisabled("%s", tr(Msg::cl_not_measured));
    // Newest session first; each value can be corrected in place (a mistake, not a re-measure).
    size_t flat = 0;
    std::vector<size_t> starts;
    for (const auto& s : c.sessions) {
        starts.push_back(flat);
        flat += s.values.size();
    }
    // A correction is sent once the sessions are drawn: the command replaces the client that `c`
    // and the loop's references point into.
    std::optional<cmd::ClientCorrect> correction;
    for (size_t k = c.sessions.size(); k-- > 0;) {
        const MeasureSession& s = c.sessions[k];
        const std::string date = format_date(s.date);
        ImGui::PushID(static_cast<int>(k));
        ImGui::TextUnformatted(tr(k + 1 == c.sessions.size() ? Msg::cl_session_current : Msg::cl_session, {{"date", ui_date(s.date)}}).c_str());
        for (size_t v = 0; v < s.values.size(); ++v) {
            const Measurement& m = s.values[v];
            ImGui::PushID(static_cast<int>(v));
            const size_t at = starts[k] + v;
            if (at >= p.corrections.size()) p.corrections.resize(at + 1);
            ImGui::AlignTextToFramePadding();
            ImGui::Bullet();
            ImGui::SameLine();
            ImGui::TextUnformatted(m.name.c_str());
            ImGui::SameLine(em(200));
            ImGui::SetNextItemWidth(em(110));
            ImGui::InputText("##value", &p.corrections[at]);
            mark_last_item("Correct " + m.name + " " + date);
            if (ImGui::IsItemDeactivatedAfterEdit()) {
                if (const auto l = parse_length_entry(p.corrections[at], p.corrections_unit)) {
                    if (!(*l == m.value)) correction = cmd::ClientCorrect{c.id, static_cast<int>(k), m.name, *l};
                    p.revision = ~0ull;
                } else {
                    p.measure_error = tr(Msg::cl_length_format, {{"name", m.name}});
                    p.corrections[at] = local_length_number(m.value, p.corrections_unit, ui_locale());
                }
            }
            ImGui::PopID();
        }
        ImGui::PopID();
    }
    const int id = c.id;
    if (correction && !sh.dispatch(*correction)) p.measure_error = shown(sh.refusal());
    if (!a.client(id)) return;

    section(tr(Msg::cl_new_measurements));
    date_field(ui_label(Msg::cl_session_date, "Session date").c_str(), p.date, sh.today());
    for (size_t i = 0; i < p.rows.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string n = std::to_string(i + 1);
        ImGui::SetNextItemWidth(em(180));
        ImGui::InputTextWithHint("##name", tr(Msg::cl_measure_name_hint), &p.rows[i].first);
        mark_last_item("Measurement name " + n);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em(110));
        ImGui::InputTextWithHint("##value", tr(p.corrections_unit == Unit::cm ? Msg::meas_value_hint_cm : Msg::meas_value_hint_in),
                                 &p.rows[i].second);
        mark_last_item("Measurement value " + n);
        ImGui::PopID();
    }
    if (ImGui::Button(ui_label(Msg::cl_add_row, "Add row").c_str())) p.rows.emplace_back("", "");
    ImGui::SameLine();
    if (ImGui::Button(ui_label(Msg::cl_save_measurements, "Save measurements").c_str())) {
        cmd::ClientMeasure m;
        m.client = id;
        p.measure_error.clear();
        const auto date = parse_date(trim(p.date));
        if (!date) p.measure_error = tr(Msg::cl_date_format);
        for (const auto& [name, value] : p.rows) {
            if (!p.measure_error.empty()) break;
            if (trim(name).empty() && trim(value).empty()) continue;  // an unused row
            const auto l = parse_length_entry(value, p.corrections_unit);
            if (trim(name).empty()) p.measure_error = tr(Msg::cl_value_unnamed);
            else if (!l) p.measure_error = tr(Msg::cl_length_format, {{"name", std::string(trim(name))}});
            else m.values.push_back(Measurement{std::string(trim(name)), *l});
        }
        if (p.measure_error.empty()) {
            m.date = *date;
            if (sh.dispatch(m)) new_session_rows(*a.client(id), p);
            else p.measure_error = shown(sh.refusal());
        }
    }
    if (!p.measure_error.empty()) refusal_text(tr(Msg::cl_measure_not_saved, {{"reason", p.measure_error}}));
}

void orders(const Atelier& a, ClientCache& cache_, Shell& sh, const Client& c) {
    const ClientCache& cc = cache(a, cache_, sh);
    const auto at = a.clients.index_of(c.id);
    if (!at) return;
    const std::string& cur = a.profile.settings.currency;
    section(tr(Msg::cl_orders));
    // This client's fittings and deadlines, for the client's own calendar or the salesperson's.
    if (ImGui::Button(ui_label(Msg::cl_calendar, "Calendar (.ics)##client").c_str()))
        sh.download_file(calendar_file_name(a, c.id), "text/calendar;charset=utf-8", calendar_ics(a, sh.now(), c.id));
    mark_last_item("Download client calendar");
    const bool money = sees_money(sh.role());
    if (money) {
        const std::string owes = money_text(Money{cc.owed[*at]}, cur);
        ImGui::TextColored(cc.owed[*at] > 0 ? colours().due_soon : colours().ok, "%s", tr(Msg::cl_owes_total, {{"amount", owes}}).c_str());
        mark_last_item("Owes " + owes + " in total");
    }
    const auto& numbers = cc.order_numbers[*at];
    if (numbers.empty()) ImGui::TextDisabled("%s", tr(Msg::cl_no_orders));
    else if (ImGui::BeginTable("client_orders", money ? 5 : 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn(ui_label(Msg::col_order, "Order").c_str());
        ImGui::TableSetupColumn(ui_label(Msg::col_garment, "Garment").c_str(), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(ui_label(Msg::col_status, "Status").c_str());
        ImGui::TableSetupColumn(ui_label(Msg::col_deadline, "Deadline").c_str());
        if (money) ImGui::TableSetupColumn(ui_label(Msg::cl_owes_column, "Owes").c_str());
        ImGui::TableHeadersRow();
        for (int n : numbers) {
            const Order* o = a.order(n);
            if (!o) continue;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string label = order_label(a.profile, n);
            if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) sh.open_order(n);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(o->garment.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(tr(status_msg(o->status)));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(ui_date(o->deadline).c_str());
            if (!money) continue;
            ImGui::TableNextColumn();
            const Money owed = o->status == Status::cancelled || o->status == Status::draft ? Money{} : balance_owed(*o);
            ImGui::TextUnformatted(money_text(owed, cur).c_str());
        }
        ImGui::EndTable();
    }
}

// A duplicate is merged into the client to keep (a picker with a search, then a confirmation);
// a client with no orders can be deleted. Both are one undo.
void duplicate(const Atelier& a, ClientCache& cache_, Shell& sh, const Client& c, ClientUi& p) {
    section(tr(Msg::cl_duplicate));
    const ClientCache& cc = cache(a, cache_, sh);
    const auto at = a.clients.index_of(c.id);
    const int orders = at ? cc.orders[*at] : 0;
    const Client* into = p.merge_into != c.id ? a.client(p.merge_into) : nullptr;
    ImGui::SetNextItemWidth(em(280));
    if (ImGui::BeginCombo("##merge into", into ? into->name.c_str() : tr(Msg::cl_merge_into), ImGuiComboFlags_HeightLarge)) {
        mark_current_window("Merge into list");
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::InputTextWithHint("##merge search", tr(Msg::cl_merge_search), &p.merge_search);
        mark_last_item("Search clients to merge into");
        const std::string want = fold_text(trim(p.merge_search));
        int shown = 0;
        for (size_t i = 0; i < a.clients.size() && shown < 50; ++i) {
            const Client& other = a.clients[i];
            if (other.id == c.id || (!want.empty() && cc.search.hay[i].find(want) == std::string::npos)) continue;
            ++shown;
            ImGui::PushID(other.id);
            const std::string line = other.name + (other.phone.empty() ? "" : "  " + format_phone(other.phone, a.profile.country));
            if (ImGui::Selectable(line.c_str(), other.id == p.merge_into)) p.merge_into = other.id;
            mark_last_item("Merge into " + other.name);
            ImGui::PopID();
        }
        if (!shown) ImGui::TextDisabled("%s", tr(Msg::cl_merge_none));
        ImGui::EndCombo();
    }
    mark_last_item("Merge into");
    ImGui::SameLine();
    ImGui::BeginDisabled(!into);
    if (ImGui::Button(ui_label(Msg::cl_merge, "Merge…").c_str()) && into) {
        const std::string text = tr(Msg::cl_merge_text, {{"name", c.name},
                                                         {"orders", trn(Msg::cl_n_orders, orders)},
                                                         {"sessions", trn(Msg::cl_n_sessions, static_cast<int64_t>(c.sessions.size()))},
                                                         {"into", into->name},
                                                         {"id", std::to_string(into->id)}});
        sh.ask(PendingConfirm{tr(Msg::cl_merge_title, {{"name", c.name}, {"into", into->name}}), text,
                              ui_label(Msg::cl_merge_button, "Merge clients"), cmd::ClientMerge{c.id, into->id}});
    }
    ImGui::EndDisabled();
    if (orders == 0) {
        ImGui::SameLine();
        if (ImGui::Button(ui_label(Msg::cl_delete, "Delete client…").c_str()))
            sh.ask(PendingConfirm{tr(Msg::cl_delete_title, {{"name", c.name}}), tr(Msg::cl_delete_text, {{"name", c.name}}),
                                  ui_label(Msg::cl_delete_button, "Delete client"), cmd::ClientDelete{c.id}});
    } else {
        ImGui::TextDisabled("%s", tr(Msg::cl_cannot_delete));
    }
}

}  // namespace

void draw_client(const Atelier& a, ClientUi& p, ClientCache& cache_, Shell& sh) {
    // Merged away (here, or on a device this one has synced with): the kept client is the page.
    if (const int kept = live_client(a.profile, sh.client()); kept != sh.client() && a.client(kept)) {
        sh.open_client(kept);
        return;
    }
    const Client* c = a.client(sh.client());
    if (!c) {
        ImGui::TextUnformatted(tr(Msg::cl_missing));
        if (ImGui::Button(ui_label(Msg::cl_all, "All clients").c_str())) sh.show(View::clients);
        return;
    }
    const bool fresh = p.frame + 1 != sh.frame();  // opened afresh: forget old drafts
    if (p.client != c->id || fresh) {
        const std::optional<Unit> unit = p.unit;  // the unit chosen stays for the next client
        p = ClientUi{};
        p.unit = unit;
        p.corrections_unit = shown_unit(a, unit);
        p.client = c->id;
        p.date = format_date(sh.today());
        load(sh, *c, p, false);
        new_session_rows(*c, p);
    } else if (p.revision != sh.revision()) {
        load(sh, *c, p, contacts_edited(p) && p.revision != ~0ull);
    }
    p.frame = sh.frame();
    ImGui::BeginChild("client_page");
    if (small_button(ui_label(Msg::cl_back, "< All clients").c_str())) sh.show(View::clients);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(c->name.c_str());
    ImGui::PopTextWrapPos();
    mark_last_item("Client page");
    draw_conflict_banner(a, sh, EntityKind::client, c->id, c->conflicts);
    if (ImGui::Button(ui_label(Msg::cl_new_order, "New order for this client").c_str())) {
        sh.new_order(c->id);
    }
    // Side by side on a desktop; one column on a portrait tablet.
    const bool wide = ImGui::GetContentRegionAvail().x > em(900);
    if (wide && ImGui::BeginTable("client_layout", 2)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        orders(a, cache_, sh, *c);
        contacts(a, sh, *c, p);
        ImGui::TableNextColumn();
        measurements(a, sh, *c, p);
        duplicate(a, cache_, sh, *c, p);
        ImGui::EndTable();
    } else {
        orders(a, cache_, sh, *c);
        contacts(a, sh, *c, p);
        measurements(a, sh, *c, p);
        duplicate(a, cache_, sh, *c, p);
    }
    ImGui::EndChild();
}

// [SECTION] The new-client form

void draw_new_client(NewClientUi& f, Shell& sh) {
    DialogState& d = sh.dialogs();
    if (!begin_dialog(d, kNewClientDialog, tr(Msg::cl_new_title), 520)) return;
    if (f.frame + 1 != sh.frame()) f = NewClientUi{};  // opened afresh
    f.frame = sh.frame();
    bool open = true;
    {
        contact_fields(f.c.name, f.c.phone, f.c.email);
        notes_field(f.c.notes, 400);
        if (ImGui::Button(ui_label(Msg::cl_create, "Create client").c_str())) {
            if (sh.dispatch(f.c)) {
                sh.open_client(sh.created());
                open = false;
            } else {
                f.error = shown(sh.refusal());
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(ui_label(Msg::close_form, "Close##new client").c_str())) open = false;
        if (!f.error.empty()) refusal_text(tr(Msg::cl_not_created, {{"reason", f.error}}));
    }
    if (!open) {
        close_dialog(d);
        ImGui::CloseCurrentPopup();
    }
    end_dialog();
}

}  // namespace atelier::ui

// What the order page's sections share (view_order_measurements.cpp, view_order_payments.cpp,
// view_order_fittings.cpp, view_order_production.cpp, view_order_history.cpp): the small pickers
// and parsers of their forms (also used by view_order.cpp, view_order_new.cpp, view_clients.cpp),
// and the per-order form state the sections keep (view_order_forms.hpp).
// - User text is always drawn with TextUnformatted or a "%s" argument, never as a format.
// - A refusal stays visible next to the form that caused it (the toast fades).
#include <imgui.h>

#include <array>

#include "core/text.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/shell.hpp"
#include "web/ui/view_order_forms.hpp"
#include "web/ui/view_order_parts.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

// [SECTION] Shared helpers

void refusal_text(const std::string& text) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(colours().overdue, "%s", text.c_str());
    ImGui::PopTextWrapPos();
    mark_last_item(text);
}

std::optional<OrderFormValues> parse_order_form(const OrderFormText& t, std::string& error) {
    const auto fail = [&](Msg why) -> std::optional<OrderFormValues> {
        error = tr(why);
        return std::nullopt;
    };
    OrderFormValues v;
    const auto deadline = parse_date(trim(t.deadline));
    if (!deadline) return fail(Msg::form_deadline_format);
    v.deadline = *deadline;
    if (!trim(t.event).empty()) {
        v.event = parse_date(trim(t.event));
        if (!v.event) return fail(Msg::form_event_format);
    }
    if (!trim(t.price).empty()) {
        const auto p = parse_money(trim(t.price));
        if (!p) return fail(Msg::form_price_format);
        v.price = *p;
    }
    if (!trim(t.rush_fee).empty()) {
        const auto p = parse_money(trim(t.rush_fee));
        if (!p) return fail(Msg::form_rush_fee_format);
        v.rush_fee = *p;
    }
    return v;
}

bool pipeline_picker(const char* label, const Atelier& a, std::string& pipeline) {
    const Pipeline* pl = a.pipeline(pipeline);
    bool changed = false;
    ImGui::SetNextItemWidth(em(260));
    // An id no pipeline has any more is shown as it is, so the user sees what to fix.
    if (ImGui::BeginCombo(label, pl ? pl->name.c_str() : pipeline.empty() ? tr(Msg::picker_choose) : pipeline.c_str())) {
        for (const auto& p : a.pipelines) {
            if (p.archived && p.id != pipeline) continue;  // archived: no new orders go there
            ImGui::PushID(p.id.c_str());
            if (ImGui::Selectable("##p", p.id == pipeline) && p.id != pipeline) pipeline = p.id, changed = true;
            mark_last_item(p.name);
            ImGui::SameLine();
            ImGui::TextUnformatted(p.name.c_str());
            ImGui::PopID();
        }
        ImGui::EndCombo();
    } else {
        mark_last_item(label);  // combos do not report themselves to the locator
    }
    return changed;
}

namespace {
// `texts` in the enum's order, in the device's language.
template <class E, size_t N>
bool enum_combo(const char* label, E& value, float width, const std::array<Msg, N>& texts) {
    std::array<const char*, N> items{};
    for (size_t k = 0; k < N; ++k) items[k] = tr(texts[k]);
    int i = static_cast<int>(value);
    ImGui::SetNextItemWidth(em(width));
    if (!ImGui::Combo(label, &i, items.data(), static_cast<int>(N))) return false;
    value = static_cast<E>(i);
    return true;
}
}  // namespace

bool kind_combo(const char* label, Kind& kind) {
    static_assert(EnumNames<Kind>::names.size() == 2);
    return enum_combo(label, kind, 180, std::array{Msg::kind_mto, Msg::kind_bulk});
}
bool delivery_combo(const char* label, Delivery& delivery) {
    static_assert(EnumNames<Delivery>::names.size() == 2);
    return enum_combo(label, delivery, 220, std::array{Msg::delivery_collect, Msg::delivery_ship});
}

bool name_combo(const char* label, const std::vector<std::string>& names, std::string& value) {
    bool changed = false;
    ImGui::SetNextItemWidth(em(220));
    if (ImGui::BeginCombo(label, value.empty() ? tr(Msg::picker_none) : value.c_str())) {
        if (ImGui::Selectable((std::string(tr(Msg::picker_none)) + "###(none)").c_str(), value.empty())) value.clear(), changed = true;
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

// [SECTION] The sections' form state

namespace order_page {

std::string when_text(DateTime t) {
    std::string s = format_datetime(t);
    if (s.size() > 10) s[10] = ' ';
    return s;
}

Forms& forms(Forms& f, Shell& sh, const Order& o) {
    if (f.order != o.number) {
        f = Forms{};
        f.order = o.number;
        f.fit_date = format_date(sh.today());
    }
    if (f.revision != sh.revision()) {
        // Override fields follow the order (a field being typed in keeps ImGui's own buffer).
        f.overrides.clear();
        for (const auto& m : o.overrides) f.overrides.emplace_back(m.name, local_length_number(m.value, f.override_unit, ui_locale()));
        f.revision = sh.revision();
    }
    return f;
}

bool run(Shell& sh, const Command& c, std::string& error) {
    if (sh.dispatch(c)) {
        error.clear();
        return true;
    }
    error = shown(sh.refusal());
    return false;
}

}  // namespace order_page

}  // namespace atelier::ui

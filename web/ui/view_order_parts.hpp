#pragma once
// Private to the order and client views (view_order*.cpp, view_clients.cpp): the sections of the
// order page, one function each, and the small pickers and parsers their forms share.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/atelier.hpp"

namespace atelier::ui {

class Shell;
struct ClientSearch;
struct OrderUi;

// [SECTION] Shared by the forms
// A client chooser with a search box (accent-insensitive); true when the choice changed.
bool client_picker(const char* label, const Atelier& a, ClientSearch& hay, Shell& sh, int& client, std::string& search);
// A combo over `names` with "(none)" first; true when the choice changed.
bool name_combo(const char* label, const std::vector<std::string>& names, std::string& value);
// A refusal kept visible next to the control that caused it; findable by its text.
void refusal_text(const std::string& text);

// [SECTION] The order form: the new-order form and the order's details read and pick the same way
// The dates and amounts of the form as typed.
struct OrderFormText {
    std::string_view deadline, event, price, rush_fee;
};
struct OrderFormValues {
    Date deadline;
    std::optional<Date> event;  // empty text: no event date
    Money price, rush_fee;      // empty text: zero
};
// The values, or nullopt with the field and what to write in `error`
// ("Price: write an amount like 1200 or 1200.50").
std::optional<OrderFormValues> parse_order_form(const OrderFormText& t, std::string& error);
// A combo of the atelier's pipelines by name; true when the choice changed.
bool pipeline_picker(const char* label, const Atelier& a, std::string& pipeline);
// Kind and delivery by their labels (EnumNames); true when the choice changed.
bool kind_combo(const char* label, Kind& kind);
bool delivery_combo(const char* label, Delivery& delivery);

// [SECTION] The order page's sections, one file each: view_order_measurements.cpp,
// view_order_payments.cpp, view_order_fittings.cpp, view_order_production.cpp,
// view_order_history.cpp (history), view_order_photos.cpp
void order_measurements(const Atelier& a, OrderUi& u, Shell& sh, const Order& o);
void order_payments(const Atelier& a, OrderUi& u, Shell& sh, const Order& o);
// view_order_schedule.cpp: the payment milestones, shown and edited (from the pipeline's default).
void order_schedule(const Atelier& a, OrderUi& u, Shell& sh, const Order& o);
void order_fittings(const Atelier& a, OrderUi& u, Shell& sh, const Order& o);
void order_production(const Atelier& a, OrderUi& u, Shell& sh, const Order& o);
// view_order_photos.cpp: the photos and the viewer (a dialog).
void order_photos(const Atelier& a, OrderUi& u, Shell& sh, const Order& o);
void draw_photo_viewer(const Atelier& a, OrderUi& u, Shell& sh, const Order& o);
void order_history(const Order& o, bool money);  // money false: amounts and price changes left out

}  // namespace atelier::ui

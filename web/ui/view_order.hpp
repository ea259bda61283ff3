#pragma once
// The order page's and the new-order form's own state (view_order*.cpp): the details draft, the
// section shown, the per-order forms of the sections, and the new order as typed.
#include <cstdint>
#include <string>

#include "core/commands/command.hpp"
#include "core/model/atelier.hpp"
#include "web/ui/rework_dialog.hpp"
#include "web/ui/shell.hpp"
#include "web/ui/view_clients.hpp"
#include "web/ui/view_messages.hpp"
#include "web/ui/view_order_forms.hpp"

namespace atelier::ui {

enum class OrderSection : uint8_t { details, measurements, payments, fittings, production, images, outbox, history };

// The editable fields as typed.
struct OrderFields {
    int client = 0;
    std::string pipeline, garment, collection, salesperson, team, notes, tracking;
    std::string deadline, event, price, rush_fee;
    Kind kind = Kind::mto;
    int quantity = 1;
    Delivery delivery = Delivery::collect;
    bool rush = false, priority = false;
    bool operator==(const OrderFields&) const = default;
};

// The photo viewer over the order page (view_order_photos.cpp): which photo, zoomed how far.
inline constexpr const char* kPhotoDialog = "Photo";
struct PhotoViewerUi {
    std::string id;  // the photo shown ("" = closed)
    float zoom = 1, pan_x = 0, pan_y = 0;
};

struct OrderUi {
    long long frame = -2;  // the last frame drawn: a gap means the page was opened afresh
    int order = -1;
    uint64_t revision = ~0ull;
    OrderFields base, edit;
    std::string client_search;
    ClientSearch clients;
    std::string error;         // why the last save or action was refused
    std::string tracking, cancel_reason;
    OrderSection section = OrderSection::details;
    order_page::Forms forms;   // the sections' forms, for this order
    PhotoViewerUi viewer;
    ReworkAsk rework;          // the "Send back" dialog (Production)
    MessagesUi messages;       // the Outbox section's send buttons
    std::optional<Unit> unit;  // measurements in cm or inches, when switched here (else the atelier's)
};

struct NewOrderUi {
    int client = 0;        // the client it was opened for (0 = to choose)
    long long frame = -2;  // the last frame the form was drawn: a gap means it was opened afresh
    cmd::OrderCreate c;
    std::string deadline, event, price, rush_fee, client_search, error;
    ClientSearch clients;
};

// The open order (sh.order()).
void draw_order(const Atelier& a, OrderUi& u, Shell& sh);
void draw_new_order(const Atelier& a, NewOrderUi& u, Shell& sh);

}  // namespace atelier::ui

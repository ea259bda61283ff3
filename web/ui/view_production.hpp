#pragma once
// Production (issue 18): a producer's styles with their tech packs, and the production orders made
// on them with their batches on the floor and the materials they need. What the view keeps between
// frames: the style and order chosen and the forms being filled in.
#include <optional>
#include <string>
#include <vector>

#include "core/commands/command.hpp"
#include "core/model/sales.hpp"
#include "core/production/floor.hpp"

namespace atelier {
struct Atelier;
struct Style;
}

namespace atelier::ui {

class Shell;

// The view's tabs: the tech packs and their production orders, the customers' orders, the floor
// (batches by stage), and every production order in a table.
enum class ProductionTab : uint8_t { styles, sales, floor, table };

struct ProductionUi {
    std::string style;   // the style shown ("" = the first)
    int production = 0;  // the production order shown (0 = none)
    // A tab to bring forward next frame (the dashboard, the palette, a link); cleared once shown.
    std::optional<ProductionTab> show_tab;
    // Sales orders: the one shown, and the new one being filled in (a style's colour × size grid at a time).
    int sales = 0;
    std::string so_customer_text, so_season, so_ship, so_style, so_price = "0.00";
    std::string so_currency;  // "": the atelier's
    int so_customer = 0, so_term = 0, so_payment_days = 30;
    std::vector<int> so_cells;
    std::vector<SalesLine> so_lines;  // lines gathered for the new order, or to add to a draft
    std::string so_new_ship, so_pipeline, ship_tracking, pay_amount, pay_method = "transfer", so_cancel_reason;
    std::vector<int> ship_pieces;  // per style × colour row of the shown order
    // The floor: the pipeline shown, and its board worked out once per change, day and pipeline
    // (12,000 batches in the producer demo).
    std::string floor_pipeline;
    FloorBoard floor;
    uint64_t floor_revision = ~0ull;
    int floor_day = 0;
    // The table: its rows once per change and day, sorted in place, and those shown.
    std::vector<ProductionRow> table;
    std::vector<size_t> table_visible;
    uint64_t table_revision = ~0ull;
    int table_day = 0;
    bool table_open_only = true, table_sorted = false;
    // The dashboard's production risks, worked out once per change and day.
    ProductionRisks risks;
    uint64_t risks_revision = ~0ull;
    int risks_day = 0;
    // New style.
    std::string new_code, new_name, new_season, new_sizes = "XS, S, M, L, XL", new_colours;
    // A bill-of-materials line to add to the working tech pack.
    std::string bom_material, bom_unit = "m", bom_quantities, bom_supplier;
    int bom_waste = 5;
    // New production order of the shown style: pipeline, due date, quantities by colour × size.
    std::string po_pipeline, po_due;
    std::vector<int> po_cells;
    // New batch of the shown order: its colour and pieces per size.
    int batch_colour = 0;
    std::vector<int> batch_sizes;
    // Pieces leaving a stage, per batch (the batch's number - 1).
    std::vector<int> pieces;
    std::string closing_note, cancel_reason;
    std::string error;  // the last refusal, shown by the form it came from
};

// Whether the one working here may write commands of this kind: staff start batches and move
// pieces but see no button the core would refuse them (core/rules/roles).
bool may_write(Shell& sh, const Command& c);
// view_sales.cpp: the sales orders tab; view_floor.cpp: the floor tab. Both in the Production view.
void draw_sales_orders(const Atelier& a, ProductionUi& u, Shell& sh);
void draw_floor(const Atelier& a, ProductionUi& u, Shell& sh);
void draw_production_table(const Atelier& a, ProductionUi& u, Shell& sh);  // view_production_table.cpp
void draw_style_photos(const Style& s, Shell& sh);                          // view_style_photos.cpp
void draw_production_history(const Atelier& a, const ProductionOrder& po);  // view_production_history.cpp
// The Production view on one production order / sales order (dashboard, palette, links).
void show_production_order(const Atelier& a, ProductionUi& u, int number);
void show_sales_order(ProductionUi& u, int number);
// The dashboard's production row (view_dashboard.cpp): ship dates at risk, production orders late.
const ProductionRisks& production_risks_of(const Atelier& a, ProductionUi& u, Shell& sh);

}  // namespace atelier::ui

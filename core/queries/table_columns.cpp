#include "core/queries/table_columns.hpp"

#include "core/derive.hpp"
#include "core/queries/filter.hpp"
#include "core/queries/projection.hpp"
#include "core/rules/badge.hpp"

namespace atelier {

namespace {

constexpr int sort_id(SortKey k) { return static_cast<int>(k); }

constexpr TableColumn kTableColumns[tcol::count] = {
    {"Order", "order", Msg::col_order, sort_id(SortKey::number)},
    {"Client", "client", Msg::col_client, sort_id(SortKey::client)},
    {"Garment", "garment", Msg::col_garment, kNoSort},
    {"Collection", "collection", Msg::col_collection, kNoSort},
    {"Team", "team", Msg::col_team, kNoSort},
    {"Salesperson", "salesperson", Msg::col_salesperson, kNoSort},
    {"Stage", "stage", Msg::col_stage, sort_id(SortKey::stage)},
    {"Stage status", "stage_status", Msg::col_stage_status, kNoSort},
    {"Deadline", "deadline", Msg::col_deadline, sort_id(SortKey::deadline)},
    {"Event", "event", Msg::col_event, kNoSort},
    {"Price", "price", Msg::col_price, kNoSort},
    {"Deposit paid", "deposit", Msg::col_deposit, kNoSort},
    {"Owed", "owed", Msg::col_owed, sort_id(SortKey::owed)},
    {"Payment", "payment", Msg::col_payment, kNoSort},
    {"Flags", "flags", Msg::col_flags, sort_id(SortKey::priority)},
    {"Days in production", "days_in_production", Msg::col_days, sort_id(SortKey::days_in_production)},
    {"Created", "created", Msg::col_created, sort_id(SortKey::created)},
    {"Notes", "notes", Msg::col_notes, kNoSort},
    {"Status", "status", Msg::col_status, kNoSort},
    {"Kind", "kind", Msg::col_kind, kNoSort},
    {"Quantity", "quantity", Msg::col_quantity, kNoSort},
    {"Pipeline", "pipeline", Msg::col_pipeline, kNoSort},
    {"WIP start", "wip_start", Msg::col_wip_start, kNoSort},
    {"Tracking", "tracking", Msg::col_tracking, kNoSort},
};

std::string csv_amount(int64_t minor, char decimal) {
    std::string s = format_money(Money{minor});
    if (decimal != '.')
        if (const size_t dot = s.find('.'); dot != std::string::npos) s[dot] = decimal;
    return s;
}

}  // namespace

const TableColumn& table_column(int c) { return kTableColumns[c]; }

std::optional<int> table_column_by_id(std::string_view id) {
    for (int c = 0; c < tcol::count; ++c)
        if (id == kTableColumns[c].id) return c;
    return std::nullopt;
}

bool money_column(int c) { return c == tcol::price || c == tcol::deposit || c == tcol::owed || c == tcol::payment; }

std::string table_cell(const Atelier& a, const QueryIndex& ix, int row, int column, Date today, char decimal) {
    const Order& o = a.orders[static_cast<size_t>(row)];
    const QueryRow& r = ix.rows[static_cast<size_t>(row)];
    switch (column) {
        case tcol::order: return order_label(a.profile, o.number);
        case tcol::client: {
            const Client* cl = a.client(o.client);
            return cl ? cl->name : std::string();
        }
        case tcol::garment: return o.garment;
        case tcol::collection: return o.collection;
        case tcol::team: return o.team;
        case tcol::salesperson: return o.salesperson;
        case tcol::stage: {
            const Pipeline* p = a.pipeline(o.pipeline);
            return p && r.stage >= 0 ? p->stages[static_cast<size_t>(r.stage)].name : o.stage;
        }
        case tcol::stage_status: return progress_label(o.status, o.stage_status);
        case tcol::deadline: return format_date(o.deadline);
        case tcol::event: return o.event ? format_date(*o.event) : std::string();
        case tcol::price: return csv_amount(o.price.minor, decimal);
        case tcol::deposit: return csv_amount(deposit_paid(o).minor, decimal);
        case tcol::owed: return csv_amount(r.owed, decimal);
        case tcol::payment: return enum_label(static_cast<PaymentStatus>(std::min<uint8_t>(r.pay_status, 2)));
        case tcol::flags: {
            std::string text;
            for (const Badge b : order_badges(r, today, ix.due_soon_days)) {
                if (is_deadline_badge(b)) continue;
                if (!text.empty()) text += " · ";
                text += badge_text(b).label;
            }
            return text;
        }
        case tcol::days: {
            const auto d = days_in_production(r, today);
            return d ? std::to_string(*d) : std::string();
        }
        case tcol::created: return o.created ? format_date(date_of(*o.created)) : std::string();
        case tcol::notes: return o.notes;
        case tcol::status: return enum_label(o.status);
        case tcol::kind: return enum_label(o.kind);
        case tcol::quantity: return std::to_string(o.quantity);
        case tcol::pipeline: {
            const Pipeline* p = a.pipeline(o.pipeline);
            return p ? p->name : o.pipeline;
        }
        case tcol::wip_start: return o.wip_start ? format_date(*o.wip_start) : std::string();
        case tcol::tracking: return o.tracking;
        default: return std::string();
    }
}

std::string table_csv(const Atelier& a, const QueryIndex& ix, const std::vector<int>& rows,
                      const std::vector<int>& columns, const CsvWriteOptions& o, Date today) {
    const char decimal = o.separator == ';' ? ',' : '.';
    std::string out = o.bom ? std::string(kUtf8Bom) : std::string();
    std::vector<std::string> fields;
    fields.reserve(columns.size());
    for (int c : columns) fields.emplace_back(table_column(c).name);
    out += csv_line(fields, o.separator);
    for (int row : rows) {
        fields.clear();
        for (int c : columns) fields.push_back(table_cell(a, ix, row, c, today, decimal));
        out += csv_line(fields, o.separator);
    }
    return out;
}

}  // namespace atelier

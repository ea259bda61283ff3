#include "core/demo_producer.hpp"

#include <algorithm>
#include <array>

#include "core/production/rules.hpp"
#include "core/production/sales.hpp"
#include "core/rng.hpp"

namespace atelier {

namespace {

const char* const kGarments[] = {"Wrap dress", "Boxy jacket", "Car coat", "Pleated trouser", "Shirt dress", "Knit polo",
                                 "Trench", "Slip skirt", "Overshirt", "Chore jacket"};
const char* const kColourways[] = {"Navy", "Ecru", "Black", "Sage", "Rust", "Stone", "Bordeaux", "Sky"};
const char* const kSizeRun[] = {"XXS", "XS", "S", "M", "L", "XL", "XXL", "3XL"};
const char* const kFabrics[] = {"Wool twill", "Cotton poplin", "Viscose crepe", "Linen canvas", "Merino jersey"};
const char* const kSuppliers[] = {"Tissus Lyon", "Biella Mills", "Como Seta", ""};

Pipeline floor_pipeline() {
    Pipeline p;
    p.id = "floor";
    p.name = "Production floor";
    const char* ids[] = {"cut", "sew", "finish", "qc", "pack"};
    const char* names[] = {"Cut", "Sew", "Finish", "QC", "Pack"};
    const char* colours[] = {"#8E6C8A", "#5B7DB1", "#4E9F8F", "#C9A227", "#7A7A7A"};
    for (int i = 0; i < 5; ++i) {
        Stage s;
        s.id = ids[i];
        s.name = names[i];
        s.colour = colours[i];
        s.qc = s.id == "qc";
        s.days = 2;
        p.stages.push_back(s);
    }
    return p;
}

TechPack pack_for(Rng& rng, int n_sizes, int n_colours) {
    TechPack t;
    for (int i = 0; i < n_sizes; ++i) t.sizes.push_back(kSizeRun[i]);
    const int first = rng.below(8);
    for (int i = 0; i < n_colours; ++i) t.colours.push_back(kColourways[(first + i) % 8]);
    const int base = rng.between(120, 260) * 10;  // thousandths of a metre for the smallest size
    BomLine fabric{rng.pick(kFabrics), MaterialKind::fabric, "m", {}, rng.pick(kSuppliers), rng.between(5, 12)};
    BomLine lining{"Viscose lining", MaterialKind::lining, "m", {}, "Como Seta", 5};
    BomLine buttons{"Horn button 18mm", MaterialKind::trim, "pcs", {}, "", 2};
    BomLine label{"Woven label", MaterialKind::trim, "pcs", {}, "", 0};
    for (int i = 0; i < n_sizes; ++i) {
        fabric.per_size.push_back(Quantity{base + i * 80});
        lining.per_size.push_back(Quantity{(base + i * 80) * 6 / 10});
        buttons.per_size.push_back(Quantity{6000});
        label.per_size.push_back(Quantity{1000});
    }
    t.bom = {fabric, lining, buttons, label};
    ChartPoint chest{"chest", {}}, length{"length", {}};
    for (int i = 0; i < n_sizes; ++i) {
        chest.values.push_back(Length{int64_t{840 + i * 40} * 100'000, Unit::cm});
        length.values.push_back(Length{int64_t{980 + i * 15} * 100'000, Unit::cm});
    }
    t.chart = {chest, length};
    t.notes = "Seam allowance 1 cm; French seams inside.";
    t.checklist = {"Seams straight and pressed", "Buttons secure", "Label centred", "Measurements within 1 cm"};
    return t;
}

}  // namespace

void add_producer_demo(Atelier& a, const ProducerDemoOptions& opt) {
    Rng rng{opt.seed * 0x9E3779B97F4A7C15ull + 18};
    if (!a.pipeline("floor")) a.pipelines.push_back(floor_pipeline());
    const Pipeline& floor = *a.pipeline("floor");
    const int n_styles = std::max(1, opt.styles);
    a.styles.reserve(a.styles.size() + static_cast<size_t>(n_styles));
    for (int i = 0; i < n_styles; ++i) {
        Style s;
        s.code = (i % 2 ? "AW27-" : "SS27-") + std::to_string(100 + i);
        s.name = std::string(rng.pick(kGarments)) + " " + std::to_string(i + 1);
        s.season = i % 2 ? "AW27" : "SS27";
        PackVersion v;
        // One draw per statement: function arguments are evaluated in an unspecified order (GCC
        // and clang differ), and the demo must be the same bytes natively and in WASM.
        const int sizes = rng.chance(70) ? 8 : 5;
        const int colourways = rng.chance(70) ? 6 : 3;
        static_cast<TechPack&>(v) = pack_for(rng, sizes, colourways);
        s.versions.push_back(v);
        // Most styles are ready for the floor; the rest at every earlier state, a few archived.
        const int roll = rng.below(100);
        s.state = roll < 70 ? StyleState::production_ready : roll < 78 ? StyleState::approval : roll < 86 ? StyleState::design
                : roll < 94 ? StyleState::commercial : StyleState::archived;
        a.styles.push_back(std::move(s));
    }
    int next = a.profile.next_order;
    // The first order of a ready style that completes is shipped to its customer and not yet
    // invoiced, so even a small demo shows a sales order at every step (and the law sweep can
    // invoice one).
    int showcase = -1;
    const int n_po = std::max(0, opt.productions);
    a.productions.reserve(a.productions.size() + static_cast<size_t>(n_po));
    for (int i = 0; i < n_po; ++i) {
        ProductionOrder p;
        p.number = next++;
        Style& s = a.styles[static_cast<size_t>(rng.below(n_styles))];
        p.style = s.code;
        p.pipeline = floor.id;
        p.pack_seen = s.revision;
        p.due = add_days(opt.today, rng.between(-10, 90));
        p.tolerance_percent = rng.between(0, 3);
        const TechPack& pack = s.pack();
        for (const auto& c : pack.colours)
            for (const auto& z : pack.sizes) p.matrix.push_back(Cell{c, z, rng.between(20, 120)});
        const bool ready = s.state == StyleState::production_ready;
        const int roll = rng.below(100);
        p.state = !ready ? (roll < 50 ? ProductionState::draft : ProductionState::planned)
                : roll < 8 ? ProductionState::draft : roll < 16 ? ProductionState::planned : roll < 22 ? ProductionState::released
                : roll < 88 ? ProductionState::in_progress : roll < 96 ? ProductionState::completed : ProductionState::cancelled;
        if (ready && showcase < 0) p.state = ProductionState::completed;
        if (p.state == ProductionState::cancelled) p.closing_note = "Buyer reduced the season's order";
        const bool released = p.state == ProductionState::released || p.state == ProductionState::in_progress ||
                              p.state == ProductionState::completed || p.state == ProductionState::cancelled;
        if (released) {
            s.versions.back().released = true;
            p.version = s.pack().version;
        }
        if (p.state == ProductionState::in_progress || p.state == ProductionState::completed || p.state == ProductionState::cancelled) {
            // Batches of one colour each, splitting the colour's sizes; a finished order's all through.
            const int n_colours = static_cast<int>(pack.colours.size());
            const bool closing = p.state == ProductionState::in_progress && rng.chance(15);
            const int n_batches = (std::max(1, opt.batches_per_order) + n_colours - 1) / n_colours * n_colours;
            for (int b = 0; b < n_batches; ++b) {
                ProductionBatch batch;
                batch.id = b + 1;
                batch.colour = pack.colours[static_cast<size_t>(b) % pack.colours.size()];
                const int share = (n_batches + static_cast<int>(pack.colours.size()) - 1) / static_cast<int>(pack.colours.size());
                const int part = b / static_cast<int>(pack.colours.size());
                for (const auto& c : p.matrix) {
                    if (c.colour != batch.colour) continue;
                    const int q = c.quantity / share + (part == share - 1 ? c.quantity % share : 0);
                    if (q > 0) batch.sizes.push_back(SizeCount{c.size, q});
                }
                if (batch.sizes.empty()) continue;
                const int64_t total = pieces(batch);
                // A completed order's batches are all through; so are an order's ready to be closed.
                const bool all_through = p.state == ProductionState::completed || (b == 0 && rng.chance(15)) || closing;
                const int reached = all_through ? static_cast<int>(floor.stages.size()) : rng.below(static_cast<int>(floor.stages.size()));
                int64_t input = total;
                for (int k = 0; k < reached; ++k) {
                    const int64_t rejected = floor.stages[static_cast<size_t>(k)].qc && input > 10 ? rng.below(3) : 0;
                    batch.progress.push_back(StageCount{floor.stages[static_cast<size_t>(k)].id, static_cast<int>(input - rejected), static_cast<int>(rejected)});
                    input -= rejected;
                }
                if (!all_through && rng.chance(50) && reached < static_cast<int>(floor.stages.size())) {
                    const int64_t part_done = input / 2;
                    if (part_done > 0) batch.progress.push_back(StageCount{floor.stages[static_cast<size_t>(reached)].id, static_cast<int>(part_done), 0});
                }
                batch.id = static_cast<int>(p.batches.size()) + 1;
                p.batches.push_back(std::move(batch));
            }
            if (p.batches.empty()) p.state = ProductionState::released;
            // A completed order made exactly its plan (rejects within made + rejected = planned).
            if (p.state == ProductionState::completed && completion_problem(a, p, "")) p.state = ProductionState::in_progress;
            if (p.state == ProductionState::completed && showcase < 0) showcase = static_cast<int>(a.productions.size());
        }
        a.productions.push_back(std::move(p));
    }
    // Sales orders: some of the production orders were made from one (its lines are their
    // matrix), at every step — confirmed, in production, shipped, invoiced, paid — and a draft.
    const int n_clients = static_cast<int>(a.clients.size());
    for (size_t i = 0; i < a.productions.size() && n_clients > 0; ++i) {
        ProductionOrder& p = a.productions[i];
        const bool shown = static_cast<int>(i) == showcase;
        if (!shown && (!rng.chance(35) || p.state == ProductionState::cancelled)) continue;
        SalesOrder s;
        s.number = next++;
        s.customer = a.clients[static_cast<size_t>(rng.below(n_clients))].id;
        s.season = a.style(p.style)->season;
        s.ship = add_days(p.due, rng.between(2, 10));
        s.term = static_cast<TradeTerm>(rng.below(6));
        static const int kPaymentDays[] = {0, 30, 45, 60};
        s.payment_days = rng.pick(kPaymentDays);
        if (rng.chance(20)) s.currency = "USD";  // a brand abroad buys in its own currency
        for (const auto& c : p.matrix) s.lines.push_back(SalesLine{p.style, c.colour, c.size, c.quantity, Money{int64_t{rng.between(25, 140)} * 100}});
        const bool draft = !shown && p.state == ProductionState::draft && rng.chance(50);
        if (!draft) {
            s.confirmed = at_midnight(add_days(opt.today, -rng.between(20, 60)));
            p.sales_order = s.number;
        }
        if (p.state == ProductionState::completed && (shown || rng.chance(70))) {
            // Everything made has left, colour by colour.
            const Pipeline& pl = *a.pipeline(p.pipeline);
            std::vector<std::string> colours;
            for (const auto& c : p.matrix)
                if (index_in(colours, c.colour) < 0) colours.push_back(c.colour);
            for (const auto& colour : colours) {
                int64_t made = 0;
                for (const auto& b : p.batches)
                    if (b.colour == colour) made += batch_made(b, pl);
                if (made > 0) s.shipments.push_back(Shipment{at_midnight(add_days(opt.today, -rng.between(1, 10))), p.style, colour, static_cast<int>(made), ""});
            }
            // Rejected pieces were not shipped: the lines are what left (the customer took the shortfall).
            for (auto& l : s.lines) l.quantity = 0;
            for (const auto& x : s.shipments) {
                int64_t left = x.quantity;
                for (auto& l : s.lines)
                    if (l.colour == x.colour && left > 0) {
                        const int planned_here = planned(p, l.colour, l.size);
                        l.quantity = static_cast<int>(std::min<int64_t>(left, planned_here));
                        left -= l.quantity;
                    }
            }
            std::erase_if(s.lines, [](const SalesLine& l) { return l.quantity == 0; });
            if (!shown && rng.chance(60)) {
                s.invoice = invoice_number(civil_from_date(opt.today).year, a.profile.invoice_next++);
                a.profile.invoice_year = civil_from_date(opt.today).year;
                s.invoiced_at = at_midnight(add_days(opt.today, -1));
                if (rng.chance(50))
                    if (const auto total = sales_total(s)) s.payments.push_back(Payment{*total, at_midnight(opt.today), "transfer", "", false, false, std::nullopt});
            }
        }
        a.sales.push_back(std::move(s));
    }
    a.profile.next_order = next;
    a.reindex();
}

}  // namespace atelier

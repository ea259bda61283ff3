#include <ostream>

#include "core/derive.hpp"
#include "core/snapshot/snapshot.hpp"
#include "native/io_util.hpp"

namespace atelier::cli {

int cmd_check(const Args& args, Io& io) {
    if (args.size() == 1 && args[0] == "--help") {
        io.out << "usage: atelier check FILE|-\nValidates a snapshot: exit 0 and a summary, or exit 1 and each problem with its JSON path.\n";
        return 0;
    }
    if (args.size() != 1) {
        io.err << "usage: atelier check FILE|-\n";
        return 2;
    }
    Atelier a;
    if (int code = load_snapshot(args[0], io, a)) return code;
    size_t in_production = 0;
    for (const auto& o : a.orders) in_production += o.status == Status::in_production;
    io.out << "ok: " << a.profile.settings.name << " (" << a.profile.settings.company_code << "), schema " << kSchema << ", "
           << a.pipelines.size() << " pipelines, " << a.clients.size() << " clients, " << a.orders.size() << " orders ("
           << in_production << " in production)";
    // A producer's part, when there is one; an atelier without it reads as before.
    if (!a.styles.empty() || !a.productions.empty()) {
        size_t batches = 0;
        for (const auto& p : a.productions) batches += p.batches.size();
        io.out << ", " << a.styles.size() << " styles, " << a.productions.size() << " production orders (" << batches << " batches)";
    }
    io.out << "\n";
    return 0;
}

}  // namespace atelier::cli

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
    auto text = read_input(args[0], io);
    if (!text) return 2;
    Atelier a;
    Problems problems;
    if (!read_snapshot(*text, a, problems)) {
        io.err << args[0] << ": " << problems.size() << (problems.size() == 1 ? " problem" : " problems") << "\n";
        for (const auto& p : problems) io.err << "  " << p << "\n";
        return 1;
    }
    size_t in_production = 0;
    for (const auto& o : a.orders) in_production += o.status == Status::in_production;
    io.out << "ok: " << a.profile.settings.name << " (" << a.profile.settings.company_code << "), schema " << kSchema << ", "
           << a.pipelines.size() << " pipelines, " << a.clients.size() << " clients, " << a.orders.size() << " orders ("
           << in_production << " in production)\n";
    return 0;
}

}  // namespace atelier::cli

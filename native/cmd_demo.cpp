#include <cstdlib>
#include <ostream>

#include "core/demo.hpp"
#include "core/demo_producer.hpp"
#include "core/snapshot/snapshot.hpp"
#include "native/io_util.hpp"

namespace atelier::cli {

int cmd_demo(const Args& args, Io& io) {
    DemoOptions opt;
    opt.today = date_of(system_now());
    bool producer = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--help") {
            io.out << "usage: atelier demo [--orders N] [--seed S] [--today YYYY-MM-DD] [--producer]\n"
                      "Writes a realistic snapshot to stdout; the same options give the same bytes.\n"
                      "--producer adds a producer's 500 styles, 2,000 production orders of 8 sizes x 6 colours\n"
                      "and 10,000 batches on the floor.\n";
            return 0;
        } else if (a == "--producer") {
            producer = true;
        } else if (a == "--orders" && has_value) {
            char* end = nullptr;
            const long n = std::strtol(args[++i].c_str(), &end, 10);
            if (*end || n < 0 || n > 10'000'000) {
                io.err << "atelier demo: --orders needs a number from 0 to 10000000\n";
                return 2;
            }
            opt.orders = static_cast<int>(n);
        } else if (a == "--seed" && has_value) {
            char* end = nullptr;
            opt.seed = std::strtoull(args[++i].c_str(), &end, 10);
            if (*end) {
                io.err << "atelier demo: --seed needs a whole number\n";
                return 2;
            }
        } else if (a == "--today" && has_value) {
            auto d = parse_date(args[++i]);
            if (!d) {
                io.err << "atelier demo: --today needs a date YYYY-MM-DD\n";
                return 2;
            }
            opt.today = *d;
        } else {
            io.err << "atelier demo: unexpected argument '" << a << "' (see atelier demo --help)\n";
            return 2;
        }
    }
    Atelier a = make_demo(opt);
    if (producer) add_producer_demo(a, producer_demo_options(opt.seed, opt.today));
    io.out << write_snapshot(a);
    return io.out ? 0 : 1;
}

}  // namespace atelier::cli

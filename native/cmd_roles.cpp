#include <ostream>

#include "core/rules/roles.hpp"
#include "native/cli.hpp"

namespace atelier::cli {

// The role table the commands refuse by: serve.py keeps a copy (backend/roles.py), and a test
// holds the two equal.
int cmd_roles(const Args& args, Io& io) {
    if (args.size() == 1 && args[0] == "--help") {
        io.out << "usage: atelier roles\n"
                  "Prints, as JSON, what a manager and staff may not write: command types, fields per type,\n"
                  "and for an undo or redo the order fields and settings it may not change.\n";
        return 0;
    }
    if (!args.empty()) {
        io.err << "usage: atelier roles\n";
        return 2;
    }
    io.out << role_rules().dump(2) << "\n";
    return 0;
}

}  // namespace atelier::cli

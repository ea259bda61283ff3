#include <ostream>

#include "core/snapshot/snapshot.hpp"
#include "core/snapshot/state_hash.hpp"
#include "native/io_util.hpp"

namespace atelier::cli {

// The hash of the state the file holds, not of its bytes: devices (and the native and WASM
// builds) that applied the same entries compare this one line.
int cmd_state_hash(const Args& args, Io& io) {
    if (args.size() == 1 && args[0] == "--help") {
        io.out << "usage: atelier state-hash FILE|-\n"
                  "Prints the SHA-256 of the snapshot's canonical form (64 hex digits): equal ateliers print the\n"
                  "same line on every platform, however their files are laid out. A file that does not read\n"
                  "lists its problems as `atelier check` does and exits 1.\n";
        return 0;
    }
    if (args.size() != 1) {
        io.err << "usage: atelier state-hash FILE|-\n";
        return 2;
    }
    Atelier a;
    if (int code = load_snapshot(args[0], io, a)) return code;
    io.out << state_hash(a) << "\n";
    return 0;
}

}  // namespace atelier::cli

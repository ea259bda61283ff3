#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace atelier::cli {

// Every subcommand gets its arguments (without the program and subcommand names)
// and the streams to use, so tests and main() drive it the same way.
using Args = std::vector<std::string>;
struct Io {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
};

struct Subcommand {
    const char* name;
    const char* usage;    // one line: "atelier check FILE"
    const char* summary;  // one sentence for `atelier --help`
    int (*run)(const Args& args, Io& io);
};

// All subcommands, in the order `--help` lists them (see subcommands.cpp).
const std::vector<Subcommand>& subcommands();

}  // namespace atelier::cli

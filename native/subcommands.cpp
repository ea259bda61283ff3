// The one place that registers the CLI's subcommands; each lives in its own cmd_<name>.cpp.
#include "native/cli.hpp"

namespace atelier::cli {

const std::vector<Subcommand>& subcommands() {
    static const std::vector<Subcommand> all = {
    };
    return all;
}

}  // namespace atelier::cli

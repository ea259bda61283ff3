#pragma once
// The options of `atelier query`, `board` and `dashboard`, parsed once: each subcommand says which
// options it takes, and gets the same spelling, values and error texts as the others.
#include <optional>
#include <string>
#include <vector>

#include "core/queries/filter.hpp"
#include "native/cli.hpp"
#include "native/query_cli.hpp"

namespace atelier::cli {

// Options a subcommand takes besides FILE, --today and --help (all three take those).
enum QueryOpt : unsigned {
    kOptFilter = 1u << 0,  // --filter EXPR, repeatable
    kOptSort = 1u << 1,    // --sort KEY[:desc]
    kOptLimit = 1u << 2,   // --limit N
    kOptOrder = 1u << 3,   // --order NUMBER (or NUMBER-CODE)
    kOptCsv = 1u << 4,     // --format also takes csv (table and json always)
};

struct QueryArgs {
    bool help = false;  // --help or -h: print the subcommand's help and exit 0
    std::string file;
    Filter filter;
    Sort sort;
    long limit = -1, order = -1;  // -1: not given
    Format format = Format::table;
    Date today;  // --today, else the system clock's day
};

// `cmd` is the subcommand's name ("query"); its usage line (subcommands.cpp) is printed when FILE
// is missing. nullopt after printing why to io.err: the subcommand exits with 2.
std::optional<QueryArgs> parse_query_args(const char* cmd, unsigned opts, const Args& args, Io& io);

}  // namespace atelier::cli

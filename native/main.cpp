#include <cstring>
#include <iostream>

#include "core/version.hpp"
#include "native/cli.hpp"

namespace {

void print_help(std::ostream& os) {
    os << "atelier " << atelier::kVersion << " - order and production management for ateliers\n\n"
       << "usage: atelier [--version | --help] | atelier COMMAND [ARGS...]\n\n"
       << "commands:\n";
    for (const auto& sc : atelier::cli::subcommands())
        os << "  " << sc.usage << "\n      " << sc.summary << "\n";
    os << "\n  atelier COMMAND --help   details of one command\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        print_help(std::cerr);
        return 2;
    }
    const std::string first = argv[1];
    if (first == "--version" || first == "-V") {
        std::cout << "atelier " << atelier::kVersion << "\n";
        return 0;
    }
    if (first == "--help" || first == "-h" || first == "help") {
        print_help(std::cout);
        return 0;
    }
    for (const auto& sc : atelier::cli::subcommands()) {
        if (first != sc.name) continue;
        atelier::cli::Args args(argv + 2, argv + argc);
        atelier::cli::Io io{std::cin, std::cout, std::cerr};
        return sc.run(args, io);
    }
    std::cerr << "atelier: unknown command '" << first << "' (see atelier --help)\n";
    return 2;
}

// doctest's main, compiled once for every unit-<topic>.cpp beside it.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

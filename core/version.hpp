#pragma once
// The version string comes from CMake (project VERSION), so the CLI, the web app and
// the service worker cache name all agree on one value per build.
#ifndef ATELIER_VERSION
#error "ATELIER_VERSION must be defined by the build"
#endif

namespace atelier {
inline constexpr const char* kVersion = ATELIER_VERSION;
}

#pragma once
#include <string>

#include "core/model/settings.hpp"

namespace atelier {

// The whole running app as the views see it: the atelier data plus transient UI state.
// Platform shells (web/main_web.cpp, native smoke tests) own one and call frame() once per frame.
struct App {
    Settings settings;
    long long frames = 0;
    int clicks = 0;  // main-window interactions, read by the smoke test through the bridge
    std::string search;

    void frame();
};

App& app();

}  // namespace atelier

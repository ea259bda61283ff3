#pragma once
// An error a view keeps beside the control that caused it, in two forms: `english` names it (the
// mark tests and the locator find in any language), `shown` is what the device's language says.
// A view's own message and the core's refusal become one alike (docs/i18n.md).
#include <string>

#include "core/i18n/said_text.hpp"  // say(): a view makes its own errors with it
#include "core/problem.hpp"

namespace atelier::ui {

struct ViewError {
    std::string english, shown;
    bool empty() const { return english.empty(); }
    void clear() {
        english.clear();
        shown.clear();
    }
};

ViewError view_error(const Said& s);     // a catalogue sentence (say(Msg::…) for a view's own)
ViewError view_error(const Problem& p);  // the core's refusal, as it words it in each language

}  // namespace atelier::ui

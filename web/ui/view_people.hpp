#pragma once
// People and roles (issue 16): Settings → "People and roles" (the list, roles, PINs, the idle
// lock), the "Working here" line with Switch person and Lock now, and the lock screen a shared
// tablet shows until someone says who they are (core/rules/roles.hpp).
#include <string>

#include "core/model/atelier.hpp"
#include "web/ui/view_error.hpp"

namespace atelier::ui {

class Shell;

struct PeopleUi {
    std::string first_name;          // "Start the list": the owner's own name
    std::string add_name, add_pin;   // the "Add person" row as typed
    int add_role = 2;                // index into Role (staff)
    std::string pin_for;             // the person whose new PIN is being typed ("" = none)
    std::string new_pin;
    int lock_minutes = -1;           // as typed; -1: take the atelier's
    ViewError error;                 // why the last change was refused
};

struct LockUi {
    std::string pick;  // the person chosen
    std::string pin;
    ViewError error;
};

void draw_working_here(const Atelier& a, Shell& sh);               // everyone: who and the lock buttons
void draw_people_section(const Atelier& a, PeopleUi& u, Shell& sh);  // owner (edits) and manager (reads)
void draw_lock(const Atelier& a, LockUi& u, Shell& sh);               // the whole window while locked

}  // namespace atelier::ui

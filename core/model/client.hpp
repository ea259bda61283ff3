#pragma once
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/json/fields.hpp"
#include "core/model/channel.hpp"
#include "core/model/conflict.hpp"
#include "core/model/history.hpp"

namespace atelier {

template <>
struct EnumNames<Unit> {
    static constexpr std::array<const char*, 2> names{"cm", "in"};
};

struct Measurement {
    std::string name;  // "bust", "waist", "back length"
    Length value;
    bool operator==(const Measurement&) const = default;
    template <class V>
    void fields(V& v) {
        v.req("name", name);
        v.req("value", value);
    }
};

// One sitting with the client. A re-measure adds a session; a correction amends one in place
// (and the history says which happened).
struct MeasureSession {
    Date date;
    std::vector<Measurement> values;
    bool operator==(const MeasureSession&) const = default;
    template <class V>
    void fields(V& v) {
        v.req("date", date);
        v.req("values", values);
    }
};

struct Client {
    int id = 0;
    std::string name;
    std::string phone;  // E.164 ("+33612345678") when it could be normalised, else as entered
    std::string email;
    std::string notes;
    // How the client likes to be reached (none: no preference, the stage's channel is used) and
    // the language to address them in ("fr", "en-GB"; "" = the atelier's).
    Channel channel = Channel::none;
    std::string language;
    // The client asked not to be contacted: no message is written for them, none is sent.
    bool do_not_contact = false;
    std::vector<MeasureSession> sessions;  // oldest first
    std::vector<HistoryEntry> history;
    std::vector<Conflict> conflicts;  // concurrent edits of its fields, oldest first
    bool operator==(const Client&) const = default;
    template <class V>
    void fields(V& v) {
        v.req("id", id);
        v.req("name", name);
        v.opt("phone", phone);
        v.opt("email", email);
        v.opt("notes", notes);
        v.opt("channel", channel);
        v.opt("language", language);
        v.opt("do_not_contact", do_not_contact);
        v.opt("sessions", sessions);
        v.opt("history", history);
        v.opt("conflicts", conflicts);
    }
};

struct Phone {
    std::string value;
    bool normalised = false;
};
// Strips spaces, dashes, dots and parentheses; "00" becomes "+"; "+" and 8-15 digits is E.164.
// Anything else is kept as entered and flagged, so a local number is never lost.
Phone normalise_phone(std::string_view entered);
// Basic shape only: one "@", something before it, a dot in the domain, no spaces.
bool plausible_email(std::string_view email);
// A language tag as a client's language is given: "fr", "en-GB", "pt-BR" (2-3 letters, then parts
// of 2-8 letters or digits after "-"), at most 35 characters; "" (the atelier's) is valid too.
bool valid_language(std::string_view tag);
// Why `tag` cannot be a language (the client's or the atelier's), or "": the one refusal the
// commands and the loader give, the value quoted short.
std::optional<Said> language_problem(std::string_view tag);

// The latest value of a measurement across sessions (sessions are kept in date order).
std::optional<Length> current_measurement(const Client& c, std::string_view name);
// Every measurement's latest value, sorted by name.
std::vector<Measurement> current_measurements(const Client& c);

inline int entity_key(const Client& c) { return c.id; }

std::ostream& operator<<(std::ostream& os, const Client& c);

}  // namespace atelier

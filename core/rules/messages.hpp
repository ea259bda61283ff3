#pragma once
// [SECTION] Messages to the client: the placeholders a template may hold and how they are filled,
// which channel a message goes by, the fitting reminders due, and the links a person opens to send
// one (WhatsApp, email, SMS). The text is filled once, when the message is written, and kept.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/language.hpp"
#include "core/said.hpp"
#include "core/model/atelier.hpp"

namespace atelier {

// The placeholders a template may hold, in the order the editors list them:
// {client} {order} {garment} {stage} {date} {time} {balance} {atelier}.
const std::vector<std::string>& message_placeholders();
// The first {name} in `tmpl` that is not a placeholder, or nullopt. A "{" with no "}" is text.
std::optional<std::string> unknown_placeholder(std::string_view tmpl);
// Why a template cannot be saved, or "": over kMaxTemplateBytes, not UTF-8, a control character
// other than a line break, or "unknown placeholder {fitting} (a message may use {client}, ...)".
inline constexpr size_t kMaxTemplateBytes = 2000;
std::optional<Said> template_problem(std::string_view tmpl);

// Why multi-line text printed on documents (a letterhead, payment terms) cannot be kept, or "":
// over 1,000 bytes, not UTF-8, a control character other than a line break.
std::optional<Said> document_text_problem(std::string_view text);

// The conventions a message to client `c` and a document for them are written in: the client's
// language when the app speaks it (their region's dates too), else the atelier's (Profile::language).
Locale client_locale(const Profile& p, const Client* c);

// The template a client in `l` gets: the atelier's text in their language if it wrote one
// (TextIn), else its own text.
const std::string& template_for(const std::string& text, const TextsIn& translations, const Locale& l);
// The reminder written when the atelier has not set its own (Profile::reminder_message).
std::string default_reminder(Language l);
// The reminder's template for a client in `l`: the atelier's (in their language if written), else
// the default in their language.
std::string reminder_template(const Profile& p, const Locale& l);

// What fills a template: the stage whose completion writes it, or the fitting it reminds of.
// {date}/{time}: the fitting's; for a stage message the order's next booked fitting not done,
// else {date} is the deadline and {time} is empty. {balance}: what the order still owes. Dates,
// times and money are written in the client's conventions (client_locale).
struct MessageAbout {
    DateTime now;  // when it is written: "next" fitting is after this
    const Stage* stage = nullptr;
    const Fitting* fitting = nullptr;
};
std::string fill_template(std::string_view tmpl, const Atelier& a, const Order& o, MessageAbout about);
// The same from the atelier's settings and the order's client (nullptr: none), as a command sees them.
std::string fill_template(std::string_view tmpl, const Profile& p, const Client* c, const Order& o, MessageAbout about);

// The template filled for a made-up order of this atelier (Maria Rossi, order 42, an evening gown
// with 800.00 to pay and a fitting in a week at 15:00), for the editors' live preview; `language`
// is the made-up client's ("" = the atelier's).
std::string preview_message(std::string_view tmpl, const Profile& p, const Stage* stage, Date today, std::string_view language = "");

// The channel a message to `c` goes by: the client's preference when they have its address, else
// `wanted` when they have its address, else whichever they have (phone: WhatsApp, else email);
// none when they have neither.
Channel message_channel(const Client* c, Channel wanted);
// The client's address for a channel (email: the email, else the phone); "" when unknown.
std::string message_address(const Client* c, Channel ch);

// The fittings of tomorrow (`today` + 1) still booked and not done whose reminder is not written.
struct ReminderDue {
    int order = 0;
    int fitting = 0;  // index
};
std::vector<ReminderDue> reminders_due(const Atelier& a, Date today);
// Whether the order's outbox holds the reminder of this fitting (by its time), not withdrawn.
bool reminder_written(const Order& o, const Fitting& f);

// Reminders written ahead (Profile::reminder_time, "HH:MM"; "" = off): its minutes after midnight,
// nullopt for "" or anything that is not a time of day; why a time cannot be set.
std::optional<int> reminder_minutes(std::string_view hhmm);
std::optional<Said> reminder_time_problem(std::string_view hhmm);
// The reminder fitting `f` of `o` should have waiting, written ahead: due the day before the
// fitting at the atelier's reminder time, on the client's channel, the text filled as of then.
// nullopt when none: no reminder time, a fitting done, cancelled or of a closed order, a client
// who asked not to be contacted or who has no address.
struct PlannedReminder {
    DateTime due;
    Channel channel = Channel::none;
    std::string to, text;
};
std::optional<PlannedReminder> planned_reminder(const Profile& p, const Client* c, const Order& o, const Fitting& f);
// Whether message `m` is a reminder written ahead still to go (not sent, not withdrawn).
bool scheduled_reminder(const Message& m);

// Every message waiting to be sent by `now` (one written ahead waits for its time; a withdrawn one
// is never sent), oldest first.
struct OutboxRef {
    int order = 0;
    int message = 0;  // index
};
std::vector<OutboxRef> unsent_messages(const Atelier& a, DateTime now = DateTime{INT64_MAX});
// The next time a message written ahead comes due after `now` (the dashboard looks again then).
std::optional<DateTime> next_message_due(const Atelier& a, DateTime now);

// A message id as the core writes it ("<device>.<seq>.<order>.<n>"): 1 to kMaxMessageId of
// A-Z a-z 0-9 _ . - (docs/email.md).
bool message_id_shape(std::string_view id);

// Who sends a waiting message: a person (a link, copied text), the sync server (an email message
// with an id, when the server sends email: `server_mail`), or nobody — held, the client asked not
// to be contacted — or never, withdrawn. A message the server refused goes back to a person.
enum class MessageWay : uint8_t { by_hand, server, held, withdrawn };
MessageWay message_way(const Atelier& a, const Order& o, const Message& m, bool server_mail);

// The messages a device hands to a sync server that sends email (POST /api/v1/mail): waiting
// email messages with an id and an address that the server has not answered for yet, of orders
// with their real number (a provisional one is renumbered first), for clients who may be
// contacted; the subject in the client's language. Oldest first.
struct MailHandover {
    std::string id;
    int order = 0;
    int client = 0;
    std::string to, subject, text;
    std::optional<DateTime> due = {};  // written ahead: not before this time, the atelier's own
    bool operator==(const MailHandover&) const = default;
};
std::vector<MailHandover> mail_to_hand_over(const Atelier& a);
// The email messages withdrawn whose time (`due`, else when written) is after `since`: a device
// tells the server (POST /api/v1/mail withdraw), which may hold them for later.
std::vector<std::string> mail_to_withdraw(const Atelier& a, DateTime since);

// The links a person opens to send a message. The phone as wa.me and sms: want it: digits with the
// country code, from an E.164 number or a national one and the atelier's country ("06 12…" in FR ->
// "33612…"); nullopt when it cannot be made international.
std::optional<std::string> international_digits(std::string_view phone, std::string_view country);
std::string percent_encode(std::string_view text);  // RFC 3986 unreserved kept, UTF-8 bytes as %XX
// "https://wa.me/33612345678?text=…"; nullopt without a usable phone.
std::optional<std::string> whatsapp_link(std::string_view phone, std::string_view country, std::string_view text);
// "sms:+33612345678?body=…" (RFC 5724); nullopt without a usable phone.
std::optional<std::string> sms_link(std::string_view phone, std::string_view country, std::string_view text);
// "mailto:…?subject=…&body=…" (RFC 6068: line breaks as %0D%0A); nullopt without an address.
std::optional<std::string> email_link(std::string_view email, std::string_view subject, std::string_view body);
// The subject of an email about an order: "Atelier Bella Fox: order 12-BFG", in `l`.
std::string message_subject(const Profile& p, const Order& o, const Locale& l);

}  // namespace atelier

#pragma once
// Messages to the client, as a person sends them: each message with what it says, a button per
// way out (WhatsApp, email, SMS links the core makes; Copy) and Mark sent; the messages waiting
// across the atelier and tomorrow's fitting reminders still to write (the dashboard).
#include <cstdint>
#include <string>
#include <optional>
#include <vector>

#include "core/rules/messages.hpp"
#include "web/ui/shell.hpp"

namespace atelier::ui {

struct MessagesUi {
    // The way the person last opened a message (order, index): Mark sent records it.
    int order = 0, message = -1;
    SentVia via = SentVia::whatsapp;
    // The waiting messages and the reminders due, found once per change and day (100k orders).
    uint64_t revision = ~0ull;
    Date day;
    std::vector<OutboxRef> unsent;
    std::vector<ReminderDue> reminders;
    bool server_mail = false;  // the server sent email when they were found (its messages are not listed)
    std::optional<DateTime> next_due;  // the next message written ahead to come due: found again then
};

// Under a message template (a stage's, the reminder): the placeholders, then what is wrong with it
// (named `label` + " error") or its live preview (`label` + " preview").
void template_help(const std::string& tmpl, const std::string& preview, const std::string& label);
// One outbox message of `o`: when, to whom, the text, then how it was sent or the send buttons.
void draw_message(const Atelier& a, const Order& o, int index, MessagesUi& u, Shell& sh);
// The order page's Outbox section: every message of the order, newest first.
void draw_order_outbox(const Atelier& a, const Order& o, MessagesUi& u, Shell& sh);
// The dashboard's "Messages to send" and "Fitting reminders for tomorrow".
void draw_messages_waiting(const Atelier& a, MessagesUi& u, Shell& sh);

}  // namespace atelier::ui

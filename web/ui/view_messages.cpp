// Messages to the client (issue 17). The text was filled by the core when the message was written;
// this view only offers the ways out and records, through order.message_sent, who sent it and how.
// - User text is always drawn with TextUnformatted or a "%s" argument, never as a format.
#include "web/ui/view_messages.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/commands/command.hpp"
#include "core/text/phone.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_order_forms.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

void refresh(const Atelier& a, MessagesUi& u, Shell& sh) {
    if (u.revision == sh.revision() && u.day == sh.today()) return;
    u.revision = sh.revision();
    u.day = sh.today();
    u.unsent = unsent_messages(a);
    u.reminders = reminders_due(a, sh.today());
}

// A button that opens `link` (or says why it cannot), and remembers the way for Mark sent.
void link_button(const char* label, const std::optional<std::string>& link, const char* missing, SentVia via, const Order& o,
                 int index, MessagesUi& u, Shell& sh) {
    if (small_button(label)) {
        if (link) {
            sh.open_link(*link);
            u.order = o.number;
            u.message = index;
            u.via = via;
        } else {
            sh.notify(missing, true);
        }
    }
    mark_last_item(std::string(label) + " " + std::to_string(o.number) + "/" + std::to_string(index));
}

}  // namespace

// Under a message template: the placeholders, then what is wrong with it or its live preview.
void template_help(const std::string& tmpl, const std::string& preview, const std::string& label) {
    std::string names;
    for (const auto& n : message_placeholders()) names += "{" + n + "} ";
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("Filled in: %s", names.c_str());
    if (const std::string why = template_problem(tmpl); !why.empty()) {
        ImGui::TextColored(colours().overdue, "%s", why.c_str());
        mark_last_item(label + " error");
    } else if (!tmpl.empty()) {
        ImGui::TextDisabled("Preview: %s", preview.c_str());
        mark_last_item(label + " preview");
    }
    ImGui::PopTextWrapPos();
}

void draw_message(const Atelier& a, const Order& o, int index, MessagesUi& u, Shell& sh) {
    const Message& m = o.outbox[static_cast<size_t>(index)];
    const Client* c = a.client(o.client);
    const Palette& pal = colours();
    ImGui::PushID(o.number);
    ImGui::PushID(index);
    const std::string to = m.to.empty() ? std::string("(no address)")
                                        : m.channel == Channel::email ? m.to : format_phone(m.to, a.profile.country);
    ImGui::Text("%s  %s to %s", order_page::when_text(m.at).c_str(), enum_label(m.channel), to.c_str());
    if (m.fitting) {
        ImGui::SameLine();
        ImGui::TextDisabled("(fitting reminder)");
    }
    ImGui::Indent();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(m.text.c_str());
    ImGui::PopTextWrapPos();
    if (m.sent_at) {
        ImGui::TextColored(pal.ok, "Sent %s by %s (%s)", order_page::when_text(*m.sent_at).c_str(),
                           m.sent_by.empty() ? "someone" : m.sent_by.c_str(), enum_label(m.sent_via));
        mark_last_item("Sent " + std::to_string(o.number) + "/" + std::to_string(index));
    } else {
        const std::string phone = c ? c->phone : "";
        const std::string email = c ? c->email : "";
        const std::string subject = message_subject(a.profile, o);
        link_button("WhatsApp", whatsapp_link(phone, a.profile.country, m.text),
                    "No WhatsApp: the client's phone is not an international number (set the atelier's country or add +code)",
                    SentVia::whatsapp, o, index, u, sh);
        ImGui::SameLine();
        link_button("Email", email_link(email, subject, m.text), "No email: the client has no email address", SentVia::email, o,
                    index, u, sh);
        ImGui::SameLine();
        link_button("SMS", sms_link(phone, a.profile.country, m.text),
                    "No SMS: the client's phone is not an international number (set the atelier's country or add +code)",
                    SentVia::sms, o, index, u, sh);
        ImGui::SameLine();
        if (small_button("Copy")) {
            ImGui::SetClipboardText(m.text.c_str());
            u.order = o.number;
            u.message = index;
            u.via = SentVia::copy;
            sh.notify("Message copied: paste it where the client will read it");
        }
        mark_last_item("Copy " + std::to_string(o.number) + "/" + std::to_string(index));
        ImGui::SameLine();
        // The way last opened for this message, else its own channel.
        SentVia via = m.channel == Channel::email ? SentVia::email : m.channel == Channel::sms ? SentVia::sms : SentVia::whatsapp;
        if (u.order == o.number && u.message == index) via = u.via;
        if (small_button("Mark sent")) {
            if (sh.dispatch(cmd::MessageSent{o.number, index, m.at, via}))
                sh.notify("Marked sent (" + std::string(enum_label(via)) + ")");
            u.message = -1;
        }
        mark_last_item("Mark sent " + std::to_string(o.number) + "/" + std::to_string(index));
    }
    ImGui::Unindent();
    ImGui::PopID();
    ImGui::PopID();
}

void draw_order_outbox(const Atelier& a, const Order& o, MessagesUi& u, Shell& sh) {
    if (o.outbox.empty()) {
        ImGui::TextDisabled("No messages to the client yet. A stage that notifies the client writes one when it is done;");
        ImGui::TextDisabled("a fitting's reminder is written from the dashboard the day before.");
    }
    // Newest first: the one to send now is at the top.
    for (int i = static_cast<int>(o.outbox.size()) - 1; i >= 0; --i) {
        draw_message(a, o, i, u, sh);
        ImGui::Separator();
    }
}

void draw_messages_waiting(const Atelier& a, MessagesUi& u, Shell& sh) {
    refresh(a, u, sh);
    if (!u.reminders.empty()) {
        ImGui::TextColored(colours().priority, "Fitting reminders for tomorrow: %d to write", static_cast<int>(u.reminders.size()));
        mark_last_item("Fitting reminders for tomorrow");
        ImGui::SameLine();
        if (small_button("Write reminders")) {
            cmd::Batch b;
            for (const auto& r : u.reminders) b.commands.push_back(cmd::FittingRemind{r.order, r.fitting});
            if (b.commands.size() > cmd::Batch::kMaxBatch) b.commands.resize(cmd::Batch::kMaxBatch);
            const size_t n = b.commands.size();
            if (sh.dispatch(b.commands.size() == 1 ? b.commands.front() : Command{std::move(b)}))
                sh.notify(std::to_string(n) + (n == 1 ? " reminder" : " reminders") + " written: send them below");
        }
        mark_last_item("Write reminders");
    }
    if (u.unsent.empty()) {
        ImGui::TextDisabled("No messages waiting to be sent.");
        mark_last_item("No messages waiting");
        return;
    }
    section(("Messages to send (" + std::to_string(u.unsent.size()) + ")").c_str());
    mark_last_item("Messages to send");
    constexpr size_t kShown = 20;  // the oldest first; the rest wait on their orders' pages
    for (size_t k = 0; k < u.unsent.size() && k < kShown; ++k) {
        const OutboxRef& r = u.unsent[k];
        const Order* o = a.order(r.order);
        if (!o || r.message >= static_cast<int>(o->outbox.size())) continue;
        const Client* c = a.client(o->client);
        const std::string title = order_label(a.profile, o->number) + "  " + (c ? c->name : std::string());
        ImGui::PushID(static_cast<int>(k));
        if (ImGui::Selectable(title.c_str(), false, 0, ImVec2(em(300), 0))) sh.open_order(o->number);
        ImGui::PopID();
        draw_message(a, *o, r.message, u, sh);
        ImGui::Spacing();
    }
    if (u.unsent.size() > kShown) ImGui::TextDisabled("and %d more, on their orders' pages", static_cast<int>(u.unsent.size() - kShown));
}

}  // namespace atelier::ui

// Messages to the client (issue 17). The text was filled by the core when the message was written;
// this view only offers the ways out and records, through order.message_sent, who sent it and how.
// - User text is always drawn with TextUnformatted or a "%s" argument, never as a format.
#include "web/ui/view_messages.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/commands/command.hpp"
#include "core/rules/roles.hpp"
#include "core/text/phone.hpp"
#include "web/ui/i18n.hpp"
#include "web/ui/locator.hpp"
#include "web/ui/view_order_forms.hpp"
#include "web/ui/widgets.hpp"

namespace atelier::ui {

namespace {

void refresh(const Atelier& a, MessagesUi& u, Shell& sh) {
    const bool came_due = u.next_due && sh.now() >= *u.next_due;
    if (u.revision == sh.revision() && u.day == sh.today() && u.server_mail == sh.sync().server_mail() && !came_due) return;
    u.revision = sh.revision();
    u.day = sh.today();
    // A person's to send: not those the server sends (their state shows on the order's page), nor
    // those written ahead before their time (looked at again when the next one comes due).
    u.unsent = unsent_messages(a, sh.now());
    u.next_due = next_message_due(a, sh.now());
    const bool server_mail = sh.sync().server_mail();
    std::erase_if(u.unsent, [&](const OutboxRef& r) {
        const Order* o = a.order(r.order);
        return o && message_way(a, *o, o->outbox[static_cast<size_t>(r.message)], server_mail) == MessageWay::server;
    });
    u.server_mail = server_mail;
    u.reminders = reminders_due(a, sh.today());
}

Msg channel_msg(Channel c) {
    switch (c) {
        case Channel::email: return Msg::channel_email;
        case Channel::whatsapp: return Msg::channel_whatsapp;
        case Channel::sms: return Msg::channel_sms;
        case Channel::none: break;
    }
    return Msg::channel_none;
}

Msg sent_via_msg(SentVia v) {
    switch (v) {
        case SentVia::whatsapp: return Msg::via_whatsapp;
        case SentVia::email: return Msg::via_email;
        case SentVia::sms: return Msg::via_sms;
        case SentVia::copy: return Msg::via_copy;
    }
    return Msg::via_copy;
}

// A button that opens `link` (or says why it cannot), and remembers the way for Mark sent.
// `name`: its English name, for tests ("WhatsApp 12/0").
void link_button(const char* name, Msg text, const std::optional<std::string>& link, Msg missing, SentVia via, const Order& o,
                 int index, MessagesUi& u, Shell& sh) {
    if (small_button(ui_label(text, name).c_str())) {
        if (link) {
            sh.open_link(*link);
            u.order = o.number;
            u.message = index;
            u.via = via;
        } else {
            sh.notify(tr(missing), true);
        }
    }
    mark_last_item(std::string(name) + " " + std::to_string(o.number) + "/" + std::to_string(index));
}

}  // namespace

// Under a message template: the placeholders, then what is wrong with it or its live preview.
void template_help(const std::string& tmpl, const std::string& preview, const std::string& label) {
    std::string names;
    for (const auto& n : message_placeholders()) names += "{" + n + "} ";
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(Msg::msg_filled_in, {{"names", names}}).c_str());
    if (const auto why = template_problem(tmpl)) {
        ImGui::TextColored(colours().overdue, "%s", said_text(*why).c_str());
        mark_last_item(label + " error");
    } else if (!tmpl.empty()) {
        ImGui::TextDisabled("%s", tr(Msg::msg_preview, {{"text", preview}}).c_str());
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
    const std::string to = m.to.empty() ? std::string(tr(Msg::msg_no_address))
                                        : m.channel == Channel::email ? m.to : format_phone(m.to, a.profile.country);
    ImGui::TextUnformatted(
        tr(Msg::msg_heading, {{"when", ui_datetime(m.at)}, {"channel", tr(channel_msg(m.channel))}, {"to", to}}).c_str());
    if (m.fitting) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr(Msg::msg_fitting_reminder));
    }
    ImGui::Indent();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(m.text.c_str());
    ImGui::PopTextWrapPos();
    const std::string name = std::to_string(o.number) + "/" + std::to_string(index);
    // What the sync server made of it (docs/email.md), before anything else is said.
    if (m.mail == MailState::refused) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(pal.overdue, "%s", tr(Msg::msg_mail_refused, {{"reply", m.mail_reply}}).c_str());
        ImGui::PopTextWrapPos();
        mark_last_item("Mail refused " + name + ": " + m.mail_reply);
        if (!m.sent_at && sh.sync().server_mail() && changes_settings(sh.role())) {
            if (small_button(ui_label(Msg::msg_mail_retry, "Retry sending").c_str())) {
                sh.retry_mail(m.id);
                sh.notify(tr(Msg::msg_mail_retry_asked));
            }
            mark_last_item("Retry sending " + name);
        }
    }
    const MessageWay way = m.sent_at ? MessageWay::by_hand : message_way(a, o, m, sh.sync().server_mail());
    // Written ahead: when it goes, and who sends it.
    if (m.due && !m.sent_at && (way == MessageWay::server || way == MessageWay::by_hand) && m.mail == MailState::none) {
        const Msg when = way == MessageWay::server ? Msg::msg_due_server : Msg::msg_due_by_hand;
        ImGui::TextColored(pal.muted, "%s", tr(when, {{"when", ui_datetime(*m.due)}}).c_str());
        mark_last_item((way == MessageWay::server ? "Due by server " : "Due by hand ") + name);
    }
    if (m.sent_at) {
        const std::string line = m.mail == MailState::sent
                                     ? tr(Msg::msg_sent_by_server, {{"when", ui_datetime(*m.sent_at)}})
                                 : m.sent_by.empty()
                                     ? tr(Msg::msg_sent_at, {{"when", ui_datetime(*m.sent_at)}, {"via", tr(sent_via_msg(m.sent_via))}})
                                     : tr(Msg::msg_sent_by, {{"when", ui_datetime(*m.sent_at)}, {"person", m.sent_by},
                                                             {"via", tr(sent_via_msg(m.sent_via))}});
        ImGui::TextColored(pal.ok, "%s", line.c_str());
        mark_last_item("Sent " + name);
    } else if (way == MessageWay::withdrawn) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(pal.muted, "%s", tr(Msg::msg_withdrawn));
        ImGui::PopTextWrapPos();
        mark_last_item("Withdrawn " + name);
    } else if (way == MessageWay::held) {
        ImGui::TextColored(pal.due_soon, "%s", tr(Msg::msg_held, {{"client", c ? c->name : std::string()}}).c_str());
        mark_last_item("Held " + name);
    } else if (way == MessageWay::server) {
        const std::string line = m.mail == MailState::retrying
                                     ? tr(Msg::msg_mail_retrying, {{"n", std::to_string(m.mail_attempts)},
                                                                   {"when", m.mail_next ? ui_datetime(*m.mail_next) : std::string()},
                                                                   {"reply", m.mail_reply}})
                                     : std::string(tr(Msg::msg_mail_by_server));
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(pal.muted, "%s", line.c_str());
        ImGui::PopTextWrapPos();
        mark_last_item((m.mail == MailState::retrying ? "Mail retrying " : "Mail by server ") + name);
    } else {
        const std::string phone = c ? c->phone : "";
        const std::string email = c ? c->email : "";
        const std::string subject = message_subject(a.profile, o, client_locale(a.profile, c));
        link_button("WhatsApp", Msg::channel_whatsapp, whatsapp_link(phone, a.profile.country, m.text), Msg::msg_no_whatsapp,
                    SentVia::whatsapp, o, index, u, sh);
        ImGui::SameLine();
        link_button("Email", Msg::msg_email_button, email_link(email, subject, m.text), Msg::msg_no_email, SentVia::email, o, index,
                    u, sh);
        ImGui::SameLine();
        link_button("SMS", Msg::channel_sms, sms_link(phone, a.profile.country, m.text), Msg::msg_no_sms, SentVia::sms, o, index,
                    u, sh);
        ImGui::SameLine();
        if (small_button(ui_label(Msg::msg_copy, "Copy").c_str())) {
            ImGui::SetClipboardText(m.text.c_str());
            u.order = o.number;
            u.message = index;
            u.via = SentVia::copy;
            sh.notify(tr(Msg::msg_copied));
        }
        mark_last_item("Copy " + std::to_string(o.number) + "/" + std::to_string(index));
        ImGui::SameLine();
        // The way last opened for this message, else its own channel.
        SentVia via = m.channel == Channel::email ? SentVia::email : m.channel == Channel::sms ? SentVia::sms : SentVia::whatsapp;
        if (u.order == o.number && u.message == index) via = u.via;
        if (small_button(ui_label(Msg::msg_mark_sent, "Mark sent").c_str())) {
            if (sh.dispatch(cmd::MessageSent{o.number, index, m.at, via}))
                sh.notify(tr(Msg::msg_marked_sent, {{"via", tr(sent_via_msg(via))}}));
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
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", tr(Msg::msg_none_yet));
        ImGui::PopTextWrapPos();
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
        ImGui::TextColored(colours().priority, "%s", trn(Msg::msg_reminders_to_write, int64_t(u.reminders.size())).c_str());
        mark_last_item("Fitting reminders for tomorrow");
        ImGui::SameLine();
        if (small_button(ui_label(Msg::msg_write_reminders, "Write reminders").c_str())) {
            cmd::Batch b;
            for (const auto& r : u.reminders) b.commands.push_back(cmd::FittingRemind{r.order, r.fitting});
            if (b.commands.size() > cmd::Batch::kMaxBatch) b.commands.resize(cmd::Batch::kMaxBatch);
            const size_t n = b.commands.size();
            if (sh.dispatch(b.commands.size() == 1 ? b.commands.front() : Command{std::move(b)}))
                sh.notify(trn(Msg::msg_reminders_written, int64_t(n)));
        }
        mark_last_item("Write reminders");
    }
    if (u.unsent.empty()) {
        ImGui::TextDisabled("%s", tr(Msg::msg_none_waiting));
        mark_last_item("No messages waiting");
        return;
    }
    section(trn(Msg::msg_to_send, int64_t(u.unsent.size())).c_str());
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
    if (u.unsent.size() > kShown) ImGui::TextDisabled("%s", trn(Msg::msg_more_on_orders, int64_t(u.unsent.size() - kShown)).c_str());
}

}  // namespace atelier::ui

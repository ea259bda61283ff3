#include "core/rules/messages.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/derive.hpp"
#include "core/i18n/catalogue.hpp"
#include "core/i18n/local_format.hpp"
#include "core/i18n/said_text.hpp"
#include "core/model/limits.hpp"
#include "core/model/number_block.hpp"
#include "core/text.hpp"
#include "core/rules/fittings.hpp"
#include "core/text/phone.hpp"

namespace atelier {

const std::vector<std::string>& message_placeholders() {
    static const std::vector<std::string> names{"client", "order", "garment", "stage", "date", "time", "balance", "atelier"};
    return names;
}

namespace {
bool is_placeholder(std::string_view name) {
    const auto& all = message_placeholders();
    return std::find(all.begin(), all.end(), name) != all.end();
}

// Calls on_text(text) and on_name(name) in template order; a "{" without a "}" is text.
template <class Text, class Name>
void walk_template(std::string_view tmpl, Text on_text, Name on_name) {
    size_t i = 0;
    while (i < tmpl.size()) {
        const size_t open = tmpl.find('{', i);
        const size_t close = open == std::string_view::npos ? open : tmpl.find('}', open);
        if (close == std::string_view::npos) {
            on_text(tmpl.substr(i));
            return;
        }
        on_text(tmpl.substr(i, open - i));
        on_name(tmpl.substr(open + 1, close - open - 1));
        i = close + 1;
    }
}
}  // namespace

std::optional<std::string> unknown_placeholder(std::string_view tmpl) {
    std::optional<std::string> first;
    walk_template(tmpl, [](std::string_view) {}, [&](std::string_view name) {
        if (!first && !is_placeholder(name)) first = std::string(name);
    });
    return first;
}

namespace {
std::optional<Said> lines_problem(std::string_view text, size_t max) {
    if (text.size() > max) return say(Msg::why_too_long, {{"max", std::to_string(max)}});
    if (!is_valid_utf8(text)) return say(Msg::why_not_utf8);
    for (const char ch : text) {
        const auto b = static_cast<unsigned char>(ch);
        if ((b < 0x20 && b != '\n') || b == 0x7F) return say(Msg::why_control_chars_lines);
    }
    return std::nullopt;
}
}  // namespace

std::optional<Said> document_text_problem(std::string_view text) { return lines_problem(text, 1000); }

std::optional<Said> template_problem(std::string_view tmpl) {
    if (auto why = lines_problem(tmpl, kMaxTemplateBytes)) return why;
    const auto bad = unknown_placeholder(tmpl);
    if (!bad) return std::nullopt;
    // The placeholders are names, not words: given with their braces as values.
    std::string known;
    for (const auto& n : message_placeholders()) known += (known.empty() ? "{" : ", {") + n + "}";
    const std::string placeholder = "{" + *bad + "}";
    return say(Msg::why_cmd_unknown_placeholder, {{"placeholder", placeholder}, {"known", known}});
}

namespace {
// A tag's locale when the app speaks its language (the pseudo language is for tests, not clients).
std::optional<Locale> spoken_locale(std::string_view tag) {
    if (tag.empty() || !language_from_code(tag)) return std::nullopt;
    const Locale l = locale_for(tag);
    if (l.language == Language::pseudo) return std::nullopt;
    return l;
}
}  // namespace

Locale client_locale(const Profile& p, const Client* c) {
    if (c)
        if (auto l = spoken_locale(c->language)) return *l;
    return spoken_locale(p.language).value_or(Locale{});
}

const std::string& template_for(const std::string& text, const TextsIn& translations, const Locale& l) {
    return text_in(translations, language_code(l.language), text);
}

std::string default_reminder(Language l) { return std::string(text(l, Msg::reminder_default)); }

std::string reminder_template(const Profile& p, const Locale& l) {
    const std::string& own = template_for(p.reminder_message, p.reminder_translations, l);
    return own.empty() ? default_reminder(l.language) : own;
}

namespace {
const Fitting* next_fitting(const Order& o, DateTime after) {
    const Fitting* best = nullptr;
    for (const auto& f : o.fittings)
        if (fitting_booked(o, f) && !f.done && f.at >= after && (!best || f.at < best->at)) best = &f;
    return best;
}
}  // namespace

std::string fill_template(std::string_view tmpl, const Atelier& a, const Order& o, MessageAbout about) {
    return fill_template(tmpl, a.profile, a.client(o.client), o, about);
}

std::string fill_template(std::string_view tmpl, const Profile& p, const Client* c, const Order& o, MessageAbout about) {
    const Fitting* f = about.fitting ? about.fitting : next_fitting(o, about.now);
    const Locale l = client_locale(p, c);
    std::string out;
    walk_template(tmpl, [&](std::string_view text) { out += text; }, [&](std::string_view name) {
        if (name == "client") out += c ? c->name : "";
        else if (name == "order") out += order_label(p, o.number);
        else if (name == "garment") out += o.garment;
        else if (name == "stage") out += about.stage ? about.stage->name : "";
        else if (name == "date") out += local_weekday_date(f ? date_of(f->at) : o.deadline, l);
        else if (name == "time") out += f ? local_time(minute_of_day(f->at), l) : "";
        else if (name == "balance") out += local_money(balance_owed(o), p.settings.currency, l);
        else if (name == "atelier") out += p.settings.name;
        else out += "{" + std::string(name) + "}";  // older templates: an unknown name stays as written
    });
    return out;
}

std::string preview_message(std::string_view tmpl, const Profile& p, const Stage* stage, Date today, std::string_view language) {
    Atelier sample;
    sample.profile = p;
    Client c;
    c.id = 1;
    c.name = "Maria Rossi";
    c.language = language;
    sample.clients.push_back(c);
    Order o;
    o.number = 42;
    o.client = 1;
    o.garment = "evening gown";
    o.deadline = add_days(today, 30);
    o.price = Money{120000};
    o.payments.push_back(Payment{});
    o.payments.back().amount = Money{40000};
    Fitting f;
    f.at = DateTime{at_midnight(add_days(today, 7)).minutes + 15 * 60};
    f.kind = "first";
    o.fittings.push_back(f);
    return fill_template(tmpl, sample, o, MessageAbout{at_midnight(today), stage, nullptr});
}

std::string message_address(const Client* c, Channel ch) {
    if (!c || ch == Channel::none) return "";
    return ch == Channel::email ? c->email : c->phone;
}

Channel message_channel(const Client* c, Channel wanted) {
    if (!c) return Channel::none;
    if (c->channel != Channel::none && !message_address(c, c->channel).empty()) return c->channel;
    if (wanted != Channel::none && !message_address(c, wanted).empty()) return wanted;
    if (!c->phone.empty()) return Channel::whatsapp;
    if (!c->email.empty()) return Channel::email;
    return Channel::none;
}

bool reminder_written(const Order& o, const Fitting& f) {
    return std::any_of(o.outbox.begin(), o.outbox.end(), [&](const Message& m) { return m.fitting && *m.fitting == f.at && !m.withdrawn; });
}

namespace {
// The order's client asked not to be contacted.
bool held(const Atelier& a, const Order& o) {
    const Client* c = a.client(o.client);
    return c && c->do_not_contact;
}
}  // namespace

std::optional<int> reminder_minutes(std::string_view t) {
    const auto digit = [&](size_t i) { return t[i] >= '0' && t[i] <= '9'; };
    if (t.size() != 5 || t[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4)) return std::nullopt;
    const int h = (t[0] - '0') * 10 + (t[1] - '0'), m = (t[3] - '0') * 10 + (t[4] - '0');
    if (h > 23 || m > 59) return std::nullopt;
    return h * 60 + m;
}

std::optional<Said> reminder_time_problem(std::string_view t) {
    if (t.empty() || reminder_minutes(t)) return std::nullopt;
    return say(Msg::why_reminder_time, {{"time", std::string(t.substr(0, 20))}});
}

std::optional<PlannedReminder> planned_reminder(const Profile& p, const Client* c, const Order& o, const Fitting& f) {
    const std::optional<int> at = reminder_minutes(p.reminder_time);
    if (!at || !fitting_booked(o, f) || f.done || (c && c->do_not_contact)) return std::nullopt;
    const Channel ch = message_channel(c, Channel::none);
    if (ch == Channel::none) return std::nullopt;
    PlannedReminder r;
    r.due = DateTime{at_midnight(add_days(date_of(f.at), -1)).minutes + *at};
    r.channel = ch;
    r.to = message_address(c, ch);
    // Filled as of its time, so that it reads the same whenever it is written.
    r.text = fill_template(reminder_template(p, client_locale(p, c)), p, c, o, MessageAbout{r.due, nullptr, &f});
    return r;
}

bool scheduled_reminder(const Message& m) { return m.due && m.fitting && !m.sent_at && !m.withdrawn; }

std::vector<ReminderDue> reminders_due(const Atelier& a, Date today) {
    std::vector<ReminderDue> out;
    const Date tomorrow = add_days(today, 1);
    for (const Order& o : a.orders) {
        for (size_t i = 0; i < o.fittings.size(); ++i) {
            const Fitting& f = o.fittings[i];
            if (fitting_booked(o, f) && !f.done && date_of(f.at) == tomorrow && !reminder_written(o, f) && !held(a, o))
                out.push_back({o.number, static_cast<int>(i)});
        }
    }
    return out;
}

std::vector<OutboxRef> unsent_messages(const Atelier& a, DateTime now) {
    std::vector<std::pair<DateTime, OutboxRef>> found;
    for (const Order& o : a.orders)
        for (size_t i = 0; i < o.outbox.size(); ++i) {
            const Message& m = o.outbox[i];
            if (!m.sent_at && !m.withdrawn && (!m.due || *m.due <= now)) found.push_back({m.due ? *m.due : m.at, {o.number, static_cast<int>(i)}});
        }
    std::stable_sort(found.begin(), found.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<OutboxRef> out;
    out.reserve(found.size());
    for (const auto& f : found) out.push_back(f.second);
    return out;
}

std::optional<DateTime> next_message_due(const Atelier& a, DateTime now) {
    std::optional<DateTime> next;
    for (const Order& o : a.orders)
        for (const Message& m : o.outbox)
            if (!m.sent_at && !m.withdrawn && m.due && *m.due > now && (!next || *m.due < *next)) next = m.due;
    return next;
}

bool message_id_shape(std::string_view id) {
    return !id.empty() && id.size() <= kMaxMessageId && std::all_of(id.begin(), id.end(), [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '.' || ch == '-';
    });
}

MessageWay message_way(const Atelier& a, const Order& o, const Message& m, bool server_mail) {
    if (m.withdrawn) return MessageWay::withdrawn;
    if (held(a, o)) return MessageWay::held;
    const bool server_may = m.channel == Channel::email && !m.id.empty() && !m.to.empty() && m.mail != MailState::refused;
    return server_mail && server_may ? MessageWay::server : MessageWay::by_hand;
}

std::vector<MailHandover> mail_to_hand_over(const Atelier& a) {
    std::vector<std::pair<DateTime, MailHandover>> found;
    for (const Order& o : a.orders) {
        if (o.number >= kProvisionalFrom || held(a, o)) continue;
        const Client* c = a.client(o.client);
        for (const Message& m : o.outbox)
            if (!m.sent_at && !m.withdrawn && m.channel == Channel::email && !m.id.empty() && !m.to.empty() && m.mail == MailState::none)
                found.push_back({m.at, MailHandover{m.id, o.number, o.client, m.to, message_subject(a.profile, o, client_locale(a.profile, c)),
                                                    m.text, m.due}});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<MailHandover> out;
    out.reserve(found.size());
    for (auto& f : found) out.push_back(std::move(f.second));
    return out;
}

std::vector<std::string> mail_to_withdraw(const Atelier& a, DateTime since) {
    std::vector<std::string> out;
    for (const Order& o : a.orders)
        for (const Message& m : o.outbox)
            if (m.withdrawn && !m.sent_at && m.channel == Channel::email && !m.id.empty() && (m.due ? *m.due : m.at) > since)
                out.push_back(m.id);
    return out;
}

std::optional<std::string> international_digits(std::string_view phone, std::string_view country) {
    std::string digits;
    bool plus = false;
    for (size_t i = 0; i < phone.size(); ++i) {
        const char ch = phone[i];
        if (ch >= '0' && ch <= '9') digits += ch;
        else if (ch == '+' && digits.empty() && !plus) plus = true;
        else if (ch == ' ' || ch == '-' || ch == '.' || ch == '(' || ch == ')') continue;
        else return std::nullopt;
    }
    if (!plus && digits.rfind("00", 0) == 0) {
        digits.erase(0, 2);
        plus = true;
    }
    if (!plus) {
        // A national number: the country's code in place of its trunk prefix 0.
        const char* code = calling_code_for(country);
        if (!code || digits.empty()) return std::nullopt;
        // (Italy, San Marino and the Vatican keep the 0 after the code.)
        const bool keeps_zero = country == "IT" || country == "SM" || country == "VA";
        if (digits[0] == '0' && !keeps_zero) digits.erase(0, 1);
        digits = code + digits;
    }
    if (digits.size() < 8 || digits.size() > 15) return std::nullopt;
    return digits;
}

std::string percent_encode(std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char ch : text) {
        const auto b = static_cast<unsigned char>(ch);
        if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_' || b == '~') {
            out += ch;
        } else {
            out += '%';
            out += hex[b >> 4];
            out += hex[b & 15];
        }
    }
    return out;
}

namespace {
// Line breaks as CRLF (RFC 6068 asks it of mailto bodies; SMS and WhatsApp take either).
std::string crlf(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') continue;
        if (text[i] == '\n') out += "\r\n";
        else out += text[i];
    }
    return out;
}
}  // namespace

std::optional<std::string> whatsapp_link(std::string_view phone, std::string_view country, std::string_view text) {
    const auto digits = international_digits(phone, country);
    if (!digits) return std::nullopt;
    return "https://wa.me/" + *digits + "?text=" + percent_encode(text);
}

std::optional<std::string> sms_link(std::string_view phone, std::string_view country, std::string_view text) {
    const auto digits = international_digits(phone, country);
    if (!digits) return std::nullopt;
    return "sms:+" + *digits + "?body=" + percent_encode(crlf(text));
}

std::optional<std::string> email_link(std::string_view email, std::string_view subject, std::string_view body) {
    if (!plausible_email(email)) return std::nullopt;
    // The address keeps "@" (an addr-spec); anything that would end it early is encoded.
    std::string to;
    for (const char ch : email) to += (ch == '?' || ch == '&' || ch == '%' || ch == '#') ? percent_encode(std::string_view(&ch, 1)) : std::string(1, ch);
    return "mailto:" + to + "?subject=" + percent_encode(subject) + "&body=" + percent_encode(crlf(body));
}

std::string message_subject(const Profile& p, const Order& o, const Locale& l) {
    const std::string order = order_label(p, o.number);
    if (p.settings.name.empty()) return fill(text(l.language, Msg::subject_plain), {{"order", order}});
    return fill(text(l.language, Msg::subject_with_atelier), {{"atelier", p.settings.name}, {"order", order}});
}

}  // namespace atelier

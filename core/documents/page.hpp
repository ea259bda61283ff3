#pragma once
// [SECTION] What every printed document shares: the page around it, the letterhead (with the
// logo), the client's block, money and text made safe for HTML. For core/documents only.
// Documents are written in a Locale: the client's for what the client receives, the device's for
// the workroom's job card.
#include <string>
#include <string_view>

#include "core/i18n/catalogue.hpp"
#include "core/i18n/language.hpp"
#include "core/model/atelier.hpp"

namespace atelier::doc {

// The catalogue's text of `m` in `l`, filled and made safe for HTML.
std::string say(const Locale& l, Msg m, std::initializer_list<Arg> args = {}, int64_t n = 1);
// Multi-line text (a letterhead, notes) escaped, its line breaks kept.
std::string lines_html(std::string_view text);
// The amount with the atelier's currency as `l` writes it: "€12,345.67", "12 345,67 €".
std::string money(const Profile& p, Money m, const Locale& l);
// The whole page: its title, language, the stylesheet and the paper.
std::string page(const std::string& title, Paper paper, const std::string& body, const Locale& l);
// The atelier's name, logo and letterhead lines.
std::string letterhead(const Profile& p);
// "Client", name, phone in the atelier's national format, email; an empty block without one.
std::string client_block(const Atelier& a, const Client* c, const Locale& l);
// "Evening gown (Spring 2027)": the garment, or a stand-in, and its collection.
std::string garment_of(const Order& o, const Locale& l);
// A stored picture the page shows: its content id in data-photo (the platform puts the bytes
// in when it opens the page; a page printed where the picture is missing shows the alt text).
std::string picture(const std::string& content_id, const std::string& css_class, const std::string& alt);
// The order's lines as an invoice or a quote prints them: garment, rush fee, tax split, total.
std::string charge_rows(const Profile& p, const Order& o, const Locale& l);

}  // namespace atelier::doc

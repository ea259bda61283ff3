#pragma once
// [SECTION] What every printed document shares: the page around it, the letterhead (with the
// logo), the client's block, money and text made safe for HTML. For core/documents only.
#include <string>
#include <string_view>

#include "core/model/atelier.hpp"

namespace atelier::doc {

// Multi-line text (a letterhead, notes) escaped, its line breaks kept.
std::string lines_html(std::string_view text);
// 12,345.67 EUR: grouped thousands, as on the screen.
std::string money(const Profile& p, Money m);
// The whole page: its title, the stylesheet and the paper.
std::string page(const std::string& title, Paper paper, const std::string& body);
// The atelier's name, logo and letterhead lines.
std::string letterhead(const Profile& p);
// "Client", name, phone in the atelier's national format, email; an empty block without one.
std::string client_block(const Atelier& a, const Client* c);
// "Evening gown (Spring 2027)": the garment, or a stand-in, and its collection.
std::string garment_of(const Order& o);
// A stored picture the page shows: its content id in data-photo (the platform puts the bytes
// in when it opens the page; a page printed where the picture is missing shows the alt text).
std::string picture(const std::string& content_id, const std::string& css_class, const std::string& alt);
// The order's lines as an invoice or a quote prints them: garment, rush fee, tax split, total.
std::string charge_rows(const Profile& p, const Order& o);

}  // namespace atelier::doc

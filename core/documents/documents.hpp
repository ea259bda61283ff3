#pragma once
// [SECTION] Printable documents, made by the core from the atelier's data as whole HTML pages the
// browser prints (or saves as PDF): the invoice, a payment receipt and the workroom's job card.
// Pure functions of the state: the same order prints the same page on every device.
#include <string>

#include "core/model/atelier.hpp"

namespace atelier {

// The invoice of an invoiced order (order.invoice gave it its number): the atelier's letterhead,
// the client, the lines (garment, rush fee), tax, total, what was paid (deducted, line by line),
// the balance due and the payment terms. "" when the order has no invoice yet.
std::string invoice_html(const Atelier& a, const Order& o, Paper paper);
// A receipt for ledger line `line` (a payment, not a refund or a correction); "" when there is none.
std::string receipt_html(const Atelier& a, const Order& o, int line, Paper paper);
// The job card for the workroom: garment, dates, the measurements to cut from (overrides and
// frozen values marked), the stages with their teams, fittings and notes — no money.
std::string job_card_html(const Atelier& a, const Order& o, Paper paper);

// Where a document finds its stylesheet: assets/documents.css, beside the app (the page a
// document opens in is the app's own origin).
inline constexpr const char* kDocumentStylesheet = "documents.css";

// Text made safe inside HTML elements and attribute values.
std::string html_escape(std::string_view text);

}  // namespace atelier

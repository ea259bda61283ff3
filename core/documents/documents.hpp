#pragma once
// [SECTION] Printable documents, made by the core from the atelier's data as whole HTML pages the
// browser prints (or saves as PDF): the invoice, a payment receipt, the quote and the workroom's
// job card. Pure functions of what they are given: the same order prints the same page on every
// device. The invoice, receipt and quote are written in the client's language and conventions
// (client_locale: theirs when the app speaks it, else the atelier's); the job card in the language
// of whoever prints it. Pictures (the logo, photo thumbnails) are named by content id in data-photo; the
// platform puts their bytes in when it opens the page.
#include <string>

#include "core/i18n/language.hpp"
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
// `link` (order_link) is printed as a QR code that opens the order; "" prints none. Reference
// photos, sketches and swatches come before stage photos, at most kJobCardPhotos. Measurements in
// the atelier's unit; words, dates and times in `l`.
inline constexpr size_t kJobCardPhotos = 8;
std::string job_card_html(const Atelier& a, const Order& o, Paper paper, const std::string& link, const Locale& l);
// The app's address that opens order `number` (the app reads ?order= when it starts):
// `app_url` without its query or fragment, then ?order=N; "" when app_url is "".
std::string order_link(const std::string& app_url, int number);

// The quote for the client to accept: dated `today`, valid kQuoteValidDays, the lines and tax as
// the invoice will have them, what was already paid, the date it will be ready, the terms.
inline constexpr int kQuoteValidDays = 30;
std::string quote_html(const Atelier& a, const Order& o, Paper paper, Date today);

// Where a document finds its stylesheet: assets/documents.css, beside the app (the page a
// document opens in is the app's own origin).
inline constexpr const char* kDocumentStylesheet = "documents.css";

// Text made safe inside HTML elements and attribute values.
std::string html_escape(std::string_view text);

}  // namespace atelier

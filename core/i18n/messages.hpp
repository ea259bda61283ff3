#pragma once
// Every message key with its English text — the catalogue's source language (docs/i18n.md).
// M(key, "text") is one text; P(key, "one", "other") a plural message chosen by a count.
// Placeholders are named in braces: "{client}". A key added here must be added to every other
// language's table (fr.cpp, it.cpp, es.cpp, de.cpp) and used somewhere: the tests check both.
// Grouped by where they show; keys say what the text is for, not what it says.

#define ATELIER_MESSAGES(M, P)                                                                           \
    /* Calendar words and patterns (core/i18n/local_format.cpp) */                                     \
    M(month_1, "Jan") M(month_2, "Feb") M(month_3, "Mar") M(month_4, "Apr") M(month_5, "May")           \
    M(month_6, "Jun") M(month_7, "Jul") M(month_8, "Aug") M(month_9, "Sep") M(month_10, "Oct")          \
    M(month_11, "Nov") M(month_12, "Dec")                                                               \
    M(month_full_1, "January") M(month_full_2, "February") M(month_full_3, "March")                     \
    M(month_full_4, "April") M(month_full_5, "May") M(month_full_6, "June") M(month_full_7, "July")     \
    M(month_full_8, "August") M(month_full_9, "September") M(month_full_10, "October")                  \
    M(month_full_11, "November") M(month_full_12, "December")                                           \
    M(weekday_mon, "Mon") M(weekday_tue, "Tue") M(weekday_wed, "Wed") M(weekday_thu, "Thu")             \
    M(weekday_fri, "Fri") M(weekday_sat, "Sat") M(weekday_sun, "Sun")                                   \
    M(weekday_full_mon, "Monday") M(weekday_full_tue, "Tuesday") M(weekday_full_wed, "Wednesday")       \
    M(weekday_full_thu, "Thursday") M(weekday_full_fri, "Friday") M(weekday_full_sat, "Saturday")       \
    M(weekday_full_sun, "Sunday")                                                                       \
    M(date_pattern, "{day} {month} {year}")                                                             \
    M(day_month_pattern, "{day} {month}")                                                               \
    /* Order and stage states (core/i18n/names.cpp) */                                                  \
    M(status_draft, "Draft") M(status_confirmed, "Confirmed") M(status_in_production, "In production")  \
    M(status_shipped, "Shipped") M(status_collected, "Collected") M(status_invoiced, "Invoiced")        \
    M(status_paid, "Paid") M(status_cancelled, "Cancelled")                                             \
    M(stage_not_started, "Not started") M(stage_in_progress, "In progress") M(stage_done, "Done")       \
    /* Badges (core/rules/badge.hpp) */                                                                 \
    M(badge_overdue, "OVERDUE") M(badge_at_risk, "AT RISK") M(badge_due_soon, "DUE SOON")               \
    M(badge_conflict, "CONFLICT") M(badge_rush, "RUSH") M(badge_priority, "PRIORITY")                   \
    /* Sync states (core/sync/client.cpp) */                                                            \
    M(sync_off, "Sync off") M(sync_connecting, "Connecting") M(sync_choosing, "First sync: choose")     \
    M(sync_synced, "Synced") M(sync_offline, "Offline") M(sync_unreachable, "Server unreachable")       \
    M(sync_not_allowed, "Not allowed") M(sync_needs_update, "Update needed")                            \
    M(sync_failed, "Sync stopped")                                                                      \
    P(sync_pending, "{n} pending", "{n} pending")                                                       \
    P(sync_waiting_numbers, "{n} waits for a number", "{n} wait for numbers")                           \
    /* Save state (web/storage_status.hpp) */                                                           \
    M(save_saved, "Saved") M(save_saving, "Saving…") M(save_not_saved, "Not saved")                     \
    M(save_read_only, "Read-only") M(save_opening, "Opening…")                                          \
    /* Top bar (web/ui/top_bar.cpp) */                                                                  \
    M(nav_dashboard, "Dashboard") M(nav_board, "Board") M(nav_table, "Table") M(nav_clients, "Clients") \
    M(nav_fittings, "Fittings") M(nav_reports, "Reports") M(nav_production, "Production")               \
    M(nav_pipelines, "Pipelines") M(nav_settings, "Settings")                                           \
    M(top_new_order, "+ Order") M(top_new_client, "+ Client") M(top_undo, "Undo") M(top_redo, "Redo")   \
    M(top_find, "Find") M(top_theme_dark, "Dark") M(top_theme_light, "Light")                           \
    P(top_conflicts, "{n} conflict", "{n} conflicts")                                                   \
    M(top_to_settle, "{n} to settle")                                                                   \
    M(banner_salvage,                                                                                   \
      "Read-only: the stored atelier is damaged. Atelier opened what it could read and will not "       \
      "change anything. Download the raw files and keep them: they hold everything that was stored.")   \
    M(banner_read_only,                                                                                 \
      "Read-only: Atelier is open for editing in another tab. This tab shows the data and takes over "  \
      "when that tab closes.")                                                                          \
    M(download_raw_files, "Download raw files") M(download_backup, "Download backup")                   \
    M(restore_from_backup, "Restore from backup…")                                                      \
    M(opening_atelier, "Opening your atelier…")                                                         \
    /* Dashboard (web/ui/view_dashboard.cpp) */                                                         \
    M(dash_today, "Today, {date}") M(dash_week, "week {from} to {to}")                                  \
    M(dash_due_week, "Due this week") M(dash_overdue, "Overdue") M(dash_stuck, "Stuck")                 \
    M(dash_at_risk, "At risk") M(dash_fittings_today, "Fittings today")                                 \
    M(dash_fittings_week, "Fittings this week") M(dash_payments_due, "Payments due now")                \
    M(dash_owing, "owing {amount}") M(dash_show, "Show {n}")                                            \
    M(dash_ship_risk, "Ship dates at risk") M(dash_production_late, "Production late")                  \
    M(dash_ship_on, "ship {date}") M(dash_due_on, "due {date}")                                         \
    M(dash_money, "Money") M(dash_received_month, "Received this month: {amount}")                      \
    M(dash_outstanding, "Balance outstanding: {amount}")                                                \
    P(dash_on_orders, "on {n} order", "on {n} orders")                                                  \
    M(dash_show_owing, "Show owing orders")                                                             \
    /* Board (web/ui/view_board.cpp) */                                                                 \
    M(board_no_client, "(no client)") M(board_due, "due {date}")                                        \
    M(board_due_now, "due now {amount}") M(board_due_now_of, "due now {amount} of {owed}")              \
    M(board_owes, "owes {amount}") M(board_paid_up, "paid up")                                          \
    M(board_qc_passed, "QC passed") M(board_qc_failed, "QC failed")                                     \
    M(board_column_owes, "{n} · owes {amount}")                                                         \
    M(board_mark_qc, "QC") M(board_mark_photo, "photo") M(board_mark_optional, "optional")              \
    M(board_move, "Move {order}") M(board_open_order, "Open order")                                     \
    M(board_start_production, "Start production") M(board_start_stage, "Start stage")                   \
    M(board_skip_stage, "Skip this stage") M(board_start, "Start") M(board_qc_pass, "QC pass")          \
    M(board_qc_fail, "QC fail") M(board_no_orders_here, "No orders here")                               \
    M(board_qc_fail_title, "QC fail") M(board_qc_fail_ask, "QC failed for {order}. What needs fixing?") \
    M(board_qc_fail_hint, "e.g. hem uneven at the back") M(board_qc_fail_record, "Record QC fail")      \
    M(keep_as_it_is, "Keep as it is")                                                                   \
    M(board_started, "{order} started") M(board_not_started, "{order} not started: {reason}")           \
    M(board_skipped, "{order} skipped a stage") M(board_not_skipped, "{order} not skipped: {reason}")   \
    M(board_passed_qc, "{order} passed QC") M(board_failed_qc, "{order} failed QC: {note}")             \
    M(board_qc_not_recorded, "{order} QC not recorded: {reason}")                                       \
    M(board_not_sent_back, "{order} not sent back: close the \"{dialog}\" dialog first")                \
    M(board_no_pipeline, "No pipeline yet: create one in Pipelines to see the board.")                  \
    M(board_filter_hint, "Filter: client, garment, number…") M(board_all_teams, "All teams")            \
    P(board_orders, "{n} order", "{n} orders")                                                          \
    P(board_orders_owed, "{n} order · owed {amount}", "{n} orders · owed {amount}")                     \
    M(dismiss, "Dismiss")                                                                               \
    M(board_empty, "No orders yet — + Order creates the first")                                         \
    M(board_pipeline_empty, "Nothing on the {pipeline} board — + Order starts an order on it")          \
    M(board_no_match, "No orders on {pipeline} match")                                                  \
    M(board_no_match_text, "No orders on {pipeline} match “{filter}”")                                  \
    M(board_no_match_team, "No orders on {pipeline} match in team {team}")                              \
    M(board_no_match_both, "No orders on {pipeline} match “{filter}” in team {team}")                   \
    M(clear_filter, "Clear filter")                                                                     \
    /* Messages to clients (web/ui/view_messages.cpp) */                                                \
    M(channel_none, "no channel") M(channel_email, "email") M(channel_whatsapp, "WhatsApp")             \
    M(channel_sms, "SMS") M(via_whatsapp, "WhatsApp") M(via_email, "email") M(via_sms, "SMS")           \
    M(via_copy, "copied text") M(msg_email_button, "Email") M(msg_copy, "Copy")                         \
    M(msg_mark_sent, "Mark sent") M(msg_no_address, "(no address)")                                     \
    M(msg_heading, "{when}  {channel} to {to}") M(msg_fitting_reminder, "(fitting reminder)")           \
    M(msg_sent_at, "Sent {when} ({via})") M(msg_sent_by, "Sent {when} by {person} ({via})")             \
    M(msg_no_whatsapp,                                                                                  \
      "No WhatsApp: the client's phone is not an international number (set the atelier's country or "  \
      "add +code)")                                                                                     \
    M(msg_no_sms,                                                                                       \
      "No SMS: the client's phone is not an international number (set the atelier's country or add "    \
      "+code)")                                                                                         \
    M(msg_no_email, "No email: the client has no email address")                                        \
    M(msg_copied, "Message copied: paste it where the client will read it")                             \
    M(msg_marked_sent, "Marked sent ({via})")                                                           \
    M(msg_none_yet,                                                                                     \
      "No messages to the client yet. A stage that notifies the client writes one when it is done; a "  \
      "fitting's reminder is written from the dashboard the day before.")                               \
    P(msg_reminders_to_write, "Fitting reminders for tomorrow: {n} to write",                           \
      "Fitting reminders for tomorrow: {n} to write")                                                   \
    M(msg_write_reminders, "Write reminders")                                                           \
    P(msg_reminders_written, "{n} reminder written: send it below", "{n} reminders written: send them below") \
    M(msg_none_waiting, "No messages waiting to be sent.")                                              \
    P(msg_to_send, "Messages to send ({n})", "Messages to send ({n})")                                  \
    P(msg_more_on_orders, "and {n} more, on its order's page", "and {n} more, on their orders' pages")  \
    M(msg_filled_in, "Filled in: {names}") M(msg_preview, "Preview: {text}")                            \
    /* Centimetres or inches (web/ui/measure_unit.cpp, Settings) */                                      \
    M(measure_shown_in, "Shown in") M(unit_cm, "cm") M(unit_in, "in")                                  \
    M(settings_measure_unit, "Measurements in") M(unit_cm_long, "centimetres") M(unit_in_long, "inches") \
    /* Date picker (web/ui/date_picker.cpp) */                                                          \
    M(picker_time, "Time") M(picker_pick, "Pick") M(picker_done, "Done")                                \
    /* Fittings agenda (web/ui/view_fittings.cpp) */                                                    \
    M(agenda_day, "{weekday} {date}") M(agenda_week, "Week of {from} to {to}")                          \
    M(agenda_today, "{day} (today)") M(agenda_none, "No fittings")                                      \
    P(agenda_count, "{n} fitting, {open} to do", "{n} fittings, {open} to do")                          \
    M(agenda_day_button, "Day") M(agenda_week_button, "Week") M(agenda_previous, "Previous")            \
    M(agenda_today_button, "Today") M(agenda_next, "Next") M(agenda_download_ics, "Calendar (.ics)")    \
    M(agenda_col_time, "Time") M(agenda_col_client, "Client") M(agenda_col_order, "Order")              \
    M(agenda_col_kind, "Kind") M(agenda_col_notes, "Notes") M(agenda_col_done, "Done")                  \
    M(agenda_cancelled_why, "cancelled: {reason}") M(agenda_cancelled, "Cancelled")                     \
    M(agenda_done, "Done") M(agenda_mark_done, "Mark done")                                             \
    M(agenda_marked_done, "Fitting marked done for {order}")                                            \
    /* Settings → Language (web/ui/view_settings.cpp) */                                                \
    M(settings_language, "Language") M(settings_language_browser, "As the browser ({language})")       \
    M(settings_language_why,                                                                            \
      "The words, dates and amounts on this device; each device chooses its own.")              \
    M(settings_client_language, "Clients and documents in")                                             \
    M(settings_client_language_why,                                                                     \
      "Messages to clients and printed invoices, receipts and quotes; a client with a language of their " \
      "own gets theirs. Job cards print in each device's language.")                                    \
    M(settings_client_language_english, "English (the default)")                                        \
    /* A text in other languages (web/ui/texts_in_editor.cpp: stage messages, the reminder) */            \
    M(texts_in_heading, "For clients in other languages")                                               \
    M(texts_in_why, "Empty: such a client gets the text above. Same placeholders.")                     \
    M(texts_in_field, "In {language}")                                                                  \
    /* Client messages (core/rules/messages.cpp) */                                                     \
    M(weekday_date_pattern, "{weekday} {date}")                                                         \
    M(reminder_default,                                                                                 \
      "Hello {client}, this is a reminder of your fitting at {atelier} tomorrow, {date} at {time}, for " \
      "your {garment} (order {order}). We look forward to seeing you.")                                 \
    M(subject_with_atelier, "{atelier}: order {order}") M(subject_plain, "Your order {order}")           \
    /* Printed documents (core/documents) */                                                            \
    M(doc_client, "Client") M(doc_garment_unnamed, "Made-to-measure garment")                           \
    M(doc_description, "Description") M(doc_quantity, "Quantity") M(doc_amount, "Amount")               \
    M(doc_rush_fee, "Rush fee") M(doc_net, "Net") M(doc_tax, "Tax {rate}")                              \
    M(doc_tax_included, "Tax {rate} (included)") M(doc_total, "Total")                                  \
    M(doc_invoice_title, "Invoice {number}") M(doc_date, "Date: {date}") M(doc_order, "Order: {order}") \
    M(doc_paid_on, "Paid {date}") M(doc_refunded_on, "Refunded {date}") M(doc_balance_due, "Balance due") \
    M(doc_payment_terms, "Payment terms") M(doc_payable_on_receipt, "Payable on receipt of this invoice.") \
    M(doc_receipt, "Receipt") M(doc_receipt_title, "Receipt {order}")                                   \
    M(doc_receipt_of, "Order {order}, payment {n}")                                                     \
    M(doc_received_for, "Received for {garment}") M(doc_received_by, "Received by {method} for {garment}") \
    M(doc_voided, "This payment was later voided.") M(doc_order_total, "Total of the order")            \
    M(doc_balance_still_due, "Balance still due")                                                       \
    M(doc_quote_title, "Quote {order}") M(doc_valid_until, "Valid until: {date}")                       \
    M(doc_ready_by, "Ready by") M(doc_for_event, "for the event of {date}")                             \
    M(doc_already_paid, "Already paid") M(doc_left_to_pay, "Left to pay") M(doc_terms, "Terms")         \
    M(doc_payment_as_agreed, "Payment as agreed.")                                                      \
    P(doc_quote_valid, "This quote is valid for {n} day. Prices and dates are confirmed once it is accepted.", \
      "This quote is valid for {n} days. Prices and dates are confirmed once it is accepted.")          \
    M(doc_accepted_on, "Accepted on (date)") M(doc_client_signature, "Client's signature")              \
    M(doc_job_card_title, "Job card {order}") M(doc_client_name, "Client: {name}")                      \
    M(doc_deadline, "Deadline: {date}") M(doc_event, "Event: {date}") M(doc_team, "Team: {team}")       \
    M(doc_scan_to_open, "Scan to open the order") M(doc_measurements, "Measurements")                   \
    M(doc_no_measurements, "No measurements taken.") M(doc_measurement, "Measurement") M(doc_use, "Use") \
    M(doc_frozen, "frozen at cutting") M(doc_own_value, "this order's own (client: {value})")           \
    M(doc_no_value, "none") M(doc_remeasured, "re-measured since")                                      \
    M(doc_stages, "Stages ({pipeline})") M(doc_stage, "Stage") M(doc_team_column, "Team")               \
    M(doc_checks, "Checks") M(doc_check_qc, "QC") M(doc_check_photo, "photo")                           \
    M(doc_check_optional, "optional") M(doc_check_freezes, "freezes measurements") M(doc_now, "now")    \
    M(doc_fittings, "Fittings") M(doc_fitting_done, "done") M(doc_photos, "Photos") M(doc_notes, "Notes") \
    M(doc_photo_reference, "Reference") M(doc_photo_sketch, "Sketch") M(doc_photo_fabric, "Fabric swatch") \
    M(doc_photo_stage, "Stage photo · {stage}")                                                       \
    /* The order page (web/ui/view_order.cpp, view_order_parts.cpp) */                                   \
    M(order_section_details, "Details") M(order_section_measurements, "Measurements")                   \
    M(order_section_payments, "Payments") M(order_section_fittings, "Fitting schedule")                 \
    M(order_section_production, "Production") M(order_section_photos, "Photos")                         \
    M(order_section_outbox, "Outbox") M(order_section_history, "History")                              \
    M(order_title, "Order {order}") M(order_provisional, "Provisional number")                          \
    M(order_provisional_why,                                                                            \
      "This device had given every order number of its block; the order gets its real number at the "  \
      "next sync.")                                                                                     \
    M(order_client_label, "Client:") M(order_unknown_client, "(unknown client)")                        \
    M(order_open_client, "Open client") M(order_deadline_on, "Deadline {date}")                         \
    M(order_event_on, "Event {date}") M(order_event_none, "Event: none") M(order_total, "Total {amount}") \
    M(order_tax_included, "(incl. tax {rate}: {tax})") M(order_tax_added, "(net {net} + tax {rate}: {tax})") \
    M(order_paid, "· paid {amount} ·") M(order_owes, "owes {amount}")                                   \
    M(order_cancel_fee_was, "· cancellation fee {amount}") M(order_refused, "Refused: {reason}")        \
    M(order_missing, "This order does not exist (any more).") M(order_back_to_board, "Back to the board") \
    M(order_actions, "Actions:") M(order_confirm, "Confirm order") M(order_start, "Start production")   \
    M(order_tracking_hint, "Tracking number") M(order_ship, "Ship") M(order_collect, "Collect")         \
    M(order_in_production, "in production: see Production") M(order_issue_invoice, "Issue invoice")     \
    M(order_print_job_card, "Print job card") M(order_print_quote, "Print quote")                       \
    M(order_print_invoice, "Print invoice {number}") M(order_clone, "Clone order")                      \
    M(order_cancel_reason_hint, "Reason (optional)") M(order_cancel, "Cancel order")                    \
    M(order_cancel_title, "Cancel order {order}?")                                                      \
    M(order_cancel_stops, "The order stops here and cannot be reopened ({reason}).")                    \
    M(order_cancel_fee, "Cancellation fee: {amount}.") M(order_cancel_no_fee, "No cancellation fee.")   \
    M(order_cancel_refund, "Refund to the client: {amount}.")                                           \
    M(order_cancel_still_owed, "The client still owes {amount}.")                                       \
    M(order_client, "Client") M(order_pipeline, "Pipeline")                                             \
    M(order_pipeline_fixed, "fixed once production has started") M(order_garment, "Garment")            \
    M(order_collection, "Collection") M(order_kind, "Kind") M(order_quantity, "Quantity")               \
    M(order_deadline, "Deadline") M(order_event, "Event date") M(order_price, "Price")                  \
    M(order_rush, "Rush") M(order_rush_fee, "Rush fee") M(order_priority, "Priority")                   \
    M(order_delivery, "Delivery") M(order_tracking, "Tracking number")                                  \
    M(order_work_started, "Work started {date}") M(order_salesperson, "Salesperson")                    \
    M(order_team, "Team") M(order_notes, "Notes") M(order_save, "Save changes")                         \
    M(order_discard, "Discard changes") M(order_unsaved, "Unsaved changes")                             \
    M(order_not_saved, "Not saved: {reason}") M(order_saved, "Order {order} saved")                     \
    M(kind_mto, "Made to order") M(kind_bulk, "Bulk")                                                   \
    M(delivery_collect, "Collect in the atelier") M(delivery_ship, "Ship")                              \
    M(picker_choose, "(choose)") M(picker_none, "(none)") M(picker_choose_client, "(choose a client)")  \
    M(picker_search_clients, "Search clients (name, phone, email)")                                     \
    M(picker_no_client, "No client matches.") M(picker_narrow, "Type to narrow the list…")              \
    M(form_deadline_format, "Deadline: write the date as YYYY-MM-DD")                                   \
    M(form_event_format, "Event date: write the date as YYYY-MM-DD, or leave it empty")                 \
    M(form_price_format, "Price: write an amount like 1200 or 1200.50")                                 \
    M(form_rush_fee_format, "Rush fee: write an amount like 150 or 150.50")                              \
    /* Date fields' hints (web/ui/date_picker.cpp) and the confirmation dialog (web/ui/shell.cpp) */     \
    M(date_hint, "YYYY-MM-DD") M(datetime_hint, "YYYY-MM-DDTHH:MM") M(time_hint, "HH:MM")               \
    M(confirm_keep, "Keep as it is")                                                                    \
    /* The order page's payments and schedule (web/ui/view_order_payments.cpp, view_order_schedule.cpp) */ \
    M(pay_method_cash, "cash")                                                                          \
    M(pay_method_card, "card")                                                                          \
    M(pay_method_transfer, "transfer")                                                                  \
    M(pay_amount_format, "write the amount like 250 or 250.50")                                         \
    M(pay_payment_positive, "a payment must be more than zero")                                         \
    M(pay_refund_positive, "a refund must be more than zero")                                           \
    M(pay_total_cancelled, "Order total {amount} (cancelled)")                                          \
    M(pay_cancel_fee, "Cancellation fee {amount}")                                                      \
    M(pay_paid, "Paid {amount}")                                                                        \
    M(pay_fee_owed, "Fee still owed {amount}")                                                          \
    M(pay_record_fee, "Record fee payment")                                                             \
    M(pay_fee_note, "cancellation fee")                                                                 \
    M(pay_to_refund, "To refund {amount}")                                                              \
    M(pay_refund_rest, "Refund the rest")                                                               \
    M(pay_refund_rest_reason, "cancelled: the rest after the fee")                                      \
    M(pay_settled, "Settled: nothing owed, nothing to refund")                                          \
    M(pay_price_and_rush, "(price {price} + rush fee {fee})")                                           \
    M(pay_after_refunded, "(after {amount} refunded)")                                                  \
    M(pay_balance, "Balance owed {amount}")                                                             \
    M(pay_kind, "Payment: {kind}")                                                                      \
    M(pay_kind_none, "none")                                                                            \
    M(pay_kind_deposit, "deposit")                                                                      \
    M(pay_kind_full, "full")                                                                            \
    M(pay_due_now, "· due now {amount}")                                                                \
    M(pay_record, "Record payment")                                                                     \
    M(pay_amount, "Payment amount")                                                                     \
    M(pay_method, "Method")                                                                             \
    M(pay_note, "Payment note")                                                                         \
    M(pay_optional, "optional")                                                                         \
    M(pay_payment_refused, "Payment refused: {reason}")                                                 \
    M(pay_refund_open, "Refund…")                                                                       \
    M(pay_nothing_beyond_fee, "nothing paid beyond the fee")                                            \
    M(pay_nothing_to_refund, "nothing paid to refund")                                                  \
    M(pay_refund, "Refund")                                                                             \
    M(pay_refund_at_most, "At most {amount} can be refunded.")                                          \
    M(pay_refund_amount, "Refund amount")                                                               \
    M(pay_refund_reason, "Refund reason")                                                               \
    M(pay_refund_reason_hint, "required: why the money goes back")                                      \
    M(pay_record_refund, "Record refund")                                                               \
    M(pay_refund_say_why, "say why the money goes back (the reason is kept in the ledger)")             \
    M(pay_close_refund, "Close refund")                                                                 \
    M(pay_refund_refused, "Refund refused: {reason}")                                                   \
    M(pay_line_void_of, "Void of {line}")                                                               \
    M(pay_line_reinstates, "Reinstates {line}")                                                         \
    M(pay_line_refund_correction, "Correction of a refund")                                             \
    M(pay_line_correction, "Correction")                                                                \
    M(pay_line_refund, "Refund")                                                                        \
    M(pay_line_payment, "Payment")                                                                      \
    M(pay_ledger, "Ledger")                                                                             \
    M(pay_no_payments, "No payments yet.")                                                              \
    M(pay_column_date, "Date")                                                                          \
    M(pay_column_kind, "Kind")                                                                          \
    M(pay_column_amount, "Amount")                                                                      \
    M(pay_column_note, "Note")                                                                          \
    M(pay_voided_by, "voided by {line}")                                                                \
    M(pay_void, "Void")                                                                                 \
    M(pay_receipt, "Receipt")                                                                           \
    M(pay_void_payment_question, "Void line {line}, the {amount} payment of {date}?")                   \
    M(pay_void_refund_question, "Void line {line}, the {amount} refund of {date}?")                     \
    M(pay_void_explained, "The line stays in the ledger, struck through; a correcting line takes it back.") \
    M(pay_void_reason, "Void reason")                                                                   \
    M(pay_void_reason_hint, "required: what was wrong")                                                 \
    M(pay_void_line, "Void line")                                                                       \
    M(pay_void_say_why, "say what was wrong (the reason is kept in the ledger)")                        \
    M(pay_keep_line, "Keep line")                                                                       \
    M(pay_void_refused, "Void refused: {reason}")                                                       \
    M(sched_title, "Payment schedule")                                                                  \
    M(sched_at_order, "at order")                                                                       \
    M(sched_at_handover, "at handover")                                                                 \
    M(sched_at_stage, "at {stage}")                                                                     \
    M(sched_amount_format, "milestone {number}: write the amount like 250 or 250.50")                   \
    M(sched_label_hint, "Deposit")                                                                      \
    M(sched_remove, "Remove")                                                                           \
    M(sched_add, "Add milestone")                                                                       \
    M(sched_pipeline_default, "Pipeline default")                                                       \
    M(sched_save, "Save schedule")                                                                      \
    M(sched_cancel, "Cancel")                                                                           \
    M(sched_refused, "Schedule refused: {reason}")                                                      \
    M(sched_none, "No milestones: the balance is due at handover.")                                     \
    M(sched_line, "{label} {when}: {amount}")                                                           \
    M(sched_edit, "Edit schedule")                                                                      \
    M(meas_length_format, "Override {name}: write a length like 92.5 cm or 36 in")                      \
    M(meas_cut_on, "Cut on {date}: the garment uses the values frozen then.")                           \
    M(meas_how_to_override, "Type an override and press Enter; clear it to use the client's value again.") \
    M(meas_none_yet, "No measurements yet: measure the client on their page, or add an override.")      \
    M(meas_column_measurement, "Measurement")                                                           \
    M(meas_column_override, "Order override")                                                           \
    M(meas_column_used, "Used")                                                                         \
    M(meas_column_note, "Note")                                                                         \
    M(meas_override_none, "none")                                                                       \
    M(meas_used_cut, "{value} (cut)")                                                                   \
    M(meas_used_override, "{value} (override)")                                                         \
    M(meas_remeasured, "Client re-measured after cutting: now {value}")                                 \
    M(meas_name_hint, "measurement")                                                                    \
    M(meas_value_hint_cm, "e.g. 92 cm")                                                                 \
    M(meas_value_hint_in, "e.g. 36 in")                                                                 \
    M(meas_add_override, "Add override")                                                                \
    M(meas_name_missing, "Name the measurement to override")                                            \
    /* The order page's fittings and production (web/ui/view_order_fittings.cpp, view_order_production.cpp) */ \
    M(fit_minutes, "{minutes} min")                                                                     \
    M(fit_kind_first, "first")                                                                          \
    M(fit_kind_second, "second")                                                                        \
    M(fit_kind_final, "final")                                                                          \
    M(fit_reschedule_title, "Reschedule the {kind} fitting")                                            \
    M(fit_new, "New")                                                                                   \
    M(fit_new_length, "New length")                                                                     \
    M(fit_new_notes, "New notes")                                                                       \
    M(fit_save_new_time, "Save new time")                                                               \
    M(fit_datetime_format, "write the date as YYYY-MM-DD and the time as HH:MM")                        \
    M(fit_keep_booked, "Keep as booked")                                                                \
    M(fit_cancel_title, "Cancel the {kind} fitting")                                                    \
    M(fit_cancel_reason_hint, "Why, e.g. the client is ill")                                            \
    M(fit_cancel_fitting, "Cancel fitting")                                                             \
    M(fit_keep_fitting, "Keep fitting")                                                                 \
    M(fit_none, "No fittings booked.")                                                                  \
    M(fit_column_when, "When")                                                                          \
    M(fit_column_length, "Length")                                                                      \
    M(fit_column_kind, "Kind")                                                                          \
    M(fit_column_notes, "Notes")                                                                        \
    M(fit_column_state, "State")                                                                        \
    M(fit_done, "done")                                                                                 \
    M(fit_cancelled, "cancelled: {reason}")                                                             \
    M(fit_mark_done, "Done")                                                                            \
    M(fit_reschedule, "Reschedule")                                                                     \
    M(fit_cancel, "Cancel")                                                                             \
    M(fit_add, "Add fitting")                                                                           \
    M(fit_fitting, "Fitting")                                                                           \
    M(fit_kind, "Fitting kind")                                                                         \
    M(fit_length, "Fitting length")                                                                     \
    M(fit_notes, "Fitting notes")                                                                       \
    M(fit_refused, "Fitting refused: {reason}")                                                         \
    M(rework_badge, "Rework: {note}")                                                                   \
    M(rework_kind_qc_fail, "QC failed")                                                                 \
    M(rework_kind_client_change, "Client change")                                                       \
    M(rework_kind_other, "Other")                                                                       \
    M(prod_state_skipped, "skipped")                                                                    \
    M(prod_state_done, "done")                                                                          \
    M(prod_state_current, "current: {state}")                                                           \
    M(prod_state_ahead, "ahead")                                                                        \
    M(prod_state_ahead_skipped, "ahead (will be skipped: rush)")                                        \
    M(prod_now_not_started, "not started")                                                              \
    M(prod_now_in_progress, "in progress")                                                              \
    M(prod_current_stage, "Current stage: {stage}")                                                     \
    M(prod_start_stage, "Start stage")                                                                  \
    M(prod_advance_stage, "Advance stage")                                                              \
    M(prod_advance_tip, "Mark this stage done and move the order to the next one")                      \
    M(prod_qc_note_hint, "What to fix (needed for a QC fail)")                                          \
    M(prod_skip_note_hint, "Why it is skipped")                                                         \
    M(prod_qc_pass, "QC pass")                                                                          \
    M(prod_qc_fail, "QC fail")                                                                          \
    M(prod_skip_stage, "Skip stage")                                                                    \
    M(prod_qc_not_checked, "QC: not yet checked")                                                       \
    M(prod_qc_passed, "QC: passed")                                                                     \
    M(prod_qc_failed, "QC failed")                                                                      \
    M(prod_qc_failed_because, "QC failed: {note}")                                                      \
    M(prod_needs_photo, "Stage \"{stage}\" needs a photo before it can be done:")                       \
    M(prod_has_photo, "This stage needs a photo before it can be done (it has one).")                   \
    M(prod_rework_line, "{badge} ({why}; sent back from {stage})")                                      \
    M(prod_the_end, "the end")                                                                          \
    M(prod_qc_failed_send_back, "QC failed: send the order back to the stage that must redo it.")       \
    M(prod_send_back, "Send back…")                                                                     \
    M(prod_send_back_tip, "Move the order back to an earlier stage, with the reason")                   \
    M(prod_plan_title, "Plan back from the deadline")                                                   \
    M(prod_plan_nothing, "Nothing left to plan.")                                                       \
    M(prod_expected_finish, "Expected finish {date}")                                                   \
    P(prod_behind_plan, "behind plan by {n} day", "behind plan by {n} days")                            \
    P(prod_slack, "slack {n} day", "slack {n} days")                                                    \
    M(prod_column_start_by, "Start by")                                                                 \
    M(prod_column_done_by, "Done by")                                                                   \
    M(prod_column_stage, "Stage")                                                                       \
    M(prod_column_days, "Days")                                                                         \
    M(prod_fitting_window, "{kind} fitting: between {from} and {to}, suggested {suggested}")            \
    M(prod_fitting_booked, ", booked {when}")                                                           \
    M(prod_fitting_window_passed, ", window passed")                                                    \
    M(prod_unknown_pipeline, "Unknown pipeline \"{pipeline}\".")                                        \
    M(prod_pipeline, "Pipeline: {pipeline}")                                                            \
    M(prod_draft_hint, "A draft: confirm the order, then start production.")                            \
    M(prod_confirmed_hint, "Confirmed: start production to begin the first stage.")                     \
    M(prod_column_state, "State")                                                                       \
    M(prod_column_rules, "Rules")                                                                       \
    M(prod_rule_days, "{days}d")                                                                        \
    M(prod_rule_qc, "QC")                                                                               \
    M(prod_rule_optional, "optional")                                                                   \
    M(prod_rule_photo, "photo")                                                                         \
    M(prod_rule_cuts, "cuts")                                                                           \
    M(prod_finished, "Production finished: ready to ship or collect.")                                  \
    /* The order page's photos and history (web/ui/view_order_photos.cpp, photo_view.cpp, history_table.cpp) */ \
    M(photo_kind_stage, "Stage photo")                                                                  \
    M(photo_numbered, "Photo {number}")                                                                 \
    M(photo_kind, "Kind")                                                                               \
    M(photo_stage, "Stage")                                                                             \
    M(photo_caption_hint, "Caption (optional): the client's inspiration, the lace…")                    \
    M(photo_add_title, "Add photos")                                                                    \
    M(photo_add, "Add photos…")                                                                         \
    M(photo_take, "Take photo")                                                                         \
    M(photo_add_from_files, "Add from files")                                                           \
    P(photo_preparing, "Preparing {n} photo…", "Preparing {n} photos…")                                 \
    P(photo_full, "This order has {n} photo, the most an order holds.", "This order has {n} photos, the most an order holds.") \
    M(photo_stage_needs, "Stage \"{stage}\" needs a photo before it can be done.")                      \
    M(photo_none, "No photos yet. Add the client's inspiration, the sketch and the fabric swatches, and a photo of each stage that asks for one.") \
    M(photo_delete, "Delete")                                                                           \
    M(photo_delete_title, "Delete photo?")                                                              \
    M(photo_delete_text, "\"{photo}\" comes off order {order}. Undo (Ctrl+Z) puts it back.")            \
    M(photo_delete_confirm, "Delete photo")                                                             \
    M(photo_viewer_title, "{photo}  ({number} of {count})")                                             \
    M(photo_added_by_on, " · added by {who} on {date}")                                                 \
    M(photo_added_by, " · added by {who}")                                                              \
    M(photo_added_on, " · added on {date}")                                                             \
    M(photo_previous, "Previous")                                                                       \
    M(photo_next, "Next")                                                                               \
    M(photo_zoom_out, "Zoom out")                                                                       \
    M(photo_zoom_in, "Zoom in")                                                                         \
    M(photo_loading, "Loading…")                                                                        \
    M(photo_missing, "Not on this device")                                                              \
    M(photo_failed, "Cannot be shown")                                                                  \
    M(history_stage, "stage {stage}")                                                                   \
    M(history_rework, "from {from} to {to}")                                                            \
    M(history_none, "No history yet.")                                                                  \
    M(history_column_when, "When")                                                                      \
    M(history_column_who, "Who")                                                                        \
    M(history_column_what, "What")                                                                      \
    M(history_column_details, "Details")                                                                \
    M(event_skipped, "skipped")                                                                         \
    M(event_qc_pass, "QC pass")                                                                         \
    M(event_qc_fail, "QC fail")                                                                         \
    M(event_released_owing, "released owing")                                                           \
    M(event_cancelled, "cancelled")                                                                     \
    M(event_rework, "sent back")                                                                        \
    /* First start (web/ui/view_first_start.cpp) and the palette (web/ui/palette.cpp) */                \
    M(start_bridal, "Bridal couture")                                                                   \
    M(start_bridal_line, "11 stages from consultation to handover, two fittings, QC and photos")        \
    M(start_tailoring, "Bespoke tailoring")                                                             \
    M(start_tailoring_line, "5 stages: measure, cut, sew, fitting with QC, finish")                     \
    M(start_alterations, "Alterations")                                                                 \
    M(start_alterations_line, "3 stages: pin, alter, press and check")                                  \
    M(start_welcome_toast, "Welcome to {name}. Your {pipeline} pipeline is ready to adjust.")           \
    M(start_welcome, "Welcome to Atelier")                                                              \
    M(start_tagline, "Orders, fittings and production for your atelier; works offline.")                \
    M(start_create_title, "Create your atelier")                                                        \
    M(start_name, "Atelier name")                                                                       \
    M(start_name_hint, "e.g. Maison Hoxhá")                                                             \
    M(start_code, "Company code")                                                                       \
    M(start_code_explained, "3 letters, on every order number (12345-BFG)")                             \
    M(start_currency, "Currency")                                                                       \
    M(start_pipeline, "Starter pipeline (you can change every stage later)")                            \
    M(start_create, "Create atelier")                                                                   \
    M(start_look_around, "Or look around first")                                                        \
    P(start_demo_line, "A made-up atelier with {n} order in every stage; nothing you do there is lost.", "A made-up atelier with {n} orders in every stage; nothing you do there is lost.") \
    M(start_open_demo, "Open the demo atelier")                                                         \
    M(start_producer_line, "Or a made-up producer who makes in quantity: {styles} styles, {orders} production orders, batches on the floor and sales orders (the Production view).") \
    M(start_open_producer_demo, "Open the producer demo")                                               \
    M(start_from_backup, "Or start from a backup")                                                      \
    M(start_backup_line, "A backup downloaded on another device (.json, or .zip with its photos).")     \
    M(palette_go_dashboard, "Go to dashboard")                                                          \
    M(palette_go_board, "Go to board")                                                                  \
    M(palette_go_table, "Go to table")                                                                  \
    M(palette_go_clients, "Go to clients")                                                              \
    M(palette_go_fittings, "Go to fittings")                                                            \
    M(palette_go_pipelines, "Go to pipelines")                                                          \
    M(palette_go_settings, "Go to settings")                                                            \
    M(palette_go_reports, "Go to reports")                                                              \
    M(palette_go_production, "Go to production")                                                        \
    M(palette_new_order, "New order")                                                                   \
    M(palette_new_client, "New client")                                                                 \
    M(palette_show_overdue, "Show overdue orders")                                                      \
    M(palette_show_due_soon, "Show orders due soon")                                                    \
    M(palette_show_stuck, "Show stuck orders")                                                          \
    M(palette_show_owing, "Show orders owing a balance")                                                \
    M(palette_switch_theme, "Switch light/dark theme")                                                  \
    M(palette_order, "Order {order}  {client}  {garment}  due {date}")                                  \
    M(palette_client, "Client {name}")                                                                  \
    M(palette_title, "Find anything")                                                                   \
    M(palette_hint, "Order number, client, action…")                                                    \
    M(palette_nothing, "Nothing matches \"{query}\"")                                                   \
    /* First start's code example */                                                                    \
    M(start_code_hint, "BFG")                                                                           \
    /* The orders table, its columns and filter bar, moves and the send-back dialog (web/ui/view_table*.cpp, rework_dialog.cpp) */ \
    M(col_order, "Order")                                                                               \
    M(col_client, "Client")                                                                             \
    M(col_garment, "Garment")                                                                           \
    M(col_collection, "Collection")                                                                     \
    M(col_team, "Team")                                                                                 \
    M(col_salesperson, "Salesperson")                                                                   \
    M(col_stage, "Stage")                                                                               \
    M(col_stage_status, "Stage status")                                                                 \
    M(col_deadline, "Deadline")                                                                         \
    M(col_event, "Event")                                                                               \
    M(col_price, "Price")                                                                               \
    M(col_deposit, "Deposit paid")                                                                      \
    M(col_owed, "Owed")                                                                                 \
    M(col_payment, "Payment")                                                                           \
    M(col_flags, "Flags")                                                                               \
    M(col_days, "Days in production")                                                                   \
    M(col_created, "Created")                                                                           \
    M(col_notes, "Notes")                                                                               \
    M(col_status, "Status")                                                                             \
    M(col_kind, "Kind")                                                                                 \
    M(col_quantity, "Quantity")                                                                         \
    M(col_pipeline, "Pipeline")                                                                         \
    M(col_wip_start, "WIP start")                                                                       \
    M(col_tracking, "Tracking")                                                                         \
    M(paystat_unpaid, "Unpaid")                                                                         \
    M(paystat_deposit, "Deposit")                                                                       \
    M(paystat_paid, "Paid")                                                                             \
    M(filt_overdue, "Overdue")                                                                          \
    M(filt_overdue_means, "deadline passed, not handed over, not cancelled")                            \
    M(filt_due_soon, "Due soon")                                                                        \
    M(filt_due_soon_means, "due within the days set in Settings, not overdue")                          \
    M(filt_due_within, "Due within")                                                                    \
    M(filt_due_within_means, "deadline within N days from today, not handed over")                      \
    M(filt_fitting_within, "Fitting within")                                                            \
    M(filt_fitting_within_means, "a fitting not yet done in the next N days (0 = today)")               \
    M(filt_draft, "Draft")                                                                              \
    M(filt_draft_means, "a draft")                                                                      \
    M(filt_completed, "Completed")                                                                      \
    M(filt_completed_means, "handed over: shipped, collected, invoiced or paid")                        \
    M(filt_cancelled, "Cancelled")                                                                      \
    M(filt_cancelled_means, "cancelled")                                                                \
    M(filt_active, "Active")                                                                            \
    M(filt_active_means, "confirmed or in production")                                                  \
    M(filt_stuck, "Stuck")                                                                              \
    M(filt_stuck_means, "in its stage longer than the stage’s expected days")                           \
    M(filt_at_risk, "At risk")                                                                          \
    M(filt_at_risk_means, "projected finish after the deadline, not yet overdue")                       \
    M(filt_stage, "Stage")                                                                              \
    M(filt_stage_means, "at this stage (in any pipeline)")                                              \
    M(filt_pipeline, "Pipeline")                                                                        \
    M(filt_pipeline_means, "in this pipeline")                                                          \
    M(filt_collection, "Collection")                                                                    \
    M(filt_collection_means, "in this collection (case and accents ignored)")                           \
    M(filt_team, "Team")                                                                                \
    M(filt_team_means, "assigned to this team (case and accents ignored)")                              \
    M(filt_salesperson, "Salesperson")                                                                  \
    M(filt_salesperson_means, "sold by this person (case and accents ignored)")                         \
    M(filt_payment, "Payment")                                                                          \
    M(filt_payment_means, "payment status")                                                             \
    M(filt_owes, "Owes")                                                                                \
    M(filt_owes_means, "a balance is still owed (drafts and cancelled orders owe nothing)")             \
    M(filt_due_now, "Due now")                                                                          \
    M(filt_due_now_means, "a payment milestone is reached and not yet paid")                            \
    M(filt_rush, "Rush")                                                                                \
    M(filt_rush_means, "a rush order")                                                                  \
    M(filt_conflict, "Conflict")                                                                        \
    M(filt_conflict_means, "an open conflict: a field two devices set without seeing each other’s value") \
    M(filt_priority, "Priority")                                                                        \
    M(filt_priority_means, "marked priority")                                                           \
    M(filt_delivery, "Delivery")                                                                        \
    M(filt_delivery_means, "delivery method")                                                           \
    M(filt_payment_kind, "Paid so far")                                                                 \
    M(filt_payment_kind_means, "what has been paid: nothing, a deposit, in full")                       \
    M(filt_kind, "Kind")                                                                                \
    M(filt_kind_means, "made to order or bulk")                                                         \
    M(filt_status, "Status")                                                                            \
    M(filt_status_means, "commercial status")                                                           \
    M(filt_text, "Words")                                                                               \
    M(filt_text_means, "every word found in number, client, garment, collection or notes (case and accents ignored)") \
    M(filt_number, "Number")                                                                            \
    M(filt_number_means, "order number 12345 (or 12345-BFG)")                                           \
    P(filt_days, "{n} day", "{n} days")                                                                 \
    M(filt_with_value, "{filter}: {value}")                                                             \
    M(filt_not, "not {filter}")                                                                         \
    M(filt_or, "{first} or {second}")                                                                   \
    M(filt_and, "{first} and {second}")                                                                 \
    M(filt_search_hint, "Search orders")                                                                \
    M(filt_add, "Add filter")                                                                           \
    M(filt_exclude, "Exclude (not)")                                                                    \
    M(filt_other_value, "other value, Enter")                                                           \
    P(filt_matches, "{shown} of {n} order", "{shown} of {n} orders")                                    \
    M(filt_remove_tip, "Remove this filter")                                                            \
    M(filt_clear_all, "Clear filters")                                                                  \
    M(filt_not_added, "Filter not added: {reason}")                                                     \
    M(table_columns, "Columns")                                                                         \
    M(table_export, "Export CSV")                                                                       \
    P(table_n_orders, "{n} order", "{n} orders")                                                        \
    P(table_n_columns, "{n} column", "{n} columns")                                                     \
    M(table_export_what, "{orders} and {columns}, as the table shows them")                             \
    M(table_export_comma, "Comma-separated (,)")                                                        \
    M(table_export_semicolon, "Semicolon-separated (;), for Excel in most of Europe")                   \
    P(table_exported, "Exported {n} order to {file}", "Exported {n} orders to {file}")                  \
    M(table_import, "Import CSV…")                                                                      \
    M(table_changed, "{what} of {order} changed (Ctrl+Z undoes)")                                       \
    M(table_not_changed, "{what} of {order} not changed: {reason}")                                     \
    M(table_has_deposit, "{order} already has a deposit of {amount}: further payments are recorded in the order view") \
    M(table_no_pipeline, "The order’s pipeline no longer exists")                                       \
    M(table_not_a_date, "Deadline of {order} not changed: \"{text}\" is not a date; type YYYY-MM-DD")     \
    M(table_not_an_amount, "Deposit of {order} not recorded: \"{text}\" is not an amount; type e.g. 250 or 250.50") \
    M(table_amount_hint, "amount")                                                                      \
    M(table_no_team, "(no team)")                                                                       \
    M(table_stage_optional, "{stage} (optional)")                                                       \
    M(table_deposit_all_paid, "paid")                                                                   \
    M(table_filter_ignored, "Filter ignored: {reason}")                                                 \
    M(table_empty, "No orders yet — + Order creates the first")                                         \
    M(table_no_match, "No orders match {what}")                                                         \
    M(table_searched, "“{text}”")                                                                       \
    M(move_moved, "{order} moved to \"{stage}\"")                                                         \
    M(move_not_moved, "{order} not moved: {reason}")                                                    \
    M(rework_title, "Send back to an earlier stage")                                                    \
    M(rework_explain, "{order} goes back to an earlier stage; it moves forward again as usual from there.") \
    M(rework_back_to, "Back to stage")                                                                  \
    M(rework_why, "Why")                                                                                \
    M(rework_reason_hint, "What is to be redone, e.g. hem uneven at the back")                          \
    M(rework_send, "Send it back")                                                                      \
    M(rework_keep, "Keep it where it is")                                                               \
    M(rework_sent, "{order} sent back to \"{stage}\"")                                                  \
    /* The orders table: a deposit typed in its cell (web/ui/view_table.cpp) */                         \
    M(table_deposit, "Deposit")                                                                         \
    /* Clients: the list, the client page and the new-client form (web/ui/view_clients.cpp) */          \
    M(cl_new, "+ New client")                                                                           \
    M(cl_search_hint, "Search by name, phone or email")                                                 \
    P(cl_matches, "{shown} of {n} client", "{shown} of {n} clients")                                    \
    M(cl_empty, "No clients yet — + Client creates the first")                                          \
    M(cl_no_match, "No clients match {what}")                                                           \
    M(cl_clear_search, "Clear search")                                                                  \
    M(cl_name, "Name")                                                                                  \
    M(cl_phone, "Phone")                                                                                \
    M(cl_email, "Email")                                                                                \
    M(cl_orders_column, "Orders")                                                                       \
    M(cl_owes_column, "Owes")                                                                           \
    M(cl_contacts, "Contacts")                                                                          \
    M(cl_channel, "Preferred channel")                                                                  \
    M(cl_channel_none, "No preference")                                                                 \
    M(cl_channel_email, "Email")                                                                        \
    M(cl_language, "Language")                                                                          \
    M(cl_language_hint, "fr, en-GB")                                                                    \
    M(cl_notes, "Notes")                                                                                \
    M(cl_save, "Save contacts")                                                                         \
    M(cl_discard, "Discard contact changes")                                                            \
    M(cl_not_saved, "Contacts not saved: {reason}")                                                     \
    M(cl_measurements, "Measurements")                                                                  \
    M(cl_not_measured, "Not measured yet.")                                                             \
    M(cl_session, "Session of {date}")                                                                  \
    M(cl_session_current, "Session of {date} (current)")                                                \
    M(cl_length_format, "{name}: write a length like 92.5 cm or 36 in")                                 \
    M(cl_new_measurements, "New measurements")                                                          \
    M(cl_session_date, "Session date")                                                                  \
    M(cl_measure_name_hint, "measurement, e.g. chest")                                                  \
    M(cl_add_row, "Add row")                                                                            \
    M(cl_save_measurements, "Save measurements")                                                        \
    M(cl_date_format, "Session date: write it as YYYY-MM-DD")                                           \
    M(cl_value_unnamed, "a value has no measurement name")                                              \
    M(cl_measure_not_saved, "Measurements not saved: {reason}")                                         \
    M(cl_orders, "Orders")                                                                              \
    M(cl_calendar, "Calendar (.ics)")                                                                   \
    M(cl_owes_total, "Owes {amount} in total")                                                          \
    M(cl_no_orders, "No orders yet.")                                                                   \
    M(cl_duplicate, "Duplicate or mistake")                                                             \
    M(cl_merge_into, "Merge into…")                                                                     \
    M(cl_merge_search, "Search clients")                                                                \
    M(cl_merge_none, "No other client matches.")                                                        \
    M(cl_merge, "Merge…")                                                                               \
    M(cl_merge_title, "Merge {name} into {into}?")                                                      \
    P(cl_n_orders, "{n} order", "{n} orders")                                                           \
    P(cl_n_sessions, "{n} measurement session", "{n} measurement sessions")                             \
    M(cl_merge_text, "{name}’s {orders}, {sessions} and history move to {into} (client {id}), whose name and contacts are kept; {name} is then removed. Undo brings it back.") \
    M(cl_merge_button, "Merge clients")                                                                 \
    M(cl_delete, "Delete client…")                                                                      \
    M(cl_delete_title, "Delete {name}?")                                                                \
    M(cl_delete_text, "{name} has no orders and is removed from the client list. Undo brings it back.") \
    M(cl_delete_button, "Delete client")                                                                \
    M(cl_cannot_delete, "A client with orders cannot be deleted; merge a duplicate instead.")           \
    M(cl_missing, "This client does not exist (any more).")                                             \
    M(cl_all, "All clients")                                                                            \
    M(cl_back, "< All clients")                                                                         \
    M(cl_new_order, "New order for this client")                                                        \
    M(cl_new_title, "New client")                                                                       \
    M(cl_create, "Create client")                                                                       \
    M(close_form, "Close")                                                                                \
    M(cl_not_created, "Client not created: {reason}")                                                   \
    /* The new-order form (web/ui/view_order_new.cpp) */                                                \
    M(new_order_title, "New order")                                                                     \
    M(new_order_no_pipeline, "No pipeline yet — an order moves through a pipeline’s stages. Create one in Pipelines (from a template or your own), then + Order.") \
    M(new_order_go_pipelines, "Go to Pipelines")                                                        \
    M(new_order_tax_included, "incl. {rate} tax")                                                      \
    M(new_order_tax_added, "+ {rate} tax")                                                             \
    M(new_order_client_pays, "{tax}: the client pays {amount}")                                         \
    M(new_order_no_payment, "Payment: none yet. Record a deposit on the order’s Payments once it exists.") \
    M(new_order_price_by_owner, "The price is set by an owner or a manager.")                           \
    M(new_order_create, "Create order")                                                                 \
    M(new_order_not_created, "Order not created: {reason}")                                             \
    /* Settings: the atelier, fees by stage, people and roles, sync, storage and backup (web/ui/view_settings*.cpp, view_people.cpp, view_sync.cpp, view_backup.cpp) */ \
    M(set_staff_only, "The atelier's settings are for its owners and managers.")                        \
    M(set_atelier, "Atelier")                                                                           \
    M(set_name, "Name")                                                                                 \
    M(set_code, "Company code")                                                                         \
    M(set_example, "e.g. {label}")                                                                      \
    M(set_currency, "Currency")                                                                         \
    M(set_time_zone, "Time zone")                                                                       \
    M(set_local_time, "Local time (none set)")                                                          \
    M(set_tax_rate, "Tax rate (%)")                                                                     \
    M(set_tax_error, "0 to 100, e.g. 20 or 5.5")                                                        \
    M(set_prices_include_tax, "Prices include tax")                                                     \
    M(set_deadlines, "Deadlines")                                                                       \
    M(set_due_soon, "Due-soon horizon (days)")                                                          \
    M(set_buffer, "Buffer before the event (days)")                                                     \
    M(set_cancel_rule, "Cancellation rule")                                                             \
    M(set_free_cancel, "Free cancellation window (hours)")                                              \
    M(set_late_fee, "Fee after the window, before production (%)")                                      \
    M(set_production_fee, "Fee once in production (%)")                                                 \
    M(set_release_owing, "Allow handing over an order that still owes (recorded)")                      \
    M(set_range, "must be from {min} to {max}")                                                         \
    M(set_teams, "Teams")                                                                               \
    M(set_teams_why, "Changes here apply at once; a rename reaches every order.")                       \
    M(set_salespeople, "Salespeople")                                                                   \
    M(set_rename, "Rename")                                                                             \
    M(set_cancel, "Cancel")                                                                             \
    M(set_remove, "Remove")                                                                             \
    M(set_add, "Add")                                                                                   \
    M(set_new_team, "New team")                                                                         \
    M(set_new_salesperson, "New salesperson")                                                           \
    M(set_field_reason, "{field}: {reason}")                                                            \
    M(set_no_logo, "No logo: documents show the atelier's name.")                                       \
    M(set_choose_logo, "Choose logo…")                                                                  \
    M(set_change_logo, "Change logo…")                                                                  \
    M(set_remove_logo, "Remove logo")                                                                   \
    M(set_logo_removed, "Logo removed")                                                                 \
    M(set_documents, "Documents")                                                                       \
    M(set_letterhead_why, "On invoices, quotes and receipts, under the atelier's name: address, phone, tax number.") \
    M(set_terms, "Payment terms (empty: payable on receipt)")                                           \
    M(set_paper_letter, "Letter")                                                                       \
    M(set_reminder, "Fitting reminder message")                                                         \
    M(set_reminder_why, "Written the day before a fitting (dashboard: Write reminders). Empty: the default.") \
    M(set_save, "Save settings")                                                                        \
    M(set_saved, "Settings saved")                                                                      \
    M(set_discard, "Discard changes")                                                                   \
    M(set_unsaved, "Unsaved changes")                                                                   \
    M(fees_title, "Cancellation fees by stage")                                                         \
    M(fees_archived, "{pipeline} (archived)")                                                           \
    M(fees_percent, "{percent}%")                                                                       \
    M(fees_negative, "a fee must be more than zero")                                                    \
    M(fees_write_amount, "write the amount like 250 or 250.50")                                         \
    M(fees_zero, "a fixed fee must be more than zero (or choose a percentage)")                         \
    M(fees_pipeline_none, "(pipeline)")                                                                 \
    M(fees_stage_none, "(stage)")                                                                       \
    M(fees_fixed, "Fixed amount")                                                                       \
    M(fees_percentage, "Percentage of the price")                                                       \
    M(fees_add, "Add fee")                                                                              \
    M(fees_not_added, "Fee not added: {reason}")                                                        \
    M(fees_none, "No fee by stage: the production percentage applies.")                                 \
    M(fees_why, "An order cancelled while at a stage listed here is charged that fee instead of the production percentage; capped at the price.") \
    M(people_owner, "Owner")                                                                            \
    M(people_manager, "Manager")                                                                        \
    M(people_staff, "Staff")                                                                            \
    M(people_roles_help, "Owner: everything. Manager: everything but people and roles. Staff: the work itself — no prices, payments or settings.") \
    M(people_role_of, "Role of {name}")                                                                 \
    M(people_no_pin, "no PIN")                                                                          \
    M(people_pin_set, "PIN set")                                                                        \
    M(people_new_pin_for, "New PIN for {name}")                                                         \
    M(people_pin_hint, "4-12 digits")                                                                   \
    M(people_save_pin, "Save PIN for {name}")                                                           \
    M(people_pin_invalid, "a PIN is 4 to 12 digits")                                                    \
    M(people_set_pin, "Set PIN for {name}")                                                             \
    M(people_remove_pin, "Remove PIN of {name}")                                                        \
    M(people_remove, "Remove {name}")                                                                   \
    M(people_remove_title, "Remove {name}?")                                                            \
    M(people_remove_text, "{name} leaves the list; their name stays in the history of what they did.")  \
    M(people_working_here, "Working here: {person} ({role})")                                           \
    M(people_switch, "Switch person")                                                                   \
    M(people_lock_now, "Lock now")                                                                      \
    M(people_title, "People and roles")                                                                 \
    M(people_nobody, "Nobody is listed: whoever uses Atelier here is its owner. List the people who work here to give each a role and, on a shared tablet, a PIN.") \
    M(people_your_name, "Your name")                                                                    \
    M(people_your_name_hint, "e.g. Ana")                                                                \
    M(people_start, "Start the list")                                                                   \
    M(people_name, "Name")                                                                              \
    M(people_role, "Role")                                                                              \
    M(people_pin, "PIN")                                                                                \
    M(people_optional, "optional")                                                                      \
    M(people_add, "Add person")                                                                         \
    M(people_lock_after, "Lock after idle minutes (0 = never)")                                         \
    M(people_save_lock, "Save lock")                                                                    \
    M(people_lock_saved, "The lock is saved")                                                           \
    M(people_lock_why, "The PIN lock keeps a shared tablet to the person using it: a convenience, not protection of the data on it.") \
    M(people_not_done, "Not done: {reason}")                                                            \
    M(people_locked, "Locked. Who is working?")                                                         \
    M(people_unlock_as, "Unlock as {name}")                                                             \
    M(people_not_unlocked, "Not unlocked: {reason}")                                                    \
    M(syncv_upload_question, "The server holds no atelier yet. Upload this device's atelier? It becomes the one every device of the studio shares.") \
    M(syncv_upload, "Upload this atelier")                                                              \
    M(syncv_take_question, "The server holds the studio's atelier. Take it on this device?")            \
    M(syncv_replace_question, "The server holds the studio's atelier. Replace this device's atelier with it? A backup of this device's atelier is downloaded first; its orders are not merged.") \
    M(syncv_replace, "Replace with the server's atelier")                                               \
    M(syncv_calendar, "Calendar subscription")                                                          \
    M(syncv_calendar_staff, "An owner or a manager shares the studio's calendar.")                      \
    M(syncv_asking, "Asking the server…")                                                               \
    M(syncv_did_not_say, "The server did not say: {problem}")                                           \
    M(syncv_calendar_intro, "Fittings and deadlines in any calendar app (iPhone, Android, Google, Outlook), kept up to date: make a private link and subscribe to it there.") \
    M(syncv_calendar_subscribe, "Subscribe to this address in a calendar app (Add calendar → From URL). Anyone who has it sees the fittings and client names: New link stops the old one.") \
    M(syncv_copy_calendar, "Copy calendar link")                                                        \
    M(syncv_calendar_copied, "Calendar link copied")                                                    \
    M(syncv_not_sent, "not sent yet")                                                                   \
    M(syncv_sent, "sent {when}")                                                                        \
    M(syncv_make_calendar, "Make calendar link")                                                        \
    M(syncv_new_calendar, "New calendar link")                                                          \
    M(syncv_stop_calendar, "Stop calendar link")                                                        \
    M(syncv_owner_makes, "The owner makes the link.")                                                   \
    M(syncv_calendar_problem, "Calendar: {problem}")                                                    \
    M(syncv_title, "Sync")                                                                              \
    M(syncv_intro, "Share this atelier with the studio's other devices through its sync server (serve.py on a laptop or a hosted server). Each device keeps working offline.") \
    M(syncv_server_address, "Server address")                                                           \
    M(syncv_server_hint, "http://192.168.1.20:8080")                                                    \
    M(syncv_token, "Invitation token")                                                                  \
    M(syncv_device_name, "Device name")                                                                 \
    M(syncv_device_hint, "Front desk tablet")                                                           \
    M(syncv_connect, "Connect")                                                                         \
    M(syncv_http_only, "The address starts with http:// or https://")                                   \
    M(syncv_last_synced, "last synced {seconds} s ago")                                                 \
    M(syncv_needs_update, "Another device runs Atelier {version}. Reload the page to update this app; this device's changes wait here meanwhile.") \
    M(syncv_server, "Server {server}")                                                                  \
    M(syncv_server_as, "Server {server}, as {person}")                                                  \
    M(syncv_this_device, "This device: {name}")                                                         \
    M(syncv_disagree, "Devices disagree at log position {positions}: report this (Download raw files).") \
    M(syncv_copy_invitation, "Copy invitation link")                                                    \
    M(syncv_invitation_copied, "Invitation link copied: open it on the tablet (it signs in as {person})") \
    M(syncv_invitation_copied_anyone, "Invitation link copied: open it on the tablet (it signs in as this person)") \
    M(syncv_show_qr, "Show QR code")                                                                    \
    M(syncv_hide_qr, "Hide QR code")                                                                    \
    M(syncv_disconnect, "Disconnect")                                                                   \
    M(syncv_scan, "Scan it with the tablet's camera: Atelier opens there and syncs as {person}. Anyone who scans it can, so show it only in the studio.") \
    M(syncv_scan_anyone, "Scan it with the tablet's camera: Atelier opens there and syncs as this person. Anyone who scans it can, so show it only in the studio.") \
    M(backup_storage, "Storage on this device")                                                         \
    M(backup_state, "State: {state}")                                                                   \
    M(backup_persistent, "Persistent storage granted: the browser will not evict it.")                  \
    M(backup_not_persistent, "Persistent storage not granted: the browser may clear it when space runs low. Keep backups.") \
    M(backup_megabytes, "{size} MB")                                                                    \
    M(backup_space_used, "Space used: {used} of {quota}")                                               \
    M(backup_photos, "Photos on this device: {count} ({size} with their thumbnails)")                   \
    M(backup_sending_photos, "Sending photos to the studio's server: {count} left")                     \
    M(backup_photos_not_sent, "Photos not sent to the server: {problem} (tried again in a moment)")     \
    M(backup_card_photos, "Show a photo on board cards")                                                \
    M(backup_title, "Backup")                                                                           \
    M(backup_why, "The whole atelier as one JSON file; keep it somewhere safe.")                        \
    M(backup_download, "Download backup")                                                               \
    M(backup_restore, "Restore from backup…")                                                           \
    M(backup_restore_title, "Restore from backup")                                                      \
    M(backup_cannot_restore, "This file cannot be restored:")                                           \
    M(backup_nothing_changed, "Nothing was changed.")                                                   \
    M(backup_file_holds, "The file holds:")                                                             \
    P(backup_and_photos, "and {n} photo ({size} with their thumbnails)", "and {n} photos ({size} with their thumbnails)") \
    P(backup_n_orders, "{n} orders", "{n} orders")                                                      \
    P(backup_n_clients, "{n} clients", "{n} clients")                                                   \
    M(backup_replaces_everything, "Restoring replaces everything here ({orders}, {clients}) with the file's contents. Download a backup first if unsure.") \
    M(backup_replace, "Replace my atelier with this backup")                                            \
    M(backup_restored, "Restored: {summary}")                                                           \
    M(backup_keep, "Keep my atelier")                                                                   \
    /* Pipelines, import, conflicts and reports (web/ui/view_pipelines*.cpp, view_import.cpp, view_conflicts.cpp, view_reports.cpp) */ \
    M(pipe_archived_name, "{pipeline} (archived)")                                                      \
    M(pipe_unsaved_name, "{pipeline} (unsaved)")                                                        \
    M(pipe_new, "New pipeline")                                                                         \
    M(pipe_locked, "Save or discard your changes to switch")                                            \
    M(pipe_new_name, "New pipeline name")                                                               \
    M(pipe_new_name_hint, "e.g. Evening wear")                                                          \
    M(pipe_from_empty, "Empty (add stages yourself)")                                                   \
    M(pipe_start_from, "Start from")                                                                    \
    M(pipe_new_id, "id: {id} (fixed once saved)")                                                       \
    M(pipe_create, "Create pipeline")                                                                   \
    P(pipe_delete_has_orders, "{n} order is in this stage: the core will refuse. Move it to another stage first.", "{n} orders are in this stage: the core will refuse. Move them to another stage first.") \
    M(pipe_delete_empty, "No order is in this stage. The pipeline is saved without it.")                \
    M(pipe_delete_empty_with_changes, "No order is in this stage. The pipeline is saved without it, together with your other unsaved changes.") \
    M(pipe_delete_will_refuse, "But the core will refuse: {reason}.")                                   \
    M(pipe_delete_title, "Delete stage \"{stage}\" from {pipeline}?")                                   \
    M(pipe_delete_stage, "Delete stage")                                                                \
    M(pipe_drag_move, "Move {stage}")                                                                   \
    M(pipe_no_team, "no team")                                                                          \
    M(pipe_rule_freezes, "freezes")                                                                     \
    M(pipe_rule_days, "{days} d")                                                                       \
    M(pipe_delete, "Delete")                                                                            \
    M(pipe_not_deleted, "Not deleted: {reason}")                                                        \
    M(pipe_no_stages, "No stages yet: a pipeline needs at least one.")                                  \
    M(pipe_add_stage, "Add stage")                                                                      \
    M(pipe_new_stage_name, "New stage {n}")                                                             \
    M(pipe_reorder_hint, "Drag a row, or use the arrows, to reorder")                                   \
    M(pipe_none, "No pipeline yet: create one.")                                                        \
    M(pipe_name, "Pipeline name")                                                                       \
    M(pipe_id, "id: {id}")                                                                              \
    M(pipe_archive, "Archive pipeline")                                                                 \
    M(pipe_unarchive, "Unarchive pipeline")                                                             \
    M(pipe_archived_toast, "Pipeline {pipeline} archived: no new orders go there")                      \
    M(pipe_unarchived_toast, "Pipeline {pipeline} in use again")                                        \
    M(pipe_archived_note, "Archived: not offered for new orders")                                       \
    M(pipe_save, "Save pipeline")                                                                       \
    M(pipe_saved, "Pipeline \"{pipeline}\" saved")                                                      \
    M(pipe_not_saved_yet, "Not saved yet")                                                              \
    M(pipe_err_stage_named, "Stage {n} ({stage}): {reason}")                                            \
    M(pipe_err_stage, "Stage {n}: {reason}")                                                            \
    M(pipe_err_name, "Pipeline name {reason}")                                                          \
    M(pipe_err_id, "Pipeline id {reason}")                                                              \
    M(pipe_err_share, "Payment schedule for new orders share {n}: {reason}")                            \
    M(pipe_err_schedule, "Payment schedule for new orders: {reason}")                                   \
    M(pipe_stages, "Stages")                                                                            \
    M(pipe_schedule_title, "Payment schedule for new orders")                                           \
    M(pipe_stage_section, "Stage")                                                                      \
    M(pipe_select_stage, "Select a stage to edit it.")                                                  \
    M(pipe_stage_heading, "Stage {n}: {stage}")                                                         \
    M(pipe_field_id, "Id")                                                                              \
    M(pipe_id_fixed, "Fixed: named by {uses}")                                                          \
    M(pipe_team_unknown, "{team} (unknown)")                                                            \
    M(pipe_team_not_known, "\"{team}\" is not a team of this atelier: saving is refused.")              \
    M(pipe_teams_in_settings, "Teams are listed in Settings.")                                          \
    M(pipe_open_settings, "Open Settings")                                                              \
    M(pipe_field_colour, "Colour")                                                                      \
    M(pipe_colour_hint, "#RRGGBB")                                                                      \
    M(pipe_field_rules, "Rules")                                                                        \
    M(pipe_qc_gate, "QC gate")                                                                          \
    M(pipe_qc_gate_tip, "An order cannot leave this stage without a QC pass")                           \
    M(pipe_photo_required, "Photo required")                                                            \
    M(pipe_optional, "Optional")                                                                        \
    M(pipe_optional_tip, "May be skipped (the skip is recorded); rush orders skip it")                  \
    M(pipe_freezes, "Freezes measurements")                                                             \
    M(pipe_field_days, "Expected days")                                                                 \
    M(pipe_notify_none, "None")                                                                         \
    M(pipe_field_notify, "Notify client when done")                                                     \
    M(pipe_field_message, "Message")                                                                    \
    M(pipe_message_hint, "Dear {client}, {order} has finished {stage}.")                                \
    M(pipe_stage_no_orders, "No order is in this stage.")                                               \
    P(pipe_stage_n_orders, "{n} order is in this stage.", "{n} orders are in this stage.")              \
    M(pipe_at_missing_stage, "at {stage} (no such stage)")                                              \
    M(pipe_schedule_none, "None: new orders start without milestones (the balance is due at handover).") \
    M(pipe_add_share, "Add share")                                                                      \
    M(pipe_share_balance, "Balance")                                                                    \
    M(pipe_schedule_total, "{percent}% of the order's total")                                           \
    M(pipe_schedule_over, "{percent}% of the order's total: more than the total")                       \
    M(import_title, "Import clients or orders from CSV")                                                \
    M(import_unreadable, "This file cannot be read: {reason}. Nothing was imported.")                   \
    M(import_empty_file, "This file is empty. Nothing was imported.")                                   \
    M(import_columns, "Columns — each column of the file goes into the field chosen beside it")         \
    M(import_col_column, "Column in the file")                                                          \
    M(import_col_first_value, "First value")                                                            \
    M(import_col_goes_into, "Goes into")                                                                \
    M(import_field_ignore, "— not imported")                                                            \
    M(import_field_client, "Client name")                                                               \
    M(import_field_client_notes, "Client notes")                                                        \
    M(import_field_notes, "Order notes")                                                                \
    P(import_n_rows, "{n} row", "{n} rows")                                                             \
    P(import_n_with_problems, "{n} with problems", "{n} with problems")                                 \
    P(import_n_new_clients, "{n} new clients", "{n} new clients")                                       \
    P(import_n_merged, "{n} with a client the atelier has", "{n} with a client the atelier has")        \
    P(import_n_orders, "{n} orders", "{n} orders")                                                      \
    M(import_same_phone, "Same phone as {client}: use that client")                                     \
    M(import_same_email, "Same email as {client}: use that client")                                     \
    M(import_same_name, "Same name as {client}: use that client")                                       \
    M(import_client_of_line, "the client of line {line}")                                               \
    M(import_new_client, "new client")                                                                  \
    M(import_only_problems, "Only rows with problems")                                                  \
    M(import_col_line, "Line")                                                                          \
    M(import_col_will_go, "Will go in as")                                                              \
    M(import_done, "Imported {summary}. Undo takes the whole import back.")                             \
    M(import_not_yet, "Nothing can be imported yet: {reason}.")                                         \
    M(import_button, "Import")                                                                          \
    P(import_n_rows_button, "Import {n} row", "Import {n} rows")                                        \
    M(import_fix_hint, "fix the rows with problems in the file, or change the columns: all rows go in, or none") \
    M(notapp_title, "Not applied")                                                                      \
    M(notapp_intro, "Changes made while another device changed the same thing first, or refused by the server for the role of who made them. Nothing of them was applied.") \
    M(notapp_line, "{what} by {who} on {when}: {reason}")                                               \
    M(notapp_retry, "Retry")                                                                            \
    M(notapp_not_sent, "Not sent: {reason}")                                                            \
    M(notapp_applied, "Applied now")                                                                    \
    M(conf_restore, "Restore {value}")                                                                  \
    M(conf_keep, "Keep {value}")                                                                        \
    M(conf_restored, "{field} restored")                                                                \
    M(conf_kept, "{field} kept")                                                                        \
    M(conf_banner, "Edited on two devices at once — choose which value stays:")                         \
    M(conf_title, "Conflicts")                                                                          \
    M(conf_intro, "Fields two devices set without seeing each other's value. The later one is in place.") \
    M(conf_settings, "Atelier settings")                                                                \
    M(conf_open_pipeline, "Open Pipeline {pipeline}")                                                   \
    M(conf_open_order, "Open Order {order}")                                                            \
    M(conf_open_client, "Open Client {client}")                                                         \
    M(rep_kind_revenue_by_month, "Revenue by month")                                                    \
    M(rep_kind_revenue_by_salesperson, "Revenue by salesperson")                                        \
    M(rep_kind_revenue_by_pipeline, "Revenue by pipeline")                                              \
    M(rep_kind_outstanding_by_age, "Outstanding by age")                                                \
    M(rep_kind_days_per_stage, "Days per stage")                                                        \
    M(rep_range_this_month, "This month")                                                               \
    M(rep_range_last_month, "Last month")                                                               \
    M(rep_range_this_year, "This year")                                                                 \
    M(rep_range_last_12_months, "Last 12 months")                                                       \
    M(rep_range_last_year, "Last year")                                                                 \
    M(rep_range_custom, "Custom")                                                                       \
    M(rep_from, "From")                                                                                 \
    M(rep_to, "To")                                                                                     \
    M(rep_type_dates, "Type both dates as YYYY-MM-DD.")                                                 \
    M(rep_ends_before, "The period ends before it starts.")                                             \
    M(rep_saved, "Saved {file}")                                                                        \
    M(rep_waiting, "waiting {so_far} so far ({now} now)")                                               \
    /* Production: tech packs, sales and production orders, batches, the floor (web/ui/view_production*.cpp, view_sales.cpp, view_floor.cpp) */ \
    M(style_tab, "Styles")                                                                              \
    M(sales_orders, "Sales orders")                                                                     \
    M(floor_tab, "Floor")                                                                               \
    M(pr_tab_all, "All production orders")                                                              \
    M(style_state_commercial, "Commercial")                                                             \
    M(style_state_design, "Design")                                                                     \
    M(style_state_approval, "Approval")                                                                 \
    M(style_state_production_ready, "Production Ready")                                                 \
    M(style_state_archived, "Archived")                                                                 \
    M(pr_state_draft, "Draft")                                                                          \
    M(pr_state_planned, "Planned")                                                                      \
    M(pr_state_released, "Released")                                                                    \
    M(pr_state_in_progress, "In progress")                                                              \
    M(pr_state_completed, "Completed")                                                                  \
    M(pr_state_cancelled, "Cancelled")                                                                  \
    M(sales_term_exw, "EXW")                                                                            \
    M(sales_term_fca, "FCA")                                                                            \
    M(sales_term_fob, "FOB")                                                                            \
    M(sales_term_cif, "CIF")                                                                            \
    M(sales_term_dap, "DAP")                                                                            \
    M(sales_term_ddp, "DDP")                                                                            \
    M(style_new, "New style")                                                                           \
    M(style_code, "Style code")                                                                         \
    M(style_name, "Name")                                                                               \
    M(style_season, "Season")                                                                           \
    M(style_sizes, "Sizes")                                                                             \
    M(style_colourways, "Colourways")                                                                   \
    M(style_colourways_hint, "Navy, Ecru")                                                              \
    M(style_create, "Create style")                                                                     \
    M(style_created, "Style {style} created")                                                           \
    M(style_none, "No styles yet. A style holds a garment's tech pack — sizes, colourways, bill of materials — and its production orders are made from it.") \
    M(style_pick, "Style")                                                                              \
    M(style_state_line, "{style} · version {version} · {state}")                                        \
    M(style_released_frozen, "(released: frozen)")                                                      \
    M(style_move_to, "Move to {state}")                                                                 \
    M(style_moved, "{style}: {state}")                                                                  \
    M(style_back_to_design, "Back to Design")                                                           \
    M(style_new_version, "New version")                                                                 \
    M(style_version_made, "{style}: version {version}")                                                 \
    M(style_sizes_line, "Sizes: {sizes}")                                                               \
    M(style_colourways_line, "Colourways: {colourways}")                                                \
    M(style_bom, "Bill of materials")                                                                   \
    M(style_material, "Material")                                                                       \
    M(style_per_size, "Per size")                                                                       \
    M(style_waste, "Waste")                                                                             \
    M(style_supplier, "Supplier")                                                                       \
    M(style_waste_percent, "{percent}%")                                                                \
    M(style_frozen_hint, "This version is frozen: make a new version to change it.")                    \
    M(style_back_to_change, "Move it back to Design to change the tech pack.")                          \
    M(style_quantities_hint, "Per size: 2.1, 2.2, …")                                                   \
    M(style_waste_field, "Waste %")                                                                     \
    M(style_add_material, "Add material")                                                               \
    M(style_quantities_error, "Type the quantities per garment as numbers, one per size (\"2.1, 2.2, 2.4\").") \
    M(style_colour, "Colour")                                                                           \
    M(style_photos, "Sketches and photos")                                                              \
    M(style_add_photos, "Add sketches or photos…")                                                      \
    M(style_no_photos, "No sketch yet: the design sketch, the sample on the stand, the fabric.")        \
    M(style_photo_remove_title, "Remove photo?")                                                        \
    M(style_photo_remove_text, "Remove {photo} from {style}? Undo puts it back.")                       \
    M(style_photo_remove, "Remove photo")                                                               \
    M(pr_new, "New production order")                                                                   \
    M(pr_due, "Due")                                                                                    \
    M(pr_create, "Create production order")                                                             \
    M(pr_pick_due, "Pick the due date.")                                                                \
    M(pr_created, "Production order created")                                                           \
    M(pr_materials, "Materials")                                                                        \
    M(pr_pack_changed, "The tech pack changed since this order was last saved.")                        \
    M(pr_no_bom, "No bill of materials yet.")                                                           \
    M(pr_required, "Required")                                                                          \
    M(pr_with_waste, "With waste")                                                                      \
    M(pr_export_csv, "Export materials CSV")                                                            \
    M(pr_saved_file, "Saved {file}")                                                                    \
    M(pr_batches, "Batches")                                                                            \
    P(pr_batch_finished, "Batch {batch} · {colour} · {n} piece · finished", "Batch {batch} · {colour} · {n} pieces · finished") \
    P(pr_batch_at, "Batch {batch} · {colour} · {n} piece · at {stage}", "Batch {batch} · {colour} · {n} pieces · at {stage}") \
    M(pr_flow_done, "{stage} {done} done")                                                              \
    M(pr_flow_rejected, "{stage} {done} done, {rejected} rejected")                                     \
    M(pr_flow_waiting, "{stage} {done} done, {waiting} waiting")                                        \
    M(pr_flow_rejected_waiting, "{stage} {done} done, {rejected} rejected, {waiting} waiting")          \
    M(pr_pieces_field, "pieces")                                                                        \
    M(pr_done_at, "Done at {stage}")                                                                    \
    M(pr_reject, "Reject")                                                                              \
    M(pr_start_batch, "Start batch")                                                                    \
    M(pr_batch_started, "Batch started")                                                                \
    P(pr_state_line, "{state} · {style} · due {date} · {n} piece", "{state} · {style} · due {date} · {n} pieces") \
    P(pr_state_line_version, "{state} · {style} · due {date} · {n} piece · version {version}", "{state} · {style} · due {date} · {n} pieces · version {version}") \
    M(pr_for_sales, "For {order}")                                                                      \
    M(pr_plan, "Plan")                                                                                  \
    M(pr_release, "Release to the floor")                                                               \
    M(pr_released, "{order} released")                                                                  \
    M(pr_closing_hint, "Closing note (when pieces differ)")                                             \
    M(pr_complete, "Complete")                                                                          \
    M(pr_completed, "{order} completed")                                                                \
    M(pr_cancel_reason_hint, "Reason to cancel")                                                        \
    M(pr_cancel, "Cancel order")                                                                        \
    M(pr_cancelled, "{order} cancelled")                                                                \
    M(pr_note, "Note: {note}")                                                                          \
    M(pr_orders, "Production orders")                                                                   \
    P(pr_row, "{order} · {state} · due {date} · {n} piece", "{order} · {state} · due {date} · {n} pieces") \
    P(pr_row_changed, "{order} · {state} · due {date} · {n} piece · tech pack changed", "{order} · {state} · due {date} · {n} pieces · tech pack changed") \
    M(pr_none, "None yet.")                                                                             \
    M(pr_none_create, "None yet: fill in the matrix above and create one.")                             \
    M(pr_open_only, "Open orders only")                                                                 \
    P(pr_n_orders, "{n} production order", "{n} production orders")                                     \
    M(pr_col_planned, "Planned")                                                                        \
    M(pr_col_made, "Made")                                                                              \
    M(pr_col_rejected, "Rejected")                                                                      \
    M(sales_col_sales_order, "Sales order")                                                             \
    M(sales_client_n, "client {id}")                                                                    \
    M(sales_price_each, "Price each")                                                                   \
    M(sales_add_lines, "Add these lines")                                                               \
    M(sales_price_format, "The price each is an amount like 45.00.")                                    \
    M(sales_no_pieces, "Type the pieces in the grid first.")                                            \
    M(sales_lines, "Lines: {lines}")                                                                    \
    M(sales_clear_lines, "Clear lines")                                                                 \
    M(sales_new, "New sales order")                                                                     \
    M(sales_customer, "Customer")                                                                       \
    M(sales_choose, "Choose…")                                                                          \
    M(sales_find_customer, "Find a customer")                                                           \
    M(sales_ship_date, "Ship date")                                                                     \
    M(sales_term, "Term")                                                                               \
    M(sales_days_to_pay, "Days to pay")                                                                 \
    M(sales_create, "Create sales order")                                                               \
    M(sales_choose_customer, "Choose the customer.")                                                    \
    M(sales_pick_ship_date, "Pick the ship date.")                                                      \
    M(sales_created, "Sales order created")                                                             \
    M(sales_col_ordered, "Ordered")                                                                     \
    M(sales_col_shipped, "Shipped")                                                                     \
    P(sales_shipped_notice, "{n} {style} {colour} shipped", "{n} {style} {colour} shipped")             \
    M(sales_tracking_hint, "Tracking number (optional)")                                                \
    P(sales_state_line, "{state} · {customer} · ship {date} · {term} · {n} piece · {total}", "{state} · {customer} · ship {date} · {term} · {n} pieces · {total}") \
    M(sales_risk_passed, "Ship date at risk: it has passed with pieces still to ship")                  \
    M(sales_risk_to_make, "Ship date at risk: pieces are still to make")                                \
    M(sales_paid_of, "Paid {paid} of {total}")                                                          \
    P(sales_paid_of_invoice, "Paid {paid} of {total} · invoice {invoice}, due in {n} day", "Paid {paid} of {total} · invoice {invoice}, due in {n} days") \
    M(sales_new_ship_date, "New ship date")                                                             \
    M(sales_change_ship_date, "Change ship date")                                                       \
    M(sales_ships_on, "{order} ships {date}")                                                           \
    M(sales_pick_new_ship_date, "Pick the new ship date.")                                              \
    M(sales_confirm, "Confirm")                                                                         \
    M(sales_confirmed, "{order} confirmed")                                                             \
    M(sales_add_lines_above, "Add the lines above")                                                     \
    M(sales_make_po, "Make production order: {style}")                                                  \
    M(sales_po_made_from, "{po} made from {order}")                                                     \
    M(sales_po_made, "Production order made")                                                           \
    M(sales_po_row, "{order} · {style} · {state} · due {date}")                                         \
    M(sales_invoice, "Invoice")                                                                         \
    M(sales_invoiced, "{order} invoiced")                                                               \
    M(sales_payment_format, "The payment is an amount like 1350.00.")                                   \
    M(sales_payment_recorded, "Payment recorded on {order}")                                            \
    M(sales_cancel, "Cancel sales order")                                                               \
    M(sales_cancelled, "{order} cancelled")                                                             \
    M(sales_cancelled_reason, "Cancelled: {reason}")                                                    \
    M(sales_no_styles, "A sales order's lines are styles: make a style in the Styles tab first.")       \
    M(sales_none, "None yet.")                                                                          \
    M(sales_none_create, "None yet: a shop's or a brand's order starts above.")                         \
    P(sales_row, "{order} · {customer} · {state} · ship {date} · {n} piece", "{order} · {customer} · {state} · ship {date} · {n} pieces") \
    P(sales_row_risk, "{order} · {customer} · {state} · ship {date} · {n} piece · at risk", "{order} · {customer} · {state} · ship {date} · {n} pieces · at risk") \
    M(floor_empty, "Nothing on the floor: release a production order and make its first batch.")        \
    P(floor_n_pieces, "{n} piece", "{n} pieces")                                                        \
    P(floor_finished, "{pieces} made by {n} finished batch of open orders.", "{pieces} made by {n} finished batches of open orders.") \
    P(floor_column, "{stage} · {n} piece", "{stage} · {n} pieces")                                      \
    M(floor_card_batch, "{order} · batch {batch}")                                                      \
    M(floor_card_here, "{style} {colour} · {waiting} of {pieces} here")                                 \
    M(floor_due, "Due {date}")                                                                          \
    M(floor_due_late, "Due {date} (late)")                                                              \
    /* The app's own notices (web/app.cpp, web/app_photos.cpp) */                                       \
    M(app_sync_off_restored, "Sync turned off: this device now holds an atelier of its own. Connect again in Settings → Sync to replace it with the studio's.") \
    M(app_not_done, "Not done: {reason}")                                                               \
    M(app_list_people_first, "List the people who work here first (Settings, People)")                  \
    M(app_read_only_undo, "This tab only shows; undo in the tab that edits.")                           \
    M(app_nothing_to_undo, "Nothing to undo")                                                           \
    M(app_undo_failed, "Undo failed: {reason}")                                                         \
    M(app_read_only_redo, "This tab only shows; redo in the tab that edits.")                           \
    M(app_nothing_to_redo, "Nothing to redo")                                                           \
    M(app_redo_failed, "Redo failed: {reason}")                                                         \
    M(app_message_queued, "Message to client queued in order {order}'s outbox")                         \
    M(app_finish_dialog_first, "Finish or close \"{dialog}\" first")                                    \
    M(app_order_not_here, "Order {order} is not on this device yet (sync brings it).")                  \
    M(app_logo_saved, "Logo saved: it prints on invoices, quotes and receipts")                         \
    M(app_style_gone, "The style the photos were for is gone; they were not added.")                    \
    M(app_photo_already, "{file} is already on {where}")                                                \
    P(app_photos_added, "{n} photo added to {where}", "{n} photos added to {where}")                    \
    M(app_read_only_photos, "This tab only shows; add photos in the tab that edits.")                   \
    M(app_order_gone_photos, "The order the photos were for is gone; they were not added.")             \
    M(app_stage_done, "{order}: stage done")                                                            \
    /* What the core says: shared refusals (core/i18n/said_text.hpp) */                                 \
    M(why_empty, "must not be empty")                                                                   \
    M(why_too_long, "must be at most {max} bytes")                                                      \
    M(why_not_utf8, "is not valid UTF-8")                                                               \
    M(why_control_chars, "must not contain control characters")                                         \
    M(why_control_chars_lines, "must not contain control characters (line breaks are fine)")            \
    M(why_money_too_large, "amount is too large (at most {max})")                                       \
    M(why_no_order, "no order {number}")                                                                \
    M(why_no_client, "no client {number}")                                                              \
    /* What the core says: the validator's findings (core/validate/validate.cpp) */                     \
    M(why_val_percent, "must be a percentage from 0 to 100")                                            \
    M(why_val_listed_twice, "\"{name}\" is listed twice")                                               \
    M(why_val_invoice_year, "must be a year (0 to 9999)")                                               \
    M(why_val_invoice_next, "must be 1 to {max}")                                                       \
    M(why_val_conflict_setting, "does not hold two values of a setting")                                \
    M(why_val_entry_id, "must be a journal entry id \"<device>.<seq>\"")                                \
    M(why_val_entry_twice, "entry {entry} is listed twice")                                             \
    M(why_val_entry_what, "must name what the entry did")                                               \
    M(why_val_settled_at, "is when it was settled, once settled")                                       \
    M(why_val_merged_once, "must name each merged client once")                                         \
    M(why_val_merged_still_there, "client {number} was merged away but is still there")                 \
    M(why_val_no_pipeline, "no pipeline \"{pipeline}\"")                                                \
    M(why_val_no_stage, "no stage \"{stage}\"")                                                         \
    M(why_val_no_stage_in, "no stage \"{stage}\" in pipeline \"{pipeline}\"")                           \
    M(why_val_device_id, "must be a device id: 1 to 64 letters, digits, '-' or '_'")                    \
    M(why_val_clock_sorted, "must come after \"{device}\" (one row per device, sorted)")                \
    M(why_val_seq, "must be a journal entry number from 1 to 2^53")                                     \
    M(why_val_block_range, "must be a range from <= next <= end within the numbers already reserved")   \
    M(why_val_block_orders_overlap, "overlaps the order numbers of device {device}")                    \
    M(why_val_block_clients_overlap, "overlaps the client ids of device {device}")                      \
    M(why_val_next_client, "must be greater than the largest client id ({max})")                        \
    M(why_val_provisional, "must be at most {max}: the numbers above are provisional")                  \
    M(why_val_next_order, "must be greater than the largest order number ({max})")                      \
    M(why_val_invoice_twice, "invoice {invoice} is given to two orders")                                \
    M(why_val_pipeline_no_stage, "a pipeline needs at least one stage")                                 \
    M(why_val_conflict_pipeline, "does not hold two values of the pipeline's name or of one stage")     \
    M(why_val_stage_reserved, "\"{stage}\" is reserved for payment milestones")                         \
    M(why_val_stage_twice, "stage id \"{stage}\" is used twice")                                        \
    M(why_val_no_team, "no team \"{team}\"")                                                            \
    M(why_val_positive, "must be a positive number")                                                    \
    M(why_val_email, "is not an email address")                                                         \
    M(why_val_sessions_order, "sessions must be in date order")                                         \
    M(why_val_conflict_client, "does not hold two values of a client field")                            \
    M(why_val_void_earlier, "must name an earlier line of the ledger")                                  \
    M(why_val_void_correction, "names a correction; only a payment or a refund can be voided")          \
    M(why_val_void_mismatch, "does not match the line it names (its kind and amount)")                  \
    M(why_val_voided_times, "is voided {n} times: a line stands voided once or not at all")             \
    M(why_val_invoice_time, "an invoice number and its time go together")                               \
    M(why_val_invoice_format, "must read as 2026-0001")                                                 \
    M(why_val_invoice_not_below, "is not below the atelier's next invoice number ({next})")             \
    M(why_val_deadline_after_event, "the deadline {deadline} is after the event date {event}")          \
    M(why_val_mto_quantity, "a made-to-order (mto) order has quantity 1")                               \
    M(why_val_bulk_quantity, "a bulk order needs a quantity of at least 1")                             \
    M(why_val_tax_rate_bp, "a tax rate is must be from {min} to {max} basis points")                    \
    M(why_val_payments_overflow, "the payments add up to more than Atelier can count")                  \
    M(why_val_corrections_paid, "the corrections take back {amount} more than was paid")                \
    M(why_val_corrections_refunded, "the corrections take back {amount} more than was refunded")        \
    M(why_val_refunds_exceed, "the refunds exceed the payments by {amount}")                            \
    M(why_val_overpaid, "payments total {paid}, more than the order's {total}")                         \
    M(why_val_paid_owing, "is paid but {owed} is still owed")                                           \
    M(why_val_wip_start, "an order in production or later needs its start date")                        \
    M(why_val_no_salesperson, "no salesperson \"{salesperson}\"")                                       \
    M(why_val_milestones_overflow, "the milestones add up to more than Atelier can count")              \
    M(why_val_too_many_photos, "more than {max} photos")                                                \
    M(why_val_image_id, "must be 1 to 100 characters")                                                  \
    M(why_val_photo_twice, "the same photo is on the order twice")                                      \
    M(why_val_log_only_rework, "only a rework entry names the stage it left and why")                   \
    M(why_val_rework_stage, "a rework entry names the stage the order went back to")                    \
    M(why_val_rework_kind, "a rework entry says why (qc_fail, client_change or other)")                 \
    M(why_val_rework_note, "a rework entry needs its reason")                                           \
    M(why_val_fitting_minutes, "must be from {min} to {max} minutes")                                   \
    M(why_val_fitting_done_cancelled, "a fitting cannot be both done and cancelled")                    \
    M(why_val_fitting_cancel_reason, "a cancelled fitting needs its reason")                            \
    M(why_val_fitting_reason_uncancelled, "only a cancelled fitting has a reason")                      \
    M(why_val_conflict_order, "does not hold two values of an order field")                             \
    M(why_val_pipeline_twice, "pipeline id \"{pipeline}\" is used twice")                               \
    M(why_val_client_twice, "client id {number} is used twice")                                         \
    M(why_val_order_twice, "order number {number} is used twice")                                       \
    M(why_val_style_twice, "style \"{style}\" is listed twice")                                         \
    M(why_val_production_twice, "production order number {number} is used twice")                       \
    M(why_val_sales_twice, "sales order number {number} is used twice")                                 \
    M(why_val_text_not_utf8, "holds text that is not valid UTF-8")                                      \
    M(why_val_not_read_back, "does not read back as written (a value out of range or more precise than stored)") \
    /* What the core says: reading JSON, snapshots and journal lines (core/json/fields.cpp, capped.cpp, core/snapshot/migrate.cpp, snapshot.cpp, stream_read.hpp, core/storage/journal_entry.cpp) */ \
    M(why_json_missing, "is missing")                                                                   \
    M(why_json_unknown_field, "is not a known field")                                                   \
    M(why_json_not_object, "expected an object")                                                        \
    M(why_json_not_array, "expected an array")                                                          \
    M(why_json_one_of, "must be one of: {values}")                                                      \
    M(why_json_not_string, "must be a string")                                                          \
    M(why_json_not_bool, "must be true or false")                                                       \
    M(why_json_not_whole, "must be a whole number")                                                     \
    M(why_json_between, "must be between {min} and {max}")                                              \
    M(why_json_money_negative, "money must not be negative")                                            \
    M(why_json_money_format, "must be an amount like \"1234.50\"")                                      \
    M(why_json_money_fraction, "money is whole minor units (cents), not a fraction")                    \
    M(why_json_money_minor, "must be an amount in minor units")                                         \
    M(why_json_date, "must be a valid date \"YYYY-MM-DD\"")                                             \
    M(why_json_datetime, "must be a valid date-time \"YYYY-MM-DDTHH:MM\"")                              \
    M(why_json_length, "must be a length like \"92.5cm\" or \"36.25in\"")                               \
    M(why_json_quantity, "must be a quantity like \"1.25\" (not negative, at most three decimals, at most {max})") \
    M(why_json_too_deep, "nesting deeper than {max} levels")                                            \
    M(why_json_syntax, "not valid JSON (truncated or damaged): {detail}")                               \
    M(why_json_key_twice, "appears twice")                                                              \
    M(why_json_snapshot_not_object, "a snapshot must be a JSON object")                                 \
    M(why_json_schema_missing, "is missing (this does not look like an Atelier snapshot)")              \
    M(why_json_schema_newer, "schema {schema} is newer than this version of Atelier reads ({reads}); update Atelier to open it") \
    M(why_json_not_negative, "must not be negative")                                                    \
    M(why_json_device_missing, "is missing (the entry has an id or seq)")                               \
    M(why_json_device_id, "must be a device id: 1 to 64 letters, digits, '-' or '_'")                   \
    M(why_json_seq_missing, "is missing (this device's entry number)")                                  \
    M(why_json_seq, "must be an entry number from 1 to 2^53")                                           \
    M(why_json_id_missing, "is missing (\"{id}\")")                                                     \
    M(why_json_id, "must be \"{id}\" (its device and seq)")                                             \
    M(why_json_app_version, "must be the app's version, at most {max} characters")                      \
    M(why_json_line_not_object, "a journal line must be a JSON object")                                 \
    M(why_json_line_shape, "a journal line holds exactly one of command, undo, redo or restore")        \
    M(why_json_restore_name, "must be the restored atelier's name")                                     \
    M(why_json_at_missing, "is missing (when the change was made)")                                     \
    M(why_json_at, "must be a date-time YYYY-MM-DDTHH:MM")                                              \
    M(why_json_who, "must be the name of who made the change")                                          \
    M(why_json_undone_type, "must be the command type undone or redone")                                \
    M(why_json_put_missing_undo, "is missing (the entities after the undo)")                            \
    M(why_json_put_missing_redo, "is missing (the entities after the redo)")                            \
    M(why_json_redo_removes, "a redo removes nothing")                                                  \
    M(why_json_restored_here, "the atelier was replaced from a backup here")                            \
    /* What the core says: role refusals, the people list, CSV import problems (core/rules/roles.cpp, core/import/csv_import.cpp) */ \
    M(why_role_staff_may_not, "staff may not {doing} ({type}); an owner or a manager can")              \
    M(why_role_manager_may_not, "manager may not {doing} ({type}); an owner can")                       \
    M(why_role_do_settings, "change the atelier's settings")                                            \
    M(why_role_do_people, "change the people and their roles")                                          \
    M(why_role_do_pipelines, "change the pipelines")                                                    \
    M(why_role_do_payments, "record payments")                                                          \
    M(why_role_do_refunds, "record refunds")                                                            \
    M(why_role_do_void, "void ledger lines")                                                            \
    M(why_role_do_schedules, "change payment schedules")                                                \
    M(why_role_do_cancel, "cancel orders (a cancellation charges a fee)")                               \
    M(why_role_do_invoice, "invoice orders")                                                            \
    M(why_role_do_clone, "copy orders (a copy carries the price)")                                      \
    M(why_role_do_resolve, "settle an order's conflicts (one may be of its price)")                     \
    M(why_role_do_styles, "change styles and tech packs")                                               \
    M(why_role_do_plan_production, "plan production orders")                                            \
    M(why_role_do_release_production, "release production orders")                                      \
    M(why_role_do_cancel_production, "cancel production orders")                                        \
    M(why_role_do_close_production, "close production orders")                                          \
    M(why_role_do_sales, "write sales orders")                                                          \
    M(why_role_do_ship_sales, "ship sales orders")                                                      \
    M(why_role_do_invoice_sales, "invoice sales orders")                                                \
    M(why_role_do_that, "do that")                                                                      \
    M(why_role_staff_prices, "staff may not set prices ({type} {field}); an owner or a manager can")    \
    M(why_role_manager_prices, "manager may not set prices ({type} {field}); an owner can")             \
    M(why_role_staff_undo_settings, "staff may not {verb} a change of settings or pipelines; an owner or a manager can") \
    M(why_role_manager_undo_settings, "manager may not {verb} a change of settings or pipelines; an owner can") \
    M(why_role_staff_undo_money, "staff may not {verb} a change of prices or payments ({field}); an owner or a manager can") \
    M(why_role_manager_undo_money, "manager may not {verb} a change of prices or payments ({field}); an owner can") \
    M(why_role_verb_undo, "undo")                                                                       \
    M(why_role_verb_redo, "redo")                                                                       \
    M(why_role_staff_entry, "staff may not write an {shape} entry carrying whole entities (only an owner may)") \
    M(why_role_manager_entry, "manager may not write an {shape} entry carrying whole entities (only an owner may)") \
    M(why_role_name_text, "must be text without control characters")                                    \
    M(why_role_name_twice, "\"{name}\" is listed twice")                                                \
    M(why_role_pin_hash, "must be a PIN's hash (16 hex digits)")                                        \
    M(why_role_one_owner, "at least one person must be an owner")                                       \
    M(why_imp_as_is, "{text}")                                                                          \
    M(why_imp_extra_fields, "more fields than the header has columns ({fields} against {columns})")     \
    M(why_imp_channel, "preferred channel “{value}” is not one of email, WhatsApp, SMS")                \
    M(why_imp_no_deadline, "no deadline")                                                               \
    M(why_imp_deadline, "deadline “{value}” is not a date (2026-06-01 or {example})")                   \
    M(why_imp_event, "event date “{value}” is not a date")                                              \
    M(why_imp_price, "price “{value}”: {reason}")                                                       \
    M(why_imp_deposit, "deposit “{value}”: {reason}")                                                   \
    M(why_imp_kind, "kind “{value}” is not mto or bulk")                                                \
    M(why_imp_quantity, "quantity “{value}” is not a whole number from 1")                              \
    M(why_imp_no_pipeline, "no pipeline named “{value}”")                                               \
    M(why_imp_no_pipelines, "the atelier has no pipeline yet: make one in Pipelines first")             \
    M(why_imp_deposit_over_price, "the deposit is more than the price")                                 \
    M(why_imp_no_client_name, "no client name (and no phone or email of an existing client)")           \
    M(why_imp_client, "client {reason}")                                                                \
    M(why_imp_map_pairs, "--map takes Header=field pairs, separated by commas: “{pair}”")               \
    M(why_imp_map_no_field, "no field “{field}” (fields: {fields})")                                    \
    M(why_imp_map_no_column, "the file has no column “{column}”")                                       \
    M(why_imp_negative, "a negative amount (a refund is recorded on the order, not imported)")          \
    M(why_imp_not_amount, "not an amount")                                                              \
    M(why_imp_file_empty, "the file is empty")                                                          \
    M(why_imp_no_client_column, "no column is the client's name: choose one as Client name")            \
    M(why_imp_no_deadline_column, "orders need a deadline: choose the column that holds it as Deadline") \
    M(why_imp_too_many_rows, "more than {max} rows: split the file")                                    \
    M(why_imp_no_rows, "the file has no rows below its header")                                         \
    M(why_imp_nothing, "nothing imported: {reason}")                                                    \
    M(why_imp_nothing_line, "nothing imported: line {line}: {reason}")                                  \
    M(why_imp_nothing_line_more, "nothing imported: line {line}: {reason} (and {more} more rows with problems)") \
    M(why_imp_nothing_new, "nothing to import: every row is a client the atelier has")                  \
    M(why_imp_too_many_changes, "the import makes {changes} changes; at most {max} go in one import: split the file") \
    /* What the core says: styles, production and sales orders (core/commands/plan_producer.cpp, core/production/rules.cpp, sales.cpp) */ \
    M(why_prod_style_code_length, "must be 1 to 32 characters")                                         \
    M(why_prod_style_code_chars, "may hold only letters, digits, '-', '_' and '.'")                     \
    M(why_prod_max_sizes, "at most {max} sizes")                                                        \
    M(why_prod_max_colours, "at most {max} colourways")                                                 \
    M(why_prod_max_checks, "at most {max} checks")                                                      \
    M(why_prod_listed_twice, "\"{name}\" is listed twice")                                              \
    M(why_prod_max_points, "at most {max} points of measure")                                           \
    M(why_prod_value_per_size, "must give one value per size ({n})")                                    \
    M(why_prod_max_materials, "at most {max} materials")                                                \
    M(why_prod_material_twice, "\"{material}\" in {unit} is listed twice")                              \
    M(why_prod_percentage, "must be a percentage from 0 to 100")                                        \
    M(why_prod_quantity_per_size, "must give one quantity per size ({n})")                              \
    M(why_prod_no_version, "a style has at least one tech pack version")                                \
    M(why_prod_version_number, "must be {n} (versions are numbered 1, 2, ... in order)")                \
    M(why_prod_revision, "must be at least the number of versions ({n})")                               \
    M(why_prod_max_photos, "at most {max} photos")                                                      \
    M(why_prod_photo_stage, "a style's photo documents no stage")                                       \
    M(why_prod_photo_twice, "the same photo is on the style twice")                                     \
    M(why_prod_released_state, "version {version} is released to production, so it is Production Ready or Archived (a change is a new version)") \
    M(why_prod_matrix_empty, "must plan at least one piece")                                            \
    M(why_prod_not_colourway, "colour \"{colour}\" is not a colourway of the style")                    \
    M(why_prod_not_size, "size \"{size}\" is not in the style's size run")                              \
    M(why_prod_pieces_range, "must be from {min} to {max} pieces")                                      \
    M(why_prod_cell_twice, "{colour} {size} is given twice")                                            \
    M(why_prod_matrix_order, "the matrix is in the style's colour and size order")                      \
    M(why_prod_pipeline_gone, "its pipeline \"{pipeline}\" is gone")                                    \
    M(why_prod_no_batch_made, "no batch was made")                                                      \
    M(why_prod_batch_unfinished, "batch {batch} is not finished")                                       \
    M(why_prod_batch_unfinished_at, "batch {batch} is not finished (pieces wait at {stage})")           \
    M(why_prod_beyond_tolerance, "{colour} {size}: {made} pieces made or rejected of {planned} planned, more than the {tolerance}% tolerance") \
    M(why_prod_not_planned, "{colour} {size} is not in the plan")                                       \
    M(why_prod_closing_note, "the pieces differ from the plan (within the tolerance): a closing note says why") \
    M(why_prod_positive, "must be positive")                                                            \
    M(why_prod_number_order, "number {number} is an order's")                                           \
    M(why_prod_no_style, "no style \"{style}\"")                                                        \
    M(why_prod_no_pipeline, "no pipeline \"{pipeline}\"")                                               \
    M(why_prod_no_such_version, "style {style} has no version {version}")                               \
    M(why_prod_version_unreleased, "version {version} of {style} is not marked released")               \
    M(why_prod_follows_working, "a production order not yet released follows the working version (0)")  \
    M(why_prod_sales_order_number, "must be a sales order's number, or 0")                              \
    M(why_prod_max_batches, "at most {max} batches")                                                    \
    M(why_prod_batches_unreleased, "batches are made only on a released production order")              \
    M(why_prod_in_progress_no_batch, "in progress once its first batch is made")                        \
    M(why_prod_released_with_batches, "a released order with batches is in progress")                   \
    M(why_prod_batch_number, "must be {n} (batches are numbered in order)")                             \
    M(why_prod_batch_no_size, "a batch has at least one size")                                          \
    M(why_prod_sizes_order, "sizes are given once each, in the size run's order")                       \
    M(why_prod_no_stage, "no stage \"{stage}\" in pipeline {pipeline}")                                 \
    M(why_prod_stages_order, "stages are given once each, in the pipeline's order")                     \
    M(why_prod_progress_negative, "pieces done and rejected are not negative")                          \
    M(why_prod_left_more, "more pieces left stage {stage} ({left}) than reached it ({reached})")        \
    M(why_prod_cut_over, "{colour} {size}: the batches cut {cut} pieces of {planned} planned")          \
    M(why_prod_completed_but, "completed, but {reason}")                                                \
    M(why_prod_number_taken, "number {number} is taken")                                                \
    M(why_prod_sales_currency, "the currency must be a three-letter ISO 4217 code (e.g. EUR)")          \
    M(why_prod_max_lines, "at most {max} lines")                                                        \
    M(why_prod_line_twice, "{style} {colour} {size} is given twice")                                    \
    M(why_prod_total_too_large, "the total is too large")                                               \
    M(why_prod_at_least_one, "must be at least 1")                                                      \
    M(why_prod_shipped_over, "more {style} {colour} shipped than ordered")                              \
    M(why_prod_ships_confirmed, "only a confirmed order ships")                                         \
    M(why_prod_invoice_number, "must be an invoice number like 2026-0001")                              \
    M(why_prod_invoiced_at, "is when it was invoiced, once invoiced")                                   \
    M(why_prod_cancel_reason, "a cancelled order says why")                                             \
    M(why_prod_no_production, "no production order {number}")                                           \
    M(why_prod_style_exists, "style \"{style}\" already exists")                                        \
    M(why_prod_new_archived, "a new style is not archived")                                             \
    M(why_prod_pack_frozen, "version {version} of {style} is released to production and frozen: make a new version to change it") \
    M(why_prod_pack_state, "the tech pack is {state}: move it back to Design or Approval to change it") \
    M(why_prod_colour_planned, "colour \"{colour}\" is planned by production order {order}")            \
    M(why_prod_size_planned, "size \"{size}\" is planned by production order {order}")                  \
    M(why_prod_state_already, "the tech pack is already {state}")                                       \
    M(why_prod_archived_back, "an archived style goes back to Commercial, Design or Approval first")    \
    M(why_prod_frozen_revise, "version {version} is released and frozen: make a new version (style.revise)") \
    M(why_prod_one_step, "the tech pack goes one step at a time: from {from} next is {next}")           \
    M(why_prod_frozen_revise_change, "version {version} is released and frozen: make a new version (style.revise) to change it") \
    M(why_prod_ready_sizes, "Production Ready needs the size run")                                      \
    M(why_prod_ready_colours, "Production Ready needs at least one colourway")                          \
    M(why_prod_ready_bom, "Production Ready needs the bill of materials")                               \
    M(why_prod_working_version, "the working version is {version}, not {from} (a new version was made meanwhile)") \
    M(why_prod_max_versions, "a style has at most {max} versions")                                      \
    M(why_prod_set_by_app, "is set by the app (who added it and when)")                                 \
    M(why_prod_photo_already, "this photo is already on style {style}")                                 \
    M(why_prod_photos_full, "style {style} already has {max} photos, the most a style holds")           \
    M(why_prod_no_photo, "no such photo on style {style}")                                              \
    M(why_prod_style_archived, "style {style} is archived")                                             \
    M(why_prod_pipeline_archived, "pipeline {pipeline} is archived")                                    \
    M(why_prod_pipeline_before_release, "the pipeline changes only before the order is released (it is {state})") \
    M(why_prod_matrix_before_release, "the matrix changes only before the order is released (it is {state})") \
    M(why_prod_release_before_release, "an order is released only before the order is released (it is {state})") \
    M(why_prod_closed, "production order {order} is closed")                                            \
    M(why_prod_style_gone, "its style \"{style}\" is gone")                                             \
    M(why_prod_planned_empty, "a planned order plans at least one piece")                               \
    M(why_prod_plan_draft, "only a draft is planned")                                                   \
    M(why_prod_matrix_no_piece, "the matrix plans no piece yet")                                        \
    M(why_prod_release_not_ready, "style {style}'s tech pack is {state}: a production order is released only on a Production Ready tech pack") \
    M(why_prod_already_closed, "production order {order} is already closed")                            \
    M(why_prod_complete_in_progress, "only an order in progress is completed")                          \
    M(why_prod_batch_unreleased, "batches are made only on a released production order (it is {state})") \
    M(why_prod_pack_gone, "its tech pack is gone")                                                      \
    M(why_prod_not_colourway_of, "colour \"{colour}\" is not a colourway of {style}")                   \
    M(why_prod_not_size_of, "size \"{size}\" is not in {style}'s size run")                             \
    M(why_prod_not_in_matrix, "{colour} {size} is not in the order's matrix")                           \
    M(why_prod_batch_over, "{colour} {size}: {n} pieces, but only {left} are left of the {planned} planned") \
    M(why_prod_batch_over_tolerance, "{colour} {size}: {n} pieces, but only {left} are left of the {planned} planned (with the tolerance)") \
    M(why_prod_batch_no_piece, "a batch has at least one piece")                                        \
    M(why_prod_progress_state, "progress is recorded on an order in progress (it is {state})")          \
    M(why_prod_no_batch, "no batch {batch}")                                                            \
    M(why_prod_pieces_negative, "pieces are not negative")                                              \
    M(why_prod_no_piece_moved, "no piece done or rejected")                                             \
    M(why_prod_leave_more, "{n} pieces leave {stage}, but {waiting} wait there")                        \
    /* What the core says: refusals of the atelier, people, pipelines, clients and numbers commands; templates, translations, schedules, settings (core/commands/plan.cpp, core/rules/messages.cpp, core/model/text_in.cpp, core/model/settings.cpp, core/rules/schedule.cpp) */ \
    M(why_cmd_unknown_placeholder, "unknown placeholder {placeholder} (a message may use {known})")     \
    M(why_cmd_text_language_unknown, "\"{language}\" is not a language the app speaks (en, fr, it, es, de)") \
    M(why_cmd_text_language_twice, "the text in \"{language}\" is given twice")                         \
    M(why_cmd_text_language_empty, "the text in \"{language}\" is empty (leave the language out instead)") \
    M(why_cmd_milestone_label, "a milestone needs a label")                                             \
    M(why_cmd_milestone_label_long, "at most {max} characters")                                         \
    M(why_cmd_milestone_when, "must be \"order\", \"handover\" or a stage of pipeline \"{pipeline}\"")  \
    M(why_cmd_milestone_percent, "must be 1 to 100")                                                    \
    M(why_cmd_schedule_over, "the shares add up to {percent}%, more than the order's total")            \
    M(why_cmd_atelier_name_empty, "the atelier name must not be empty")                                 \
    M(why_cmd_atelier_name_long, "the atelier name must be at most {max} bytes")                        \
    M(why_cmd_atelier_name_utf8, "the atelier name is not valid UTF-8")                                 \
    M(why_cmd_atelier_name_control, "the atelier name must not contain control characters")             \
    M(why_cmd_company_code, "the company code must be exactly three letters A-Z (e.g. BFG)")            \
    M(why_cmd_currency, "the currency must be a three-letter ISO 4217 code (e.g. EUR)")                 \
    M(why_cmd_country, "the country must be a two-letter ISO 3166 code (e.g. FR) or empty")             \
    M(why_cmd_expected_object, "expected an object")                                                    \
    M(why_cmd_missing, "is missing")                                                                    \
    M(why_cmd_not_string, "must be a string")                                                           \
    M(why_cmd_percent, "must be a percentage from 0 to 100")                                            \
    P(why_cmd_n_orders, "{n} order", "{n} orders")                                                      \
    P(why_cmd_n_stages, "{n} stage", "{n} stages")                                                      \
    M(why_cmd_orders_and_stages, "{orders} and {stages}")                                               \
    M(why_cmd_team_used, "team \"{team}\" is used by {uses}; move them to another team first (or rename the team)") \
    M(why_cmd_salesperson_used, "salesperson \"{name}\" is used by {orders}; give them another salesperson first (or rename the salesperson)") \
    M(why_cmd_listed_twice, "\"{name}\" is listed twice")                                               \
    M(why_cmd_tax_rate, "a tax rate is 0 to 10000 basis points (0.00% to 100.00%), not {rate}")         \
    M(why_cmd_no_pipeline, "no pipeline \"{pipeline}\"")                                                \
    M(why_cmd_no_stage_in, "no stage \"{stage}\" in {pipeline}")                                        \
    M(why_cmd_settings_no_conflict, "the atelier's settings have no conflict {conflict}")               \
    M(why_cmd_conflict_settled, "the conflict on {field} is already settled ({state})")                 \
    M(why_cmd_no_team, "no team \"{name}\"")                                                            \
    M(why_cmd_team_same_name, "the team is already called \"{name}\"")                                  \
    M(why_cmd_team_name_taken, "there is already a team \"{name}\"")                                    \
    M(why_cmd_no_salesperson, "no salesperson \"{name}\"")                                              \
    M(why_cmd_salesperson_same_name, "the salesperson is already called \"{name}\"")                    \
    M(why_cmd_salesperson_name_taken, "there is already a salesperson \"{name}\"")                      \
    M(why_cmd_only_owner, "\"{name}\" is the only owner: make someone else an owner first")             \
    M(why_cmd_pin_hash, "must be a PIN's hash (16 hex digits), made by the app from the PIN")           \
    M(why_cmd_first_owner, "the first person listed must be an owner (list yourself as the owner first)") \
    M(why_cmd_no_person, "no person \"{name}\"")                                                        \
    M(why_cmd_from_pipeline_id, "must be the id of the pipeline put")                                   \
    M(why_cmd_slug, "must be a short id of a-z, 0-9, '-' or '_'")                                       \
    M(why_cmd_pipeline_no_stage, "a pipeline needs at least one stage")                                 \
    M(why_cmd_stage_id_reserved, "\"{id}\" is reserved for payment milestones")                         \
    M(why_cmd_stage_twice, "stage \"{stage}\" appears twice")                                           \
    M(why_cmd_colour, "must be \"#RRGGBB\"")                                                            \
    M(why_cmd_stage_needs_message, "a notifying stage needs a message template")                        \
    M(why_cmd_pipeline_no_conflict, "pipeline \"{pipeline}\" has no conflict {conflict}")               \
    M(why_cmd_phone_kept, "phone \"{phone}\" kept as entered: not an international number")             \
    M(why_cmd_not_email, "\"{email}\" is not an email address")                                         \
    M(why_cmd_device_id, "must be a device id: 1 to 64 letters, digits, '-' or '_'")                    \
    M(why_cmd_no_numbers_left, "the atelier has no numbers left to reserve")                            \
    M(why_cmd_entry_id, "must be a journal entry id \"<device>.<seq>\"")                                \
    M(why_cmd_entry_listed, "entry {entry} is already listed as not applied")                           \
    M(why_cmd_no_entry, "no entry {entry} in the Not applied list")                                     \
    M(why_cmd_entry_settled, "entry {entry} is already settled ({state})")                              \
    M(why_cmd_client_merged_new, "client {client} was merged into client {into}; a new client takes another number") \
    M(why_cmd_client_merged, "client {client} was merged into client {into}; do it there again")        \
    M(why_cmd_client_no_conflict, "client {client} has no conflict {conflict}")                         \
    M(why_cmd_session_empty, "a session needs at least one measurement")                                \
    M(why_cmd_measured_twice, "\"{name}\" is measured twice")                                           \
    M(why_cmd_session_future, "a measurement session cannot be in the future")                          \
    M(why_cmd_client_no_session, "client {client} has no session {session}")                            \
    M(why_cmd_already_value, "is already {value}")                                                      \
    M(why_cmd_batch, "a batch is applied command by command by the store, not planned as one")          \
    M(why_cmd_provisional_taken, "provisional number {number} is taken")                                \
    M(why_cmd_no_order_number_left, "the atelier has no order number left to give")                     \
    M(why_cmd_no_client_id_left, "the atelier has no client id left to give")                           \
    M(why_cmd_order_number_not_free, "order number {number} is not free: the next free one is {next}")  \
    M(why_cmd_client_id_not_free, "client id {number} is not free: the next free one is {next}")        \
    M(why_cmd_order_number_device_none, "order number {number} is not free: device {device} has none left") \
    M(why_cmd_client_id_device_none, "client id {number} is not free: device {device} has none left")   \
    M(why_cmd_order_number_device_free, "order number {number} is not free: device {device} has {free} free") \
    M(why_cmd_client_id_device_free, "client id {number} is not free: device {device} has {free} free") \
    M(why_cmd_no_provisional, "no provisional number is free")                                          \
    M(why_cmd_order_provisional_none, "device {device} has no order numbers of its own yet: {number} is provisional until its next sync gives it a number") \
    M(why_cmd_client_provisional_none, "device {device} has no client ids of its own yet: client {number} is provisional until its next sync gives it a number") \
    M(why_cmd_order_provisional_used, "device {device} has given every order number of its blocks: {number} is provisional until its next sync gives it a number") \
    M(why_cmd_client_provisional_used, "device {device} has given every client id of its blocks: client {number} is provisional until its next sync gives it a number") \
    M(why_cmd_invoice_numbers_used, "the invoice numbers of {year} are used up")                        \
    /* What the core says: a language tag, a time zone (core/model/client.cpp, core/calendar/time_zones.cpp) */ \
    M(why_language_tag, "\"{tag}\" is not a language tag (as \"fr\" or \"en-GB\"; \"\" for the atelier's)") \
    M(why_time_zone, "the time zone {zone} is not one Atelier knows (Settings lists them, e.g. Europe/Paris)") \
    /* What the core says: order refusals, warnings and notices, photo and fitting checks (core/commands/plan_order.cpp, core/rules/photos.cpp, core/rules/fittings.cpp) */ \
    M(why_ord_status_draft, "draft")                                                                    \
    M(why_ord_status_confirmed, "confirmed")                                                            \
    M(why_ord_status_in_production, "in_production")                                                    \
    M(why_ord_status_shipped, "shipped")                                                                \
    M(why_ord_status_collected, "collected")                                                            \
    M(why_ord_status_invoiced, "invoiced")                                                              \
    M(why_ord_status_paid, "paid")                                                                      \
    M(why_ord_cancelled, "order {order} is cancelled")                                                  \
    M(why_ord_draft_no_production, "order {order} is a draft: a Draft order cannot enter production")   \
    M(why_ord_not_in_production, "order {order} is not in production (it is {status})")                 \
    M(why_ord_pipeline_archived, "pipeline \"{pipeline}\" is archived; unarchive it in Pipelines to use it for new orders") \
    M(why_ord_created_draft, "order {order} created as a draft")                                        \
    M(why_ord_milestone_stage_missing, "the payment milestone \"{milestone}\" is due at stage \"{stage}\", which pipeline \"{pipeline}\" does not have; change the schedule first") \
    M(why_ord_photo_stage_missing, "a photo documents stage \"{stage}\", which pipeline \"{pipeline}\" does not have") \
    M(why_ord_log_stage_missing, "the production log names stage \"{stage}\", which pipeline \"{pipeline}\" does not have") \
    M(why_ord_pipeline_fixed, "the pipeline cannot change once production has started")                 \
    M(why_ord_no_conflict, "order {order} has no conflict {conflict}")                                  \
    M(why_ord_conflict_restored, "the conflict on {field} is already settled (restored)")               \
    M(why_ord_conflict_kept, "the conflict on {field} is already settled (kept)")                       \
    M(why_ord_not_draft, "order {order} is not a draft")                                                \
    M(why_ord_draft_confirm_first, "order {order} is a draft: a Draft order cannot enter production; confirm it first") \
    M(why_ord_start_unconfirmed, "order {order} must be confirmed to start production")                 \
    M(why_ord_pipeline_no_stages, "the order's pipeline has no stages")                                 \
    M(why_ord_stage_already_started, "stage \"{stage}\" is already in_progress")                        \
    M(why_ord_stage_already_done, "stage \"{stage}\" is already done")                                  \
    M(why_ord_stage_no_qc, "stage \"{stage}\" does not require QC")                                     \
    M(why_ord_production_finished, "production is finished")                                            \
    M(why_ord_qc_fail_note, "a QC fail needs a note saying what to fix")                                \
    M(why_ord_stage_not_in_pipeline, "stage \"{stage}\" is not in pipeline \"{pipeline}\"")             \
    M(why_ord_production_finished_hand_over, "production is finished; ship or collect the order")       \
    M(why_ord_qc_pass_needed, "stage \"{stage}\" requires a QC pass before it can be left")             \
    M(why_ord_qc_pass_needed_failed, "stage \"{stage}\" requires a QC pass before it can be left (last QC failed: {note})") \
    M(why_ord_stage_needs_photo, "stage \"{stage}\" cannot be done without a photo")                    \
    M(why_ord_stage_not_optional, "stage \"{stage}\" is not optional and cannot be skipped")            \
    M(why_ord_pipeline_missing, "the order's pipeline \"{pipeline}\" does not exist")                   \
    M(why_ord_no_stage, "no stage \"{stage}\" in pipeline \"{pipeline}\"")                              \
    M(why_ord_move_backward, "orders only move forward: {order} is at \"{at}\" and cannot go back to \"{stage}\"") \
    M(why_ord_already_at, "order {order} is already at \"{stage}\"")                                    \
    M(why_ord_move_past, "cannot move past \"{stage}\": {reason}")                                      \
    M(why_ord_line_payment, "the {amount} payment of {at}")                                             \
    M(why_ord_line_refund, "the {amount} refund of {at}")                                               \
    M(why_ord_more_than_zero, "must be more than zero")                                                 \
    M(why_ord_overpayment, "overpayment refused: {amount} is more than the {owed} still owed")          \
    M(why_ord_overpayment_fee, "overpayment refused: {amount} is more than the {owed} still owed of the {fee} cancellation fee") \
    M(why_ord_refund_over_paid, "refund of {amount} refused: only {paid} was paid")                     \
    M(why_ord_refund_nothing_paid, "refund of {amount} refused: nothing was paid")                      \
    M(why_ord_refund_over_paid_fee, "refund of {amount} refused: only {paid} was paid beyond the {fee} cancellation fee") \
    M(why_ord_refund_nothing_paid_fee, "refund of {amount} refused: nothing was paid beyond the {fee} cancellation fee") \
    M(why_ord_no_ledger_line, "no ledger line {line} on order {order} (it has {count})")                \
    M(why_ord_ledger_changed, "line {line} on order {order} is {what}, not {amount}: the ledger changed since; look again") \
    M(why_ord_line_is_correction, "line {line} on order {order} is a correction of another line; only a payment or a refund can be voided") \
    M(why_ord_line_voided, "{what} is already voided (by line {by})")                                   \
    M(why_ord_void_payment_refused, "void of {what} refused: only {paid} is paid after the refunds; void the refund first") \
    M(why_ord_void_refund_refused, "void of {what} refused: what was paid would reach {reach}, above the order's total of {total}") \
    M(why_ord_milestone_when, "must be \"order\", \"handover\" or a stage of pipeline \"{pipeline}\"")  \
    M(why_ord_schedule_over_total, "the schedule totals {schedule}, more than the order's {total}")     \
    M(why_ord_no_override, "the order has no override for \"{name}\"")                                  \
    M(why_ord_already_cut, "order {order} is already cut: its frozen measurements do not change")       \
    M(why_ord_image_added_by_app, "is set by the app (who added it and when)")                          \
    M(why_ord_photo_duplicate, "this photo is already on order {order}")                                \
    M(why_ord_photos_full, "order {order} already has {max} photos, the most an order holds")           \
    M(why_ord_no_photo, "no such photo on order {order}")                                               \
    M(why_ord_photo_id, "must be the picture's SHA-256 (64 lowercase hex digits)")                      \
    M(why_ord_photo_thumb, "must be the thumbnail's SHA-256 (64 lowercase hex digits)")                 \
    M(why_ord_photo_type, "must be image/jpeg, image/webp or image/png")                                \
    M(why_ord_photo_bytes, "must be from 1 to {max} (16 MB)")                                           \
    M(why_ord_photo_side, "must be from {min} to {max} pixels")                                         \
    M(why_ord_photo_stage_kind, "a stage photo has no other kind (leave it out)")                       \
    M(why_ord_logo_empty, "a logo without a picture has nothing else either")                           \
    M(why_ord_logo_stage, "a logo documents no stage")                                                  \
    M(why_ord_minutes_range, "must be from {min} to {max} minutes")                                     \
    M(why_ord_fitting_after_event, "the fitting is after the event date")                               \
    M(why_ord_no_fitting, "the order has no fitting {fitting}")                                         \
    M(why_ord_fitting_done, "that fitting is already done")                                             \
    M(why_ord_fitting_cancelled, "that fitting is cancelled")                                           \
    M(why_ord_done_fitting_reschedule, "a done fitting cannot be rescheduled")                          \
    M(why_ord_cancelled_fitting_reschedule, "a cancelled fitting cannot be rescheduled; book a new one") \
    M(why_ord_fitting_unchanged, "the fitting is already booked then, for {minutes} minutes")           \
    M(why_ord_done_fitting_cancel, "a done fitting cannot be cancelled")                                \
    M(why_ord_fitting_already_cancelled, "that fitting is already cancelled")                           \
    M(why_ord_fitting_cancel_reason, "say why the fitting is cancelled")                                \
    M(why_ord_reminder_written, "the reminder of that fitting is already in the outbox")                \
    M(why_ord_no_contact, "the client has no phone or email to remind")                                 \
    M(why_ord_fitting_overlap, "the fitting overlaps the {kind} fitting of {order} ({at}, {minutes} min)") \
    M(why_ord_fitting_overlap_more, "the fitting overlaps the {kind} fitting of {order} ({at}, {minutes} min) and {more} more") \
    M(why_ord_no_message, "the order has no message {message} written {at}")                            \
    M(why_ord_message_sent, "that message was already marked sent on {at}")                             \
    M(why_ord_message_sent_by, "that message was already marked sent by {who} on {at}")                 \
    M(why_ord_rework_not_in_production, "order {order} is not in production (it is {status}): only an order in production can be sent back") \
    M(why_ord_rework_not_earlier, "order {order} is at \"{at}\": it can only be sent back to an earlier stage, not to \"{stage}\"") \
    M(why_ord_rework_reason, "say why the order goes back (what is to be redone)")                      \
    M(why_ord_unfrozen, "measurements unfrozen: they freeze again at \"{stage}\"")                      \
    M(why_ord_sent_back, "order {order} sent back to \"{stage}\"")                                      \
    M(why_ord_not_finished, "production is not finished (at stage \"{stage}\")")                        \
    M(why_ord_still_owes, "order {order} still owes {amount}; take the payment first (or allow release while owing in the settings)") \
    M(why_ord_released_owing, "order {order} handed over still owing {amount}")                         \
    M(why_ord_invoice_not_handed_over, "only a shipped or collected order can be invoiced")             \
    M(why_ord_already_invoiced, "order {order} already has invoice {invoice}")                          \
    M(why_ord_invoice_issued, "invoice {invoice} issued for {order}")                                   \
    M(why_ord_cancel_handed_over, "order {order} has already been handed over")                         \
    M(why_ord_cancelled_notice, "order {order} cancelled; fee {fee}, refund {refund}")                  \
    M(why_ord_copied_deadline_past, "the copied deadline {date} is in the past")                        \
    M(why_ord_copy_of, "order {order} is a copy of {source}")                                           \
    M(why_ord_no_pipeline, "no pipeline \"{pipeline}\"")                                                \
    M(why_ord_pipeline_empty, "pipeline \"{pipeline}\" has no stages")                                  \
    M(why_ord_deadline_after_event, "the deadline {deadline} is after the event date {event}")          \
    M(why_ord_mto_quantity, "a made-to-order (mto) order has quantity 1")                               \
    M(why_ord_bulk_quantity, "a bulk order needs a quantity of at least 1")                             \
    M(why_ord_no_team, "no team \"{team}\"")                                                            \
    M(why_ord_no_salesperson, "no salesperson \"{salesperson}\"")                                       \
    M(why_ord_total_below_paid, "the total {total} is below the {paid} already paid")                   \
    M(why_ord_paid_in_full, "order {order} is paid in full ({paid}); its total cannot rise to {total}") \
    M(why_ord_deadline_buffer, "the deadline is less than {days} days before the event")                \
    M(why_ord_deadline_past, "the deadline {date} is in the past")                                      \
    /* What the core says: sales orders, client merge and delete, command JSON and batches, undo and redo, the store (core/commands/plan_sales.cpp, client_merge.cpp, batch_references.cpp, command_json.cpp, concurrent.cpp, revert.cpp, core/store.cpp) */ \
    M(why_sales_no_sales_order, "no sales order {number}")                                              \
    M(why_sales_cancelled, "sales order {sales} is cancelled")                                          \
    M(why_sales_draft_only, "the lines, the customer and the currency change only while a draft (it is {state})") \
    M(why_sales_confirm_draft_only, "only a draft is confirmed")                                        \
    M(why_sales_confirm_no_lines, "a sales order is confirmed with its lines: it has none")             \
    M(why_sales_no_style, "no style \"{style}\"")                                                       \
    M(why_sales_not_colourway, "colour \"{colour}\" is not a colourway of {style}")                     \
    M(why_sales_not_in_size_run, "size \"{size}\" is not in {style}'s size run")                        \
    M(why_sales_produce_unconfirmed, "production orders are made from a confirmed sales order (it is {state})") \
    M(why_sales_already_made, "production order {production} already makes {style} for sales order {sales}") \
    M(why_sales_pipeline_archived, "pipeline {pipeline} is archived")                                   \
    M(why_sales_no_pipeline, "no pipeline \"{pipeline}\"")                                              \
    M(why_sales_no_line_of, "sales order {sales} has no line of {style}")                               \
    M(why_sales_ship_unconfirmed, "only a confirmed order in production ships (it is {state})")         \
    M(why_sales_ship_none, "ship at least one piece")                                                   \
    M(why_sales_ship_not_ordered, "the order has no {style} in {colour}")                               \
    M(why_sales_ship_too_many, "{quantity} pieces, but {left} of {style} {colour} are left to ship")    \
    M(why_sales_ship_more_than_made, "shipping more than was made: {made} {style} {colour} made, {shipped} shipped already") \
    M(why_sales_invoice_not_shipped, "a sales order is invoiced once all of it shipped")                \
    M(why_sales_invoice_issued, "invoice {invoice} issued for sales order {sales}")                     \
    M(why_sales_payment_not_positive, "a payment is more than 0")                                       \
    M(why_sales_already_cancelled, "already cancelled")                                                 \
    M(why_sales_cancel_shipped, "pieces of it shipped: it is not cancelled")                            \
    M(why_sales_not_sales_command, "{type} is not a sales order's command")                             \
    M(why_sales_merge_already, "client {client} was already merged into client {kept} ({name})")        \
    M(why_sales_merge_already_gone, "client {client} was already merged into {kept}")                   \
    M(why_sales_merge_notes_dropped, "the notes of client {client} ({name}) did not fit beside the kept client's and were not copied") \
    M(why_sales_merge_itself, "a client cannot be merged into itself")                                  \
    P(why_sales_merge_done, "client {client} ({name}) merged into client {kept} ({kept_name}): {n} order moved", "client {client} ({name}) merged into client {kept} ({kept_name}): {n} orders moved") \
    P(why_sales_delete_has_orders, "client {client} ({name}) has {n} order ({orders}); merge it into another client instead", "client {client} ({name}) has {n} orders ({orders}); merge it into another client instead") \
    M(why_sales_client_deleted, "client {client} ({name}) deleted")                                     \
    M(why_sales_batch_ref_client, "reference {ref} names no earlier step of this batch that made a client") \
    M(why_sales_batch_ref_order, "reference {ref} names no earlier step of this batch that made an order") \
    M(why_sales_command_not_object, "a command must be a JSON object")                                  \
    M(why_sales_command_type_missing, "is missing (e.g. \"order.advance\")")                            \
    M(why_sales_batch_in_batch, "a batch may not contain a batch")                                      \
    M(why_sales_batch_undo, "a batch may not contain an undo or redo")                                  \
    M(why_sales_command_unknown, "unknown command type \"{type}\"")                                     \
    M(why_sales_batch_too_long, "a batch holds at most {max} commands (this one has {n})")              \
    M(why_sales_batch_not_list, "must be a list of commands")                                           \
    M(why_sales_batch_empty, "a batch needs at least one command")                                      \
    M(why_sales_field_values_not_object, "must be an object of field values, or null (the entity is absent)") \
    M(why_sales_batch_step, "step {step} of {steps} ({type}): {reason}")                                \
    M(why_sales_update_not_field, "is not a field this update sets")                                    \
    M(why_sales_conflict_not_json, "the conflict's values are not JSON")                                \
    M(why_sales_conflict_not_pipeline, "the conflict does not hold a name or a stage of pipeline \"{pipeline}\"") \
    M(why_sales_store_invalid, "refused: the atelier would not be valid afterwards ({reason})")         \
    M(why_sales_store_device_id, "the device id must be 1 to 64 letters, digits, '-' or '_'")           \
    M(why_sales_store_entry_applied, "entry {entry} is already in this atelier")                        \
    M(why_sales_store_no_entry_numbers, "device {device} has no entry numbers left")                    \
    M(why_sales_nothing_to_undo, "nothing to undo")                                                     \
    M(why_sales_nothing_to_redo, "nothing to redo")                                                     \
    M(why_sales_undone, "undone: {what}")                                                               \
    M(why_sales_redone, "redone: {what}")                                                               \
    M(why_sales_revert_label_order, "order {order}")                                                    \
    M(why_sales_revert_label_client, "client {client}")                                                 \
    M(why_sales_revert_label_pipeline, "pipeline \"{pipeline}\"")                                       \
    M(why_sales_revert_label_style, "style \"{style}\"")                                                \
    M(why_sales_revert_label_production, "production order {production}")                               \
    M(why_sales_revert_label_sales, "sales order {sales}")                                              \
    M(why_sales_revert_label_settings, "the atelier's settings")                                        \
    M(why_sales_revert_gone, "{what} no longer exists")                                                 \
    M(why_sales_revert_kept_edit, "{what}: {field} keeps the later edit")                               \
    M(why_sales_revert_kept_edit_by, "{what}: {field} keeps the later edit by {who}")                   \
    M(why_sales_revert_changed, "{what}: {field} has changed since; undoing would overwrite it")        \
    M(why_sales_revert_changed_by, "{what}: {field} has changed since by {who}; undoing would overwrite it") \
    M(why_sales_revert_ledger_lines, "order {order} has ledger lines since it was made, and a ledger is never erased; cancel the order instead") \
    M(why_sales_revert_created_changed, "{what} has changed since it was made; undoing would lose that") \
    M(why_sales_revert_created_changed_by, "{what} has changed since it was made by {who}; undoing would lose that") \
    M(why_sales_revert_exists_again, "{what} exists again; it cannot be put back")                      \
    M(why_sales_revert_not_set, "is not a field this change sets")                                      \
    M(why_sales_revert_not_field_of, "is not a field of {what}")                                        \
    M(why_sales_revert_never_put_back, "is never put back by an undo or redo (identity, numbers, history)") \
    M(why_sales_revert_from_missing, "is missing: the value the change found")                          \
    M(why_sales_revert_not_list, "must be a list, as {field} is")                                       \
    M(why_sales_revert_ledger_out, "takes out a ledger line: payments are only ever added to (an undone payment gets a correction)") \
    M(why_sales_revert_state_changed, "{what}: {field} has changed since (now {now}); refused so that the later change is kept") \
    M(why_sales_revert_to_not_entity, "must hold the entity to put back")                               \
    M(why_sales_revert_other_entity, "names another entity than {what}")                                \
    M(why_sales_revert_from_not_entity, "must hold the entity as it is now")                            \
    M(why_sales_revert_remove_changed, "{what} has changed since it was made; removing it would lose that") \
    M(why_sales_revert_id_not_positive, "must be a positive number")                                    \
    M(why_sales_revert_exists, "{what} exists")                                                         \
    M(why_sales_revert_missing, "no {what}")                                                            \
    M(why_sales_revert_too_many, "at most {max} changes")                                               \
    M(why_sales_revert_named_twice, "names an entity a change before it names")                         \
    M(why_sales_revert_both_null, "from and to cannot both be null")                                    \
    M(why_sales_revert_invoice_issued, "invoice {invoice} of {what} is issued: an invoice is never taken back (record a refund instead)") \
    M(why_sales_revert_gives_invoice, "an undo gives no invoice number: {what} is invoiced by its invoice command") \
    M(why_sales_revert_settings_id, "the atelier's settings have no id")                                \
    M(why_sales_revert_settings_whole, "the atelier's settings are never made or removed")              \
    /* What the core says: reports, stage uses, production history, conflicts (core/reports, core/rules/stage_uses.cpp, core/production/history.cpp, core/rules/conflicts.cpp) */ \
    M(core_report_title_period, "{report}, {from} to {to}")                                             \
    M(core_report_title_outstanding, "Outstanding by age, on {date}")                                   \
    M(core_report_col_due_for, "Due for")                                                               \
    M(core_report_col_owed, "Owed ({currency})")                                                        \
    M(core_report_col_month, "Month")                                                                   \
    M(core_report_col_received, "Received ({currency})")                                                \
    M(core_report_col_ledger_lines, "Ledger lines")                                                     \
    M(core_report_col_average_days, "Average days")                                                     \
    M(core_report_col_visits, "Visits")                                                                 \
    M(core_report_col_in_now, "In it now")                                                              \
    M(core_report_col_waiting_days, "Waiting so far (days)")                                            \
    M(core_report_age_0_30, "0–30 days")                                                                \
    M(core_report_age_31_60, "31–60 days")                                                              \
    M(core_report_age_61_90, "61–90 days")                                                              \
    M(core_report_age_over_90, "over 90 days")                                                          \
    M(core_report_age_not_due, "not due yet")                                                           \
    M(core_report_total, "Total")                                                                       \
    M(core_report_all_stages, "All stages")                                                             \
    M(core_report_note_outstanding, "Due from the invoice, else from the handover or the cancellation. Orders still being made are not due yet.") \
    M(core_report_note_revenue, "Payments less refunds and corrections, each on the day it was recorded.") \
    M(core_report_note_stage_days, "A visit runs from the move into the stage (or the start of production) to the move out of it; visits that ended in the period are averaged. A stage no visit ended in charts its orders' wait so far (lighter). Stages are in pipeline order.") \
    P(core_uses_orders, "{n} order standing at it", "{n} orders standing at it")                        \
    P(core_uses_milestones, "{n} payment milestone", "{n} payment milestones")                          \
    P(core_uses_photos, "{n} photo", "{n} photos")                                                      \
    P(core_uses_logs, "{n} production log entry", "{n} production log entries")                         \
    P(core_uses_fees, "{n} cancellation fee", "{n} cancellation fees")                                  \
    M(core_uses_and, "{first} and {last}")                                                              \
    M(core_uses_comma, "{first}, {rest}")                                                               \
    M(core_uses_by_order, "{uses} (order {orders})")                                                    \
    M(core_uses_by_orders, "{uses} (orders {orders})")                                                  \
    P(core_uses_more, "{orders} and {n} more", "{orders} and {n} more")                                 \
    M(core_uses_refused_rename, "stage id \"{id}\" cannot change to \"{to}\": it is named by {uses}")   \
    M(core_uses_refused_remove, "stage \"{id}\" cannot be removed: it is named by {uses}")              \
    M(core_phist_batch, "batch {batch} ({colour})")                                                     \
    M(core_phist_batch_removed, "batch {batch} removed")                                                \
    M(core_phist_batch_started, "{batch} started: {pieces} pieces")                                     \
    M(core_phist_done_at, "{done} done at {stage}")                                                     \
    M(core_phist_done_rejected, "{done} done at {stage}, {rejected} rejected")                          \
    M(core_phist_note, "note: {note}")                                                                  \
    M(core_phist_batch_changed, "{batch} changed")                                                      \
    M(core_phist_batch_moved, "{batch}: {moved}")                                                       \
    M(core_phist_matrix_removed, "matrix: a cell removed")                                              \
    M(core_phist_matrix_cell, "matrix: {colour} {size} × {quantity}")                                   \
    M(core_phist_state, "state: {before} → {after}")                                                    \
    M(core_phist_field, "{field}: {before} → {after}")                                                  \
    M(core_phist_field_changed, "{field} changed")                                                      \
    M(core_conflict_as_is, "{text}")                                                                    \
    M(core_conflict_field_stage, "Stage {stage}")                                                       \
    M(core_conflict_field_channel, "Channel")                                                           \
    M(core_conflict_field_code, "Code")                                                                 \
    M(core_conflict_field_country, "Country")                                                           \
    M(core_conflict_field_due_soon_days, "Due soon days")                                               \
    M(core_conflict_field_buffer_days, "Buffer days")                                                   \
    M(core_conflict_field_free_cancel_hours, "Free cancel hours")                                       \
    M(core_conflict_field_late_cancel_percent, "Late cancel percent")                                   \
    M(core_conflict_field_production_cancel_percent, "Production cancel percent")                       \
    M(core_conflict_field_lock_minutes, "Lock minutes")                                                 \
    M(core_conflict_field_tax_rate_bp, "Tax rate bp")                                                   \
    M(core_conflict_field_release_owing, "Release owing")                                               \
    M(core_conflict_field_reminder_message, "Reminder message")                                         \
    M(core_conflict_field_letterhead, "Letterhead")                                                     \
    M(core_conflict_field_reminder_translations, "Reminder translations")                               \
    M(core_conflict_field_paper, "Paper")                                                               \
    M(core_conflict_field_measure_unit, "Measure unit")                                                 \
    M(core_conflict_field_logo, "Logo")                                                                 \
    M(core_conflict_field_stage_fees, "Stage fees")                                                     \
    M(core_conflict_removed, "(removed)")                                                               \
    M(core_conflict_empty, "(empty)")                                                                   \
    M(core_conflict_yes, "yes")                                                                         \
    M(core_conflict_no, "no")                                                                           \
    M(core_conflict_stage_more, "{value}, {part}")                                                      \
    M(core_conflict_stage_team, "team {team}")                                                          \
    P(core_conflict_stage_days, "{n} day", "{n} days")                                                  \
    M(core_conflict_sentence, "{field}: {who} set {kept} on {at} without seeing {replaced}.")           \
    M(core_conflict_sentence_by, "{field}: {who} set {kept} on {at} without seeing {replaced}, set by {replaced_who}.") \
    M(core_conflict_sentence_by_at, "{field}: {who} set {kept} on {at} without seeing {replaced}, set by {replaced_who} on {replaced_at}.") \
    /* A history's What and Details: each command's words, an order's fields (core/i18n/names.cpp: web/ui/history_table.cpp, view_order_history.cpp, view_not_applied.cpp) */ \
    M(hist_cmd_atelier_update, "Settings changed")                                                      \
    M(hist_cmd_atelier_resolve, "Settings conflict settled")                                            \
    M(hist_cmd_pipeline_resolve, "Pipeline conflict settled")                                           \
    M(hist_cmd_team_rename, "Team renamed")                                                             \
    M(hist_cmd_person_put, "Person added or changed")                                                   \
    M(hist_cmd_person_remove, "Person removed")                                                         \
    M(hist_cmd_salesperson_rename, "Salesperson renamed")                                               \
    M(hist_cmd_pipeline_put, "Pipeline saved")                                                          \
    M(hist_cmd_numbers_reserve, "Numbers reserved")                                                     \
    M(hist_cmd_entry_refused, "Change not applied")                                                     \
    M(hist_cmd_entry_dismiss, "Not applied change settled")                                             \
    M(hist_cmd_client_create, "Client created")                                                         \
    M(hist_cmd_client_update, "Client details changed")                                                 \
    M(hist_cmd_client_resolve, "Client conflict settled")                                               \
    M(hist_cmd_client_measure, "Measurements taken")                                                    \
    M(hist_cmd_client_correct, "Measurement corrected")                                                 \
    M(hist_cmd_client_merge, "Clients merged")                                                          \
    M(hist_cmd_client_delete, "Client deleted")                                                         \
    M(hist_cmd_order_create, "Order created")                                                           \
    M(hist_cmd_order_update, "Details changed")                                                         \
    M(hist_cmd_order_resolve, "Order conflict settled")                                                 \
    M(hist_cmd_order_confirm, "Order confirmed")                                                        \
    M(hist_cmd_order_start, "Production started")                                                       \
    M(hist_cmd_order_stage_start, "Stage started")                                                      \
    M(hist_cmd_order_advance, "Stage done")                                                             \
    M(hist_cmd_order_qc, "QC recorded")                                                                 \
    M(hist_cmd_order_skip, "Stage skipped")                                                             \
    M(hist_cmd_order_move_to, "Moved to a later stage")                                                 \
    M(hist_cmd_order_pay, "Payment recorded")                                                           \
    M(hist_cmd_order_refund, "Refund recorded")                                                         \
    M(hist_cmd_order_void, "Ledger line voided")                                                        \
    M(hist_cmd_order_schedule, "Payment schedule changed")                                              \
    M(hist_cmd_order_override, "Order measurement changed")                                             \
    M(hist_cmd_order_image, "Photo added")                                                              \
    M(hist_cmd_order_image_remove, "Photo removed")                                                     \
    M(hist_cmd_order_fitting, "Fitting booked")                                                         \
    M(hist_cmd_order_fitting_reschedule, "Fitting moved")                                               \
    M(hist_cmd_order_fitting_cancel, "Fitting cancelled")                                               \
    M(hist_cmd_order_fitting_done, "Fitting done")                                                      \
    M(hist_cmd_order_fitting_remind, "Fitting reminder written")                                        \
    M(hist_cmd_order_message_sent, "Message sent")                                                      \
    M(hist_cmd_order_ship, "Shipped")                                                                   \
    M(hist_cmd_order_collect, "Collected")                                                              \
    M(hist_cmd_order_invoice, "Invoice issued")                                                         \
    M(hist_cmd_order_cancel, "Order cancelled")                                                         \
    M(hist_cmd_order_clone, "Order cloned")                                                             \
    M(hist_cmd_order_rework, "Sent back to a stage")                                                    \
    M(hist_cmd_style_create, "Style created")                                                           \
    M(hist_cmd_style_update, "Style changed")                                                           \
    M(hist_cmd_style_state, "Style state changed")                                                      \
    M(hist_cmd_style_revise, "New tech pack version")                                                   \
    M(hist_cmd_style_image, "Style photo added")                                                        \
    M(hist_cmd_style_image_remove, "Style photo removed")                                               \
    M(hist_cmd_production_create, "Production order created")                                           \
    M(hist_cmd_production_update, "Production order changed")                                           \
    M(hist_cmd_production_plan, "Production order planned")                                             \
    M(hist_cmd_production_release, "Production order released")                                         \
    M(hist_cmd_production_cancel, "Production order cancelled")                                         \
    M(hist_cmd_production_complete, "Production order completed")                                       \
    M(hist_cmd_production_batch, "Batch started")                                                       \
    M(hist_cmd_production_progress, "Batch progress recorded")                                          \
    M(hist_cmd_sales_create, "Sales order created")                                                     \
    M(hist_cmd_sales_update, "Sales order changed")                                                     \
    M(hist_cmd_sales_confirm, "Sales order confirmed")                                                  \
    M(hist_cmd_sales_produce, "Sent to production")                                                     \
    M(hist_cmd_sales_ship, "Pieces shipped")                                                            \
    M(hist_cmd_sales_invoice, "Sales order invoiced")                                                   \
    M(hist_cmd_sales_pay, "Sales payment recorded")                                                     \
    M(hist_cmd_sales_cancel, "Sales order cancelled")                                                   \
    M(hist_cmd_undo, "Undone")                                                                          \
    M(hist_cmd_redo, "Redone")                                                                          \
    M(hist_cmd_batch, "Several changes at once")                                                        \
    M(hist_field_tax, "Tax")                                                                            \
    M(hist_field_qc, "QC")                                                                              \
    M(hist_field_overrides, "Order measurements")                                                       \
    M(hist_field_frozen, "Measurements at cutting")                                                     \
    M(hist_field_frozen_on, "Cut on")                                                                   \
    M(hist_field_cancel_fee, "Cancellation fee")                                                        \
    M(hist_field_invoice, "Invoice")                                                                    \
    M(hist_field_invoiced_at, "Invoiced on")                                                            \
    M(hist_field_log, "Production log")                                                                 \
    /* What the core says: a CSV file that cannot be read (core/csv/csv.cpp) */                         \
    M(why_csv_line, "line {line}: {reason}")                                                            \
    M(why_csv_field_long, "a field is longer than {max} bytes")                                         \
    M(why_csv_quote_open, "a quote is never closed")                                                    \
    M(why_csv_after_quote, "text after a closing quote (a field with quotes must be wholly quoted, its quotes doubled)") \
    M(why_csv_stray_quote, "a quote inside a field that does not start with one (quote the whole field and double its quotes)") \
    M(why_csv_columns, "more than {max} columns")                                                       \
    M(why_csv_too_large, "the file is larger than {mb} MB")                                             \
    M(why_csv_not_utf8, "the file is not UTF-8 text (in a spreadsheet, save it as \"CSV UTF-8\")")      \
    /* What the core says: a CSV file with too many rows (core/csv/csv.cpp) */                          \
    M(why_csv_rows, "more than {max} records after the header") \
    /* The app's own refusals, sync toasts and the storage's state (web/app.cpp, web/app_sync.cpp, web/platform/storage.cpp) */ \
    M(app_why_still_opening, "Your atelier is still opening; nothing was changed. Try again in a moment.") \
    M(app_why_still_saving, "The opened atelier is still being saved ({percent} %); nothing was changed. Try again in a moment.") \
    M(app_why_damaged, "The stored atelier is damaged; it is open read-only, so nothing is written over it.") \
    M(app_why_other_tab, "Atelier is open for editing in another tab; this tab only shows.") \
    M(app_sync_connecting, "Connecting to {server}…") \
    M(app_sync_off, "Sync off") \
    P(app_sync_off_unsent, "Sync off: {n} change was not sent; it stays on this device", "Sync off: {n} changes were not sent; they stay on this device") \
    M(app_sync_took_studio, "This device now holds the studio's atelier") \
    M(app_sync_took_studio_backed_up, "This device now holds the studio's atelier (its own was downloaded first)") \
    M(storage_loading, "Loading your atelier…") \
    M(storage_opening, "Opening your atelier… {percent} %") \
    M(storage_load_failed, "The stored atelier could not be read; nothing is saved until the page is reloaded.") \
    M(storage_damaged, "The stored atelier is damaged: open read-only until a backup is restored.") \
    M(storage_other_tab, "Open in another tab or window: read-only here, showing what that one saves, until it closes.") \
    M(storage_restoring, "Saving the opened atelier… {percent} %") \
    M(storage_not_saved, "Not saved: {reason}") \
    M(storage_not_saved_retry_in, "Not saved: {reason}; retrying in {seconds} s") \
    M(storage_not_saved_retrying, "Not saved: {reason}; retrying") \
    M(storage_all_saved, "All changes saved in this browser") \
    M(storage_all_saved_no_locks, "All changes saved in this browser (no Web Locks here: a tab left hidden for long may hand over to another)") \
    M(storage_saving, "Saving…") \
    M(storage_restore_dropped, "the opened atelier changed before it was saved; it is saved again in a moment") \
    /* The page's own sentences, worded by assets/words.js (banners, alerts, a fatal error before the app runs) */ \
    M(shell_loading, "Loading Atelier…") \
    M(shell_no_webgl2, "Atelier needs WebGL 2, which this browser does not provide. Please use a current Chrome, Edge, Firefox or Safari.") \
    M(shell_no_webgl2_context, "Atelier needs WebGL 2, which this browser does not provide (or has turned off). Please use a current Chrome, Edge, Firefox or Safari.") \
    M(shell_no_window_system, "The window system could not start.") \
    M(shell_stopped, "Atelier stopped unexpectedly: {what}") \
    M(shell_context_lost, "The graphics context was lost. Reload the page to continue; your saved work is kept.") \
    M(shell_app_missing, "Atelier could not be loaded (app.js is missing).") \
    M(shell_insecure, "Not a secure connection: offline use, storage protection and clipboard are unavailable. Open via https:// (see README)") \
    M(shell_dismiss, "Dismiss") \
    M(shell_update_waits, "Update ready — will apply when all edits are saved") \
    M(shell_update_available, "Update available") \
    M(shell_reload, "Reload") \
    M(shell_backup_too_large, "This file cannot be a backup: its atelier is {mb} MB; a backup can be at most {max} MB.") \
    M(shell_not_a_backup, "This file cannot be restored: it is not an Atelier backup ({reason}). Nothing was changed.") \
    M(shell_backup_photo_damaged, "{name} in the backup is damaged (its contents do not match its name); it was not restored") \
    M(shell_backup_photos_no_room, "Not saved: the photos of the backup did not fit on this device ({reason})") \
    M(shell_photos_no_room, "Not saved: this device has no space left for photos ({reason}). Free some space or remove photos, then add it again.") \
    M(shell_photo_refused, "Not saved: the photo store refused it ({reason})") \
    M(shell_idb_refused, "IndexedDB refused the write") \
    M(shell_not_saved_retrying, "Not saved: {reason}. Retrying…") \
    M(shell_not_saved, "Not saved: {reason}.") \
    M(shell_lock_refused, "This browser refused the lock that keeps to one writing tab ({reason}), so this tab is read-only.") \
    M(shell_conflict, "another tab saved changes while this one was hidden, so the last edits here cannot be stored; download a backup in Settings to keep them") \
    M(shell_lease_check_failed, "could not check the browser storage after the lease lapsed ({reason})") \
    M(shell_other_tab, "Atelier is open in another tab or window. This one is read-only; it takes over when the other closes.") \
    M(shell_follow_failed, "could not read the other tab's changes: {reason}") \
    /* What the core says: a filter typed the command line's way that does not parse (core/queries/filter.cpp); a materials summary that overflows (core/production/materials.cpp) */ \
    M(why_filter_no_value, "filter '{name}' takes no value") \
    M(why_filter_needs_value, "filter '{name}' needs a value: {name}={form}") \
    M(why_filter_days, "filter '{name}' needs a number of days from 0 to {max}, not '{value}'") \
    M(why_filter_one_of, "filter '{name}' is one of {choices}, not '{value}'") \
    M(why_filter_unknown, "unknown filter '{name}' (see atelier query --help)") \
    M(why_mat_too_large, "the quantity of {material} is too large to add up") \
    /* What the core says: opening the stored atelier (core/storage/opening.cpp, web/platform/storage.cpp) */ \
    P(why_load_unreadable, "The saved atelier could not be read ({n} saved copy is damaged); Atelier started without it. The damaged files are kept in the storage folder.", "The saved atelier could not be read ({n} saved copies are damaged); Atelier started without it. The damaged files are kept in the storage folder.") \
    P(why_load_unreadable_later, "{n} later edit was not applied.", "{n} later edits were not applied.") \
    P(why_load_before_first_save, "{n} edit made before the first complete save could not be restored.", "{n} edits made before the first complete save could not be restored.") \
    P(why_load_salvaged_on, "No saved copy of the atelier passes its checks ({n} problem). It is open read-only as last saved on {date}: download the raw files to keep them, or restore a backup.", "No saved copy of the atelier passes its checks ({n} problems). It is open read-only as last saved on {date}: download the raw files to keep them, or restore a backup.") \
    P(why_load_salvaged, "No saved copy of the atelier passes its checks ({n} problem). It is open read-only as last saved: download the raw files to keep them, or restore a backup.", "No saved copy of the atelier passes its checks ({n} problems). It is open read-only as last saved: download the raw files to keep them, or restore a backup.") \
    M(why_load_previous_of, "Recovered from the previous save of {date}, because the newest save could not be read.") \
    M(why_load_previous, "Recovered from the previous save, because the newest save could not be read.") \
    P(why_load_missing, "{n} edit could not be read and is missing.", "{n} edits could not be read and are missing.") \
    P(why_load_refused, "{n} later edit could not be applied.", "{n} later edits could not be applied.") \
    P(why_load_refused_because, "{n} later edit could not be applied ({reason}).", "{n} later edits could not be applied ({reason}).") \
    M(storage_unreadable, "Your saved atelier could not be read from this browser's storage ({reason}). Nothing was changed; reload the page to try again.") \
    /* What the core says: the sync server's replies, the pulled log, Retry and the pull's notices (core/sync/server_said.cpp, client.cpp, replica.cpp, retry.cpp) */ \
    M(sync_why_no_answer, "no answer from {server}") \
    M(sync_why_token, "the token is unknown or revoked: ask the atelier's owner for a new invitation link") \
    M(sync_why_slow_down, "the server asks this device to slow down; it tries again in a moment") \
    M(sync_why_server_trouble, "the server ran into a problem of its own ({status}); this device tries again later") \
    M(sync_why_refused, "the server refused ({status}): {detail}") \
    M(sync_why_answered, "the server answered {status}") \
    M(sync_why_checkpoint, "the server's checkpoint does not load: {reason}") \
    M(sync_why_checkpoint_missing, "missing") \
    M(sync_why_no_checkpoint, "the server's log has entries but no checkpoint to start from") \
    M(sync_why_not_started, "sync has not started from a checkpoint") \
    M(sync_why_not_pull, "the server's reply is not a pull reply") \
    M(sync_why_log_behind, "the server's log ends at {head}, before the {pulled} entries this device has folded: the server lost entries (restored from an older copy?)") \
    M(sync_why_log_gap, "the server's log does not follow on at position {pos}") \
    M(sync_why_not_kept, "the change was not kept (too large or unreadable): dismiss it") \
    M(sync_why_not_command, "this change cannot be sent again: it does not read as a command here") \
    P(sync_why_not_applied, "{n} change was not applied: see Not applied", "{n} changes were not applied: see Not applied") \
    P(sync_why_role_refused, "{n} change of this device was refused by the server (your role): see Not applied", "{n} changes of this device were refused by the server (your role): see Not applied") \
    /* Sync: provisional numbers renumbered (web/app_sync.cpp) */ \
    P(app_sync_renumbered, "{n} provisional number was given a real one", "{n} provisional numbers were given a real one") \
    /* The page's own sentences: photos and storage reasons (assets/photos.js, storage-*.js) */ \
    M(shell_photo_megapixels_size, "is {mp} megapixels ({w} x {h}); photos up to {max} megapixels are taken") \
    M(shell_photo_megapixels, "is {mp} megapixels; photos up to {max} megapixels are taken") \
    M(shell_photo_unreadable, "is not a picture this browser can read (or it is damaged)") \
    M(shell_photo_no_jpeg, "could not be turned into a JPEG here") \
    M(shell_photo_store_closed, "the photo store could not be opened") \
    M(shell_save_unconfirmed, "the browser did not confirm the save within {seconds} s") \
    M(shell_other_tab_took_over, "another tab took over while this one was hidden; the last edits are kept here and saved when that tab closes, so keep this tab open") \
    M(shell_storage_no_answer, "the browser storage did not answer in time") \
    M(shell_storage_unavailable, "browser storage is unavailable: {reason}") \
    /* The lock screen's refusals and the canvas's name (web/app.cpp, assets/words.js) */ \
    M(app_why_not_listed, "\"{name}\" is not on the atelier's list of people") \
    M(app_why_syncs_as, "this device syncs as {person}: only {person} can work on it (the server takes only their work from here)") \
    M(app_why_pin, "that PIN does not open {name}") \
    M(shell_canvas_label, "Atelier workspace") \
    /* What the core says: email sent by the sync server and clients not to be contacted (core/commands/plan_order.cpp, core/validate/validate.cpp; docs/email.md) */ \
    M(why_ord_not_contacted, "{client} asked not to be contacted: no message written for {stage}") \
    M(why_ord_do_not_contact, "{client} asked not to be contacted: no reminder is written") \
    M(why_ord_delivery_server_only, "only the sync server records what became of an email") \
    M(why_ord_delivery_result, "a delivery result is sent, refused or retrying") \
    M(why_delivery_next, "only a message being retried has a next try") \
    M(why_ord_no_message_id, "no message {message} in any outbox") \
    M(why_val_message_id, "must be 1 to {max} letters, digits, _ . or -") \
    M(why_val_message_id_twice, "message id {id} is in this outbox twice") \
    M(why_val_delivery_no_id, "a message the server answered for has an id") \
    M(why_val_delivery_sent_at, "a message the server sent has the time it was sent") \
    M(why_val_delivery_reply, "is longer than {max} bytes") \
    M(hist_cmd_order_message_delivery, "Email delivery") \
    /* Email sent by the sync server, and do not contact (web/ui/view_messages.cpp, web/ui/view_clients.cpp) */ \
    M(cl_do_not_contact, "Do not contact") \
    M(cl_do_not_contact_means, "No message is written for this client and none is sent") \
    M(msg_mail_refused, "The mail server refused it: {reply}") \
    M(msg_mail_retry, "Retry sending") \
    M(msg_mail_retry_asked, "Asked the server to send it again") \
    M(msg_sent_by_server, "Sent by the server on {when}") \
    M(msg_held, "Not sent: {client} asked not to be contacted") \
    M(msg_mail_retrying, "The server tries again at {when} (attempt {n}): {reply}") \
    M(msg_mail_by_server, "The sync server sends this email") \
    /* Fitting reminders written ahead and sent at a set time (core/commands/plan_reminders.cpp, web/ui/view_settings.cpp, web/ui/view_messages.cpp; docs/email.md) */ \
    M(set_reminder_time, "Send reminders the day before at") \
    M(set_reminder_time_off, "Off: written from the dashboard") \
    M(set_reminder_time_why, "Each booked fitting's reminder is then written ahead, to go the day before at this time: the sync server sends an email one by itself (when it sends email); any other waits on the dashboard for a person from that time.") \
    M(set_reminder_time_zone, "Choose the atelier's time zone above so that reminders keep their hour when the clocks change.") \
    M(why_reminder_time, "{time} is not a time of day (HH:MM, for example 18:00)") \
    M(why_val_message_due, "only a fitting reminder has a time to be sent") \
    M(msg_due_server, "Written ahead: the sync server sends it on {when}") \
    M(msg_due_by_hand, "Written ahead: to send on {when}") \
    M(msg_withdrawn, "Withdrawn, never sent: its fitting, the client's address or the reminder changed")

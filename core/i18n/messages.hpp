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
    M(start_code_hint, "BFG")

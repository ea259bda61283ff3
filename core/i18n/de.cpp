// German (docs/i18n.md).
#include "core/i18n/translations.hpp"

namespace atelier {

namespace {

constexpr Translation kGerman[] = {
    {Msg::month_1, "Jan."}, {Msg::month_2, "Feb."}, {Msg::month_3, "März"}, {Msg::month_4, "Apr."},
    {Msg::month_5, "Mai"}, {Msg::month_6, "Juni"}, {Msg::month_7, "Juli"}, {Msg::month_8, "Aug."},
    {Msg::month_9, "Sept."}, {Msg::month_10, "Okt."}, {Msg::month_11, "Nov."}, {Msg::month_12, "Dez."},
    {Msg::month_full_1, "Januar"}, {Msg::month_full_2, "Februar"}, {Msg::month_full_3, "März"},
    {Msg::month_full_4, "April"}, {Msg::month_full_5, "Mai"}, {Msg::month_full_6, "Juni"},
    {Msg::month_full_7, "Juli"}, {Msg::month_full_8, "August"}, {Msg::month_full_9, "September"},
    {Msg::month_full_10, "Oktober"}, {Msg::month_full_11, "November"}, {Msg::month_full_12, "Dezember"},
    {Msg::weekday_mon, "Mo."}, {Msg::weekday_tue, "Di."}, {Msg::weekday_wed, "Mi."}, {Msg::weekday_thu, "Do."},
    {Msg::weekday_fri, "Fr."}, {Msg::weekday_sat, "Sa."}, {Msg::weekday_sun, "So."},
    {Msg::weekday_full_mon, "Montag"}, {Msg::weekday_full_tue, "Dienstag"}, {Msg::weekday_full_wed, "Mittwoch"},
    {Msg::weekday_full_thu, "Donnerstag"}, {Msg::weekday_full_fri, "Freitag"}, {Msg::weekday_full_sat, "Samstag"},
    {Msg::weekday_full_sun, "Sonntag"},
    {Msg::date_pattern, "{day}. {month} {year}"},
    {Msg::day_month_pattern, "{day}. {month}"},

    {Msg::status_draft, "Entwurf"}, {Msg::status_confirmed, "Bestätigt"}, {Msg::status_in_production, "In Arbeit"},
    {Msg::status_shipped, "Versandt"}, {Msg::status_collected, "Abgeholt"}, {Msg::status_invoiced, "Berechnet"},
    {Msg::status_paid, "Bezahlt"}, {Msg::status_cancelled, "Storniert"},
    {Msg::stage_not_started, "Nicht begonnen"}, {Msg::stage_in_progress, "In Arbeit"}, {Msg::stage_done, "Fertig"},

    {Msg::badge_overdue, "ÜBERFÄLLIG"}, {Msg::badge_at_risk, "GEFÄHRDET"}, {Msg::badge_due_soon, "BALD FÄLLIG"},
    {Msg::badge_conflict, "KONFLIKT"}, {Msg::badge_rush, "EILIG"}, {Msg::badge_priority, "PRIORITÄT"},

    {Msg::sync_off, "Synchronisierung aus"}, {Msg::sync_connecting, "Verbinde"},
    {Msg::sync_choosing, "Erste Synchronisierung: wählen"}, {Msg::sync_synced, "Synchronisiert"},
    {Msg::sync_offline, "Offline"}, {Msg::sync_unreachable, "Server nicht erreichbar"},
    {Msg::sync_not_allowed, "Nicht erlaubt"}, {Msg::sync_needs_update, "Update nötig"},
    {Msg::sync_failed, "Synchronisierung gestoppt"},
    {Msg::sync_pending, "{n} ausstehend", "{n} ausstehend"},
    {Msg::sync_waiting_numbers, "{n} wartet auf eine Nummer", "{n} warten auf Nummern"},

    {Msg::save_saved, "Gespeichert"}, {Msg::save_saving, "Speichert…"}, {Msg::save_not_saved, "Nicht gespeichert"},
    {Msg::save_read_only, "Nur lesen"}, {Msg::save_opening, "Öffnet…"},

    {Msg::nav_dashboard, "Übersicht"}, {Msg::nav_board, "Tafel"}, {Msg::nav_table, "Liste"},
    {Msg::nav_clients, "Kunden"}, {Msg::nav_fittings, "Anproben"}, {Msg::nav_reports, "Berichte"},
    {Msg::nav_production, "Produktion"}, {Msg::nav_pipelines, "Abläufe"}, {Msg::nav_settings, "Einstellungen"},
    {Msg::top_new_order, "+ Auftrag"}, {Msg::top_new_client, "+ Kunde"}, {Msg::top_undo, "Rückgängig"},
    {Msg::top_redo, "Wiederholen"}, {Msg::top_find, "Suchen"}, {Msg::top_theme_dark, "Dunkel"}, {Msg::top_theme_light, "Hell"},
    {Msg::top_conflicts, "{n} Konflikt", "{n} Konflikte"},
    {Msg::top_to_settle, "{n} zu klären"},
    {Msg::banner_salvage,
     "Nur lesen: Das gespeicherte Atelier ist beschädigt. Atelier hat geöffnet, was es lesen konnte, und ändert "
     "nichts. Laden Sie die Rohdateien herunter und bewahren Sie sie auf: Sie enthalten alles Gespeicherte."},
    {Msg::banner_read_only,
     "Nur lesen: Atelier ist in einem anderen Tab zum Bearbeiten geöffnet. Dieser Tab zeigt die Daten und "
     "übernimmt, wenn jener Tab geschlossen wird."},
    {Msg::download_raw_files, "Rohdateien herunterladen"}, {Msg::download_backup, "Sicherung herunterladen"},
    {Msg::restore_from_backup, "Aus Sicherung wiederherstellen…"},
    {Msg::opening_atelier, "Ihr Atelier wird geöffnet…"},

    {Msg::dash_today, "Heute, {date}"}, {Msg::dash_week, "Woche vom {from} bis {to}"},
    {Msg::dash_due_week, "Diese Woche fällig"}, {Msg::dash_overdue, "Überfällig"}, {Msg::dash_stuck, "Stockend"},
    {Msg::dash_at_risk, "Gefährdet"}, {Msg::dash_fittings_today, "Anproben heute"},
    {Msg::dash_fittings_week, "Anproben diese Woche"}, {Msg::dash_payments_due, "Jetzt fällige Zahlungen"},
    {Msg::dash_owing, "offen {amount}"}, {Msg::dash_show, "{n} zeigen"},
    {Msg::dash_ship_risk, "Gefährdete Versandtermine"}, {Msg::dash_production_late, "Produktion im Verzug"},
    {Msg::dash_ship_on, "Versand {date}"}, {Msg::dash_due_on, "fällig {date}"},
    {Msg::dash_money, "Geld"}, {Msg::dash_received_month, "Eingegangen diesen Monat: {amount}"},
    {Msg::dash_outstanding, "Offener Saldo: {amount}"},
    {Msg::dash_on_orders, "bei {n} Auftrag", "bei {n} Aufträgen"},
    {Msg::dash_show_owing, "Offene Aufträge zeigen"},

    {Msg::board_no_client, "(kein Kunde)"}, {Msg::board_due, "fällig {date}"},
    {Msg::board_due_now, "jetzt fällig {amount}"}, {Msg::board_due_now_of, "jetzt fällig {amount} von {owed}"},
    {Msg::board_owes, "schuldet {amount}"}, {Msg::board_paid_up, "bezahlt"},
    {Msg::board_qc_passed, "Prüfung bestanden"}, {Msg::board_qc_failed, "Prüfung nicht bestanden"},
    {Msg::board_column_owes, "{n} · offen {amount}"},
    {Msg::board_mark_qc, "Prüfung"}, {Msg::board_mark_photo, "Foto"}, {Msg::board_mark_optional, "optional"},
    {Msg::board_move, "{order} verschieben"}, {Msg::board_open_order, "Auftrag öffnen"},
    {Msg::board_start_production, "Fertigung beginnen"}, {Msg::board_start_stage, "Schritt beginnen"},
    {Msg::board_skip_stage, "Schritt überspringen"}, {Msg::board_start, "Beginnen"}, {Msg::board_qc_pass, "Prüfung OK"},
    {Msg::board_qc_fail, "Prüfung nicht OK"}, {Msg::board_no_orders_here, "Keine Aufträge hier"},
    {Msg::board_qc_fail_title, "Prüfung nicht OK"}, {Msg::board_qc_fail_ask, "{order} hat die Prüfung nicht bestanden. Was ist zu beheben?"},
    {Msg::board_qc_fail_hint, "z. B. Saum hinten ungleichmäßig"}, {Msg::board_qc_fail_record, "Mangel erfassen"},
    {Msg::keep_as_it_is, "So lassen"},
    {Msg::board_started, "{order} begonnen"}, {Msg::board_not_started, "{order} nicht begonnen: {reason}"},
    {Msg::board_skipped, "{order} hat einen Schritt übersprungen"}, {Msg::board_not_skipped, "{order} nicht übersprungen: {reason}"},
    {Msg::board_passed_qc, "{order} hat die Prüfung bestanden"}, {Msg::board_failed_qc, "{order} hat die Prüfung nicht bestanden: {note}"},
    {Msg::board_qc_not_recorded, "{order}: Prüfung nicht erfasst: {reason}"},
    {Msg::board_not_sent_back, "{order} nicht zurückgeschickt: Schließen Sie zuerst das Fenster „{dialog}“"},
    {Msg::board_no_pipeline, "Noch kein Ablauf: Legen Sie unter Abläufe einen an, um die Tafel zu sehen."},
    {Msg::board_filter_hint, "Filtern: Kunde, Kleidungsstück, Nummer…"}, {Msg::board_all_teams, "Alle Teams"},
    {Msg::board_orders, "{n} Auftrag", "{n} Aufträge"},
    {Msg::board_orders_owed, "{n} Auftrag · offen {amount}", "{n} Aufträge · offen {amount}"},
    {Msg::dismiss, "Schließen"},
    {Msg::board_empty, "Noch keine Aufträge — + Auftrag legt den ersten an"},
    {Msg::board_pipeline_empty, "Nichts auf der Tafel {pipeline} — + Auftrag beginnt dort einen"},
    {Msg::board_no_match, "Keine Aufträge in {pipeline} passen"},
    {Msg::board_no_match_text, "Keine Aufträge in {pipeline} passen zu „{filter}“"},
    {Msg::board_no_match_team, "Keine Aufträge in {pipeline} passen im Team {team}"},
    {Msg::board_no_match_both, "Keine Aufträge in {pipeline} passen zu „{filter}“ im Team {team}"},
    {Msg::clear_filter, "Filter löschen"},

    {Msg::channel_none, "kein Kanal"}, {Msg::channel_email, "E-Mail"}, {Msg::channel_whatsapp, "WhatsApp"},
    {Msg::channel_sms, "SMS"}, {Msg::via_whatsapp, "WhatsApp"}, {Msg::via_email, "E-Mail"}, {Msg::via_sms, "SMS"},
    {Msg::via_copy, "kopierter Text"}, {Msg::msg_email_button, "E-Mail"}, {Msg::msg_copy, "Kopieren"},
    {Msg::msg_mark_sent, "Als gesendet markieren"}, {Msg::msg_no_address, "(keine Adresse)"},
    {Msg::msg_heading, "{when}  {channel} an {to}"}, {Msg::msg_fitting_reminder, "(Erinnerung an Anprobe)"},
    {Msg::msg_sent_at, "Gesendet am {when} ({via})"}, {Msg::msg_sent_by, "Gesendet am {when} von {person} ({via})"},
    {Msg::msg_no_whatsapp,
     "Kein WhatsApp: Die Telefonnummer des Kunden ist keine internationale Nummer (Land des Ateliers angeben oder "
     "+Vorwahl ergänzen)"},
    {Msg::msg_no_sms,
     "Keine SMS: Die Telefonnummer des Kunden ist keine internationale Nummer (Land des Ateliers angeben oder "
     "+Vorwahl ergänzen)"},
    {Msg::msg_no_email, "Keine E-Mail: Der Kunde hat keine E-Mail-Adresse"},
    {Msg::msg_copied, "Nachricht kopiert: Fügen Sie sie dort ein, wo der Kunde sie liest"},
    {Msg::msg_marked_sent, "Als gesendet markiert ({via})"},
    {Msg::msg_none_yet,
     "Noch keine Nachrichten an den Kunden. Ein Schritt, der den Kunden benachrichtigt, schreibt eine, wenn er "
     "fertig ist; die Erinnerung an eine Anprobe wird am Vortag in der Übersicht geschrieben."},
    {Msg::msg_reminders_to_write, "Erinnerungen an Anproben morgen: {n} zu schreiben", "Erinnerungen an Anproben morgen: {n} zu schreiben"},
    {Msg::msg_write_reminders, "Erinnerungen schreiben"},
    {Msg::msg_reminders_written, "{n} Erinnerung geschrieben: unten senden", "{n} Erinnerungen geschrieben: unten senden"},
    {Msg::msg_none_waiting, "Keine Nachrichten warten auf Versand."},
    {Msg::msg_to_send, "Zu sendende Nachricht ({n})", "Zu sendende Nachrichten ({n})"},
    {Msg::msg_more_on_orders, "und {n} weitere auf der Seite ihres Auftrags", "und {n} weitere auf den Seiten ihrer Aufträge"},
    {Msg::msg_filled_in, "Wird ausgefüllt: {names}"}, {Msg::msg_preview, "Vorschau: {text}"},

    {Msg::measure_shown_in, "Angezeigt in"}, {Msg::unit_cm, "cm"}, {Msg::unit_in, "Zoll"},
    {Msg::settings_measure_unit, "Maße in"}, {Msg::unit_cm_long, "Zentimetern"}, {Msg::unit_in_long, "Zoll"},

    {Msg::picker_time, "Uhrzeit"}, {Msg::picker_pick, "Wählen"}, {Msg::picker_done, "Fertig"},
    {Msg::agenda_day, "{weekday}, {date}"}, {Msg::agenda_week, "Woche vom {from} bis {to}"},
    {Msg::agenda_today, "{day} (heute)"}, {Msg::agenda_none, "Keine Anproben"},
    {Msg::agenda_count, "{n} Anprobe, {open} offen", "{n} Anproben, {open} offen"},
    {Msg::agenda_day_button, "Tag"}, {Msg::agenda_week_button, "Woche"}, {Msg::agenda_previous, "Zurück"},
    {Msg::agenda_today_button, "Heute"}, {Msg::agenda_next, "Weiter"}, {Msg::agenda_download_ics, "Kalender (.ics)"},
    {Msg::agenda_col_time, "Uhrzeit"}, {Msg::agenda_col_client, "Kunde"}, {Msg::agenda_col_order, "Auftrag"},
    {Msg::agenda_col_kind, "Art"}, {Msg::agenda_col_notes, "Notizen"}, {Msg::agenda_col_done, "Erledigt"},
    {Msg::agenda_cancelled_why, "abgesagt: {reason}"}, {Msg::agenda_cancelled, "Abgesagt"},
    {Msg::agenda_done, "Erledigt"}, {Msg::agenda_mark_done, "Als erledigt markieren"},
    {Msg::agenda_marked_done, "Anprobe für {order} als erledigt markiert"},

    {Msg::settings_language, "Sprache"}, {Msg::settings_language_browser, "Wie der Browser ({language})"},
    {Msg::settings_language_why, "Wörter, Daten und Beträge auf diesem Gerät; jedes Gerät wählt selbst."},
};

}  // namespace

std::span<const Translation> german_texts() { return kGerman; }

}  // namespace atelier

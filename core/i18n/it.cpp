// Italian (docs/i18n.md).
#include "core/i18n/translations.hpp"

namespace atelier {

namespace {

constexpr Translation kItalian[] = {
    {Msg::month_1, "gen"}, {Msg::month_2, "feb"}, {Msg::month_3, "mar"}, {Msg::month_4, "apr"},
    {Msg::month_5, "mag"}, {Msg::month_6, "giu"}, {Msg::month_7, "lug"}, {Msg::month_8, "ago"},
    {Msg::month_9, "set"}, {Msg::month_10, "ott"}, {Msg::month_11, "nov"}, {Msg::month_12, "dic"},
    {Msg::month_full_1, "gennaio"}, {Msg::month_full_2, "febbraio"}, {Msg::month_full_3, "marzo"},
    {Msg::month_full_4, "aprile"}, {Msg::month_full_5, "maggio"}, {Msg::month_full_6, "giugno"},
    {Msg::month_full_7, "luglio"}, {Msg::month_full_8, "agosto"}, {Msg::month_full_9, "settembre"},
    {Msg::month_full_10, "ottobre"}, {Msg::month_full_11, "novembre"}, {Msg::month_full_12, "dicembre"},
    {Msg::weekday_mon, "lun"}, {Msg::weekday_tue, "mar"}, {Msg::weekday_wed, "mer"}, {Msg::weekday_thu, "gio"},
    {Msg::weekday_fri, "ven"}, {Msg::weekday_sat, "sab"}, {Msg::weekday_sun, "dom"},
    {Msg::weekday_full_mon, "lunedì"}, {Msg::weekday_full_tue, "martedì"}, {Msg::weekday_full_wed, "mercoledì"},
    {Msg::weekday_full_thu, "giovedì"}, {Msg::weekday_full_fri, "venerdì"}, {Msg::weekday_full_sat, "sabato"},
    {Msg::weekday_full_sun, "domenica"},
    {Msg::date_pattern, "{day} {month} {year}"},
    {Msg::day_month_pattern, "{day} {month}"},

    {Msg::status_draft, "Bozza"}, {Msg::status_confirmed, "Confermato"}, {Msg::status_in_production, "In lavorazione"},
    {Msg::status_shipped, "Spedito"}, {Msg::status_collected, "Ritirato"}, {Msg::status_invoiced, "Fatturato"},
    {Msg::status_paid, "Pagato"}, {Msg::status_cancelled, "Annullato"},
    {Msg::stage_not_started, "Non iniziata"}, {Msg::stage_in_progress, "In corso"}, {Msg::stage_done, "Completata"},

    {Msg::badge_overdue, "IN RITARDO"}, {Msg::badge_at_risk, "A RISCHIO"}, {Msg::badge_due_soon, "IN SCADENZA"},
    {Msg::badge_conflict, "CONFLITTO"}, {Msg::badge_rush, "URGENTE"}, {Msg::badge_priority, "PRIORITÀ"},

    {Msg::sync_off, "Sincronizzazione spenta"}, {Msg::sync_connecting, "Connessione"},
    {Msg::sync_choosing, "Prima sincronizzazione: scegliere"}, {Msg::sync_synced, "Sincronizzato"},
    {Msg::sync_offline, "Offline"}, {Msg::sync_unreachable, "Server irraggiungibile"},
    {Msg::sync_not_allowed, "Non autorizzato"}, {Msg::sync_needs_update, "Aggiornamento necessario"},
    {Msg::sync_failed, "Sincronizzazione interrotta"},
    {Msg::sync_pending, "{n} in attesa", "{n} in attesa"},
    {Msg::sync_waiting_numbers, "{n} attende un numero", "{n} attendono un numero"},

    {Msg::save_saved, "Salvato"}, {Msg::save_saving, "Salvataggio…"}, {Msg::save_not_saved, "Non salvato"},
    {Msg::save_read_only, "Sola lettura"}, {Msg::save_opening, "Apertura…"},

    {Msg::nav_dashboard, "Cruscotto"}, {Msg::nav_board, "Lavagna"}, {Msg::nav_table, "Elenco"},
    {Msg::nav_clients, "Clienti"}, {Msg::nav_fittings, "Prove"}, {Msg::nav_reports, "Rapporti"},
    {Msg::nav_production, "Produzione"}, {Msg::nav_pipelines, "Flussi"}, {Msg::nav_settings, "Impostazioni"},
    {Msg::top_new_order, "+ Ordine"}, {Msg::top_new_client, "+ Cliente"}, {Msg::top_undo, "Annulla"},
    {Msg::top_redo, "Ripeti"}, {Msg::top_find, "Cerca"}, {Msg::top_theme_dark, "Scuro"}, {Msg::top_theme_light, "Chiaro"},
    {Msg::top_conflicts, "{n} conflitto", "{n} conflitti"},
    {Msg::top_to_settle, "{n} da risolvere"},
    {Msg::banner_salvage,
     "Sola lettura: l’atelier salvato è danneggiato. Atelier ha aperto ciò che ha potuto leggere e non modificherà "
     "nulla. Scaricate i file grezzi e conservateli: contengono tutto ciò che era salvato."},
    {Msg::banner_read_only,
     "Sola lettura: Atelier è aperto in modifica in un’altra scheda. Questa scheda mostra i dati e subentra "
     "quando l’altra si chiude."},
    {Msg::download_raw_files, "Scarica i file grezzi"}, {Msg::download_backup, "Scarica un backup"},
    {Msg::restore_from_backup, "Ripristina da backup…"},
    {Msg::opening_atelier, "Apertura del vostro atelier…"},

    {Msg::dash_today, "Oggi, {date}"}, {Msg::dash_week, "settimana dal {from} al {to}"},
    {Msg::dash_due_week, "In consegna questa settimana"}, {Msg::dash_overdue, "In ritardo"}, {Msg::dash_stuck, "Fermi"},
    {Msg::dash_at_risk, "A rischio"}, {Msg::dash_fittings_today, "Prove di oggi"},
    {Msg::dash_fittings_week, "Prove della settimana"}, {Msg::dash_payments_due, "Pagamenti dovuti ora"},
    {Msg::dash_owing, "da pagare {amount}"}, {Msg::dash_show, "Mostra {n}"},
    {Msg::dash_ship_risk, "Spedizioni a rischio"}, {Msg::dash_production_late, "Produzione in ritardo"},
    {Msg::dash_ship_on, "spedizione {date}"}, {Msg::dash_due_on, "consegna {date}"},
    {Msg::dash_money, "Denaro"}, {Msg::dash_received_month, "Incassato questo mese: {amount}"},
    {Msg::dash_outstanding, "Saldo da incassare: {amount}"},
    {Msg::dash_on_orders, "su {n} ordine", "su {n} ordini"},
    {Msg::dash_show_owing, "Mostra gli ordini da saldare"},

    {Msg::board_no_client, "(nessun cliente)"}, {Msg::board_due, "consegna {date}"},
    {Msg::board_due_now, "dovuto ora {amount}"}, {Msg::board_due_now_of, "dovuto ora {amount} di {owed}"},
    {Msg::board_owes, "deve {amount}"}, {Msg::board_paid_up, "saldato"},
    {Msg::board_qc_passed, "Controllo superato"}, {Msg::board_qc_failed, "Controllo fallito"},
    {Msg::board_column_owes, "{n} · dovuto {amount}"},
    {Msg::board_mark_qc, "controllo"}, {Msg::board_mark_photo, "foto"}, {Msg::board_mark_optional, "facoltativa"},
    {Msg::board_move, "Sposta {order}"}, {Msg::board_open_order, "Apri l’ordine"},
    {Msg::board_start_production, "Avvia la lavorazione"}, {Msg::board_start_stage, "Inizia la fase"},
    {Msg::board_skip_stage, "Salta questa fase"}, {Msg::board_start, "Inizia"}, {Msg::board_qc_pass, "Controllo OK"},
    {Msg::board_qc_fail, "Controllo KO"}, {Msg::board_no_orders_here, "Nessun ordine qui"},
    {Msg::board_qc_fail_title, "Controllo KO"}, {Msg::board_qc_fail_ask, "Controllo fallito per {order}. Cosa va sistemato?"},
    {Msg::board_qc_fail_hint, "es. orlo irregolare sul retro"}, {Msg::board_qc_fail_record, "Registra il controllo fallito"},
    {Msg::keep_as_it_is, "Lascia com’è"},
    {Msg::board_started, "{order} iniziato"}, {Msg::board_not_started, "{order} non iniziato: {reason}"},
    {Msg::board_skipped, "{order} ha saltato una fase"}, {Msg::board_not_skipped, "{order} non saltato: {reason}"},
    {Msg::board_passed_qc, "{order} ha superato il controllo"}, {Msg::board_failed_qc, "{order} non ha superato il controllo: {note}"},
    {Msg::board_qc_not_recorded, "{order}: controllo non registrato: {reason}"},
    {Msg::board_not_sent_back, "{order} non rimandato indietro: chiudete prima la finestra «{dialog}»"},
    {Msg::board_no_pipeline, "Ancora nessun flusso: createne uno in Flussi per vedere la lavagna."},
    {Msg::board_filter_hint, "Filtra: cliente, capo, numero…"}, {Msg::board_all_teams, "Tutti i reparti"},
    {Msg::board_orders, "{n} ordine", "{n} ordini"},
    {Msg::board_orders_owed, "{n} ordine · dovuto {amount}", "{n} ordini · dovuto {amount}"},
    {Msg::dismiss, "Chiudi"},
    {Msg::board_empty, "Ancora nessun ordine — + Ordine crea il primo"},
    {Msg::board_pipeline_empty, "Niente sulla lavagna {pipeline} — + Ordine vi avvia un ordine"},
    {Msg::board_no_match, "Nessun ordine di {pipeline} corrisponde"},
    {Msg::board_no_match_text, "Nessun ordine di {pipeline} corrisponde a «{filter}»"},
    {Msg::board_no_match_team, "Nessun ordine di {pipeline} corrisponde nel reparto {team}"},
    {Msg::board_no_match_both, "Nessun ordine di {pipeline} corrisponde a «{filter}» nel reparto {team}"},
    {Msg::clear_filter, "Cancella il filtro"},

    {Msg::channel_none, "nessun canale"}, {Msg::channel_email, "e-mail"}, {Msg::channel_whatsapp, "WhatsApp"},
    {Msg::channel_sms, "SMS"}, {Msg::via_whatsapp, "WhatsApp"}, {Msg::via_email, "e-mail"}, {Msg::via_sms, "SMS"},
    {Msg::via_copy, "testo copiato"}, {Msg::msg_email_button, "E-mail"}, {Msg::msg_copy, "Copia"},
    {Msg::msg_mark_sent, "Segna come inviato"}, {Msg::msg_no_address, "(nessun indirizzo)"},
    {Msg::msg_heading, "{when}  {channel} a {to}"}, {Msg::msg_fitting_reminder, "(promemoria della prova)"},
    {Msg::msg_sent_at, "Inviato il {when} ({via})"}, {Msg::msg_sent_by, "Inviato il {when} da {person} ({via})"},
    {Msg::msg_no_whatsapp,
     "Niente WhatsApp: il telefono del cliente non è un numero internazionale (indicate il paese dell’atelier o "
     "aggiungete il +prefisso)"},
    {Msg::msg_no_sms,
     "Niente SMS: il telefono del cliente non è un numero internazionale (indicate il paese dell’atelier o "
     "aggiungete il +prefisso)"},
    {Msg::msg_no_email, "Niente e-mail: il cliente non ha un indirizzo e-mail"},
    {Msg::msg_copied, "Messaggio copiato: incollatelo dove il cliente lo leggerà"},
    {Msg::msg_marked_sent, "Segnato come inviato ({via})"},
    {Msg::msg_none_yet,
     "Ancora nessun messaggio al cliente. Una fase che avvisa il cliente ne scrive uno quando è completata; il "
     "promemoria di una prova si scrive dal cruscotto il giorno prima."},
    {Msg::msg_reminders_to_write, "Promemoria delle prove di domani: {n} da scrivere", "Promemoria delle prove di domani: {n} da scrivere"},
    {Msg::msg_write_reminders, "Scrivi i promemoria"},
    {Msg::msg_reminders_written, "{n} promemoria scritto: invialo qui sotto", "{n} promemoria scritti: inviali qui sotto"},
    {Msg::msg_none_waiting, "Nessun messaggio in attesa di invio."},
    {Msg::msg_to_send, "Messaggio da inviare ({n})", "Messaggi da inviare ({n})"},
    {Msg::msg_more_on_orders, "e {n} altro, nella pagina del suo ordine", "e altri {n}, nelle pagine dei loro ordini"},
    {Msg::msg_filled_in, "Compilati: {names}"}, {Msg::msg_preview, "Anteprima: {text}"},

    {Msg::measure_shown_in, "Mostrate in"}, {Msg::unit_cm, "cm"}, {Msg::unit_in, "in"},
    {Msg::settings_measure_unit, "Misure in"}, {Msg::unit_cm_long, "centimetri"}, {Msg::unit_in_long, "pollici"},

    {Msg::picker_time, "Ora"}, {Msg::picker_pick, "Scegli"}, {Msg::picker_done, "Fatto"},
    {Msg::agenda_day, "{weekday} {date}"}, {Msg::agenda_week, "Settimana dal {from} al {to}"},
    {Msg::agenda_today, "{day} (oggi)"}, {Msg::agenda_none, "Nessuna prova"},
    {Msg::agenda_count, "{n} prova, {open} da fare", "{n} prove, {open} da fare"},
    {Msg::agenda_day_button, "Giorno"}, {Msg::agenda_week_button, "Settimana"}, {Msg::agenda_previous, "Precedente"},
    {Msg::agenda_today_button, "Oggi"}, {Msg::agenda_next, "Successivo"}, {Msg::agenda_download_ics, "Calendario (.ics)"},
    {Msg::agenda_col_time, "Ora"}, {Msg::agenda_col_client, "Cliente"}, {Msg::agenda_col_order, "Ordine"},
    {Msg::agenda_col_kind, "Tipo"}, {Msg::agenda_col_notes, "Note"}, {Msg::agenda_col_done, "Fatta"},
    {Msg::agenda_cancelled_why, "annullata: {reason}"}, {Msg::agenda_cancelled, "Annullata"},
    {Msg::agenda_done, "Fatta"}, {Msg::agenda_mark_done, "Segna fatta"},
    {Msg::agenda_marked_done, "Prova segnata come fatta per {order}"},

    {Msg::settings_language, "Lingua"}, {Msg::settings_language_browser, "Come il browser ({language})"},
    {Msg::settings_language_why, "Le parole, le date e gli importi su questo dispositivo; ogni dispositivo sceglie i propri."},
};

}  // namespace

std::span<const Translation> italian_texts() { return kItalian; }

}  // namespace atelier

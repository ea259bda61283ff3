// French (docs/i18n.md): typographic spaces as French prints them (a no-break space before « : »
// is left to the font's spacing; amounts use a narrow no-break space).
#include "core/i18n/translations.hpp"

namespace atelier {

namespace {

constexpr Translation kFrench[] = {
    {Msg::month_1, "janv."}, {Msg::month_2, "févr."}, {Msg::month_3, "mars"}, {Msg::month_4, "avr."},
    {Msg::month_5, "mai"}, {Msg::month_6, "juin"}, {Msg::month_7, "juil."}, {Msg::month_8, "août"},
    {Msg::month_9, "sept."}, {Msg::month_10, "oct."}, {Msg::month_11, "nov."}, {Msg::month_12, "déc."},
    {Msg::month_full_1, "janvier"}, {Msg::month_full_2, "février"}, {Msg::month_full_3, "mars"},
    {Msg::month_full_4, "avril"}, {Msg::month_full_5, "mai"}, {Msg::month_full_6, "juin"},
    {Msg::month_full_7, "juillet"}, {Msg::month_full_8, "août"}, {Msg::month_full_9, "septembre"},
    {Msg::month_full_10, "octobre"}, {Msg::month_full_11, "novembre"}, {Msg::month_full_12, "décembre"},
    {Msg::weekday_mon, "lun."}, {Msg::weekday_tue, "mar."}, {Msg::weekday_wed, "mer."}, {Msg::weekday_thu, "jeu."},
    {Msg::weekday_fri, "ven."}, {Msg::weekday_sat, "sam."}, {Msg::weekday_sun, "dim."},
    {Msg::weekday_full_mon, "lundi"}, {Msg::weekday_full_tue, "mardi"}, {Msg::weekday_full_wed, "mercredi"},
    {Msg::weekday_full_thu, "jeudi"}, {Msg::weekday_full_fri, "vendredi"}, {Msg::weekday_full_sat, "samedi"},
    {Msg::weekday_full_sun, "dimanche"},
    {Msg::date_pattern, "{day} {month} {year}"},
    {Msg::day_month_pattern, "{day} {month}"},

    {Msg::status_draft, "Brouillon"}, {Msg::status_confirmed, "Confirmée"}, {Msg::status_in_production, "En fabrication"},
    {Msg::status_shipped, "Expédiée"}, {Msg::status_collected, "Retirée"}, {Msg::status_invoiced, "Facturée"},
    {Msg::status_paid, "Payée"}, {Msg::status_cancelled, "Annulée"},
    {Msg::stage_not_started, "Pas commencée"}, {Msg::stage_in_progress, "En cours"}, {Msg::stage_done, "Terminée"},

    {Msg::badge_overdue, "EN RETARD"}, {Msg::badge_at_risk, "À RISQUE"}, {Msg::badge_due_soon, "BIENTÔT DUE"},
    {Msg::badge_conflict, "CONFLIT"}, {Msg::badge_rush, "URGENT"}, {Msg::badge_priority, "PRIORITAIRE"},

    {Msg::sync_off, "Synchro coupée"}, {Msg::sync_connecting, "Connexion"}, {Msg::sync_choosing, "Première synchro : choisir"},
    {Msg::sync_synced, "Synchronisé"}, {Msg::sync_offline, "Hors ligne"}, {Msg::sync_unreachable, "Serveur injoignable"},
    {Msg::sync_not_allowed, "Non autorisé"}, {Msg::sync_needs_update, "Mise à jour requise"},
    {Msg::sync_failed, "Synchro arrêtée"},
    {Msg::sync_pending, "{n} en attente", "{n} en attente"},
    {Msg::sync_waiting_numbers, "{n} attend un numéro", "{n} attendent un numéro"},

    {Msg::save_saved, "Enregistré"}, {Msg::save_saving, "Enregistrement…"}, {Msg::save_not_saved, "Non enregistré"},
    {Msg::save_read_only, "Lecture seule"}, {Msg::save_opening, "Ouverture…"},

    {Msg::nav_dashboard, "Tableau de bord"}, {Msg::nav_board, "Tableau"}, {Msg::nav_table, "Liste"},
    {Msg::nav_clients, "Clients"}, {Msg::nav_fittings, "Essayages"}, {Msg::nav_reports, "Rapports"},
    {Msg::nav_production, "Production"}, {Msg::nav_pipelines, "Circuits"}, {Msg::nav_settings, "Réglages"},
    {Msg::top_new_order, "+ Commande"}, {Msg::top_new_client, "+ Client"}, {Msg::top_undo, "Annuler"},
    {Msg::top_redo, "Rétablir"}, {Msg::top_find, "Chercher"}, {Msg::top_theme_dark, "Sombre"},
    {Msg::top_theme_light, "Clair"},
    {Msg::top_conflicts, "{n} conflit", "{n} conflits"},
    {Msg::top_to_settle, "{n} à régler"},
    {Msg::banner_salvage,
     "Lecture seule : l’atelier enregistré est endommagé. Atelier a ouvert ce qu’il a pu lire et ne modifiera "
     "rien. Téléchargez les fichiers bruts et gardez-les : ils contiennent tout ce qui a été enregistré."},
    {Msg::banner_read_only,
     "Lecture seule : Atelier est ouvert en modification dans un autre onglet. Cet onglet affiche les données "
     "et prend le relais quand l’autre se ferme."},
    {Msg::download_raw_files, "Télécharger les fichiers bruts"}, {Msg::download_backup, "Télécharger une sauvegarde"},
    {Msg::restore_from_backup, "Restaurer une sauvegarde…"},
    {Msg::opening_atelier, "Ouverture de votre atelier…"},

    {Msg::dash_today, "Aujourd’hui, {date}"}, {Msg::dash_week, "semaine du {from} au {to}"},
    {Msg::dash_due_week, "À livrer cette semaine"}, {Msg::dash_overdue, "En retard"}, {Msg::dash_stuck, "Bloquées"},
    {Msg::dash_at_risk, "À risque"}, {Msg::dash_fittings_today, "Essayages aujourd’hui"},
    {Msg::dash_fittings_week, "Essayages cette semaine"}, {Msg::dash_payments_due, "Paiements exigibles"},
    {Msg::dash_owing, "dû {amount}"}, {Msg::dash_show, "Voir {n}"},
    {Msg::dash_ship_risk, "Expéditions à risque"}, {Msg::dash_production_late, "Production en retard"},
    {Msg::dash_ship_on, "expédition {date}"}, {Msg::dash_due_on, "pour le {date}"},
    {Msg::dash_money, "Argent"}, {Msg::dash_received_month, "Reçu ce mois-ci : {amount}"},
    {Msg::dash_outstanding, "Reste à payer : {amount}"},
    {Msg::dash_on_orders, "sur {n} commande", "sur {n} commandes"},
    {Msg::dash_show_owing, "Voir les commandes dues"},

    {Msg::board_no_client, "(sans client)"}, {Msg::board_due, "pour le {date}"},
    {Msg::board_due_now, "exigible {amount}"}, {Msg::board_due_now_of, "exigible {amount} sur {owed}"},
    {Msg::board_owes, "doit {amount}"}, {Msg::board_paid_up, "soldé"},
    {Msg::board_qc_passed, "Contrôle réussi"}, {Msg::board_qc_failed, "Contrôle échoué"},
    {Msg::board_column_owes, "{n} · dû {amount}"},
    {Msg::board_mark_qc, "contrôle"}, {Msg::board_mark_photo, "photo"}, {Msg::board_mark_optional, "facultative"},
    {Msg::board_move, "Déplacer {order}"}, {Msg::board_open_order, "Ouvrir la commande"},
    {Msg::board_start_production, "Lancer la fabrication"}, {Msg::board_start_stage, "Commencer l’étape"},
    {Msg::board_skip_stage, "Sauter cette étape"}, {Msg::board_start, "Commencer"}, {Msg::board_qc_pass, "Contrôle OK"},
    {Msg::board_qc_fail, "Contrôle KO"}, {Msg::board_no_orders_here, "Aucune commande ici"},
    {Msg::board_qc_fail_title, "Contrôle KO"}, {Msg::board_qc_fail_ask, "Contrôle échoué pour {order}. Que faut-il reprendre ?"},
    {Msg::board_qc_fail_hint, "ex. ourlet inégal au dos"}, {Msg::board_qc_fail_record, "Enregistrer l’échec"},
    {Msg::keep_as_it_is, "Laisser tel quel"},
    {Msg::board_started, "{order} commencée"}, {Msg::board_not_started, "{order} non commencée : {reason}"},
    {Msg::board_skipped, "{order} a sauté une étape"}, {Msg::board_not_skipped, "{order} non sautée : {reason}"},
    {Msg::board_passed_qc, "{order} a passé le contrôle"}, {Msg::board_failed_qc, "{order} a échoué au contrôle : {note}"},
    {Msg::board_qc_not_recorded, "{order} : contrôle non enregistré : {reason}"},
    {Msg::board_not_sent_back, "{order} non renvoyée : fermez d’abord la fenêtre « {dialog} »"},
    {Msg::board_no_pipeline, "Pas encore de circuit : créez-en un dans Circuits pour voir le tableau."},
    {Msg::board_filter_hint, "Filtrer : client, vêtement, numéro…"}, {Msg::board_all_teams, "Toutes les équipes"},
    {Msg::board_orders, "{n} commande", "{n} commandes"},
    {Msg::board_orders_owed, "{n} commande · dû {amount}", "{n} commandes · dû {amount}"},
    {Msg::dismiss, "Fermer"},
    {Msg::board_empty, "Aucune commande — + Commande crée la première"},
    {Msg::board_pipeline_empty, "Rien dans le circuit {pipeline} — + Commande y lance une commande"},
    {Msg::board_no_match, "Aucune commande de {pipeline} ne correspond"},
    {Msg::board_no_match_text, "Aucune commande de {pipeline} ne correspond à « {filter} »"},
    {Msg::board_no_match_team, "Aucune commande de {pipeline} ne correspond dans l’équipe {team}"},
    {Msg::board_no_match_both, "Aucune commande de {pipeline} ne correspond à « {filter} » dans l’équipe {team}"},
    {Msg::clear_filter, "Effacer le filtre"},

    {Msg::channel_none, "aucun canal"}, {Msg::channel_email, "e-mail"}, {Msg::channel_whatsapp, "WhatsApp"},
    {Msg::channel_sms, "SMS"}, {Msg::via_whatsapp, "WhatsApp"}, {Msg::via_email, "e-mail"}, {Msg::via_sms, "SMS"},
    {Msg::via_copy, "texte copié"}, {Msg::msg_email_button, "E-mail"}, {Msg::msg_copy, "Copier"},
    {Msg::msg_mark_sent, "Marquer envoyé"}, {Msg::msg_no_address, "(sans adresse)"},
    {Msg::msg_heading, "{when}  {channel} à {to}"}, {Msg::msg_fitting_reminder, "(rappel d’essayage)"},
    {Msg::msg_sent_at, "Envoyé le {when} ({via})"}, {Msg::msg_sent_by, "Envoyé le {when} par {person} ({via})"},
    {Msg::msg_no_whatsapp,
     "Pas de WhatsApp : le téléphone du client n’est pas un numéro international (indiquez le pays de l’atelier ou "
     "ajoutez +indicatif)"},
    {Msg::msg_no_sms,
     "Pas de SMS : le téléphone du client n’est pas un numéro international (indiquez le pays de l’atelier ou "
     "ajoutez +indicatif)"},
    {Msg::msg_no_email, "Pas d’e-mail : le client n’a pas d’adresse e-mail"},
    {Msg::msg_copied, "Message copié : collez-le là où le client le lira"},
    {Msg::msg_marked_sent, "Marqué envoyé ({via})"},
    {Msg::msg_none_yet,
     "Pas encore de message au client. Une étape qui prévient le client en écrit un quand elle est terminée ; le "
     "rappel d’un essayage s’écrit depuis le tableau de bord la veille."},
    {Msg::msg_reminders_to_write, "Rappels d’essayage pour demain : {n} à écrire", "Rappels d’essayage pour demain : {n} à écrire"},
    {Msg::msg_write_reminders, "Écrire les rappels"},
    {Msg::msg_reminders_written, "{n} rappel écrit : envoyez-le ci-dessous", "{n} rappels écrits : envoyez-les ci-dessous"},
    {Msg::msg_none_waiting, "Aucun message en attente d’envoi."},
    {Msg::msg_to_send, "Message à envoyer ({n})", "Messages à envoyer ({n})"},
    {Msg::msg_more_on_orders, "et {n} autre, sur la page de sa commande", "et {n} autres, sur les pages de leurs commandes"},
    {Msg::msg_filled_in, "Remplis : {names}"}, {Msg::msg_preview, "Aperçu : {text}"},

    {Msg::measure_shown_in, "Affiché en"}, {Msg::unit_cm, "cm"}, {Msg::unit_in, "po"},
    {Msg::settings_measure_unit, "Mesures en"}, {Msg::unit_cm_long, "centimètres"}, {Msg::unit_in_long, "pouces"},

    {Msg::picker_time, "Heure"}, {Msg::picker_pick, "Choisir"}, {Msg::picker_done, "OK"},
    {Msg::agenda_day, "{weekday} {date}"}, {Msg::agenda_week, "Semaine du {from} au {to}"},
    {Msg::agenda_today, "{day} (aujourd’hui)"}, {Msg::agenda_none, "Aucun essayage"},
    {Msg::agenda_count, "{n} essayage, {open} à faire", "{n} essayages, {open} à faire"},
    {Msg::agenda_day_button, "Jour"}, {Msg::agenda_week_button, "Semaine"}, {Msg::agenda_previous, "Précédent"},
    {Msg::agenda_today_button, "Aujourd’hui"}, {Msg::agenda_next, "Suivant"}, {Msg::agenda_download_ics, "Agenda (.ics)"},
    {Msg::agenda_col_time, "Heure"}, {Msg::agenda_col_client, "Client"}, {Msg::agenda_col_order, "Commande"},
    {Msg::agenda_col_kind, "Type"}, {Msg::agenda_col_notes, "Notes"}, {Msg::agenda_col_done, "Fait"},
    {Msg::agenda_cancelled_why, "annulé : {reason}"}, {Msg::agenda_cancelled, "Annulé"},
    {Msg::agenda_done, "Fait"}, {Msg::agenda_mark_done, "Marquer fait"},
    {Msg::agenda_marked_done, "Essayage marqué fait pour {order}"},

    {Msg::settings_language, "Langue"}, {Msg::settings_language_browser, "Comme le navigateur ({language})"},
    {Msg::settings_language_why, "Les mots, dates et montants sur cet appareil ; chaque appareil choisit le sien."},
};

}  // namespace

std::span<const Translation> french_texts() { return kFrench; }

}  // namespace atelier

// Spanish (docs/i18n.md).
#include "core/i18n/translations.hpp"

namespace atelier {

namespace {

constexpr Translation kSpanish[] = {
    {Msg::month_1, "ene"}, {Msg::month_2, "feb"}, {Msg::month_3, "mar"}, {Msg::month_4, "abr"},
    {Msg::month_5, "may"}, {Msg::month_6, "jun"}, {Msg::month_7, "jul"}, {Msg::month_8, "ago"},
    {Msg::month_9, "sept"}, {Msg::month_10, "oct"}, {Msg::month_11, "nov"}, {Msg::month_12, "dic"},
    {Msg::month_full_1, "enero"}, {Msg::month_full_2, "febrero"}, {Msg::month_full_3, "marzo"},
    {Msg::month_full_4, "abril"}, {Msg::month_full_5, "mayo"}, {Msg::month_full_6, "junio"},
    {Msg::month_full_7, "julio"}, {Msg::month_full_8, "agosto"}, {Msg::month_full_9, "septiembre"},
    {Msg::month_full_10, "octubre"}, {Msg::month_full_11, "noviembre"}, {Msg::month_full_12, "diciembre"},
    {Msg::weekday_mon, "lun"}, {Msg::weekday_tue, "mar"}, {Msg::weekday_wed, "mié"}, {Msg::weekday_thu, "jue"},
    {Msg::weekday_fri, "vie"}, {Msg::weekday_sat, "sáb"}, {Msg::weekday_sun, "dom"},
    {Msg::weekday_full_mon, "lunes"}, {Msg::weekday_full_tue, "martes"}, {Msg::weekday_full_wed, "miércoles"},
    {Msg::weekday_full_thu, "jueves"}, {Msg::weekday_full_fri, "viernes"}, {Msg::weekday_full_sat, "sábado"},
    {Msg::weekday_full_sun, "domingo"},
    {Msg::date_pattern, "{day} {month} {year}"},
    {Msg::day_month_pattern, "{day} {month}"},

    {Msg::status_draft, "Borrador"}, {Msg::status_confirmed, "Confirmado"}, {Msg::status_in_production, "En confección"},
    {Msg::status_shipped, "Enviado"}, {Msg::status_collected, "Recogido"}, {Msg::status_invoiced, "Facturado"},
    {Msg::status_paid, "Pagado"}, {Msg::status_cancelled, "Cancelado"},
    {Msg::stage_not_started, "Sin empezar"}, {Msg::stage_in_progress, "En curso"}, {Msg::stage_done, "Terminada"},

    {Msg::badge_overdue, "ATRASADO"}, {Msg::badge_at_risk, "EN RIESGO"}, {Msg::badge_due_soon, "VENCE PRONTO"},
    {Msg::badge_conflict, "CONFLICTO"}, {Msg::badge_rush, "URGENTE"}, {Msg::badge_priority, "PRIORIDAD"},

    {Msg::sync_off, "Sincronización desactivada"}, {Msg::sync_connecting, "Conectando"},
    {Msg::sync_choosing, "Primera sincronización: elegir"}, {Msg::sync_synced, "Sincronizado"},
    {Msg::sync_offline, "Sin conexión"}, {Msg::sync_unreachable, "Servidor inaccesible"},
    {Msg::sync_not_allowed, "No autorizado"}, {Msg::sync_needs_update, "Actualización necesaria"},
    {Msg::sync_failed, "Sincronización detenida"},
    {Msg::sync_pending, "{n} pendiente", "{n} pendientes"},
    {Msg::sync_waiting_numbers, "{n} espera un número", "{n} esperan un número"},

    {Msg::save_saved, "Guardado"}, {Msg::save_saving, "Guardando…"}, {Msg::save_not_saved, "Sin guardar"},
    {Msg::save_read_only, "Solo lectura"}, {Msg::save_opening, "Abriendo…"},

    {Msg::nav_dashboard, "Panel"}, {Msg::nav_board, "Tablero"}, {Msg::nav_table, "Lista"},
    {Msg::nav_clients, "Clientes"}, {Msg::nav_fittings, "Pruebas"}, {Msg::nav_reports, "Informes"},
    {Msg::nav_production, "Producción"}, {Msg::nav_pipelines, "Flujos"}, {Msg::nav_settings, "Ajustes"},
    {Msg::top_new_order, "+ Pedido"}, {Msg::top_new_client, "+ Cliente"}, {Msg::top_undo, "Deshacer"},
    {Msg::top_redo, "Rehacer"}, {Msg::top_find, "Buscar"}, {Msg::top_theme_dark, "Oscuro"}, {Msg::top_theme_light, "Claro"},
    {Msg::top_conflicts, "{n} conflicto", "{n} conflictos"},
    {Msg::top_to_settle, "{n} por resolver"},
    {Msg::banner_salvage,
     "Solo lectura: el atelier guardado está dañado. Atelier abrió lo que pudo leer y no cambiará nada. "
     "Descargue los archivos originales y guárdelos: contienen todo lo que se había guardado."},
    {Msg::banner_read_only,
     "Solo lectura: Atelier está abierto para editar en otra pestaña. Esta pestaña muestra los datos y toma "
     "el relevo cuando esa pestaña se cierra."},
    {Msg::download_raw_files, "Descargar los archivos originales"}, {Msg::download_backup, "Descargar copia de seguridad"},
    {Msg::restore_from_backup, "Restaurar una copia…"},
    {Msg::opening_atelier, "Abriendo su atelier…"},

    {Msg::dash_today, "Hoy, {date}"}, {Msg::dash_week, "semana del {from} al {to}"},
    {Msg::dash_due_week, "Vencen esta semana"}, {Msg::dash_overdue, "Atrasados"}, {Msg::dash_stuck, "Parados"},
    {Msg::dash_at_risk, "En riesgo"}, {Msg::dash_fittings_today, "Pruebas de hoy"},
    {Msg::dash_fittings_week, "Pruebas de esta semana"}, {Msg::dash_payments_due, "Pagos pendientes ahora"},
    {Msg::dash_owing, "debe {amount}"}, {Msg::dash_show, "Ver {n}"},
    {Msg::dash_ship_risk, "Envíos en riesgo"}, {Msg::dash_production_late, "Producción atrasada"},
    {Msg::dash_ship_on, "envío {date}"}, {Msg::dash_due_on, "entrega {date}"},
    {Msg::dash_money, "Dinero"}, {Msg::dash_received_month, "Cobrado este mes: {amount}"},
    {Msg::dash_outstanding, "Saldo pendiente: {amount}"},
    {Msg::dash_on_orders, "en {n} pedido", "en {n} pedidos"},
    {Msg::dash_show_owing, "Ver pedidos con saldo"},

    {Msg::board_no_client, "(sin cliente)"}, {Msg::board_due, "entrega {date}"},
    {Msg::board_due_now, "a cobrar {amount}"}, {Msg::board_due_now_of, "a cobrar {amount} de {owed}"},
    {Msg::board_owes, "debe {amount}"}, {Msg::board_paid_up, "pagado"},
    {Msg::board_qc_passed, "Control superado"}, {Msg::board_qc_failed, "Control fallido"},
    {Msg::board_column_owes, "{n} · debe {amount}"},
    {Msg::board_mark_qc, "control"}, {Msg::board_mark_photo, "foto"}, {Msg::board_mark_optional, "opcional"},
    {Msg::board_move, "Mover {order}"}, {Msg::board_open_order, "Abrir el pedido"},
    {Msg::board_start_production, "Empezar la confección"}, {Msg::board_start_stage, "Empezar la etapa"},
    {Msg::board_skip_stage, "Saltar esta etapa"}, {Msg::board_start, "Empezar"}, {Msg::board_qc_pass, "Control OK"},
    {Msg::board_qc_fail, "Control KO"}, {Msg::board_no_orders_here, "Ningún pedido aquí"},
    {Msg::board_qc_fail_title, "Control KO"}, {Msg::board_qc_fail_ask, "Control fallido en {order}. ¿Qué hay que arreglar?"},
    {Msg::board_qc_fail_hint, "p. ej. bajo desigual en la espalda"}, {Msg::board_qc_fail_record, "Registrar el fallo"},
    {Msg::keep_as_it_is, "Dejar como está"},
    {Msg::board_started, "{order} empezado"}, {Msg::board_not_started, "{order} no empezado: {reason}"},
    {Msg::board_skipped, "{order} saltó una etapa"}, {Msg::board_not_skipped, "{order} no saltado: {reason}"},
    {Msg::board_passed_qc, "{order} pasó el control"}, {Msg::board_failed_qc, "{order} no pasó el control: {note}"},
    {Msg::board_qc_not_recorded, "{order}: control no registrado: {reason}"},
    {Msg::board_not_sent_back, "{order} no devuelto: cierre antes la ventana «{dialog}»"},
    {Msg::board_no_pipeline, "Aún no hay flujos: cree uno en Flujos para ver el tablero."},
    {Msg::board_filter_hint, "Filtrar: cliente, prenda, número…"}, {Msg::board_all_teams, "Todos los equipos"},
    {Msg::board_orders, "{n} pedido", "{n} pedidos"},
    {Msg::board_orders_owed, "{n} pedido · debe {amount}", "{n} pedidos · deben {amount}"},
    {Msg::dismiss, "Cerrar"},
    {Msg::board_empty, "Aún no hay pedidos — + Pedido crea el primero"},
    {Msg::board_pipeline_empty, "Nada en el tablero {pipeline} — + Pedido empieza uno en él"},
    {Msg::board_no_match, "Ningún pedido de {pipeline} coincide"},
    {Msg::board_no_match_text, "Ningún pedido de {pipeline} coincide con «{filter}»"},
    {Msg::board_no_match_team, "Ningún pedido de {pipeline} coincide en el equipo {team}"},
    {Msg::board_no_match_both, "Ningún pedido de {pipeline} coincide con «{filter}» en el equipo {team}"},
    {Msg::clear_filter, "Quitar el filtro"},

    {Msg::channel_none, "ningún canal"}, {Msg::channel_email, "correo"}, {Msg::channel_whatsapp, "WhatsApp"},
    {Msg::channel_sms, "SMS"}, {Msg::via_whatsapp, "WhatsApp"}, {Msg::via_email, "correo"}, {Msg::via_sms, "SMS"},
    {Msg::via_copy, "texto copiado"}, {Msg::msg_email_button, "Correo"}, {Msg::msg_copy, "Copiar"},
    {Msg::msg_mark_sent, "Marcar enviado"}, {Msg::msg_no_address, "(sin dirección)"},
    {Msg::msg_heading, "{when}  {channel} a {to}"}, {Msg::msg_fitting_reminder, "(recordatorio de prueba)"},
    {Msg::msg_sent_at, "Enviado el {when} ({via})"}, {Msg::msg_sent_by, "Enviado el {when} por {person} ({via})"},
    {Msg::msg_no_whatsapp,
     "Sin WhatsApp: el teléfono del cliente no es un número internacional (indique el país del atelier o "
     "añada el +prefijo)"},
    {Msg::msg_no_sms,
     "Sin SMS: el teléfono del cliente no es un número internacional (indique el país del atelier o añada "
     "el +prefijo)"},
    {Msg::msg_no_email, "Sin correo: el cliente no tiene dirección de correo"},
    {Msg::msg_copied, "Mensaje copiado: péguelo donde el cliente lo vaya a leer"},
    {Msg::msg_marked_sent, "Marcado como enviado ({via})"},
    {Msg::msg_none_yet,
     "Aún no hay mensajes al cliente. Una etapa que avisa al cliente escribe uno al terminar; el recordatorio "
     "de una prueba se escribe desde el panel el día antes."},
    {Msg::msg_reminders_to_write, "Recordatorios de pruebas de mañana: {n} por escribir", "Recordatorios de pruebas de mañana: {n} por escribir"},
    {Msg::msg_write_reminders, "Escribir recordatorios"},
    {Msg::msg_reminders_written, "{n} recordatorio escrito: envíelo abajo", "{n} recordatorios escritos: envíelos abajo"},
    {Msg::msg_none_waiting, "Ningún mensaje pendiente de envío."},
    {Msg::msg_to_send, "Mensaje por enviar ({n})", "Mensajes por enviar ({n})"},
    {Msg::msg_more_on_orders, "y {n} más, en la página de su pedido", "y {n} más, en las páginas de sus pedidos"},
    {Msg::msg_filled_in, "Se rellenan: {names}"}, {Msg::msg_preview, "Vista previa: {text}"},

    {Msg::measure_shown_in, "Mostradas en"}, {Msg::unit_cm, "cm"}, {Msg::unit_in, "pulg."},
    {Msg::settings_measure_unit, "Medidas en"}, {Msg::unit_cm_long, "centímetros"}, {Msg::unit_in_long, "pulgadas"},

    {Msg::picker_time, "Hora"}, {Msg::picker_pick, "Elegir"}, {Msg::picker_done, "Listo"},
    {Msg::agenda_day, "{weekday} {date}"}, {Msg::agenda_week, "Semana del {from} al {to}"},
    {Msg::agenda_today, "{day} (hoy)"}, {Msg::agenda_none, "Sin pruebas"},
    {Msg::agenda_count, "{n} prueba, {open} por hacer", "{n} pruebas, {open} por hacer"},
    {Msg::agenda_day_button, "Día"}, {Msg::agenda_week_button, "Semana"}, {Msg::agenda_previous, "Anterior"},
    {Msg::agenda_today_button, "Hoy"}, {Msg::agenda_next, "Siguiente"}, {Msg::agenda_download_ics, "Calendario (.ics)"},
    {Msg::agenda_col_time, "Hora"}, {Msg::agenda_col_client, "Cliente"}, {Msg::agenda_col_order, "Pedido"},
    {Msg::agenda_col_kind, "Tipo"}, {Msg::agenda_col_notes, "Notas"}, {Msg::agenda_col_done, "Hecha"},
    {Msg::agenda_cancelled_why, "cancelada: {reason}"}, {Msg::agenda_cancelled, "Cancelada"},
    {Msg::agenda_done, "Hecha"}, {Msg::agenda_mark_done, "Marcar hecha"},
    {Msg::agenda_marked_done, "Prueba marcada como hecha para {order}"},

    {Msg::settings_language, "Idioma"}, {Msg::settings_language_browser, "Como el navegador ({language})"},
    {Msg::settings_language_why, "Las palabras, fechas e importes de este dispositivo; cada dispositivo elige los suyos."},
};

}  // namespace

std::span<const Translation> spanish_texts() { return kSpanish; }

}  // namespace atelier

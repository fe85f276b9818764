#include "portal/PortalPage.h"

#include <QCoreApplication>

namespace motcua {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// yyyyMMddHHmmss → "dd/MM/yyyy HH:mm" for people.
QString shown(const QString& portalDate)
{
    if (portalDate.size() != 14)
        return portalDate;
    return portalDate.mid(6, 2) + QLatin1Char('/') + portalDate.mid(4, 2) + QLatin1Char('/') + portalDate.left(4) +
           QLatin1Char(' ') + portalDate.mid(8, 2) + QLatin1Char(':') + portalDate.mid(10, 2);
}

} // namespace

QString PortalPage::statusLabel(const QString& code)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Registered online"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Received"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Refused"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Processing"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Supplement requested"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Awaiting fees"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Withdrawn"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Stopped"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Decided"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Returned"),
    };
    bool ok = false;
    const int n = code.toInt(&ok);
    if (!ok || n < 1 || n > 10)
        return code;
    return code + QStringLiteral(" · ") + QCoreApplication::translate("motcua::PortalPage", labels[n - 1]);
}

QByteArray PortalPage::render(const QList<PortalStore::Listed>& dossiers, const QJsonObject& stats, const QString& now,
                              const QString& title)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>") + esc(title) +
         QStringLiteral("</title><style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}"
                        "td,th{border:1px solid #ccc;padding:4px 8px;font-size:90%}th{background:#eef}"
                        "form{margin:0}</style></head><body>");
    h += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1><p>");
    h += esc(QCoreApplication::translate(
                 "motcua::PortalPage",
                 "%1 dossiers, %2 history rows, %3 attachments (%4 complete), %5 central decisions. Now: %6.")
                 .arg(stats.value(QLatin1String("dossiers")).toString(),
                      stats.value(QLatin1String("history")).toString(), stats.value(QLatin1String("files")).toString(),
                      stats.value(QLatin1String("files_complete")).toString(),
                      stats.value(QLatin1String("decisions")).toString(), shown(now)));
    h += QStringLiteral("</p><table id=\"dossiers\"><tr>");
    const char* const headers[] = {
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Dossier code"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Procedure"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Department"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Applicant"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Received"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Due"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Counter status"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Central status"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "History"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Files"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Decide"),
    };
    for (const char* title : headers)
        h += QStringLiteral("<th>") + esc(QCoreApplication::translate("motcua::PortalPage", title)) +
             QStringLiteral("</th>");
    h += QStringLiteral("</tr>");
    for (const PortalStore::Listed& d : dossiers) {
        h += QStringLiteral("<tr><td>") + esc(d.code) + QStringLiteral("</td><td>") + esc(d.procedure) +
             QStringLiteral("</td><td>") + esc(d.department) + QStringLiteral("</td><td>") + esc(d.applicant) +
             QStringLiteral("</td><td>") + esc(shown(d.receivedAt)) + QStringLiteral("</td><td>") +
             esc(shown(d.dueAt)) + QStringLiteral("</td><td>") + esc(statusLabel(d.status)) +
             QStringLiteral("</td><td>") + esc(statusLabel(d.centralStatus)) + QStringLiteral("</td><td>") +
             QString::number(d.history) + QStringLiteral("</td><td>") + QString::number(d.files) +
             QStringLiteral("</td><td>");
        h +=
            QStringLiteral("<form method=\"post\" action=\"/decide\"><input type=\"hidden\" name=\"MaHoSo\" value=\"") +
            esc(d.code) + QStringLiteral("\"><select name=\"TrangThaiHoSo\">");
        for (int s : {4, 5, 8, 9, 10}) {
            h += QStringLiteral("<option value=\"%1\">").arg(s) + esc(statusLabel(QString::number(s))) +
                 QStringLiteral("</option>");
        }
        h += QStringLiteral("</select> <input name=\"NoiDungXuLy\" size=\"16\"> <button>") +
             esc(QCoreApplication::translate("motcua::PortalPage", "Decide")) +
             QStringLiteral("</button></form></td></tr>");
    }
    h += QStringLiteral("</table></body></html>\n");
    return h.toUtf8();
}

QByteArray PortalPage::renderNational(const QList<PortalNational::Listed>& records)
{
    QString h = QStringLiteral("<h2>") +
                esc(QCoreApplication::translate("motcua::PortalPage", "Received at the national-shape endpoint")) +
                QStringLiteral("</h2><table id=\"national\"><tr>");
    const char* const headers[] = {
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Dossier code"), QT_TRANSLATE_NOOP("motcua::PortalPage", "Status"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Applicant"),    QT_TRANSLATE_NOOP("motcua::PortalPage", "Channel"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "Adds"),         QT_TRANSLATE_NOOP("motcua::PortalPage", "Updates"),
        QT_TRANSLATE_NOOP("motcua::PortalPage", "History"),
    };
    for (const char* title : headers)
        h += QStringLiteral("<th>") + esc(QCoreApplication::translate("motcua::PortalPage", title)) +
             QStringLiteral("</th>");
    h += QStringLiteral("</tr>");
    for (const PortalNational::Listed& r : records) {
        h += QStringLiteral("<tr><td>") + esc(r.code) + QStringLiteral("</td><td>") + esc(statusLabel(r.status)) +
             QStringLiteral("</td><td>") + esc(r.applicant) + QStringLiteral("</td><td>") + esc(r.channel) +
             QStringLiteral("</td><td>%1</td><td>%2</td><td>%3</td></tr>").arg(r.adds).arg(r.updates).arg(r.rows);
    }
    h += QStringLiteral("</table>");
    return h.toUtf8();
}

} // namespace motcua

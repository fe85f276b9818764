#include "center/CenterLogFormat.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <cstdio>

namespace motcua {

namespace {

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void writeJson(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static QMutex mutex; // the worker threads log too: whole lines only
    const QJsonObject line{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("level"), QString::fromLatin1(levelName(type))},
        {QStringLiteral("category"), QString::fromLatin1(context.category ? context.category : "default")},
        {QStringLiteral("message"), message}};
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&mutex);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void installJsonLog()
{
    qInstallMessageHandler(writeJson);
}

} // namespace motcua

// MC_DauChuoi at motcua-center (PROTOCOL.md 3.16, schema 005): each station's last audit trail
// head is kept; a head that continues it is accepted, one that goes back or changes an earlier
// MAC is refused (16), kept as an alert and logged; the head of a bundle is its signer's.
#include "PortalFixture.h"
#include "center/CenterAuditHeads.h"
#include "center/CenterDatabase.h"
#include "sync/OfflineBundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {
QString mac(char c)
{
    return QString(64, QLatin1Char(c));
}
QJsonObject head(const QString& station, qint64 seq, const QString& m, const QList<QPair<qint64, QString>>& earlier)
{
    QJsonArray list;
    for (const auto& [s, e] : earlier)
        list.append(QJsonObject{{QStringLiteral("ThuTu"), QString::number(s)}, {QStringLiteral("Mac"), e}});
    return {{QStringLiteral("May"), station},
            {QStringLiteral("ThuTu"), QString::number(seq)},
            {QStringLiteral("Mac"), m},
            {QStringLiteral("Truoc"), list}};
}
} // namespace

class TestCenterAuditHeads : public QObject
{
    Q_OBJECT

private:
    PortalFixture m_center{{}, PortalFixture::Server::Center};
    QString m_session;

    QString report(const QJsonObject& fields)
    {
        return m_center.http().call(m_session, m_center.madonvi(), QStringLiteral("MC_DauChuoi"), fields).code();
    }
    // The kept sequence of station 1 and the listing; the command's exit code.
    int listing(qint64* seq, QString* text)
    {
        QByteArray out;
        const int rc = m_center.centerCommand(
            {QStringLiteral("audit-heads"), QStringLiteral("--lang"), QStringLiteral("en")}, &out);
        *text = QString::fromUtf8(out);
        *seq = -1;
        for (const QString& line : text->split(QLatin1Char('\n'))) {
            const QStringList cells = line.split(QLatin1Char('\t'));
            if (cells.size() >= 6 && cells.at(0) == QLatin1String("1"))
                *seq = cells.at(1).toLongLong();
        }
        return rc;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_center.start(), qPrintable(m_center.errorString()));
        m_session = m_center.http().login(m_center.username(), m_center.password());
        QVERIFY(!m_session.isEmpty());
    }

    void headsThatContinueAreKept()
    {
        QCOMPARE(report(head(QStringLiteral("1"), 10, mac('a'), {})), QStringLiteral("0"));
        QCOMPARE(report(head(QStringLiteral("1"), 10, mac('a'), {})), QStringLiteral("0")); // the same again
        QCOMPARE(report(head(QStringLiteral("1"), 20, mac('b'), {{10, mac('a')}})), QStringLiteral("0"));
        qint64 seq = 0;
        QString text;
        QCOMPARE(listing(&seq, &text), 0);
        QCOMPARE(seq, qint64(20));
        QVERIFY2(!text.contains(QStringLiteral("ALERT")), qPrintable(text));
    }

    void rewritesAreRefused_data()
    {
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<QString>("mac");
        QTest::addColumn<qint64>("earlierSeq"); // 0: none
        QTest::addColumn<QString>("earlierMac");
        QTest::addColumn<QString>("reason");
        QTest::newRow("goes back") << qint64(15) << mac('c') << qint64(0) << QString() << QStringLiteral("backwards");
        QTest::newRow("same head, other MAC")
            << qint64(20) << mac('d') << qint64(0) << QString() << QStringLiteral("changed");
        QTest::newRow("later, kept head changed")
            << qint64(30) << mac('e') << qint64(20) << mac('f') << QStringLiteral("changed");
        QTest::newRow("later, kept head missing")
            << qint64(30) << mac('e') << qint64(10) << mac('a') << QStringLiteral("unlinked");
    }

    void rewritesAreRefused()
    {
        QFETCH(qint64, seq);
        QFETCH(QString, mac);
        QFETCH(qint64, earlierSeq);
        QFETCH(QString, earlierMac);
        QFETCH(QString, reason);
        QList<QPair<qint64, QString>> earlier;
        if (earlierSeq > 0)
            earlier.append({earlierSeq, earlierMac});
        QCOMPARE(report(head(QStringLiteral("1"), seq, mac, earlier)), QStringLiteral("17"));
        qint64 kept = 0;
        QString text;
        QCOMPARE(listing(&kept, &text), 1);
        QCOMPARE(kept, qint64(20)); // the kept head does not move
        QVERIFY2(
            text.contains(
                QStringLiteral("ALERT station 1: %1, kept sequence 20, reported sequence %2").arg(reason).arg(seq)),
            qPrintable(text));
    }

    void aWarningIsLogged()
    {
        // The store itself, on the same database: a refusal is one warning line naming the
        // station, the reason and the sequences (never a MAC).
        static QStringList warnings;
        warnings.clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
                if (type == QtWarningMsg)
                    warnings.append(message);
            });
        CenterDatabase db(m_center.cluster()->conninfo());
        PortalAuditHead back;
        back.station = 1;
        back.seq = 5;
        back.mac = QByteArray(32, 'x');
        const auto verdict = CenterAuditHeads(db).record(back, 1765000000);
        qInstallMessageHandler(previous);
        QVERIFY(verdict.ok());
        QVERIFY(!verdict->accepted);
        QCOMPARE(verdict->reason, QStringLiteral("backwards"));
        QCOMPARE(verdict->keptSeq, qint64(20));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QStringLiteral("audit trail head refused: station 1 reason backwards")),
                 qPrintable(warnings.first()));
        QVERIFY(!warnings.first().contains(QString::fromLatin1(back.mac.toHex())));
    }

    void onlyTheStationsOwnHead()
    {
        // Another station's number, or the bundle's mark sent online: malformed (6).
        QCOMPARE(report(head(QStringLiteral("2"), 40, mac('a'), {{20, mac('b')}})), QStringLiteral("6"));
        QJsonObject marked = head(QStringLiteral("1"), 40, mac('a'), {{20, mac('b')}});
        marked.insert(QStringLiteral("TuGoi"), QStringLiteral("True"));
        QCOMPARE(report(marked), QStringLiteral("6"));
        QJsonObject badMac = head(QStringLiteral("1"), 40, QStringLiteral("zz"), {});
        QCOMPARE(report(badMac), QStringLiteral("6"));
    }

    void bundleHeadIsItsSigners()
    {
        // The bundle says station 7; it is signed by station 1, so the head is station 1's.
        auto bundleWith = [&](qint64 seq, const QString& m, qint64 earlierSeq, const QString& earlierMac) {
            QJsonObject request = head(QStringLiteral("7"), seq, m, {{earlierSeq, earlierMac}});
            request.insert(QStringLiteral("service"), QStringLiteral("MC_DauChuoi"));
            const QJsonObject payload{{QStringLiteral("format"), QStringLiteral("motcua-bundle")},
                                      {QStringLiteral("version"), QStringLiteral("1")},
                                      {QStringLiteral("madonvi"), m_center.madonvi()},
                                      {QStringLiteral("requests"), QJsonArray{request}}};
            auto sealed = OfflineBundle::seal(payload, OfflineBundle::stationSecret(m_center.password()), 1);
            return sealed ? QString::fromLatin1(sealed->toBase64()) : QString();
        };
        auto import = [&](const QString& data) {
            return m_center.http().call(
                m_session, m_center.madonvi(), QStringLiteral("MC_NhapGoi"),
                {{QStringLiteral("TenGoi"), QStringLiteral("b.mcb")}, {QStringLiteral("DuLieu"), data}});
        };
        auto r = import(bundleWith(50, mac('9'), 20, mac('b')));
        QCOMPARE(r.code(), QStringLiteral("0"));
        QCOMPARE(r.json.value(QLatin1String("SoLoi")).toString(), QStringLiteral("0"));
        qint64 kept = 0;
        QString text;
        listing(&kept, &text);
        QCOMPARE(kept, qint64(50));
        QVERIFY2(!text.contains(QStringLiteral("\n7\t")), qPrintable(text));
        // An older bundle imported late, after later heads: accepted, changes nothing.
        r = import(bundleWith(20, mac('b'), 10, mac('a')));
        QCOMPARE(r.json.value(QLatin1String("SoLoi")).toString(), QStringLiteral("0"));
        listing(&kept, &text);
        QCOMPARE(kept, qint64(50));
    }
};

QTEST_GUILESS_MAIN(TestCenterAuditHeads)
#include "test_centerauditheads.moc"

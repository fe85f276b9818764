// Drives the built motcuactl as a process on a temporary database, as a set-up script would:
// exit codes, stdout (JSON parsed, text checked) and the one-line errors on stderr.

#include "core/LunarCalendar.h"
#include "support/MotcuactlRun.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAdminPassword = QStringLiteral("admin-pass-2026");
const QString kClerkPassword = QStringLiteral("clerk-pass-2026");

QString dataFile(const QString& name)
{
    return QStringLiteral(MOTCUA_TEST_DATA) + QStringLiteral("/cli/") + name;
}

} // namespace

class TestMotcuactl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void initIsRepeatable();
    void initNeedsAPasswordWithoutTerminal();
    void helpAndUsage_data();
    void helpAndUsage();
    void languageOfMessages_data();
    void languageOfMessages();

    void catalogueList();
    void calendarDue_data();
    void calendarDue();
    void calendarDueRejects_data();
    void calendarDueRejects();
    void holidaysConfirmedYear();
    void holidaysProposedYear();

    void importCatalogueNeedsAnAdministrator();
    void importBadCatalogueLeavesDatabaseUnchanged();

    void dossierCreateShowSearch();
    void dossierCreateRejectsBadFile();

    void usersAddAndList();
    void wrongPasswordRefused();

private:
    // Runs motcuactl --db <db> <args> with only the given password variables set, and no
    // terminal on stdin (so nothing can be prompted for).
    Run run(const QStringList& args, const QString& password = QString(), const QString& newPassword = QString(),
            const QString& db = QString()) const;
    QJsonArray catalogue() const;

    QTemporaryDir m_dir;
    QString m_db;
};

Run TestMotcuactl::run(const QStringList& args, const QString& password, const QString& newPassword,
                       const QString& db) const
{
    MotcuactlCall call = adminCall(db.isEmpty() ? m_db : db, args, password, kAdminPassword);
    call.newPassword = newPassword;
    call.timeoutMs = 30000;
    return runMotcuactl(call);
}

QJsonArray TestMotcuactl::catalogue() const
{
    const Run r = run({QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning() << r.errText();
    return r.array();
}

void TestMotcuactl::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(MOTCUACTL_PATH)), MOTCUACTL_PATH);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("center.db"));

    Run r = run(initAdminArgs(), kAdminPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("admin")), r.out.constData());
    QVERIFY(QFileInfo::exists(m_db));

    r = run(addClerkArgs(), kAdminPassword, kClerkPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestMotcuactl::initIsRepeatable()
{
    // The run script calls init --admin on every start: no password needed, nothing changes.
    const Run r =
        run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("someone"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("admin_created")).toBool(true), false);

    const Run list = run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json"),
                          QStringLiteral("--user"), QStringLiteral("admin")},
                         kAdminPassword);
    QCOMPARE(list.exitCode, 0);
    for (const QJsonValue& u : list.array())
        QVERIFY(u.toObject().value(QStringLiteral("username")).toString() != QLatin1String("someone"));
}

void TestMotcuactl::initNeedsAPasswordWithoutTerminal()
{
    const QString db = m_dir.filePath(QStringLiteral("fresh.db"));
    Run r = run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("root")}, QString(), QString(), db);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().startsWith(QStringLiteral("motcuactl")), r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral("MOTCUA_PASSWORD")), r.err.constData());
    QCOMPARE(r.errText().count(QLatin1Char('\n')), 1);

    // The database exists, with the demo center, and still waits for its administrator.
    r = run({QStringLiteral("init"), QStringLiteral("--json")}, QString(), QString(), db);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("needs_first_admin")).toBool(), true);
}

void TestMotcuactl::helpAndUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // in stdout for 0, stderr otherwise

    QTest::newRow("main help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("Exit codes");
    QTest::newRow("command help") << QStringList{QStringLiteral("calendar"), QStringLiteral("due"),
                                                 QStringLiteral("--help")}
                                  << 0 << QStringLiteral("--working-days");
    QTest::newRow("group help") << QStringList{QStringLiteral("users"), QStringLiteral("--help")} << 0
                                << QStringLiteral("MOTCUA_NEW_PASSWORD");
    QTest::newRow("needs user in help") << QStringList{QStringLiteral("dossier"), QStringLiteral("create"),
                                                       QStringLiteral("--help")}
                                        << 0 << QStringLiteral("--user");
    QTest::newRow("no command") << QStringList{} << 2 << QStringLiteral("Usage");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("frobnicate");
    QTest::newRow("missing subcommand") << QStringList{QStringLiteral("calendar")} << 2 << QStringLiteral("due");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("catalogue"), QStringLiteral("list"),
                                                   QStringLiteral("--colour")}
                                    << 2 << QStringLiteral("colour");
}

void TestMotcuactl::helpAndUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    const QString text = exitCode == 0 ? r.outText() : r.errText();
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestMotcuactl::languageOfMessages_data()
{
    // MOTCUA_LANG as the call's environment has it ("" removes it), the arguments, and a phrase of
    // the message in the language expected.
    QTest::addColumn<QString>("env");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QStringList bogus{QStringLiteral("frobnicate")};
    QTest::newRow("vietnamese by default") << QString() << bogus << QStringLiteral("không hợp lệ");
    QTest::newRow("environment en") << QStringLiteral("en") << bogus << QStringLiteral("unknown command");
    QTest::newRow("option en beats environment")
        << QStringLiteral("vi")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("frobnicate")}
        << QStringLiteral("unknown command");
    QTest::newRow("option vi beats environment")
        << QStringLiteral("en") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("--lang=vi")}
        << QStringLiteral("không hợp lệ");
    QTest::newRow("unknown language is vietnamese") << QStringLiteral("xx") << bogus << QStringLiteral("không hợp lệ");
    QTest::newRow("command help in vietnamese")
        << QString() << QStringList{QStringLiteral("users"), QStringLiteral("--help")}
        << QStringLiteral("Các lệnh con");
}

void TestMotcuactl::languageOfMessages()
{
    QFETCH(QString, env);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    MotcuactlCall call;
    call.db = m_db;
    call.args = args;
    call.timeoutMs = 30000;
    if (env.isEmpty())
        call.unset.append(QStringLiteral("MOTCUA_LANG"));
    else
        call.set.append(QStringLiteral("MOTCUA_LANG=") + env);
    const Run r = runMotcuactl(call);
    QVERIFY2(!r.crashed && r.exitCode >= 0, qPrintable(r.errText()));
    const QString text = r.outText() + r.errText();
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestMotcuactl::catalogueList()
{
    const QJsonArray list = catalogue();
    QVERIFY2(list.size() >= 40, qPrintable(QString::number(list.size())));
    bool found = false;
    for (const QJsonValue& v : list) {
        const QJsonObject p = v.toObject();
        QVERIFY(!p.value(QStringLiteral("code")).toString().isEmpty());
        QVERIFY(!p.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(!p.value(QStringLiteral("department")).toString().isEmpty());
        QVERIFY(p.value(QStringLiteral("fees")).isArray());
        if (p.value(QStringLiteral("code")).toString() == QLatin1String("1.002010")) {
            found = true;
            QCOMPARE(p.value(QStringLiteral("time")).toDouble(), 7.0);
            QCOMPARE(p.value(QStringLiteral("unit")).toString(), QStringLiteral("working_days"));
            QCOMPARE(p.value(QStringLiteral("department_name")).toString(), QStringLiteral("Sở Tư pháp"));
        }
    }
    QVERIFY(found);

    const Run text = run({QStringLiteral("catalogue"), QStringLiteral("list")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.outText().contains(QStringLiteral("Đăng ký hoạt động của tổ chức hành nghề luật sư")));

    const Run unknown = run({QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--department"),
                             QStringLiteral("NO-SUCH-DEPT")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.errText().contains(QStringLiteral("NO-SUCH-DEPT")));
}

void TestMotcuactl::calendarDue_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("appointment");

    const QString due = QStringLiteral("--received");
    // Received Friday before Tết 2026 (Sat 14 – Sun 22 Feb): five working days end on Friday 27.
    QTest::newRow("working days, Vietnam time")
        << QStringList{QStringLiteral("--working-days"), QStringLiteral("5"), due, QStringLiteral("2026-02-13T15:00")}
        << QStringLiteral("2026-02-27T15:00:00+07:00");
    QTest::newRow("explicit +07:00") << QStringList{QStringLiteral("--working-days"), QStringLiteral("5"), due,
                                                    QStringLiteral("2026-02-13T15:00:00+07:00")}
                                     << QStringLiteral("2026-02-27T15:00:00+07:00");
    QTest::newRow("UTC converts") << QStringList{QStringLiteral("--working-days"), QStringLiteral("5"), due,
                                                 QStringLiteral("2026-02-13T08:00Z")}
                                  << QStringLiteral("2026-02-27T15:00:00+07:00");
    QTest::newRow("other offset converts") << QStringList{QStringLiteral("--working-days"), QStringLiteral("5"), due,
                                                          QStringLiteral("2026-02-13T10:00:00+02:00")}
                                           << QStringLiteral("2026-02-27T15:00:00+07:00");
    // Two working hours on Friday afternoon, two on the Monday after Tết.
    QTest::newRow("working hours") << QStringList{QStringLiteral("--working-hours"), QStringLiteral("4"), due,
                                                  QStringLiteral("2026-02-13T15:00")}
                                   << QStringLiteral("2026-02-23T09:00:00+07:00");
    // Demo catalogue: 1.002010 takes 7 working days at the counter.
    QTest::newRow("procedure") << QStringList{QStringLiteral("--procedure"), QStringLiteral("1.002010"), due,
                                              QStringLiteral("2026-02-13T15:00")}
                               << QStringLiteral("2026-03-03T15:00:00+07:00");
    // 2.002206: 3 working days at the counter, 2 online.
    QTest::newRow("procedure, counter") << QStringList{QStringLiteral("--procedure"), QStringLiteral("2.002206"), due,
                                                       QStringLiteral("2026-03-02T09:00")}
                                        << QStringLiteral("2026-03-05T09:00:00+07:00");
    QTest::newRow("procedure, online") << QStringList{QStringLiteral("--procedure"),
                                                      QStringLiteral("2.002206"),
                                                      QStringLiteral("--channel"),
                                                      QStringLiteral("online"),
                                                      due,
                                                      QStringLiteral("2026-03-02T09:00")}
                                       << QStringLiteral("2026-03-04T09:00:00+07:00");
}

void TestMotcuactl::calendarDue()
{
    QFETCH(QStringList, args);
    QFETCH(QString, appointment);
    const Run r = run(QStringList{QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--json")} + args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("appointment")).toString(), appointment);
    QVERIFY(!o.value(QStringLiteral("rule")).toString().isEmpty());

    // Text mode says the same.
    const Run text = run(QStringList{QStringLiteral("calendar"), QStringLiteral("due")} + args);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.outText().contains(appointment), text.out.constData());
}

void TestMotcuactl::calendarDueRejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    const QString days = QStringLiteral("--working-days");
    const QString received = QStringLiteral("--received");
    QTest::newRow("30 February") << QStringList{days, QStringLiteral("5"), received, QStringLiteral("2026-02-30T10:00")}
                                 << QStringLiteral("2026-02-30T10:00");
    QTest::newRow("hour 25") << QStringList{days, QStringLiteral("5"), received, QStringLiteral("2026-02-13T25:00")}
                             << QStringLiteral("2026-02-13T25:00");
    QTest::newRow("not a date") << QStringList{days, QStringLiteral("5"), received, QStringLiteral("yesterday")}
                                << QStringLiteral("yesterday");
    QTest::newRow("bad offset") << QStringList{days, QStringLiteral("5"), received,
                                               QStringLiteral("2026-02-13T10:00+25:00")}
                                << QStringLiteral("+25:00");
    QTest::newRow("no received") << QStringList{days, QStringLiteral("5")} << QStringLiteral("--received");
    QTest::newRow("two modes") << QStringList{days,
                                              QStringLiteral("5"),
                                              QStringLiteral("--calendar-days"),
                                              QStringLiteral("3"),
                                              received,
                                              QStringLiteral("2026-02-13T10:00")}
                               << QStringLiteral("exactly one");
    QTest::newRow("negative days") << QStringList{days, QStringLiteral("-1"), received,
                                                  QStringLiteral("2026-02-13T10:00")}
                                   << QStringLiteral("-1");
    QTest::newRow("unknown procedure") << QStringList{QStringLiteral("--procedure"), QStringLiteral("9.999999"),
                                                      received, QStringLiteral("2026-02-13T10:00")}
                                       << QStringLiteral("9.999999");
    QTest::newRow("received before the calendar's years")
        << QStringList{days, QStringLiteral("5"), received, QStringLiteral("1985-03-04T10:00")}
        << QStringLiteral("2000–2100");
    QTest::newRow("appointment after the calendar's years")
        << QStringList{QStringLiteral("--calendar-days"), QStringLiteral("30"), received,
                       QStringLiteral("2100-12-20T10:00")}
        << QStringLiteral("2101");
    QTest::newRow("unknown channel") << QStringList{QStringLiteral("--procedure"),
                                                    QStringLiteral("1.002010"),
                                                    QStringLiteral("--channel"),
                                                    QStringLiteral("fax"),
                                                    received,
                                                    QStringLiteral("2026-02-13T10:00")}
                                     << QStringLiteral("fax");
}

void TestMotcuactl::calendarDueRejects()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(QStringList{QStringLiteral("calendar"), QStringLiteral("due")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.errText().startsWith(QStringLiteral("motcuactl")), r.err.constData());
    QVERIFY2(r.errText().contains(message), r.err.constData());
}

void TestMotcuactl::holidaysConfirmedYear()
{
    const Run r =
        run({QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("2026"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray rows = r.array();
    QVERIFY(!rows.isEmpty());
    bool tet = false;
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        QVERIFY(row.value(QStringLiteral("date")).toString().startsWith(QStringLiteral("2026-")));
        QVERIFY(row.value(QStringLiteral("confirmed")).toBool());
        if (row.value(QStringLiteral("date")).toString() == QLatin1String("2026-02-16"))
            tet = row.value(QStringLiteral("kind")).toString() == QLatin1String("holiday");
    }
    QVERIFY(tet);

    const Run bad = run({QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("twenty")});
    QCOMPARE(bad.exitCode, 2);

    // A year the calendar is not kept for is refused with the range, never an empty list.
    for (const QString& year : {QStringLiteral("1985"), QStringLiteral("2101")}) {
        for (const bool json : {false, true}) {
            QStringList args{QStringLiteral("calendar"), QStringLiteral("holidays"), year};
            if (json)
                args.append(QStringLiteral("--json"));
            const Run outside = run(args);
            QCOMPARE(outside.exitCode, 2);
            QVERIFY2(outside.out.isEmpty(), outside.out.constData());
            QVERIFY2(outside.errText().contains(year), outside.err.constData());
            QVERIFY2(outside.errText().contains(QStringLiteral("2000–2100")), outside.err.constData());
        }
    }
}

void TestMotcuactl::holidaysProposedYear()
{
    // No rows for 2031: the lunar-calendar proposal, which includes Tết.
    const QString tet = motcua::LunarCalendar::newYear(2031).toString(Qt::ISODate);
    const Run r =
        run({QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("2031"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    bool found = false;
    for (const QJsonValue& v : r.array()) {
        const QJsonObject row = v.toObject();
        QCOMPARE(row.value(QStringLiteral("confirmed")).toBool(true), false);
        if (row.value(QStringLiteral("date")).toString() == tet)
            found = row.value(QStringLiteral("kind")).toString() == QLatin1String("holiday");
    }
    QVERIFY2(found, qPrintable(tet));

    const Run text = run({QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("2031")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.outText().contains(QStringLiteral("PROPOSED")));
    QVERIFY(text.outText().contains(tet));
}

void TestMotcuactl::importCatalogueNeedsAnAdministrator()
{
    const auto hasCode = [](const QJsonArray& list, const QString& code) {
        for (const QJsonValue& v : list) {
            if (v.toObject().value(QStringLiteral("code")).toString() == code)
                return true;
        }
        return false;
    };
    const QStringList args{QStringLiteral("import-catalogue"), dataFile(QStringLiteral("catalogue-extra.json"))};

    const Run clerk = run(args + QStringList{QStringLiteral("--user"), QStringLiteral("clerk1")}, kClerkPassword);
    QCOMPARE(clerk.exitCode, 3);
    QVERIFY(clerk.errText().startsWith(QStringLiteral("motcuactl")));
    QVERIFY(!hasCode(catalogue(), QStringLiteral("9.990001")));

    const Run admin =
        run(args + QStringList{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--json")},
            kAdminPassword);
    QVERIFY2(admin.exitCode == 0, admin.err.constData());
    QCOMPARE(admin.json().value(QStringLiteral("procedures_added")).toInt(), 1);
    const QJsonArray after = catalogue();
    QVERIFY(hasCode(after, QStringLiteral("9.990001")));
    QVERIFY(hasCode(after, QStringLiteral("1.002010"))); // the demo catalogue stays

    const Run dept = run({QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--json"),
                          QStringLiteral("--department"), QStringLiteral("TEST-CLI-DEPT")});
    QCOMPARE(dept.exitCode, 0);
    QCOMPARE(dept.array().size(), 1);
}

void TestMotcuactl::importBadCatalogueLeavesDatabaseUnchanged()
{
    const Run before = run({QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(before.exitCode, 0);

    const Run bad = run({QStringLiteral("import-catalogue"), dataFile(QStringLiteral("catalogue-bad.json")),
                         QStringLiteral("--user"), QStringLiteral("admin")},
                        kAdminPassword);
    QCOMPARE(bad.exitCode, 2);
    // The message names the record and the field.
    QVERIFY2(bad.errText().contains(QStringLiteral("9.990003")), bad.err.constData());
    QVERIFY2(bad.errText().contains(QStringLiteral("channels[0].time.unit")), bad.err.constData());
    QCOMPARE(bad.errText().count(QLatin1Char('\n')), 1);

    const Run after = run({QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, before.out); // not even the valid procedure before the bad one

    const Run missing = run({QStringLiteral("import-catalogue"), m_dir.filePath(QStringLiteral("none.json")),
                             QStringLiteral("--user"), QStringLiteral("admin")},
                            kAdminPassword);
    QCOMPARE(missing.exitCode, 2);
}

void TestMotcuactl::dossierCreateShowSearch()
{
    const Run created =
        run({QStringLiteral("dossier"), QStringLiteral("create"), dataFile(QStringLiteral("dossier.json")),
             QStringLiteral("--user"), QStringLiteral("clerk1"), QStringLiteral("--json")},
            kClerkPassword);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QJsonObject receipt = created.json();
    const QString code = receipt.value(QStringLiteral("code")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^[0-9A-Z.]+-\d{6}-\d{4}$)")).match(code).hasMatch(),
             qPrintable(code));
    const QString appointment = receipt.value(QStringLiteral("appointment")).toString();
    QVERIFY2(appointment.endsWith(QStringLiteral("+07:00")), qPrintable(appointment));
    QVERIFY(!receipt.value(QStringLiteral("rule")).toString().isEmpty());

    const Run shown = run({QStringLiteral("dossier"), QStringLiteral("show"), code, QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject dossier = shown.json();
    QCOMPARE(dossier.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(dossier.value(QStringLiteral("procedure")).toString(), QStringLiteral("1.000426"));
    QCOMPARE(dossier.value(QStringLiteral("received_by")).toString(), QStringLiteral("clerk1"));
    QCOMPARE(dossier.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Đặng Văn Đức"));

    const Run text = run({QStringLiteral("dossier"), QStringLiteral("show"), code});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.outText().contains(QStringLiteral("Đặng Văn Đức")));

    // The name without diacritics, unquoted words: one query.
    const Run found = run({QStringLiteral("search"), QStringLiteral("dang"), QStringLiteral("van"),
                           QStringLiteral("duc"), QStringLiteral("--json")});
    QCOMPARE(found.exitCode, 0);
    bool hit = false;
    for (const QJsonValue& v : found.array()) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("code")).toString() == code) {
            hit = true;
            QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("Đặng Văn Đức"));
            QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("received"));
            QCOMPARE(row.value(QStringLiteral("appointment")).toString(), appointment);
        }
    }
    QVERIFY(hit);

    const Run byCode = run({QStringLiteral("search"), code});
    QCOMPARE(byCode.exitCode, 0);
    QVERIFY(byCode.outText().contains(code));

    const Run none = run({QStringLiteral("search"), QStringLiteral("khong co ai"), QStringLiteral("--json")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.array().isEmpty());

    const Run unknown =
        run({QStringLiteral("dossier"), QStringLiteral("show"), QStringLiteral("000.00.00.H34-200101-9999")});
    QCOMPARE(unknown.exitCode, 2);
}

void TestMotcuactl::dossierCreateRejectsBadFile()
{
    QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"procedure": "1.000426", "applicant": {"name": "Lê Văn Tám", "id_number": "123"}})");
    broken.close();
    const Run r = run({QStringLiteral("dossier"), QStringLiteral("create"), broken.fileName(), QStringLiteral("--user"),
                       QStringLiteral("clerk1")},
                      kClerkPassword);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("id_number")), r.err.constData());

    // A file that is not JSON is refused before any password is needed.
    QFile garbage(m_dir.filePath(QStringLiteral("garbage.json")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("{ not json");
    garbage.close();
    const Run g = run({QStringLiteral("dossier"), QStringLiteral("create"), garbage.fileName(),
                       QStringLiteral("--user"), QStringLiteral("clerk1")});
    QCOMPARE(g.exitCode, 2);
    QVERIFY2(g.errText().contains(QStringLiteral("garbage.json")), g.err.constData());

    const Run noUser =
        run({QStringLiteral("dossier"), QStringLiteral("create"), dataFile(QStringLiteral("dossier.json"))},
            kClerkPassword);
    QCOMPARE(noUser.exitCode, 2);
    QVERIFY(noUser.errText().contains(QStringLiteral("--user")));
}

void TestMotcuactl::usersAddAndList()
{
    const QStringList asAdmin{QStringLiteral("--user"), QStringLiteral("admin")};
    const QStringList add{QStringLiteral("users"),          QStringLiteral("add"),        QStringLiteral("sup1"),
                          QStringLiteral("--role"),         QStringLiteral("supervisor"), QStringLiteral("--name"),
                          QStringLiteral("Nguyễn Văn Bình")};
    Run r = run(add + asAdmin + QStringList{QStringLiteral("--json")}, kAdminPassword, QStringLiteral("sup-pass-2026"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));

    // The new account can sign in with its password.
    r = run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--user"),
             QStringLiteral("sup1")},
            QStringLiteral("sup-pass-2026"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QHash<QString, QString> roles;
    for (const QJsonValue& v : r.array())
        roles.insert(v.toObject().value(QStringLiteral("username")).toString(),
                     v.toObject().value(QStringLiteral("role")).toString());
    QCOMPARE(roles.value(QStringLiteral("admin")), QStringLiteral("admin"));
    QCOMPARE(roles.value(QStringLiteral("clerk1")), QStringLiteral("clerk"));
    QCOMPARE(roles.value(QStringLiteral("sup1")), QStringLiteral("supervisor"));

    const Run text =
        run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("admin")},
            kAdminPassword);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.outText().contains(QStringLiteral("Nguyễn Văn Bình")));

    // Duplicate name: bad input. A clerk may not add users: refused.
    QCOMPARE(run(add + asAdmin, kAdminPassword, QStringLiteral("sup-pass-2026")).exitCode, 2);
    QCOMPARE(run(QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("clerk2"),
                             QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--name"),
                             QStringLiteral("Lê Thị Hoa"), QStringLiteral("--user"), QStringLiteral("clerk1")},
                 kClerkPassword, QStringLiteral("clerk2-pass-2026"))
                 .exitCode,
             3);
    QCOMPARE(run(QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("boss"),
                             QStringLiteral("--role"), QStringLiteral("king"), QStringLiteral("--name"),
                             QStringLiteral("Boss")} +
                     asAdmin,
                 kAdminPassword, QStringLiteral("boss-pass-2026"))
                 .exitCode,
             2);
    // No new password and no terminal: bad input, nothing added.
    r = run(QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("clerk3"),
                        QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--name"),
                        QStringLiteral("Phạm Văn C")} +
                asAdmin,
            kAdminPassword);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.errText().contains(QStringLiteral("MOTCUA_NEW_PASSWORD")));
}

void TestMotcuactl::wrongPasswordRefused()
{
    const QStringList list{QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--user"),
                           QStringLiteral("admin")};
    Run r = run(list, QStringLiteral("not-the-password"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.errText().startsWith(QStringLiteral("motcuactl")));
    QCOMPARE(r.errText().count(QLatin1Char('\n')), 1);

    // An unknown user reads the same, so names cannot be probed.
    const Run stranger =
        run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("nobody")},
            QStringLiteral("not-the-password"));
    QCOMPARE(stranger.exitCode, 3);
    QCOMPARE(stranger.err, r.err);

    r = run(list);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.errText().contains(QStringLiteral("MOTCUA_PASSWORD")));
}

QTEST_GUILESS_MAIN(TestMotcuactl)
#include "test_motcuactl.moc"

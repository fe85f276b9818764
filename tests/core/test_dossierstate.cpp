#include "core/DossierState.h"

#include <QList>
#include <QSet>
#include <QTest>

using namespace motcua;

Q_DECLARE_METATYPE(motcua::DossierState)

class TestDossierState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nationalCodes_data();
    void nationalCodes();
    void transitions_data();
    void transitions();
    void terminalStatesRefuseEverything();
    void keysRoundTrip();
    void initialStates();
};

void TestDossierState::nationalCodes_data()
{
    QTest::addColumn<DossierState>("state");
    QTest::addColumn<int>("code");
    QTest::newRow("submitted") << DossierState::Submitted << 1;
    QTest::newRow("received") << DossierState::Received << 2;
    QTest::newRow("refused") << DossierState::Refused << 3;
    QTest::newRow("transferred") << DossierState::Transferred << 4;
    QTest::newRow("processing") << DossierState::Processing << 4;
    QTest::newRow("supplement requested") << DossierState::SupplementRequested << 5;
    QTest::newRow("supplement received") << DossierState::SupplementReceived << 4;
    QTest::newRow("awaiting fees") << DossierState::AwaitingFees << 6;
    QTest::newRow("withdrawn") << DossierState::Withdrawn << 7;
    QTest::newRow("stopped") << DossierState::Stopped << 8;
    QTest::newRow("done") << DossierState::Done << 9;
    QTest::newRow("returned") << DossierState::Returned << 10;
}

void TestDossierState::nationalCodes()
{
    QFETCH(DossierState, state);
    QFETCH(int, code);
    QCOMPARE(nationalCode(state), code);
}

// Every (from, to) pair: the legal ones from the lifecycle in docs/domain.md#dossier-states, all others refused.
void TestDossierState::transitions_data()
{
    using S = DossierState;
    const QList<QPair<S, S>> legal = {
        {S::Submitted, S::Received},
        {S::Submitted, S::Refused},
        {S::Submitted, S::SupplementRequested},
        {S::Submitted, S::Withdrawn},
        {S::Received, S::Transferred},
        {S::Received, S::Processing},
        {S::Received, S::SupplementRequested},
        {S::Received, S::AwaitingFees},
        {S::Received, S::Withdrawn},
        {S::Transferred, S::Processing},
        {S::Transferred, S::Transferred},
        {S::Transferred, S::Withdrawn},
        {S::Processing, S::Transferred},
        {S::Processing, S::SupplementRequested},
        {S::Processing, S::AwaitingFees},
        {S::Processing, S::Done},
        {S::Processing, S::Stopped},
        {S::Processing, S::Withdrawn},
        {S::SupplementRequested, S::SupplementReceived},
        {S::SupplementRequested, S::Withdrawn},
        {S::SupplementRequested, S::Stopped},
        {S::SupplementReceived, S::Processing},
        {S::SupplementReceived, S::Transferred},
        {S::SupplementReceived, S::Withdrawn},
        {S::AwaitingFees, S::Processing},
        {S::AwaitingFees, S::Done},
        {S::AwaitingFees, S::Withdrawn},
        {S::Done, S::Returned},
    };
    QTest::addColumn<DossierState>("from");
    QTest::addColumn<DossierState>("to");
    QTest::addColumn<bool>("allowed");
    for (DossierState from : allStates()) {
        for (DossierState to : allStates()) {
            const QByteArray name = (stateKey(from) + QStringLiteral(" -> ") + stateKey(to)).toUtf8();
            QTest::newRow(name.constData()) << from << to << legal.contains({from, to});
        }
    }
}

void TestDossierState::transitions()
{
    QFETCH(DossierState, from);
    QFETCH(DossierState, to);
    QFETCH(bool, allowed);
    const Status s = checkTransition(from, to);
    QCOMPARE(s.ok(), allowed);
    if (!allowed) {
        QCOMPARE(s.error().code, Error::Conflict);
        QVERIFY2(s.error().message.contains(stateName(from)), qPrintable(s.error().message));
    }
}

void TestDossierState::terminalStatesRefuseEverything()
{
    for (DossierState s :
         {DossierState::Refused, DossierState::Withdrawn, DossierState::Stopped, DossierState::Returned}) {
        QVERIFY(isTerminal(s));
        QVERIFY(nextStates(s).isEmpty());
    }
    QVERIFY(!isTerminal(DossierState::Done));
}

void TestDossierState::keysRoundTrip()
{
    QSet<QString> keys;
    for (DossierState s : allStates()) {
        DossierState back = DossierState::Submitted;
        QVERIFY(stateFromKey(stateKey(s), &back));
        QCOMPARE(back, s);
        keys.insert(stateKey(s));
    }
    QCOMPARE(keys.size(), allStates().size());
    DossierState unused = DossierState::Submitted;
    QVERIFY(!stateFromKey(QStringLiteral("lost"), &unused));
}

void TestDossierState::initialStates()
{
    QVERIFY(checkInitial(DossierState::Received).ok());
    QVERIFY(checkInitial(DossierState::Refused).ok());
    QVERIFY(checkInitial(DossierState::SupplementRequested).ok());
    QVERIFY(!checkInitial(DossierState::Done).ok());
    QVERIFY(!checkInitial(DossierState::Returned).ok());
}

QTEST_GUILESS_MAIN(TestDossierState)
#include "test_dossierstate.moc"

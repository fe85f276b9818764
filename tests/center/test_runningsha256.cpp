// The attachment hash the center keeps between chunks (app/center/RunningSha256): saved and
// restored after every chunk, wherever the chunks are cut, it gives the file's SHA-256.
#include "center/RunningSha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace motcua;

class TestRunningSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedBetweenChunks_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("chunk");
        QTest::newRow("empty") << 0 << 64;
        QTest::newRow("one byte") << 1 << 64;
        QTest::newRow("one block") << 64 << 64;
        QTest::newRow("blocks, odd chunks") << 1000 << 7;
        QTest::newRow("chunks of 63") << 4096 << 63;
        QTest::newRow("chunks of 65") << 4096 << 65;
        QTest::newRow("1 MiB in 256 KiB") << 1024 * 1024 << 256 * 1024;
        QTest::newRow("uneven last chunk") << 300001 << 100000;
    }

    void savedBetweenChunks()
    {
        QFETCH(int, size);
        QFETCH(int, chunk);
        QByteArray file(size, Qt::Uninitialized);
        QRandomGenerator rng(static_cast<quint32>(size + chunk));
        for (char& c : file)
            c = static_cast<char>(rng.bounded(256));
        QByteArray saved = RunningSha256().save();
        for (int at = 0; at < size; at += chunk) {
            auto running = RunningSha256::restore(saved);
            QVERIFY(running);
            running->add(QByteArrayView(file.constData() + at, qMin(chunk, size - at)));
            saved = running->save();
            QCOMPARE(saved.size(), RunningSha256().save().size());
        }
        const auto done = RunningSha256::restore(saved);
        QVERIFY(done);
        QCOMPARE(done->hex(), QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
        // hex() leaves the state as it was: asking twice gives the same answer.
        QCOMPARE(done->hex(), done->hex());
    }

    void junkRefused_data()
    {
        QTest::addColumn<QByteArray>("saved");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << QByteArray(50, 'x');
        QByteArray badLength = RunningSha256().save();
        badLength[badLength.size() - 4] = 20; // md_len
        QTest::newRow("wrong digest length") << badLength;
        QByteArray badCount = RunningSha256().save();
        badCount[badCount.size() - 8] = 64; // num: a whole block pending
        QTest::newRow("block count past the block") << badCount;
    }

    void junkRefused()
    {
        QFETCH(QByteArray, saved);
        QVERIFY(!RunningSha256::restore(saved));
    }
};

QTEST_GUILESS_MAIN(TestRunningSha256)
#include "test_runningsha256.moc"

// The portal's attachment store (PortalFiles, PROTOCOL.md 3.7) on its own: chunk sizes that
// are and are not whole disk blocks (the block-aligned part of a chunk bypasses the page
// cache, the rest is buffered), the part file's size as the acknowledged offset, a portal
// restarted half-way that hashes the part back from disk, and a wrong SHA-256.
#include "portal/PortalFiles.h"
#include "portal/PortalStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace motcua;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    for (char& c : bytes)
        c = static_cast<char>(gen.bounded(256));
    return bytes;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestPortalFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<PortalStore> m_store;
    std::unique_ptr<PortalFiles> m_files;

    QString folder() const { return m_dir.filePath(QStringLiteral("files")); }

    void reopen()
    {
        m_files.reset();
        m_files = std::make_unique<PortalFiles>(m_store->db(), folder());
        QVERIFY(m_files->init().ok());
    }

    PortalReply put(const QByteArray& file, const QString& sha, qint64 offset, qint64 size)
    {
        PortalFiles::Chunk c;
        c.sha256 = sha;
        c.dossier = QStringLiteral("000.00.00.H34-240315-0001");
        c.fileName = QStringLiteral("scan.pdf");
        c.total = file.size();
        c.offset = offset;
        c.data = file.mid(offset, size);
        return m_files->append(c, 1700000000);
    }

    static qint64 offsetOf(const PortalReply& r)
    {
        return r.fields.value(QLatin1String("ViTri")).toString().toLongLong();
    }
    static bool doneOf(const PortalReply& r)
    {
        return r.fields.value(QLatin1String("HoanTat")).toString() == QLatin1String("True");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<PortalStore>();
        QVERIFY(m_store
                    ->open(m_dir.filePath(QStringLiteral("portal.db")), m_dir.filePath(QStringLiteral("unused")),
                           m_clock, CodeNumbering{})
                    .ok());
        reopen();
    }

    void chunks_data()
    {
        QTest::addColumn<int>("fileSize");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("restartAfter"); // chunks before the portal restarts; -1 never
        // Whole blocks: every partial chunk goes past the page cache, the tail is buffered.
        QTest::newRow("blocks") << 5 * 65536 + 123 << 65536 << -1;
        // Chunks that are not whole blocks: their offsets leave the block grid after the first.
        QTest::newRow("odd steps") << 200000 << 50001 << -1;
        // A file that is whole blocks to its end.
        QTest::newRow("exact blocks") << 8 * 4096 << 3 * 4096 << -1;
        // Largest chunk the portal takes.
        QTest::newRow("4 MiB chunks") << int(PortalFiles::kMaxChunk) * 2 + 4097 << int(PortalFiles::kMaxChunk) << -1;
        // Restarted after two chunks: the running hash is gone, the part is read back.
        QTest::newRow("restart, blocks") << 4 * 65536 + 9 << 65536 << 2;
        QTest::newRow("restart, odd") << 150000 << 40000 << 1;
        QTest::newRow("one chunk") << 1000 << 4096 << -1;
    }

    void chunks()
    {
        QFETCH(int, fileSize);
        QFETCH(int, step);
        QFETCH(int, restartAfter);
        const QByteArray file = randomBytes(fileSize, quint32(fileSize) ^ quint32(step));
        const QString sha = sha256(file);
        qint64 offset = 0;
        int sent = 0;
        while (offset < file.size()) {
            const PortalReply r = put(file, sha, offset, step);
            QVERIFY2(r.ok(), qPrintable(r.message));
            const qint64 next = qMin<qint64>(offset + step, file.size());
            QCOMPARE(offsetOf(r), next);
            QCOMPARE(doneOf(r), next == file.size());
            offset = next;
            if (++sent == restartAfter)
                reopen();
            if (offset < file.size()) {
                // After the write settles the part file on disk is the acknowledged offset.
                const PortalReply status = m_files->status(sha);
                QCOMPARE(offsetOf(status), offset);
                QCOMPARE(QFileInfo(folder() + QLatin1Char('/') + sha + QStringLiteral(".part")).size(), offset);
            }
        }
        QCOMPARE(m_files->content(sha), file);
        QVERIFY(!QFile::exists(folder() + QLatin1Char('/') + sha + QStringLiteral(".part")));
        // Stored once: another upload of the same bytes is complete at once.
        const PortalReply again = put(file, sha, 0, step);
        QVERIFY(again.ok());
        QVERIFY(doneOf(again));
    }

    void wrongSha256StartsOver()
    {
        const QByteArray file = randomBytes(3 * 65536 + 7, 99);
        const QString wrong = sha256(QByteArrayLiteral("other bytes"));
        QVERIFY(put(file, wrong, 0, 65536).ok());
        QVERIFY(put(file, wrong, 65536, 65536).ok());
        const PortalReply last = put(file, wrong, 131072, 65543);
        QVERIFY(!last.ok());
        QCOMPARE(offsetOf(last), 0);
        QVERIFY(m_files->content(wrong).isEmpty());
        QVERIFY(!QFile::exists(folder() + QLatin1Char('/') + wrong + QStringLiteral(".part")));
        QCOMPARE(offsetOf(m_files->status(wrong)), 0);
    }

    void chunkNotAtTheAcknowledgedOffset()
    {
        const QByteArray file = randomBytes(2 * 65536 + 1, 5);
        const QString sha = sha256(file);
        QVERIFY(put(file, sha, 0, 65536).ok());
        // A chunk resent after its answer was lost is told where to go on.
        const PortalReply resent = put(file, sha, 0, 65536);
        QVERIFY(!resent.ok());
        QCOMPARE(offsetOf(resent), 65536);
        QVERIFY(put(file, sha, 65536, 65536).ok());
        QVERIFY(doneOf(put(file, sha, 131072, 1)));
        QCOMPARE(m_files->content(sha), file);
    }
};

QTEST_GUILESS_MAIN(TestPortalFiles)
#include "test_portalfiles.moc"

// The HTTPS client's response reader (HttpResponseReader): every line a portal sends is bounded,
// an answer over a limit is refused as soon as the limit is passed (counted in bytes, not time),
// and a line end is looked for only in bytes not looked at before.
#include "sync/HttpResponseReader.h"

#include <QTest>

using namespace motcua;

namespace {
const QByteArray kChunkedHead =
    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
} // namespace

class TestHttpResponseReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellFormedAnswers_data();
    void wellFormedAnswers();
    void endlessLinesAreRefusedByByteCount_data();
    void endlessLinesAreRefusedByByteCount();
    void scansOnlyNewBytes_data();
    void scansOnlyNewBytes();
};

void TestHttpResponseReader::wellFormedAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("piece"); // bytes per feed()
    QTest::addColumn<QByteArray>("body");
    const QByteArray chunked = kChunkedHead + "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: a\r\n\r\n";
    const QByteArray sized = "HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world";
    const QByteArray interim = "HTTP/1.1 100 Continue\r\n\r\n" + sized;
    for (int piece : {1, 2, 3, 7, 4096}) {
        QTest::addRow("chunked, %d", piece) << chunked << piece << QByteArray("hello world");
        QTest::addRow("length, %d", piece) << sized << piece << QByteArray("hello world");
        QTest::addRow("100 first, %d", piece) << interim << piece << QByteArray("hello world");
    }
    // Header lines up to the limit are fine.
    const QByteArray longHeader =
        "HTTP/1.1 200 OK\r\nX-Long: " + QByteArray(HttpResponseReader::kMaxHeaderLine - 8, 'a') +
        "\r\nContent-Length: 2\r\n\r\nok";
    QTest::newRow("longest header line") << longHeader << 1000 << QByteArray("ok");
}

void TestHttpResponseReader::wellFormedAnswers()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, piece);
    QFETCH(QByteArray, body);
    HttpResponseReader reader;
    for (qsizetype i = 0; i < answer.size(); i += piece)
        reader.feed(answer.mid(i, piece));
    QCOMPARE(reader.state(), HttpResponseReader::Done);
    QCOMPARE(reader.status(), 200);
    QCOMPARE(reader.body(), body);
}

void TestHttpResponseReader::endlessLinesAreRefusedByByteCount_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<char>("filler");
    QTest::addColumn<qint64>("limit"); // refused before this many bytes of filler
    QTest::newRow("chunk-size line") << kChunkedHead << 'f' << qint64(HttpResponseReader::kMaxChunkLine);
    QTest::newRow("chunk extension") << kChunkedHead + "10;name=" << 'x' << qint64(HttpResponseReader::kMaxChunkLine);
    QTest::newRow("status line") << QByteArray("HTTP/1.1 200 ") << 'O' << qint64(HttpResponseReader::kMaxHeaderLine);
    QTest::newRow("header line") << QByteArray("HTTP/1.1 200 OK\r\nX-Endless: ") << 'a'
                                 << qint64(HttpResponseReader::kMaxHeaderLine);
    QTest::newRow("trailer line") << kChunkedHead + "0\r\nX-Endless: " << 'a'
                                  << qint64(HttpResponseReader::kMaxHeaderLine);
    // Many short lines: the head and the trailer as a whole are bounded too.
    QTest::newRow("many header lines") << QByteArray("HTTP/1.1 200 OK\r\n") << '\n'
                                       << qint64(HttpResponseReader::kMaxHead * 2);
    QTest::newRow("many trailer lines") << kChunkedHead + "0\r\n"
                                        << '\n'
                                        << qint64(HttpResponseReader::kMaxTrailer * 2);
}

void TestHttpResponseReader::endlessLinesAreRefusedByByteCount()
{
    QFETCH(QByteArray, prefix);
    QFETCH(char, filler);
    QFETCH(qint64, limit);
    HttpResponseReader reader;
    reader.feed(prefix);
    QVERIFY(reader.state() != HttpResponseReader::Bad);
    // A megabyte of the same line, as a hostile or broken portal would stream it, in pieces of
    // 1 KiB. '\n' as filler stands for "X: y\r\n" lines (short lines that each end).
    const QByteArray piece = filler == '\n' ? QByteArray("X: y\r\n").repeated(171) : QByteArray(1024, filler);
    qint64 fed = 0;
    while (fed < 1024 * 1024 && reader.state() != HttpResponseReader::Bad) {
        reader.feed(piece);
        fed += piece.size();
    }
    QCOMPARE(reader.state(), HttpResponseReader::Bad);
    QVERIFY2(fed <= limit + piece.size(), qPrintable(QStringLiteral("refused after %1 bytes").arg(fed)));
    // Nothing more is read from it.
    reader.feed(piece);
    QCOMPARE(reader.state(), HttpResponseReader::Bad);
}

void TestHttpResponseReader::scansOnlyNewBytes_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("piece");
    // Lines just under their limits, arriving a few bytes at a time: each byte is looked at a
    // bounded number of times (one byte back for a CR split from its LF).
    QByteArray head = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < 7; ++i)
        head += "X-Field-" + QByteArray::number(i) + ": " + QByteArray(HttpResponseReader::kMaxHeaderLine - 20, 'v') +
                "\r\n";
    head += "Transfer-Encoding: chunked\r\n\r\n";
    const QByteArray chunks = "3;" + QByteArray(HttpResponseReader::kMaxChunkLine - 10, 'e') +
                              "\r\nabc\r\n0\r\nT: " + QByteArray(HttpResponseReader::kMaxHeaderLine - 10, 't') +
                              "\r\n\r\n";
    QTest::newRow("1 byte") << head + chunks << 1;
    QTest::newRow("3 bytes") << head + chunks << 3;
    QTest::newRow("1 KiB") << head + chunks << 1024;
}

void TestHttpResponseReader::scansOnlyNewBytes()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, piece);
    HttpResponseReader reader;
    for (qsizetype i = 0; i < answer.size(); i += piece)
        reader.feed(answer.mid(i, piece));
    QCOMPARE(reader.state(), HttpResponseReader::Done);
    QCOMPARE(reader.body(), QByteArray("abc"));
    // Rescanning everything buffered on every piece would be ~answer²/(2·piece): millions here.
    QVERIFY2(
        reader.scannedBytes() <= 2 * answer.size(),
        qPrintable(QStringLiteral("%1 bytes scanned for %2 received").arg(reader.scannedBytes()).arg(answer.size())));
}

QTEST_GUILESS_MAIN(TestHttpResponseReader)
#include "test_httpresponsereader.moc"

#pragma once

#include <QByteArray>

namespace motcua {

// Reads one HTTP/1.1 response from bytes as they arrive (HttpsTransport). Everything a portal
// sends is bounded before it is believed: the whole answer (kMaxAnswer), the head and each of
// its lines, each chunk-size line and the trailer. A line end is looked for only in bytes not
// looked at before, so an answer that dribbles in one byte at a time costs linear work: an
// endless chunk-size line once cost seconds of CPU per megabyte, rescanned on every packet.
// Anything over a limit makes the answer Bad at once, by byte count.
class HttpResponseReader
{
public:
    // The largest real answer, a catalogue page, is far smaller.
    static constexpr qint64 kMaxAnswer = 64 * 1024 * 1024;
    // The status line and header fields together, and each of them.
    static constexpr qsizetype kMaxHead = 64 * 1024;
    static constexpr qsizetype kMaxHeaderLine = 8 * 1024;
    // A chunk-size line: hexadecimal digits and optional extensions (RFC 9112 7.1.1).
    static constexpr qsizetype kMaxChunkLine = 1024;
    // All trailer fields of a chunked answer together, each line at most kMaxHeaderLine.
    static constexpr qsizetype kMaxTrailer = 16 * 1024;

    enum State { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Done, Bad };

    void reset() { *this = HttpResponseReader(); }
    State state() const { return m_state; }
    bool started() const { return m_started; }
    int status() const { return m_status; }
    bool keepAlive() const { return m_keepAlive; }
    const QByteArray& body() const { return m_body; }
    // True when the body ends with the connection (no length given).
    bool endsAtClose() const { return m_state == Body && m_length < 0; }
    // Bytes examined while looking for line ends, in total: stays near the bytes received.
    qint64 scannedBytes() const { return m_scannedTotal; }

    void feed(const QByteArray& bytes);
    // The peer closed: a body that runs to the close is complete.
    void closed();

private:
    static constexpr qsizetype kNeedMore = -1;
    static constexpr qsizetype kTooLong = -2;

    // One step of parsing; false when more bytes are needed.
    bool step();
    // The index of the next "\r\n" at or after m_pos, kNeedMore, or kTooLong when the line
    // already holds more than `cap` bytes. Looks only at bytes after the last call's end.
    qsizetype findLineEnd(qsizetype cap);
    // Consumes the line ending at `eol` and returns it without its CRLF.
    QByteArray takeLine(qsizetype eol);
    bool parseHead(const QByteArray& head);

    State m_state = Head;
    bool m_started = false;
    int m_status = 0;
    bool m_keepAlive = true;
    qint64 m_length = -1;
    qint64 m_chunk = 0;
    QByteArray m_buffer;
    qsizetype m_pos = 0;     // bytes of m_buffer already consumed
    qsizetype m_scanned = 0; // index in m_buffer up to which no line end was found
    qint64 m_scannedTotal = 0;
    QByteArray m_head; // the head's lines so far, '\n'-separated
    qsizetype m_trailer = 0;
    QByteArray m_body;
};

} // namespace motcua

#include "sync/HttpResponseReader.h"

#include <QList>

namespace motcua {

void HttpResponseReader::feed(const QByteArray& bytes)
{
    m_started = m_started || !bytes.isEmpty();
    // Consumed bytes leave the buffer only now and then, so a run of short lines does not move
    // the rest of the buffer once per line.
    if (m_pos > 0 && (m_pos >= 64 * 1024 || m_pos * 2 >= m_buffer.size())) {
        m_buffer.remove(0, m_pos);
        m_scanned = qMax<qsizetype>(0, m_scanned - m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
    while (m_state != Done && m_state != Bad && step()) {
    }
}

void HttpResponseReader::closed()
{
    if (endsAtClose())
        m_state = Done;
}

qsizetype HttpResponseReader::findLineEnd(qsizetype cap)
{
    // A CR at the end of the bytes seen last time may start the CRLF: look one byte back.
    const qsizetype from = qMax(m_pos, m_scanned - 1);
    const qsizetype eol = m_buffer.indexOf("\r\n", from);
    m_scannedTotal += (eol >= 0 ? eol + 2 : m_buffer.size()) - from;
    if (eol >= 0) {
        m_scanned = eol + 2;
        return eol - m_pos > cap ? kTooLong : eol;
    }
    m_scanned = m_buffer.size();
    return m_buffer.size() - m_pos > cap + 1 ? kTooLong : kNeedMore;
}

QByteArray HttpResponseReader::takeLine(qsizetype eol)
{
    QByteArray line = m_buffer.mid(m_pos, eol - m_pos);
    m_pos = eol + 2;
    return line;
}

bool HttpResponseReader::step()
{
    switch (m_state) {
    case Head: {
        const qsizetype eol = findLineEnd(kMaxHeaderLine);
        if (eol == kNeedMore)
            return false;
        if (eol == kTooLong) {
            m_state = Bad;
            return false;
        }
        const QByteArray line = takeLine(eol);
        if (line.isEmpty()) {
            if (m_head.isEmpty())
                return true; // a stray empty line before the status line
            const QByteArray head = m_head;
            m_head.clear();
            if (!parseHead(head))
                m_state = Bad;
            return true;
        }
        m_head += line;
        m_head += '\n';
        if (m_head.size() > kMaxHead)
            m_state = Bad;
        return true;
    }
    case Body: {
        const qsizetype available = m_buffer.size() - m_pos;
        if (m_length < 0) { // until the connection closes
            m_body.append(m_buffer.constData() + m_pos, available);
            m_pos += available;
            if (m_body.size() > kMaxAnswer)
                m_state = Bad;
            return false;
        }
        const qint64 take = qMin<qint64>(m_length - m_body.size(), available);
        m_body.append(m_buffer.constData() + m_pos, take);
        m_pos += take;
        if (m_body.size() == m_length) {
            m_state = Done;
            return true;
        }
        return false;
    }
    case ChunkSize: {
        const qsizetype eol = findLineEnd(kMaxChunkLine);
        if (eol == kNeedMore)
            return false;
        if (eol == kTooLong) {
            m_state = Bad;
            return false;
        }
        QByteArray line = takeLine(eol);
        if (const qsizetype ext = line.indexOf(';'); ext >= 0)
            line.truncate(ext);
        bool ok = false;
        m_chunk = line.trimmed().toLongLong(&ok, 16);
        if (!ok || m_chunk < 0 || m_body.size() + m_chunk > kMaxAnswer) {
            m_state = Bad;
            return true;
        }
        m_state = m_chunk == 0 ? Trailer : ChunkData;
        return true;
    }
    case ChunkData: {
        const qint64 take = qMin<qint64>(m_chunk, m_buffer.size() - m_pos);
        m_body.append(m_buffer.constData() + m_pos, take);
        m_pos += take;
        m_chunk -= take;
        if (m_chunk > 0)
            return false;
        m_state = ChunkEnd;
        return true;
    }
    case ChunkEnd:
        if (m_buffer.size() - m_pos < 2)
            return false;
        if (m_buffer.at(m_pos) != '\r' || m_buffer.at(m_pos + 1) != '\n') {
            m_state = Bad;
            return true;
        }
        m_pos += 2;
        m_scanned = m_pos;
        m_state = ChunkSize;
        return true;
    case Trailer: {
        const qsizetype eol = findLineEnd(kMaxHeaderLine);
        if (eol == kNeedMore) {
            if (m_trailer + (m_buffer.size() - m_pos) > kMaxTrailer)
                m_state = Bad;
            return false;
        }
        if (eol == kTooLong) {
            m_state = Bad;
            return false;
        }
        const qsizetype length = eol - m_pos;
        m_pos = eol + 2;
        m_trailer += length + 2;
        if (length == 0)
            m_state = Done; // the empty line after the trailer fields
        else if (m_trailer > kMaxTrailer)
            m_state = Bad;
        return true;
    }
    case Done:
    case Bad:
        return false;
    }
    return false;
}

bool HttpResponseReader::parseHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> status = lines.first().trimmed().split(' ');
    if (status.size() < 2 || !status.at(0).startsWith("HTTP/1."))
        return false;
    bool ok = false;
    m_status = status.at(1).toInt(&ok);
    if (!ok || m_status < 100 || m_status > 599)
        return false;
    const bool http10 = status.at(0) == "HTTP/1.0";
    m_keepAlive = !http10;
    m_length = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length") {
            m_length = value.toLongLong(&ok);
            if (!ok || m_length < 0 || m_length > kMaxAnswer)
                return false;
        } else if (name == "transfer-encoding") {
            chunked = value.contains("chunked");
        } else if (name == "connection") {
            if (value.contains("close"))
                m_keepAlive = false;
            else if (value.contains("keep-alive"))
                m_keepAlive = true;
        }
    }
    if (m_status < 200) { // an interim answer (100 Continue): the real one follows
        m_state = Head;
        return true;
    }
    if (m_status == 204 || m_status == 304) {
        m_state = Done;
    } else if (chunked) {
        m_state = ChunkSize;
    } else if (m_length >= 0) {
        m_state = m_length == 0 ? Done : Body;
    } else {
        m_state = Body; // until the connection closes
        m_keepAlive = false;
    }
    return true;
}

} // namespace motcua

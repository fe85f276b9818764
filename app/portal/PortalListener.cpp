#include "portal/PortalListener.h"

#include "portal/PortalLog.h"

#include <QCoreApplication>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <cerrno>
#include <cstring>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace motcua::PortalListener {

namespace {

// The request head ends at the first empty line (CRLF CRLF, or bare LF LF as Qt's parser takes).
qsizetype headEnd(const QByteArray& bytes)
{
    const qsizetype crlf = bytes.indexOf("\r\n\r\n");
    const qsizetype lf = bytes.indexOf("\n\n");
    if (crlf < 0)
        return lf < 0 ? -1 : lf + 2;
    return lf < 0 || crlf < lf ? crlf + 4 : lf + 2;
}

// The Content-Length the head declares; -1 when none (or not a number: the parser refuses it).
qint64 declaredLength(const QByteArray& head)
{
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).trimmed().toLower() != "content-length")
            continue;
        bool ok = false;
        const qint64 n = line.mid(colon + 1).trimmed().toLongLong(&ok);
        return ok ? n : -1;
    }
    return -1;
}

class Guard : public QObject
{
public:
    explicit Guard(QTcpSocket* socket)
        : QObject(socket)
        , m_socket(socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, &Guard::arrived);
    }

private:
    void arrived()
    {
        if (m_refused) {
            drain();
            return;
        }
        // The HTTP parser reads each request inside a transaction and commits it when the request
        // is whole: outside one, the unread bytes start a request; inside one, the parser has read
        // all that had arrived, so what is unread now is new.
        const qint64 unread = m_socket->bytesAvailable();
        if (!m_socket->isTransactionStarted()) {
            m_count = 0;
            m_head.clear();
            m_inHead = true;
        }
        m_count += unread;
        if (m_inHead) {
            // The head so far, kept here (at most kMaxHead + 1 bytes) since the parser consumes it.
            m_head += m_socket->peek(qMin(unread, kMaxHead + 1 - m_head.size()));
            const qsizetype end = headEnd(m_head);
            if (end < 0 && m_head.size() > kMaxHead) {
                refuse(431, "Request Header Fields Too Large");
                return;
            }
            if (end >= 0) {
                m_inHead = false;
                if (declaredLength(m_head.left(end)) > kMaxBody) {
                    refuse(413, "Payload Too Large");
                    return;
                }
            }
        }
        if (m_count > kMaxHead + kMaxBody)
            refuse(413, "Payload Too Large");
    }

    void refuse(int status, const char* reason)
    {
        m_refused = true;
        qCInfo(lcPortal) << "request refused before its body was read:" << status;
        drain();
        const QByteArray body = QByteArray::number(status) + ' ' + reason + '\n';
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        out += "Content-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\nConnection: close\r\n\r\n" + body;
        m_socket->write(out);
        m_socket->disconnectFromHost();
    }

    // Throws away what the peer sent, so the parser, whose slot runs after this one, finds nothing.
    void drain()
    {
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
    }

    QTcpSocket* m_socket;
    QByteArray m_head;
    qint64 m_count = 0;
    bool m_inHead = false;
    bool m_refused = false;
};

template<class Base> class GuardedServer final : public Base
{
public:
    using Base::Base;
    QTcpSocket* nextPendingConnection() override
    {
        QTcpSocket* socket = Base::nextPendingConnection();
        if (socket)
            guard(socket);
        return socket;
    }
};

// A listening socket on address:port that other sockets may share (SO_REUSEPORT); -1 and errno.
int sharedSocket(const QHostAddress& address, quint16 port)
{
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    const int fd = ::socket(v4 ? AF_INET : AF_INET6, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    int one = 1;
    int zero = 0;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    int bound = -1;
    if (v4) {
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_port = htons(port);
        sin.sin_addr.s_addr = htonl(address.toIPv4Address());
        bound = ::bind(fd, reinterpret_cast<sockaddr*>(&sin), sizeof sin);
    } else {
        // Any address: both protocols on one socket, as QTcpServer does.
        if (address == QHostAddress::Any || address == QHostAddress::AnyIPv6)
            ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, address == QHostAddress::Any ? &zero : &one, sizeof one);
        sockaddr_in6 sin6{};
        sin6.sin6_family = AF_INET6;
        sin6.sin6_port = htons(port);
        const Q_IPV6ADDR a = address == QHostAddress::Any ? QHostAddress(QHostAddress::AnyIPv6).toIPv6Address()
                                                          : address.toIPv6Address();
        std::memcpy(&sin6.sin6_addr, &a, sizeof a);
        bound = ::bind(fd, reinterpret_cast<sockaddr*>(&sin6), sizeof sin6);
    }
    if (bound != 0 || ::listen(fd, SOMAXCONN) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

} // namespace

void guard(QTcpSocket* socket)
{
    new Guard(socket);
}

Result<QTcpServer*> listen(const QHostAddress& address, quint16 port, const QSslConfiguration* tls, bool sharedPort,
                           QObject* parent)
{
    QTcpServer* server = nullptr;
    if (tls) {
        auto* ssl = new GuardedServer<QSslServer>(parent);
        ssl->setSslConfiguration(*tls);
        server = ssl;
    } else {
        server = new GuardedServer<QTcpServer>(parent);
    }
    bool ok = false;
    QString reason;
    if (sharedPort) {
        const int fd = sharedSocket(address, port);
        ok = fd >= 0 && server->setSocketDescriptor(fd);
        if (fd < 0)
            reason = QString::fromLocal8Bit(std::strerror(errno));
        else if (!ok)
            ::close(fd);
    } else {
        ok = server->listen(address, port);
        if (!ok)
            reason = server->errorString();
    }
    if (!ok) {
        delete server;
        return Error::conflict(QCoreApplication::translate("motcua::PortalListener", "Cannot listen on %1:%2 (%3).")
                                   .arg(address.toString())
                                   .arg(port)
                                   .arg(reason));
    }
    return server;
}

} // namespace motcua::PortalListener

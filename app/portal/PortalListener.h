#pragma once

#include "core/Result.h"

#include <QHostAddress>
#include <QSslConfiguration>

class QTcpServer;
class QTcpSocket;

namespace motcua {

// The listening side of the portal and center servers.
//
// listen() opens the socket itself so that several servers, in threads or processes, can accept
// on one port (SO_REUSEPORT: the kernel spreads the connections over them), and wraps it in a
// QTcpServer (a QSslServer with TLS) whose connections go through a RequestGuard first.
//
// The guard sees every byte before the HTTP parser does (its readyRead slot is connected
// first). At each request's start it reads the head without consuming it and refuses, from the
// headers alone and before a byte of the body is kept, a head over kMaxHead (431) or a declared
// length over kMaxBody (413); while a body arrives it counts it, so a request with no length
// (chunked) is cut at the same limit. A refused connection is answered and closed, and whatever
// else it sends is thrown away unread.
namespace PortalListener {

constexpr qint64 kMaxHead = 16 * 1024;
constexpr qint64 kMaxBody = 8 * 1024 * 1024;

// A server listening on address:port (0: any free port), TLS when `tls` is set, owned by
// `parent`. `sharedPort`: the socket takes SO_REUSEPORT so other servers may listen on the same
// port. Conflict when the port cannot be taken.
Result<QTcpServer*> listen(const QHostAddress& address, quint16 port, const QSslConfiguration* tls, bool sharedPort,
                           QObject* parent);

// Puts the guard on an accepted socket (done by the servers listen() makes).
void guard(QTcpSocket* socket);

} // namespace PortalListener

} // namespace motcua

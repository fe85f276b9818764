#pragma once

#include "core/IntakeDecision.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

class Database;

// Rows of schema 002: the items of a supplement request or the reason of a refusal at intake
// (dossier_intake_items) and the printed forms kept with a dossier (dossier_documents). Like
// every repository it opens no transaction: the service wraps its writes with the dossier,
// audit and outbox rows.
class IntakeRepository
{
public:
    explicit IntakeRepository(Database& db);

    // kind: "supplement" (items) or "refusal" (one item: empty component, the reason).
    Status addItems(qint64 dossierId, const QString& kind, const QList<SupplementItem>& items, const QDateTime& at);
    Result<QList<SupplementItem>> items(qint64 dossierId, const QString& kind);

    // Stores a PDF; returns the row id. The SHA-256 of the bytes is stored with it.
    Result<qint64> addDocument(qint64 dossierId, const QString& form, const QDateTime& at, const QString& username,
                               const QByteArray& pdf);
    // The dossier's documents, oldest first; the PDF bytes only when `withContent`.
    Result<QList<DossierDocument>> documents(qint64 dossierId, bool withContent = false);
    // The newest document of a form, with its bytes; NotFound when there is none.
    Result<DossierDocument> latestDocument(qint64 dossierId, const QString& form);

    static QString sha256Hex(const QByteArray& bytes);

private:
    Database& m_db;
};

} // namespace motcua

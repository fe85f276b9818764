#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace motcua {

// The procedure catalogue the portal serves (LayDanhSachTTHC, LayThuTuc, MC_LayDanhMuc) and
// checks dossiers against (error 7). It is a file of our catalogue shape
// (service/CatalogueImporter.h), so what the portal serves a client can import unchanged; the
// national shape of LayThuTuc is derived from it.
class PortalCatalogue
{
public:
    // Parses and validates `json` with CatalogueImporter (refused whole when invalid).
    Status load(const QByteArray& json);
    // The demo center's catalogue compiled into the app.
    Status loadDemo();

    // Exact code, or a local variant "CODE.suffix" of a known code (1.000656.000.00.00.H29).
    bool knows(const QString& code) const;
    // [{MATTHC, TENTTHC, MALINHVUC, TENLINHVUC, NGAYHIEULUC, PHIENBAN}]
    QJsonArray list() const;
    // The reply fields of LayDanhSachTTHC: page `page` (from 1) of `size` entries with
    // "TongSo" and "ConNua"; the whole list when page or size is below 1 (not asked).
    QJsonObject listPage(int page, int size) const;
    // A procedure's effective date as yyyyMMdd: its own "effective_from" when the record has
    // one, else the file's.
    QString effectiveDate(const QString& code) const;
    // A short hash of the procedure's record and effective date: changes whenever either does,
    // so a client fetches again only what changed.
    QString procedureVersion(const QString& code) const;
    // One procedure in the national LayThuTuc shape plus "MC_BanGhi" (our record); nullopt
    // for an unknown code.
    std::optional<QJsonObject> nationalRecord(const QString& code) const;
    // The whole file (effective_from, departments, procedures).
    QJsonObject file() const { return m_file; }
    // SHA-256 hex of the file as loaded.
    QString version() const { return m_version; }
    int size() const { return m_byCode.size(); }

private:
    QJsonObject m_file;
    QHash<QString, QJsonObject> m_byCode;
    QString m_version;
};

} // namespace motcua

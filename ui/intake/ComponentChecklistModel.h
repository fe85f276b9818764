#pragma once

#include "core/Dossier.h"
#include "core/Procedure.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace motcua {

// The papers of the procedure (thành phần hồ sơ) as a checklist: one row per component with
// "provided" as the check box of the name and the counts of originals, certified copies and
// photocopies handed in, editable. A row starts as the catalogue states it, provided; the
// clerk unticks what is missing. A required component not provided blocks "Receive": the
// clerk requests a supplement (form 02) or refuses (form 03) instead.
class ComponentChecklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OriginalsColumn, CertifiedColumn, PhotocopiesColumn, ColumnCount };
    static constexpr int kMaxCount = 99;

    explicit ComponentChecklistModel(QObject* parent = nullptr);

    void setProcedureComponents(const QList<Component>& components);
    // Applies counts and "provided" of a saved draft to the rows of the same component.
    void applyDossierComponents(const QList<DossierComponent>& components);
    QList<DossierComponent> dossierComponents() const;
    void setAllProvided(bool provided);
    bool isRequired(int row) const;

    // Names of the required components not provided.
    QStringList missing() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Component component;
        DossierComponent given;
    };
    QList<Row> m_rows;
};

} // namespace motcua

#pragma once

#include "core/QualityIndex.h"
#include "core/Types.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace motcua {

class AppContext;

// The dossiers behind one figure of the service-quality index: every dossier of its
// denominator, whether it is counted (numerator), its channel, received, appointment and end
// (Vietnam time). A double click or Enter opens the dossier.
class QualityDossiersDialog : public QDialog
{
    Q_OBJECT
public:
    QualityDossiersDialog(AppContext& context, const Actor& actor, const QualityReport& report,
                          const QualityFigure& figure, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    void fill();
    void openRow(int row);

    AppContext& m_context;
    Actor m_actor;
    QList<QualityDossier> m_rows;
    QSet<qint64> m_counted;
    QCheckBox* m_onlyCounted = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace motcua

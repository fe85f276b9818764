#pragma once

#include "forms/FormData.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPdfWriter;

namespace motcua {

// A cursor down an A4 page for the processing forms 04–06: the national header, paragraphs,
// label-value lines, ruled tables that repeat their header after a page break, and signature
// blocks. Same conventions as the intake forms (FormRenderer): issuing unit on the left,
// national name and underlined motto on the right, place and date below, Noto Serif.
class FormCanvas
{
public:
    FormCanvas(QPdfWriter& writer, QPainter& painter);

    static qreal mm(qreal v);
    static QFont font(qreal points, bool bold = false, bool italic = false);

    QRectF area() const { return m_area; }
    qreal y() const { return m_y; }
    void skip(qreal millimetres);
    void newPage();
    void ensure(qreal height);

    // `formLabel` small at the top right ("Mẫu số 05"); `placeDate` under the motto.
    void header(const IssuingUnit& unit, const QString& formLabel, const QString& nation, const QString& motto,
                const QString& placeDate);
    void title(const QString& text, qreal points = 14);
    void paragraph(const QString& text, const QFont& font, int flags = Qt::AlignLeft, qreal spaceAfterMm = 0.8);
    // "Label: value" with the value in bold.
    void field(const QString& label, const QString& value, qreal points = 11.5);

    struct Column
    {
        QString title;
        qreal widthMm = 0; // 0: shares the rest
        int align = Qt::AlignLeft;
    };
    void table(const QList<Column>& columns, const QList<QStringList>& rows, qreal points = 10.5);

    // Two blocks side by side (left may be empty): title, hint, and a name near the bottom.
    void signatures(const QString& leftTitle, const QString& leftName, const QString& rightTitle,
                    const QString& rightName, const QString& hint);

private:
    qreal height(const QString& text, const QFont& f, qreal width, int flags) const;
    qreal text(const QString& text, const QFont& f, qreal x, qreal width, int flags, qreal top) const;

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QRectF m_area;
    qreal m_y = 0;
};

} // namespace motcua

#pragma once

#include "core/Result.h"
#include "forms/FormData.h"

#include <QByteArray>
#include <QDate>
#include <QFont>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;
class QPdfWriter;

namespace motcua {

// The styles of FormCanvas's pieces, outside the class so that they can be default arguments.

// Page margins in millimetres (Decree 30/2020/NĐ-CP, kept at their low end).
struct FormMargins
{
    qreal top = 15;
    qreal bottom = 15;
    qreal left = 20;
    qreal right = 15;
};

// FormCanvas::header
struct FormHeaderStyle
{
    qreal leftWidthMm = 75; // the issuing unit's column
    qreal rightWidthMm = 0; // the national name's column, against the right margin; 0: the rest
    qreal labelMm = 5;      // room for the form's label above both columns
    qreal points = 11.5;    // the parent body and the national name
    qreal dateGapMm = 4;    // between the motto's rule and the place and date
    qreal spaceAfterMm = 6;
};

// FormCanvas::table
struct FormTableStyle
{
    qreal points = 10.5;
    qreal headerPoints = 0; // 0: as the cells
    qreal padMm = 1;        // between the rules and the text, left and right
    qreal padYMm = 1;       // above and below the tallest text of a row
    qreal headerPadYMm = 1; // the same in the header
    qreal minRowMm = 0;
    qreal minHeaderRowMm = 0;
    bool centreVertically = false; // else the text stands at the top of its cell
    bool boldLastRow = false;      // a total
    qreal spaceAfterMm = 2;
};

// FormCanvas::signatures
struct FormSignatureStyle
{
    qreal widthMm = 0;    // each block; 0: half the width, the blocks side by side
    qreal heightMm = 34;  // from the blocks' top (4 mm below the cursor), room to sign included
    bool keepRoom = true; // a new page first when that height does not fit; false: the caller saw to it
};

// The drawing layer of every printed document (intake forms 01–03, processing forms 04–06,
// the periodic report): a cursor down an A4 page that draws the national header, paragraphs,
// label-value lines, ruled tables that repeat their header after a page break, and signature
// blocks. A signature block keeps with what precedes it: it never stands alone on a page
// (see pdf()). The conventions of administrative documents: issuing unit on the left, national
// name and underlined motto on the right, place and date below, Noto Serif.
class FormCanvas
{
public:
    using Margins = FormMargins;
    using HeaderStyle = FormHeaderStyle;
    using TableStyle = FormTableStyle;
    using SignatureStyle = FormSignatureStyle;

    FormCanvas(QPdfWriter& writer, QPainter& painter, const Margins& margins = {});

    // Fails without a QGuiApplication: the forms need its fonts.
    static Status canDraw();
    // An A4 PDF at 300 dpi, laid out by `draw`. Keep-with-previous: when a signature block
    // lands on another page than the last row of the table before it (or, with no table, the
    // paragraph before it), the document is laid out again with a page break before the last
    // two rows, so the signatures never stand alone on a page. `draw` may therefore run more
    // than once; it must draw the same thing each time.
    static Result<QByteArray> pdf(const QString& title, QPageLayout::Orientation orientation, const Margins& margins,
                                  const std::function<void(FormCanvas&)>& draw);

    static qreal mm(qreal v);
    static QFont font(qreal points, bool bold = false, bool italic = false);
    // "Kon Tum, ngày 07 tháng 02 năm 2020" from a pattern with %1 place, %2 day, %3 month, %4 year.
    static QString placeDate(const QString& pattern, const QString& place, const QDate& date);

    QRectF area() const { return m_area; }
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    void skip(qreal millimetres);
    void newPage();
    void ensure(qreal height);
    QPainter& painter() { return m_painter; }

    // Keeps `width` free on the right of paragraphs and fields down to `until` (form 01's QR
    // code beside the applicant); tables start below it. A new page ends it.
    void reserveRight(qreal width, qreal until);
    // The width left to paragraphs and fields at the cursor.
    qreal width() const;

    // The height of wrapped text; text drawn wrapped at `top`, returning its height.
    qreal height(const QString& text, const QFont& f, qreal width, int flags = Qt::AlignLeft) const;
    qreal text(const QString& text, const QFont& f, qreal x, qreal width, int flags, qreal top) const;

    // `formLabel` small at the top right ("Mẫu số 05"); `placeDate` under the motto.
    void header(const IssuingUnit& unit, const QString& formLabel, const QString& nation, const QString& motto,
                const QString& placeDate, const HeaderStyle& style = {});
    void title(const QString& text, qreal points = 14);
    void paragraph(const QString& text, const QFont& font, int flags = Qt::AlignLeft, qreal spaceAfterMm = 0.8);
    // "Label: value" with the value in bold, wrapped with a hanging indent under itself.
    void field(const QString& label, const QString& value, qreal points = 11.5);

    struct Column
    {
        QString title;
        qreal widthMm = 0; // 0: shares the rest
        int align = Qt::AlignLeft;
        qreal share = 1; // of the rest, against the other sharing columns
    };
    // A title over several adjacent columns: the header gets a second row.
    struct ColumnGroup
    {
        QString title;
        int first = 0;
        int count = 1;
    };
    // A ruled table; the header is repeated after a page break. A column outside every group
    // spans both header rows.
    void table(const QList<Column>& columns, const QList<QStringList>& rows, const TableStyle& style = {},
               const QList<ColumnGroup>& groups = {});

    // Two blocks, one at each side (left may be empty): title, hint, and a name near the bottom.
    void signatures(const QString& leftTitle, const QString& leftName, const QString& rightTitle,
                    const QString& rightName, const QString& hint, const SignatureStyle& style = {});

    // What was placed where, in flow order (paragraphs, fields, table rows, signature blocks):
    // the page model keep-with-previous works on. Pages count from 0.
    enum class Piece { Text, Row, Signatures };
    struct Placed
    {
        Piece piece = Piece::Text;
        int page = 0;
        int table = -1;            // the table of a row
        bool withPrevious = false; // a total row: never apart from the row above it
    };
    const QList<Placed>& placed() const { return m_placed; }
    // Flow pieces that start a new page (by their index in placed()).
    void setBreaks(const QSet<int>& breaks) { m_breaks = breaks; }
    // The page breaks that keep every signature block with the rows before it, given what
    // this layout placed; empty when none is needed.
    static QSet<int> keepBreaks(const QList<Placed>& placed);

private:
    // A forced break before the next piece, if one was asked for.
    void breakIfAsked();
    void place(Piece piece);

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QRectF m_area;
    qreal m_y = 0;
    qreal m_reserveWidth = 0;
    qreal m_reserveUntil = 0;
    int m_page = 0;
    int m_tables = 0;
    QList<Placed> m_placed;
    QSet<int> m_breaks;
};

} // namespace motcua

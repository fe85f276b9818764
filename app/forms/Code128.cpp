#include "forms/Code128.h"

#include <QCoreApplication>
#include <QPainter>

namespace motcua {

namespace {

// Element widths of symbols 0..105 (bar, space, bar, space, bar, space; 11 modules each)
// and of Stop, 106 (7 elements, 13 modules), from the Code 128 symbology table.
const char* const kPatterns[107] = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312",  "132212", "221213", "221312",
    "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211",  "221132", "221231", "213212",
    "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",  "212123", "212321", "232121",
    "111323", "131123", "131321", "112313", "132113", "132311", "211313", "231113",  "231311", "112133", "112331",
    "132131", "113123", "113321", "133121", "313121", "211331", "231131", "213113",  "213311", "213131", "311123",
    "311321", "331121", "312113", "312311", "332111", "314111", "221411", "431111",  "111224", "111422", "121124",
    "121421", "141122", "141221", "112214", "112412", "122114", "122411", "142112",  "142211", "241211", "221114",
    "413111", "241112", "134111", "111242", "121142", "121241", "114212", "124112",  "124211", "411212", "421112",
    "421211", "212141", "214121", "412121", "111143", "111341", "131141", "114113",  "114311", "411113", "411311",
    "113141", "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
};

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

int digitRun(const QString& text, qsizetype from)
{
    int n = 0;
    while (from + n < text.size() && isDigit(text.at(from + n)))
        ++n;
    return n;
}

} // namespace

Result<Code128> Code128::encode(const QString& text)
{
    if (text.isEmpty())
        return Error::badInput(QCoreApplication::translate("motcua", "A barcode needs some text."));
    for (const QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126) {
            return Error::badInput(
                QCoreApplication::translate("motcua", "A Code 128 barcode holds printable ASCII only, not \"%1\".")
                    .arg(c));
        }
    }
    Code128 code;
    QList<int>& out = code.m_symbols;
    // Code set C pays off for 4 digits at the start or the end of the text, 6 in the middle
    // (two switches cost two symbols).
    bool setC = false;
    qsizetype i = 0;
    const int leading = digitRun(text, 0);
    if (leading >= 4 && leading % 2 == 0) {
        out.append(StartC);
        setC = true;
    } else {
        out.append(StartB);
    }
    while (i < text.size()) {
        const int run = digitRun(text, i);
        if (setC) {
            if (run >= 2) {
                out.append(text.mid(i, 2).toInt());
                i += 2;
                continue;
            }
            out.append(CodeB);
            setC = false;
        }
        const bool worthC = run >= 6 || (run >= 4 && i + run == text.size()) || (run >= 4 && i == 0);
        if (worthC && run % 2 == 0) {
            out.append(CodeC);
            setC = true;
            continue;
        }
        if (worthC && run >= 5) {
            // Odd run: one digit in set B, the even rest in set C.
            out.append(text.at(i).unicode() - 32);
            ++i;
            out.append(CodeC);
            setC = true;
            continue;
        }
        out.append(text.at(i).unicode() - 32);
        ++i;
    }
    qint64 sum = out.first();
    for (int k = 1; k < out.size(); ++k)
        sum += static_cast<qint64>(k) * out.at(k);
    out.append(static_cast<int>(sum % 103));
    out.append(Stop);
    return code;
}

QString Code128::pattern(int value)
{
    if (value < 0 || value > Stop)
        return {};
    return QString::fromLatin1(kPatterns[value]);
}

QString Code128::modules() const
{
    QString bits;
    for (int value : m_symbols) {
        const QString widths = pattern(value);
        for (int e = 0; e < widths.size(); ++e)
            bits += QString(widths.at(e).digitValue(), e % 2 == 0 ? QLatin1Char('1') : QLatin1Char('0'));
    }
    return bits;
}

int Code128::moduleCount() const
{
    // 11 modules a symbol, 13 for Stop.
    return m_symbols.isEmpty() ? 0 : static_cast<int>(m_symbols.size()) * 11 + 2;
}

void Code128::paint(QPainter& painter, const QRectF& target, int quiet) const
{
    const QString bits = modules();
    if (bits.isEmpty())
        return;
    const qreal unit = target.width() / (bits.size() + 2 * quiet);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(target, Qt::white);
    painter.setBrush(Qt::black);
    // One rectangle per bar (runs of '1'), not per module: fewer PDF objects, no hairline gaps.
    qsizetype x = 0;
    while (x < bits.size()) {
        if (bits.at(x) != QLatin1Char('1')) {
            ++x;
            continue;
        }
        qsizetype end = x;
        while (end < bits.size() && bits.at(end) == QLatin1Char('1'))
            ++end;
        painter.drawRect(QRectF(target.left() + (quiet + x) * unit, target.top(), (end - x) * unit, target.height()));
        x = end;
    }
    painter.restore();
}

} // namespace motcua

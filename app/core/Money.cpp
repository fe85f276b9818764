#include "core/Money.h"

#include <QRegularExpression>

namespace motcua {

QString Money::format() const
{
    const bool negative = m_vnd < 0;
    QString digits = QString::number(negative ? -m_vnd : m_vnd);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return (negative ? QStringLiteral("-") : QString()) + digits + QStringLiteral(" ₫");
}

bool Money::parse(const QString& text, Money* out)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:₫|đ|đồng|vnd|vnđ)?\s*$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    QString digits = m.captured(1);
    digits.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    bool ok = false;
    const qint64 v = digits.toLongLong(&ok);
    if (!ok)
        return false;
    *out = Money(v);
    return true;
}

} // namespace motcua

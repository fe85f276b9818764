#pragma once

#include <QString>
#include <QtGlobal>

namespace motcua {

// An amount of Vietnamese đồng. VND has no minor unit in use, so amounts are whole
// numbers held in 64 bits; never a floating-point type.
class Money
{
public:
    constexpr Money() = default;
    constexpr explicit Money(qint64 vnd)
        : m_vnd(vnd)
    {}
    static constexpr Money vnd(qint64 v) { return Money(v); }

    constexpr qint64 toVnd() const { return m_vnd; }
    constexpr bool isZero() const { return m_vnd == 0; }

    constexpr Money operator+(Money o) const { return Money(m_vnd + o.m_vnd); }
    constexpr Money operator-(Money o) const { return Money(m_vnd - o.m_vnd); }
    constexpr Money operator*(qint64 n) const { return Money(m_vnd * n); }
    Money& operator+=(Money o)
    {
        m_vnd += o.m_vnd;
        return *this;
    }
    constexpr bool operator==(Money o) const { return m_vnd == o.m_vnd; }
    constexpr bool operator!=(Money o) const { return m_vnd != o.m_vnd; }
    constexpr bool operator<(Money o) const { return m_vnd < o.m_vnd; }

    // "1.250.000 ₫": Vietnamese grouping with dots.
    QString format() const;
    // Parses "1.250.000", "1,250,000", "1250000", "25.000 đồng"; false on anything else.
    static bool parse(const QString& text, Money* out);

private:
    qint64 m_vnd = 0;
};

} // namespace motcua

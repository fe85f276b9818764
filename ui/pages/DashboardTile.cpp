#include "pages/DashboardTile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace motcua {

namespace {
const char* toneColour(DashboardTile::Tone tone)
{
    switch (tone) {
    case DashboardTile::Good:
        return "#2e7d32";
    case DashboardTile::Warning:
        return "#b26a00";
    case DashboardTile::Bad:
        return "#c62828";
    case DashboardTile::Neutral:
        break;
    }
    return "#14324f";
}
} // namespace

DashboardTile::DashboardTile(Tone tone, QWidget* parent)
    : QPushButton(parent)
{
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(QStringLiteral("motcua--DashboardTile { background: #f5f8fb; border: 1px solid #d5dee8;"
                                 " border-radius: 6px; text-align: left; }"
                                 "motcua--DashboardTile:hover { background: #e8f0f8; border-color: #2f5d8a; }"
                                 "motcua--DashboardTile:focus { border: 2px solid #2f5d8a; }"));
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("tile-number"));
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setStyleSheet(QStringLiteral("color: %1; background: transparent;").arg(QLatin1String(toneColour(tone))));
    m_number->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("tile-caption"));
    m_caption->setWordWrap(true);
    m_caption->setStyleSheet(QStringLiteral("color: #3c4b5a; background: transparent;"));
    m_caption->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_share = new QLabel(this);
    m_share->setObjectName(QStringLiteral("tile-share"));
    m_share->setStyleSheet(QStringLiteral("color: #5b6b7b; background: transparent;"));
    m_share->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_share->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_share->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_number);
    top->addStretch(1);
    top->addWidget(m_share);
    layout->addLayout(top);
    layout->addWidget(m_caption);
    setValue(0);
}

void DashboardTile::setValue(qint64 value)
{
    m_value = value;
    m_number->setText(QLocale().toString(value));
    setAccessibleName(m_caption->text() + QStringLiteral(": ") + m_number->text());
}

void DashboardTile::setCaption(const QString& caption)
{
    m_caption->setText(caption);
    setAccessibleName(caption + QStringLiteral(": ") + m_number->text());
    setToolTip(tr("%1 — click to list these dossiers").arg(caption));
}

void DashboardTile::setShare(std::optional<qint64> share)
{
    m_share->setVisible(share.has_value());
    m_share->setText(share ? tr("this workstation: %1").arg(QLocale().toString(*share)) : QString());
    setAccessibleName(m_caption->text() + QStringLiteral(": ") + m_number->text() +
                      (share ? QStringLiteral(" (") + m_share->text() + QLatin1Char(')') : QString()));
}

QString DashboardTile::shareText() const
{
    return m_share->isHidden() ? QString() : m_share->text();
}

QString DashboardTile::caption() const
{
    return m_caption->text();
}

QSize DashboardTile::sizeHint() const
{
    return QSize(150, 78);
}

} // namespace motcua

#include "intake/ScannerBurstDetector.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace motcua {

ScannerBurstDetector::ScannerBurstDetector(QWidget* scope, QObject* parent)
    : QObject(parent)
    , m_scope(scope)
{
    m_timer.start();
    m_now = [this] { return m_timer.elapsed(); };
    m_silence = new QTimer(this);
    m_silence->setSingleShot(true);
    connect(m_silence, &QTimer::timeout, this, &ScannerBurstDetector::finishWithoutEnter);
    qApp->installEventFilter(this);
}

ScannerBurstDetector::~ScannerBurstDetector()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void ScannerBurstDetector::setTimeSource(std::function<qint64()> msecs)
{
    m_now = msecs ? std::move(msecs) : std::function<qint64()>([this] { return m_timer.elapsed(); });
    reset();
}

void ScannerBurstDetector::reset()
{
    m_silence->stop();
    m_buffer.clear();
    m_target.clear();
    m_last = -1;
}

bool ScannerBurstDetector::looksLikeScan(bool fast) const
{
    return fast && m_buffer.size() >= m_minLength && m_buffer.contains(QLatin1Char('|'));
}

void ScannerBurstDetector::finishWithoutEnter()
{
    // Only a run with the card QR's shape: a fast typist never gets here (the gaps are far
    // longer than maxGap), but a barcode of another kind might, and must stay plain text.
    if (m_buffer.size() < m_minLength || m_buffer.count(QLatin1Char('|')) < 5)
        return;
    const QString text = m_buffer;
    QPointer<QWidget> target = m_target;
    reset();
    Q_EMIT scanned(text, target);
}

bool ScannerBurstDetector::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    // A key event climbs to the parents when a widget ignores it: count it once, where it was
    // aimed (the focus widget), and only inside our page.
    if (!widget || widget != QApplication::focusWidget() || !m_scope || !m_scope->isVisible() ||
        !(widget == m_scope || m_scope->isAncestorOf(widget)))
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    const qint64 now = m_now();
    const bool fast = m_last >= 0 && now - m_last < m_maxGap && widget == m_target;

    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const bool scan = looksLikeScan(fast);
        const QString text = m_buffer;
        QPointer<QWidget> target = m_target;
        reset();
        if (!scan)
            return false;
        Q_EMIT scanned(text, target);
        return true;
    }

    // A scanner presses Shift for '|' and capitals: modifier keys alone neither add nor break a run.
    switch (key->key()) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_CapsLock:
        return false;
    default:
        break;
    }
    // Ctrl/Alt chords are commands, not characters (a scanner never sends them).
    const QString text = key->text();
    if ((key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) || text.isEmpty() ||
        !text.at(0).isPrint()) {
        reset();
        return false;
    }
    if (!fast) {
        m_buffer.clear();
        m_target = widget;
        Q_EMIT runStarting(widget);
    }
    m_buffer += text;
    m_last = now;
    if (m_endSilence > 0)
        m_silence->start(m_endSilence);
    return false;
}

} // namespace motcua

#include "intake/ScannerBurstDetector.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

#include <algorithm>

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
    m_ownClock = static_cast<bool>(msecs);
    m_now = msecs ? std::move(msecs) : std::function<qint64()>([this] { return m_timer.elapsed(); });
    reset();
}

void ScannerBurstDetector::reset()
{
    m_silence->stop();
    m_buffer.clear();
    m_target.clear();
    m_last = -1;
    m_slowGaps = 0;
}

bool ScannerBurstDetector::looksLikeScan(bool inTime) const
{
    // A stall of the machine may stretch a few gaps of a real scan; a person's typing has
    // (almost) every gap slow. At most one gap in ten may be slow.
    return inTime && m_buffer.size() >= m_minLength && m_buffer.contains(QLatin1Char('|')) &&
           m_slowGaps * 10 <= m_buffer.size();
}

void ScannerBurstDetector::finishWithoutEnter()
{
    // Only a run with the card QR's shape: a fast typist never gets here (the gaps are far
    // longer than maxGap), but a barcode of another kind might, and must stay plain text.
    if (!looksLikeScan(true) || m_buffer.count(QLatin1Char('|')) < 5)
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
    // The window system stamps each key when it is typed: gaps measured from those stamps
    // stay a scanner's few milliseconds even when the page is slow to handle every key (a
    // busy machine, validation on each change). Events without a stamp (synthesised) and
    // tests with their own clock use the time source.
    const qint64 now = !m_ownClock && key->timestamp() != 0 ? static_cast<qint64>(key->timestamp()) : m_now();
    const qint64 gap = m_last >= 0 ? now - m_last : -1;
    // The run goes on across a gap up to stallGap; gaps beyond maxGap are counted as slow.
    const bool continues = gap >= 0 && gap < std::max<qint64>(m_maxGap, m_stallGap) && widget == m_target;

    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        // Some scanners pause before their suffix: the Enter may come as late as the silence
        // that would end a scan without one.
        const bool enterInTime = gap >= 0 && gap < std::max<qint64>(m_maxGap, m_endSilence) && widget == m_target;
        const bool scan = looksLikeScan(enterInTime);
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
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        reset();
        return false;
    }
    // A key that types nothing (a character the keyboard map cannot produce, Tab, arrows)
    // neither adds to a run nor ends it; moving to another field starts a new run anyway.
    const QString text = key->text();
    if (text.isEmpty() || !text.at(0).isPrint())
        return false;
    if (!continues) {
        m_buffer.clear();
        m_slowGaps = 0;
        m_target = widget;
        Q_EMIT runStarting(widget);
    } else if (gap >= m_maxGap) {
        ++m_slowGaps;
    }
    m_buffer += text;
    m_last = now;
    if (m_endSilence > 0)
        m_silence->start(m_endSilence);
    return false;
}

} // namespace motcua

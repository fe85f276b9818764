#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class QWidget;

namespace motcua {

// Recognises a handheld scanner typing an ID card QR into whatever field has focus
// (docs/domain.md#the-citizen-id-card-qr). Installed on the application, it watches key
// presses aimed at widgets inside `scope`: a run of keys each less than maxGap ms after the
// previous one, at least minLength characters long, containing '|' and ending in Enter is a
// scan, not a person typing. A busy machine may stretch a few gaps: a run goes on across gaps
// up to stallGap ms, and is still a scan when at most one gap in ten was slower than maxGap. Scanners configured
// without a suffix send no Enter: a fast run that already has the shape of a card QR (at least five '|', i.e. six
// fields) and is followed by endSilence ms without a key is a scan too.
//
// The keys of a run reach the focused field as they come (nothing is known before the
// Enter), so the detector announces the start of every run (runStarting: the owner keeps a
// snapshot of its form) and, when the run turns out to be a scan, swallows the Enter and
// emits scanned(): the owner puts the snapshot back and handles the text.
class ScannerBurstDetector : public QObject
{
    Q_OBJECT
public:
    explicit ScannerBurstDetector(QWidget* scope, QObject* parent = nullptr);
    ~ScannerBurstDetector() override;

    void setMaxGap(int msecs) { m_maxGap = msecs; }
    void setMinLength(int chars) { m_minLength = chars; }
    void setStallGap(int msecs) { m_stallGap = msecs; }
    // Silence that ends a scan sent without Enter; 0 turns that detection off.
    void setEndSilence(int msecs) { m_endSilence = msecs; }
    int endSilence() const { return m_endSilence; }
    int maxGap() const { return m_maxGap; }
    int minLength() const { return m_minLength; }
    // Milliseconds from an arbitrary start; tests replace the clock (which then also takes the
    // place of the key events' time stamps).
    void setTimeSource(std::function<qint64()> msecs);

Q_SIGNALS:
    // A new run of keys begins at `target` (the key has not been delivered yet).
    void runStarting(QWidget* target);
    // A scan ended with Enter; the Enter was swallowed. `target` is where the keys landed.
    void scanned(const QString& text, QWidget* target);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reset();
    void finishWithoutEnter();
    bool looksLikeScan(bool inTime) const;

    QPointer<QWidget> m_scope;
    QPointer<QWidget> m_target;
    QElapsedTimer m_timer;
    QTimer* m_silence = nullptr;
    std::function<qint64()> m_now;
    bool m_ownClock = false; // a time source was set: ignore the events' own time stamps
    QString m_buffer;
    qint64 m_last = -1;
    int m_maxGap = 30;
    int m_minLength = 40;
    int m_endSilence = 150;
    int m_stallGap = 120;
    int m_slowGaps = 0;
};

} // namespace motcua

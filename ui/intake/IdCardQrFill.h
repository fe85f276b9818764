#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace motcua {

class ApplicantForm;
class Clock;
class FileChooser;
class ScannerBurstDetector;

// The ID card QR on the intake page (issue "Counter intake"): its text comes from a handheld
// scanner (a burst of keys typed into whatever field has the focus), from the clipboard or
// from an image, and fills the applicant. What a burst typed into the form is undone first:
// `capture` is called when a burst begins and returns the function that puts the form back
// as it was (or an empty function to leave it). Messages go to the page's inline message.
class IdCardQrFill : public QObject
{
    Q_OBJECT
public:
    using Capture = std::function<std::function<void()>()>;

    IdCardQrFill(QWidget* page, ApplicantForm* applicant, QLabel* message, const Clock& clock, Capture capture);
    ~IdCardQrFill() override;

    ScannerBurstDetector* scanner() const { return m_scanner; }
    // Not owned; the real dialog by default.
    void setFileChooser(FileChooser* chooser);

    // Applies the text of an ID card QR to the applicant, or says why it cannot.
    bool applyText(const QString& text);
    void pasteFromClipboard();
    void decodeFromImage();

Q_SIGNALS:
    // The applicant was filled from a card.
    void applied();

private:
    void onScanned(const QString& text, QWidget* target);

    QWidget* m_page = nullptr;
    ApplicantForm* m_applicant = nullptr;
    QLabel* m_message = nullptr;
    const Clock& m_clock;
    Capture m_capture;
    std::function<void()> m_undo;
    FileChooser* m_chooser = nullptr;
    ScannerBurstDetector* m_scanner = nullptr;
};

} // namespace motcua

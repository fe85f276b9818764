#include "intake/IdCardQrFill.h"

#include "FileChooser.h"
#include "InlineMessage.h"
#include "core/CitizenIdQr.h"
#include "core/Clock.h"
#include "forms/BarcodeReader.h"
#include "intake/ApplicantForm.h"
#include "intake/ScannerBurstDetector.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QLabel>

namespace motcua {

// The messages below were the intake page's and keep its translations (its context).

IdCardQrFill::IdCardQrFill(QWidget* page, ApplicantForm* applicant, QLabel* message, const Clock& clock,
                           Capture capture)
    : QObject(page)
    , m_page(page)
    , m_applicant(applicant)
    , m_message(message)
    , m_clock(clock)
    , m_capture(std::move(capture))
    , m_chooser(&FileChooser::dialogs())
{
    m_scanner = new ScannerBurstDetector(page, this);
    connect(m_scanner, &ScannerBurstDetector::runStarting, this, [this](QWidget*) { m_undo = m_capture(); });
    connect(m_scanner, &ScannerBurstDetector::scanned, this, &IdCardQrFill::onScanned);
}

IdCardQrFill::~IdCardQrFill() = default;

void IdCardQrFill::setFileChooser(FileChooser* chooser)
{
    m_chooser = chooser ? chooser : &FileChooser::dialogs();
}

void IdCardQrFill::onScanned(const QString& text, QWidget* target)
{
    // Undo what the scanner typed into the focused field: put the form back as it was when
    // the burst began, then apply the card (or change nothing when it is not one).
    if (m_undo) {
        const std::function<void()> undo = std::move(m_undo);
        m_undo = nullptr;
        undo();
    }
    applyText(text);
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

bool IdCardQrFill::applyText(const QString& text)
{
    const QDate today = toVietnam(m_clock.now()).date();
    Result<CitizenIdCard> card = parseCitizenIdQr(text, today);
    if (!card) {
        showInlineError(m_message,
                        QCoreApplication::translate("motcua::IntakePage",
                                                    "That was not a readable ID card QR, so nothing was changed. %1")
                            .arg(card.error().message));
        return false;
    }
    const QStringList filled = m_applicant->fillFromCard(*card);
    QString message = QCoreApplication::translate("motcua::IntakePage", "Filled from the ID card: %1.")
                          .arg(filled.join(QStringLiteral(", ")));
    if (card->repairedMojibake)
        message += QLatin1Char(' ') +
                   QCoreApplication::translate("motcua::IntakePage",
                                               "The scanner sent the text in a wrong code page; it was repaired: check "
                                               "the name against the card.");
    showInlineInfo(m_message, message);
    Q_EMIT applied();
    return true;
}

void IdCardQrFill::pasteFromClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        showInlineError(m_message, QCoreApplication::translate(
                                       "motcua::IntakePage", "The clipboard holds no text to read as an ID card QR."));
        return;
    }
    applyText(text);
}

void IdCardQrFill::decodeFromImage()
{
    const QString path = m_chooser->openFile(
        m_page, QCoreApplication::translate("motcua::IntakePage", "Decode an ID card QR"),
        QCoreApplication::translate("motcua::IntakePage", "Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)"));
    if (path.isEmpty())
        return;
    Result<QString> text = decodeQrFromFile(path);
    if (!text) {
        showInlineError(m_message,
                        QCoreApplication::translate("motcua::IntakePage", "No ID card QR was read from the image: %1")
                            .arg(text.error().message));
        return;
    }
    applyText(*text);
}

} // namespace motcua

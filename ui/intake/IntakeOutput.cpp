#include "intake/IntakeOutput.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

namespace motcua {

namespace {
class DialogIntakeOutput final : public IntakeOutput
{
public:
    bool printPdf(QWidget* parent, const QByteArray& pdf, const QString& title, QString* error) override
    {
        QByteArray bytes = pdf;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1) {
            if (error)
                *error = QCoreApplication::translate("motcua", "The printed form could not be read back.");
            return false;
        }
        // 300 dpi: the page is printed as an image of the kept PDF (what is printed is what is
        // on file). At the printer's "high resolution" (1200 dpi) one A4 page is a 557 MB image
        // and the preview took minutes; 300 dpi is sharp for text and QR and takes ~0.2 s.
        QPrinter printer(QPrinter::PrinterResolution);
        printer.setResolution(300);
        printer.setDocName(title);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QPrintPreviewDialog preview(&printer, parent);
        preview.setWindowTitle(title);
        bool painted = false;
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter* p) {
            QPainter painter(p);
            for (int page = 0; page < document.pageCount(); ++page) {
                if (page > 0)
                    p->newPage();
                const QRect target = painter.viewport();
                // QPdfDocument renders onto a transparent image: paint it on white paper.
                QImage image(target.size(), QImage::Format_RGB32);
                image.fill(Qt::white);
                QPainter onWhite(&image);
                onWhite.drawImage(0, 0, document.render(page, target.size()));
                onWhite.end();
                painter.drawImage(target, image);
            }
            painted = true;
        });
        const int result = preview.exec();
        return result == QDialog::Accepted && painted;
    }

    bool confirmDiscard(QWidget* parent, const QString& title, const QString& question) override
    {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
        // Our own button texts: Qt's translations of its standard buttons may not be installed.
        QPushButton* discard =
            box.addButton(QCoreApplication::translate("motcua", "Discard"), QMessageBox::DestructiveRole);
        QPushButton* keep =
            box.addButton(QCoreApplication::translate("motcua", "Keep working"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        return box.clickedButton() == discard;
    }
};
} // namespace

IntakeOutput::~IntakeOutput() = default;

IntakeOutput& IntakeOutput::dialogs()
{
    static DialogIntakeOutput output;
    return output;
}

} // namespace motcua

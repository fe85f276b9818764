#include "intake/IntakeOutput.h"

#include "FileChooser.h"
#include "core/PrivateFiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSaveFile>

namespace motcua {

namespace {

// The printer set up for a form: A4, 300 dpi. The page is printed as an image of the kept PDF
// (what is printed is what is on file). At the printer's "high resolution" (1200 dpi) one A4
// page is a 557 MB image and the preview took minutes; 300 dpi is sharp for text and QR and
// takes ~0.2 s.
void setUp(QPrinter& printer, const PrintJob& job)
{
    printer.setResolution(300);
    // The print dialog offers the document's name as the file of "print to file" (minus what
    // looks like an extension: the dots of a dossier code did): the name with ".pdf" keeps
    // the whole code.
    printer.setDocName(job.fileName.isEmpty() ? job.title : job.fileName);
    printer.setPageSize(QPageSize(QPageSize::A4));
}

// Paints every page of `document` on the printer; false when the printer cannot start.
bool paint(QPrinter* printer, QPdfDocument& document)
{
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    for (int page = 0; page < document.pageCount(); ++page) {
        if (page > 0)
            printer->newPage();
        const QRect target = painter.viewport();
        // QPdfDocument renders onto a transparent image: paint it on white paper.
        QImage image(target.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter onWhite(&image);
        onWhite.drawImage(0, 0, document.render(page, target.size()));
        onWhite.end();
        painter.drawImage(target, image);
    }
    return painter.end();
}

class DialogIntakeOutput final : public IntakeOutput
{
public:
    bool printPdf(QWidget* parent, const PrintJob& job, QString* error) override
    {
        QByteArray bytes = job.pdf;
        QBuffer buffer(&bytes);
        QPdfDocument document;
        if (!load(buffer, document, error))
            return false;
        QPrinter printer(QPrinter::PrinterResolution);
        setUp(printer, job);
        QPrintPreviewDialog preview(&printer, parent);
        preview.setWindowTitle(job.title);
        bool painted = false;
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                         [&](QPrinter* p) { painted = paint(p, document); });
        const int result = preview.exec();
        return result == QDialog::Accepted && painted;
    }

    Direct printDirect(QWidget*, const PrintJob& job, QString* error) override
    {
        const QPrinterInfo info = QPrinterInfo::defaultPrinter();
        if (info.isNull())
            return Direct::NoPrinter;
        QByteArray bytes = job.pdf;
        QBuffer buffer(&bytes);
        QPdfDocument document;
        if (!load(buffer, document, error))
            return Direct::Failed;
        QPrinter printer(info, QPrinter::PrinterResolution);
        setUp(printer, job);
        if (!paint(&printer, document)) {
            if (error)
                *error = QCoreApplication::translate(
                             "motcua::IntakeOutput",
                             "The printer %1 did not accept the document: check that it is on and has paper, "
                             "or print from the preview.")
                             .arg(info.printerName());
            return Direct::Failed;
        }
        return Direct::Printed;
    }

    Fallback askWithoutPrinter(QWidget* parent, const PrintJob& job) override
    {
        QMessageBox box(QMessageBox::Warning, job.title,
                        QCoreApplication::translate(
                            "motcua::IntakeOutput",
                            "No default printer is set up on this computer, so %1 was not printed. Open the preview "
                            "to choose another printer, or save the PDF and print it elsewhere.")
                            .arg(job.title),
                        QMessageBox::NoButton, parent);
        QPushButton* preview =
            box.addButton(QCoreApplication::translate("motcua::IntakeOutput", "Preview…"), QMessageBox::AcceptRole);
        QPushButton* save =
            box.addButton(QCoreApplication::translate("motcua::IntakeOutput", "Save PDF…"), QMessageBox::ActionRole);
        QPushButton* close =
            box.addButton(QCoreApplication::translate("motcua::IntakeOutput", "Close"), QMessageBox::RejectRole);
        box.setDefaultButton(preview);
        box.setEscapeButton(close);
        box.exec();
        if (box.clickedButton() == preview)
            return Fallback::Preview;
        if (box.clickedButton() == save)
            return Fallback::SavePdf;
        return Fallback::Cancel;
    }

    bool savePdf(QWidget* parent, const PrintJob& job, QString* error) override
    {
        const QString path = FileChooser::dialogs().saveFile(
            parent, QCoreApplication::translate("motcua::IntakeOutput", "Save %1").arg(job.title), job.fileName,
            QCoreApplication::translate("motcua::IntakeOutput", "PDF (*.pdf)"));
        if (path.isEmpty())
            return false;
        return writePdf(path, job.pdf, error);
    }

    bool confirmDiscard(QWidget* parent, const QString& title, const QString& question) override
    {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
        // Our own button texts: Qt's translations of its standard buttons may not be installed.
        QPushButton* discard =
            box.addButton(QCoreApplication::translate("motcua::IntakeOutput", "Discard"), QMessageBox::DestructiveRole);
        QPushButton* keep =
            box.addButton(QCoreApplication::translate("motcua::IntakeOutput", "Keep working"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        return box.clickedButton() == discard;
    }

private:
    static bool load(QBuffer& buffer, QPdfDocument& document, QString* error)
    {
        buffer.open(QIODevice::ReadOnly);
        document.load(&buffer);
        if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1) {
            if (error)
                *error =
                    QCoreApplication::translate("motcua::IntakeOutput", "The printed form could not be read back.");
            return false;
        }
        return true;
    }

    static bool writePdf(const QString& path, const QByteArray& pdf, QString* error)
    {
        // QSaveFile: a reader never sees half a PDF, and a failed write leaves the old file.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !commitPrivate(file)) {
            if (error)
                *error = QCoreApplication::translate("motcua::IntakeOutput", "Cannot write %1: %2")
                             .arg(path, file.errorString());
            return false;
        }
        return true;
    }
};

} // namespace

PrintJob PrintJob::form(const QByteArray& pdf, const QString& form, const QString& code)
{
    return {pdf, QCoreApplication::translate("motcua::IntakeOutput", "Form %1 — %2").arg(form, code),
            QCoreApplication::translate("motcua::IntakeOutput", "%1 - Form %2.pdf").arg(code, form)};
}

IntakeOutput::~IntakeOutput() = default;

bool IntakeOutput::printNow(QWidget* parent, const PrintJob& job, QString* error)
{
    switch (printDirect(parent, job, error)) {
    case Direct::Printed:
        return true;
    case Direct::Failed:
        return false;
    case Direct::NoPrinter:
        break;
    }
    switch (askWithoutPrinter(parent, job)) {
    case Fallback::Preview:
        return printPdf(parent, job, error);
    case Fallback::SavePdf:
        return savePdf(parent, job, error);
    case Fallback::Cancel:
        break;
    }
    return false;
}

IntakeOutput& IntakeOutput::dialogs()
{
    static DialogIntakeOutput output;
    return output;
}

} // namespace motcua

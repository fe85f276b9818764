#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace motcua {

// A printed form on its way out: the PDF, the window title ("Mẫu 01 — CODE") and the file
// name offered when it is printed to a file, made unique by the dossier code.
struct PrintJob
{
    QByteArray pdf;
    QString title;
    QString fileName;

    // "Mẫu 01 — CODE" and "CODE - Mẫu 01.pdf" (the code first: a folder of them sorts by dossier).
    static PrintJob form(const QByteArray& pdf, const QString& form, const QString& code);
};

// What the pages show outside themselves: the print preview with the printer, printing
// straight to the default printer, saving a PDF, and the one real decision that deserves a
// modal box ("discard the unfinished dossier?"). Pages take one so tests can answer without
// dialogs or printers (docs/architecture.md#test-seams).
class IntakeOutput
{
public:
    virtual ~IntakeOutput();
    // Shows the PDF in a print preview; the clerk prints it on any installed printer (the
    // copies are pages of the PDF, each labelled). False when the clerk closed the preview
    // without printing, or on failure (then `*error` says why).
    virtual bool printPdf(QWidget* parent, const PrintJob& job, QString* error) = 0;

    enum class Direct { Printed, NoPrinter, Failed };
    // Sends the PDF to the default printer, no dialog. NoPrinter when none is set up.
    virtual Direct printDirect(QWidget* parent, const PrintJob& job, QString* error) = 0;
    // No default printer: the clerk chooses the preview (another printer, or print to a
    // file), saving the PDF, or nothing.
    enum class Fallback { Preview, SavePdf, Cancel };
    virtual Fallback askWithoutPrinter(QWidget* parent, const PrintJob& job) = 0;
    // Asks where to save the PDF (job.fileName offered) and writes it. False when the clerk
    // cancelled or on failure (then `*error` says why).
    virtual bool savePdf(QWidget* parent, const PrintJob& job, QString* error) = 0;

    // Asks before work is thrown away; true to discard.
    virtual bool confirmDiscard(QWidget* parent, const QString& title, const QString& question) = 0;

    // Straight to the default printer; without one, says so and offers the preview or
    // saving the PDF. True when it was printed or saved.
    bool printNow(QWidget* parent, const PrintJob& job, QString* error);

    // The real dialogs; lives as long as the program.
    static IntakeOutput& dialogs();
};

// Records what would have been shown (tests).
class RecordingIntakeOutput final : public IntakeOutput
{
public:
    bool printPdf(QWidget*, const PrintJob& job, QString*) override
    {
        printed.append({job.pdf, job.title, job.fileName});
        return true;
    }
    Direct printDirect(QWidget*, const PrintJob& job, QString*) override
    {
        if (!hasPrinter)
            return Direct::NoPrinter;
        sentToPrinter.append({job.pdf, job.title, job.fileName});
        return Direct::Printed;
    }
    Fallback askWithoutPrinter(QWidget*, const PrintJob&) override
    {
        ++askedWithoutPrinter;
        return fallback;
    }
    bool savePdf(QWidget*, const PrintJob& job, QString*) override
    {
        saved.append({job.pdf, job.title, job.fileName});
        return true;
    }
    bool confirmDiscard(QWidget*, const QString&, const QString& question) override
    {
        questions.append(question);
        return discardAnswer;
    }
    struct Print
    {
        QByteArray pdf;
        QString title;
        QString fileName;
    };
    QList<Print> printed;       // through the preview
    QList<Print> sentToPrinter; // straight to the default printer
    QList<Print> saved;
    bool hasPrinter = true;
    Fallback fallback = Fallback::Cancel;
    int askedWithoutPrinter = 0;
    QStringList questions;
    bool discardAnswer = true;
};

} // namespace motcua

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace motcua {

// What the intake page shows outside itself: the print preview with the printer, and the
// one real decision that deserves a modal box ("discard the unfinished dossier?"). The page
// takes one so tests can answer without dialogs (ARCHITECTURE.md, test seams: message boxes).
class IntakeOutput
{
public:
    virtual ~IntakeOutput();
    // Shows the PDF in a print preview; the clerk prints it on any installed printer (the
    // copies are pages of the PDF, each labelled). False when the clerk closed the preview
    // without printing, or on failure (then `*error` says why).
    virtual bool printPdf(QWidget* parent, const QByteArray& pdf, const QString& title, QString* error) = 0;
    // Asks before work is thrown away; true to discard.
    virtual bool confirmDiscard(QWidget* parent, const QString& title, const QString& question) = 0;

    // The real dialogs; lives as long as the program.
    static IntakeOutput& dialogs();
};

// Records what would have been shown (tests).
class RecordingIntakeOutput final : public IntakeOutput
{
public:
    bool printPdf(QWidget*, const QByteArray& pdf, const QString& title, QString*) override
    {
        printed.append({pdf, title});
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
    };
    QList<Print> printed;
    QStringList questions;
    bool discardAnswer = true;
};

} // namespace motcua

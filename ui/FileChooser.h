#pragma once

#include <QString>

class QWidget;

namespace motcua {

// Asks the user for a file. Pages take one instead of calling QFileDialog, so tests can
// answer with a path (ARCHITECTURE.md, test seams: file dialogs).
class FileChooser
{
public:
    virtual ~FileChooser();
    // Empty when the user cancelled.
    virtual QString openFile(QWidget* parent, const QString& caption, const QString& filter) = 0;
    // Where to write a new file; `suggestedName` is the proposed file name. Empty when the
    // user cancelled.
    virtual QString saveFile(QWidget* parent, const QString& caption, const QString& suggestedName,
                             const QString& filter) = 0;

    // The real dialog; lives as long as the program.
    static FileChooser& dialogs();
};

// Always answers with the same path (tests).
class FixedFileChooser final : public FileChooser
{
public:
    explicit FixedFileChooser(QString path)
        : m_path(std::move(path))
    {}
    QString openFile(QWidget*, const QString&, const QString&) override
    {
        ++m_calls;
        return m_path;
    }
    QString saveFile(QWidget*, const QString&, const QString& suggestedName, const QString&) override
    {
        ++m_calls;
        m_suggested = suggestedName;
        return m_path;
    }
    void setPath(const QString& path) { m_path = path; }
    // The name proposed by the last saveFile().
    QString suggestedName() const { return m_suggested; }
    int calls() const { return m_calls; }

private:
    QString m_path;
    QString m_suggested;
    int m_calls = 0;
};

} // namespace motcua

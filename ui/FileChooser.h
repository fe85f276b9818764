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
    // A file to write; empty when the user cancelled.
    virtual QString saveFile(QWidget* parent, const QString& caption, const QString& filter) = 0;

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
    QString saveFile(QWidget*, const QString&, const QString&) override
    {
        ++m_calls;
        return m_path;
    }
    void setPath(const QString& path) { m_path = path; }
    int calls() const { return m_calls; }

private:
    QString m_path;
    int m_calls = 0;
};

} // namespace motcua

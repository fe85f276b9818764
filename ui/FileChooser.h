#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace motcua {

// Asks the user for a file. Pages take one instead of calling QFileDialog, so tests can
// answer with a path (docs/architecture.md#test-seams).
//
// The real dialogs start in the user's Documents folder and never look inside the database:
// they hide the database's own folder and its files, refuse a path inside it, and tell file
// types by name only. Qt's dialogs otherwise open every file they list to read its first bytes,
// and closing that descriptor of the database file drops the app's SQLite locks on it.
class FileChooser
{
public:
    virtual ~FileChooser();
    // Empty when the user cancelled.
    virtual QString openFile(QWidget* parent, const QString& caption, const QString& filter) = 0;
    // Where to write a new file; `suggestedName` is the proposed file name (or a full path,
    // whose folder the dialog then starts in). Empty when the user cancelled.
    virtual QString saveFile(QWidget* parent, const QString& caption, const QString& suggestedName,
                             const QString& filter) = 0;

    // The real dialog; lives as long as the program.
    static FileChooser& dialogs();

    // The running app's database (its WAL and journal beside it) and, in the default
    // layout, the folder that holds only them. The real dialogs keep away from both.
    static void protectDatabase(const QString& databasePath, const QString& dedicatedFolder);
    // True when `path` is the protected database, one of its companion files, or inside its
    // dedicated folder.
    static bool isProtected(const QString& path);
    // Where the real dialogs start: the user's Documents folder (created when missing),
    // else the home folder.
    static QString startFolder();
    // A file dialog set up as the real chooser uses it (start folder, hidden database, file
    // types by name). Callers that need a dialog of their own take this one.
    static QFileDialog* createDialog(QWidget* parent, const QString& caption, const QString& filter, bool save,
                                     const QString& start = QString());
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

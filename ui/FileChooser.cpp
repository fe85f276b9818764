#include "FileChooser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QSortFilterProxyModel>
#include <QStandardPaths>

#include <memory>

namespace motcua {

namespace {

QString s_database;       // absolute path of the running app's database
QString s_databaseFolder; // its dedicated folder, when it has one

QString cleanAbsolute(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// File types from the name alone. Qt's own provider asks QMimeDatabase with MatchDefault,
// which opens each file to read its magic bytes.
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo& info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(Folder);
        const QMimeType mime = m_mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        const QIcon themed = QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName()));
        return themed.isNull() ? QFileIconProvider::icon(File) : themed;
    }
    QString type(const QFileInfo& info) const override
    {
        if (info.isDir())
            return QCoreApplication::translate("motcua::FileChooser", "Folder");
        return m_mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension).comment();
    }

private:
    QMimeDatabase m_mimes;
};

// Hides the protected database and its folder from every listing of the dialog.
class HideDatabaseProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const auto* files = qobject_cast<const QFileSystemModel*>(sourceModel());
        if (!files)
            return true;
        return !FileChooser::isProtected(files->filePath(files->index(row, 0, parent)));
    }
};

NameOnlyIconProvider& iconProvider()
{
    static NameOnlyIconProvider provider;
    return provider;
}

void refuse(QWidget* parent)
{
    QMessageBox::warning(parent, QCoreApplication::translate("motcua::FileChooser", "MotCua Desk"),
                         QCoreApplication::translate("motcua::FileChooser",
                                                     "This folder holds the app's own database and cannot be "
                                                     "used for other files. Choose another folder, for "
                                                     "example Documents."));
}

QString runDialog(QWidget* parent, const QString& caption, const QString& filter, bool save, const QString& start)
{
    for (;;) {
        std::unique_ptr<QFileDialog> dialog(FileChooser::createDialog(parent, caption, filter, save, start));
        if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
            return {};
        const QString chosen = dialog->selectedFiles().constFirst();
        if (!FileChooser::isProtected(chosen))
            return chosen;
        refuse(parent);
    }
}

class DialogFileChooser final : public FileChooser
{
public:
    QString openFile(QWidget* parent, const QString& caption, const QString& filter) override
    {
        return runDialog(parent, caption, filter, false, QString());
    }
    QString saveFile(QWidget* parent, const QString& caption, const QString& suggestedName,
                     const QString& filter) override
    {
        return runDialog(parent, caption, filter, true, suggestedName);
    }
};
} // namespace

FileChooser::~FileChooser() = default;

FileChooser& FileChooser::dialogs()
{
    static DialogFileChooser chooser;
    return chooser;
}

void FileChooser::protectDatabase(const QString& databasePath, const QString& dedicatedFolder)
{
    s_database = databasePath.isEmpty() ? QString() : cleanAbsolute(databasePath);
    s_databaseFolder = dedicatedFolder.isEmpty() ? QString() : cleanAbsolute(dedicatedFolder);
}

bool FileChooser::isProtected(const QString& path)
{
    if (path.isEmpty())
        return false;
    const QString p = cleanAbsolute(path);
    if (!s_databaseFolder.isEmpty() && (p == s_databaseFolder || p.startsWith(s_databaseFolder + QLatin1Char('/'))))
        return true;
    if (s_database.isEmpty())
        return false;
    return p == s_database ||
           (p.startsWith(s_database) && p.size() > s_database.size() &&
            (p.mid(s_database.size()) == QLatin1String("-wal") || p.mid(s_database.size()) == QLatin1String("-shm") ||
             p.mid(s_database.size()) == QLatin1String("-journal")));
}

QString FileChooser::startFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents) && !isProtected(documents))
        return documents;
    return QDir::homePath();
}

QFileDialog* FileChooser::createDialog(QWidget* parent, const QString& caption, const QString& filter, bool save,
                                       const QString& start)
{
    auto* dialog = new QFileDialog(parent, caption);
    // Qt's own dialog, so the listing below is ours (a desktop's native dialog would sniff
    // every file in its own process, ours included).
    dialog->setOption(QFileDialog::DontUseNativeDialog, true);
    dialog->setIconProvider(&iconProvider());
    dialog->setProxyModel(new HideDatabaseProxy(dialog));
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (!filter.isEmpty())
        dialog->setNameFilter(filter);
    // A suggested full path starts in its folder unless that is the database's.
    const QFileInfo suggested(start);
    QString folder = startFolder();
    if (!start.isEmpty() && suggested.isAbsolute() && QFileInfo(suggested.absolutePath()).isDir() &&
        !isProtected(suggested.absolutePath()))
        folder = suggested.absolutePath();
    dialog->setDirectory(folder);
    if (save && !start.isEmpty())
        dialog->selectFile(suggested.fileName());
    return dialog;
}

} // namespace motcua

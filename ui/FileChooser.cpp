#include "FileChooser.h"

#include <QFileDialog>
#include <QStandardPaths>

namespace motcua {

namespace {
class DialogFileChooser final : public FileChooser
{
public:
    QString openFile(QWidget* parent, const QString& caption, const QString& filter) override
    {
        return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
    }
    QString saveFile(QWidget* parent, const QString& caption, const QString& suggestedName,
                     const QString& filter) override
    {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(parent, caption, dir + QLatin1Char('/') + suggestedName, filter);
    }
};
} // namespace

FileChooser::~FileChooser() = default;

FileChooser& FileChooser::dialogs()
{
    static DialogFileChooser chooser;
    return chooser;
}

} // namespace motcua

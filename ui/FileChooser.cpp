#include "FileChooser.h"

#include <QFileDialog>

namespace motcua {

namespace {
class DialogFileChooser final : public FileChooser
{
public:
    QString openFile(QWidget* parent, const QString& caption, const QString& filter) override
    {
        return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
    }
    QString saveFile(QWidget* parent, const QString& caption, const QString& filter) override
    {
        return QFileDialog::getSaveFileName(parent, caption, QString(), filter);
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

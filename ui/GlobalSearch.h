#pragma once

#include "store/DossierRepository.h"

#include <QList>
#include <QWidget>

class QAction;
class QDialog;
class QLabel;
class QLineEdit;

namespace motcua {

class AppContext;

// Find any dossier from any page: a search box in the window's menu bar, reached with one key
// (Ctrl+Shift+F; Ctrl+F stays with each page's own search). It takes what a clerk has in hand:
// the applicant's name without diacritics, an ID number, a phone, a whole dossier code or its
// tail as read off a receipt ("5002", "261207-5002"). Enter searches (DossierService::search,
// no page filter applies): one hit asks to open that dossier, several show a short pick list,
// none says so beside the box.
class GlobalSearch : public QWidget
{
    Q_OBJECT
public:
    explicit GlobalSearch(AppContext& context, QWidget* parent = nullptr);

    // The key that puts the cursor in the box; add it to the window (WindowShortcut) and to
    // the shortcut list.
    QAction* focusAction() const { return m_focus; }
    QLineEdit* box() const { return m_box; }
    // The message beside the box (no hit, an error); hidden when there is none.
    QLabel* message() const { return m_message; }

    // Runs the search for `text` as Enter in the box does.
    void search(const QString& text);

    // At most this many hits are listed, newest first.
    static constexpr int kLimit = 50;

Q_SIGNALS:
    // Open this dossier (the window shows its dossier view).
    void openRequested(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showMessage(const QString& text);
    // The pick list for several hits; the chosen code, or empty when the clerk cancels.
    QString pick(const QString& text, const QList<DossierListRow>& hits);

    AppContext& m_context;
    QLineEdit* m_box = nullptr;
    QLabel* m_message = nullptr;
    QAction* m_focus = nullptr;
};

} // namespace motcua

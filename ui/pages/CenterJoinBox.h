#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "sync/CenterJoin.h"

#include <QDialog>
#include <QGroupBox>
#include <QPointer>
#include <QThread>

class QLabel;
class QLineEdit;
class QPushButton;

namespace motcua {

class AppContext;
class FileChooser;

// Settings, "Center's server": whether this workstation joined its center's server
// (motcua-center), as which station, and for an administrator "Join the center…", which asks
// for the address, the one-time code the center's administrator printed and the center's CA,
// then joins (CenterJoin) as `motcuactl center join` does.
class CenterJoinBox : public QGroupBox
{
    Q_OBJECT
public:
    CenterJoinBox(AppContext& context, const Actor& actor, QWidget* parent = nullptr);
    void reload();
    void setFileChooser(FileChooser* chooser) { m_chooser = chooser; }

Q_SIGNALS:
    // The workstation joined: the sync engine must read its settings again.
    void joined();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void openJoin();

    AppContext& m_context;
    Actor m_actor;
    FileChooser* m_chooser = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_join = nullptr;
};

// The join dialog: address, one-time code, CA file and this workstation's name; Join does the
// exchange and stays open with the reason when it fails.
class CenterJoinDialog : public QDialog
{
    Q_OBJECT
public:
    CenterJoinDialog(AppContext& context, FileChooser& chooser, QWidget* parent = nullptr);
    // What the center answered, after accept().
    QString summary() const { return m_summary; }

    // True while the center is being asked (tests wait for it).
    bool isJoining() const { return !m_worker.isNull(); }

private:
    // How long the center may stay silent before the dialog gives up on it.
    static constexpr int kJoinTimeoutMs = 15000;

    void join();
    void finishJoin(const QUrl& url, const QString& ca, const Result<JoinAnswer>& answer);
    void chooseCa();

    AppContext& m_context;
    FileChooser& m_chooser;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_ca = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_joinButton = nullptr;
    QString m_summary;
    QPointer<QThread> m_worker;
};

} // namespace motcua

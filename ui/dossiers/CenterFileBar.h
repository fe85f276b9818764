#pragma once

#include "core/Types.h"

#include <QString>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace motcua {

class AppContext;

// The "Download" button and progress of a dossier's files kept at the center (DossierViewDialog):
// the download runs on a worker thread (CenterFileFetch::download, its own TLS connection), the
// bar shows the bytes so far, and the checked bytes are stored on the GUI thread
// (AttachmentService::storeFetched, one commit). Closing the dialog stops a download; nothing
// is recorded then, but the pieces received are kept encrypted (CenterFileFetch::keepPiece) and
// the next download of the file goes on from them.
class CenterFileBar : public QWidget
{
    Q_OBJECT
public:
    CenterFileBar(AppContext& context, const Actor& actor, const QString& code, QWidget* parent = nullptr);
    ~CenterFileBar() override;

    // The dossier the next fetch is for (the online inbox shows one dossier after another); a
    // fetch under way keeps the dossier it started with.
    void setDossier(const QString& code) { m_code = code; }
    // The file selected in the list: the button fetches it; empty hides the bar's button.
    void setFile(const QString& sha256);
    // Starts fetching `sha256`; fetched() or failed() follows. `open`: it was asked for to be opened.
    void fetch(const QString& sha256, bool open);
    bool isBusy() const;

Q_SIGNALS:
    void started();
    void fetched(qint64 attachmentId, bool open);
    void failed(const QString& message);

private:
    struct Run;
    void finish(const std::shared_ptr<Run>& run);

    AppContext& m_context;
    Actor m_actor;
    QString m_code;
    QString m_sha;
    QPushButton* m_button = nullptr;
    QProgressBar* m_progress = nullptr;
    std::shared_ptr<Run> m_run;
};

} // namespace motcua

#include "pages/CenterJoinBox.h"
#include "store/SettingKeys.h"

#include "FileChooser.h"
#include "InlineMessage.h"
#include "service/AppContext.h"
#include "service/CenterMembership.h"
#include "store/Settings.h"
#include "sync/CenterJoin.h"

#include <memory>

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace motcua {

CenterJoinBox::CenterJoinBox(AppContext& context, const Actor& actor, QWidget* parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("center-join"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("center-join-state"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_join = new QPushButton(this);
    m_join->setObjectName(QStringLiteral("center-join-open"));
    m_join->setVisible(actor.atLeast(Role::Admin));
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_join);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(row);
    connect(m_join, &QPushButton::clicked, this, &CenterJoinBox::openJoin);
    retranslateUi();
}

void CenterJoinBox::reload()
{
    retranslateUi();
}

void CenterJoinBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void CenterJoinBox::retranslateUi()
{
    setTitle(tr("Center's server"));
    Settings& s = m_context.settings();
    const QString url = s.string(SettingKey::CenterUrl);
    if (url.isEmpty()) {
        m_state->setText(tr("This workstation has not joined a center's server. An administrator joins it with the "
                            "one-time code the center's administrator prints (motcua-center enrol --station N)."));
        m_join->setText(tr("&Join the center…"));
    } else {
        m_state->setText(tr("Joined %1 at %2 as station %3. Dossiers, history and files go to the center's server.")
                             .arg(s.string(SettingKey::CenterServerName).toHtmlEscaped(), url.toHtmlEscaped())
                             .arg(s.integer(SettingKey::StationNumber)));
        m_join->setText(tr("&Join again…"));
    }
}

void CenterJoinBox::openJoin()
{
    if (!m_actor.atLeast(Role::Admin))
        return;
    CenterJoinDialog dialog(m_context, m_chooser ? *m_chooser : FileChooser::dialogs(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT joined();
}

CenterJoinDialog::CenterJoinDialog(AppContext& context, FileChooser& chooser, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_chooser(chooser)
{
    setObjectName(QStringLiteral("center-join-dialog"));
    setWindowTitle(tr("Join the center's server"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("center-join-url"));
    m_url->setPlaceholderText(QStringLiteral("https://trungtam.example.gov.vn:8443"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("center-join-code"));
    m_code->setPlaceholderText(QStringLiteral("ABCD-EFGH-JKLM"));
    m_ca = new QLineEdit(this);
    m_ca->setObjectName(QStringLiteral("center-join-ca"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("center-join-browse"));
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);
    m_name = new QLineEdit(QHostInfo::localHostName().left(100), this);
    m_name->setObjectName(QStringLiteral("center-join-name"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Center's &address:"), m_url);
    form->addRow(tr("One-time &code:"), m_code);
    auto* caLabel = new QLabel(tr("Center's &CA certificate:"), this);
    caLabel->setBuddy(m_ca);
    form->addRow(caLabel, caRow);
    form->addRow(tr("This workstation's &name:"), m_name);
    auto* note = new QLabel(tr("The center's administrator prints the code with \"motcua-center enrol --station N\"; "
                               "it works once, for a short time. The center gives this workstation its station number "
                               "and its own credential, kept encrypted."),
                            this);
    note->setWordWrap(true);
    m_message = makeInlineError(this, QStringLiteral("center-join-message"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_joinButton = buttons->addButton(tr("&Join"), QDialogButtonBox::AcceptRole);
    m_joinButton->setObjectName(QStringLiteral("center-join-accept"));
    m_joinButton->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    connect(browse, &QPushButton::clicked, this, &CenterJoinDialog::chooseCa);
    connect(buttons, &QDialogButtonBox::accepted, this, &CenterJoinDialog::join);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CenterJoinDialog::chooseCa()
{
    const QString path = m_chooser.openFile(this, tr("Certificate of the center's CA"),
                                            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_ca->setText(path);
}

void CenterJoinDialog::join()
{
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        showInlineError(m_message, tr("The center's address must start with https://."));
        m_url->setFocus();
        return;
    }
    // The exchange runs in a thread of its own: the window stays alive, says what it waits for,
    // and Cancel closes it (a late answer is then dropped, and the code must be printed again).
    m_joinButton->setEnabled(false);
    showInlineInfo(m_message, tr("Asking %1 to join…").arg(url.host()));
    const QString ca = m_ca->text().trimmed(), code = m_code->text(), name = m_name->text().trimmed();
    auto answer = std::make_shared<Result<JoinAnswer>>(Error::storage(QString()));
    QThread* worker =
        QThread::create([answer, url, ca, code, name] { *answer = requestJoin(url, ca, code, name, kJoinTimeoutMs); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, answer, url, ca] { finishJoin(url, ca, *answer); });
    m_worker = worker;
    worker->start();
}

void CenterJoinDialog::finishJoin(const QUrl& url, const QString& ca, const Result<JoinAnswer>& answer)
{
    m_worker = nullptr;
    m_joinButton->setEnabled(true);
    auto joined = answer ? keepJoin(m_context.settings(), url, ca, *answer) : Result<JoinedCenter>(answer.error());
    if (!joined) {
        showInlineError(m_message, joined.error().message);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status adopted = adoptCenter(m_context, *joined);
    QApplication::restoreOverrideCursor();
    if (!adopted) {
        showInlineError(m_message, adopted.error().message);
        return;
    }
    m_summary = tr("Joined %1 as station %2.").arg(joined->center).arg(joined->station);
    accept();
}

} // namespace motcua

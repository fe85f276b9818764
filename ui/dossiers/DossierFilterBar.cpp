#include "dossiers/DossierFilterBar.h"

#include "core/Clock.h"
#include "core/DossierState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace motcua {

namespace {
// The state combo's special rows; the others carry a DossierState as int.
constexpr int kAllStates = 0;
constexpr int kOpenStates = -1;
constexpr int kCustomStates = -2;

// Long procedure names would widen the bar past a 1366-pixel screen.
constexpr int kComboMaxWidth = 260;

QList<DossierState> openStates()
{
    QList<DossierState> states = DossierFilter::openRunningStates();
    states.append(DossierState::SupplementRequested);
    return states;
}

QList<DossierState> sorted(QList<DossierState> states)
{
    std::sort(states.begin(), states.end());
    return states;
}
} // namespace

DossierFilterBar::DossierFilterBar(const Actor& actor, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_actor(actor)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("dossier-filters"));
    // No signal while the widgets are being made: filter() needs all of them.
    m_quiet = true;
    buildUi();
    retranslateUi();
    m_quiet = false;
}

void DossierFilterBar::buildUi()
{
    auto combo = [this](const char* name) {
        auto* c = new QComboBox(this);
        c->setObjectName(QString::fromLatin1(name));
        c->setMaximumWidth(kComboMaxWidth);
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
        connect(c, &QComboBox::currentIndexChanged, this, &DossierFilterBar::emitFilter);
        return c;
    };
    auto check = [this](const char* name) {
        auto* c = new QCheckBox(this);
        c->setObjectName(QString::fromLatin1(name));
        connect(c, &QCheckBox::toggled, this, &DossierFilterBar::emitFilter);
        return c;
    };

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("dossier-search"));
    m_search->setClearButtonEnabled(true);
    m_searchHint = new QLabel(this);
    m_searchHint->setObjectName(QStringLiteral("dossier-search-hint"));
    m_searchHint->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        updateSearchHint();
        m_searchTimer->start();
    });
    // Enter searches at once.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        Q_EMIT searchChanged(searchText());
    });
    connect(m_searchTimer, &QTimer::timeout, this, [this] { Q_EMIT searchChanged(searchText()); });

    m_state = combo("filter-state");
    // The state names are few and each is read whole ("Mở (chưa xử lý xong)" cut at twelve
    // letters says nothing): the combo is as wide as its longest name, the department and
    // procedure combos give way.
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_state->setMaximumWidth(QWIDGETSIZE_MAX);
    m_department = combo("filter-department");
    m_procedure = combo("filter-procedure");
    m_channel = combo("filter-channel");
    // The channel names are short and few: show them whole rather than cut at 12 letters.
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_dates = check("filter-dates");
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("filter-from"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("filter-to"));
    const QDate today = toVietnam(m_clock.now()).date();
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        e->setEnabled(false);
        connect(e, &QDateEdit::dateChanged, this, &DossierFilterBar::emitFilter);
    }
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    connect(m_dates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_dates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_dueToday = check("filter-due-today");
    m_overdue = check("filter-overdue");
    m_mine = check("filter-mine");
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("filter-clear"));
    connect(m_clear, &QPushButton::clicked, this, &DossierFilterBar::clear);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setBuddy(m_state);
    m_departmentLabel = new QLabel(this);
    m_departmentLabel->setBuddy(m_department);
    m_procedureLabel = new QLabel(this);
    m_procedureLabel->setBuddy(m_procedure);
    m_channelLabel = new QLabel(this);
    m_channelLabel->setBuddy(m_channel);
    m_toLabel = new QLabel(this);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_clear);

    auto* combos = new QHBoxLayout;
    combos->addWidget(m_stateLabel);
    combos->addWidget(m_state);
    combos->addSpacing(8);
    combos->addWidget(m_departmentLabel);
    combos->addWidget(m_department, 1);
    combos->addSpacing(8);
    combos->addWidget(m_procedureLabel);
    combos->addWidget(m_procedure, 1);
    combos->addSpacing(8);
    combos->addWidget(m_channelLabel);
    combos->addWidget(m_channel);

    auto* flags = new QHBoxLayout;
    flags->addWidget(m_dates);
    flags->addWidget(m_from);
    flags->addWidget(m_toLabel);
    flags->addWidget(m_to);
    flags->addSpacing(16);
    flags->addWidget(m_dueToday);
    flags->addWidget(m_overdue);
    flags->addWidget(m_mine);
    flags->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(searchRow);
    layout->addWidget(m_searchHint);
    layout->addLayout(combos);
    layout->addLayout(flags);
}

void DossierFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DossierFilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search: applicant name (diacritics optional), dossier code, ID number or phone"));
    m_clear->setText(tr("Clear filters"));
    m_stateLabel->setText(tr("&State:"));
    m_departmentLabel->setText(tr("De&partment:"));
    m_procedureLabel->setText(tr("Pro&cedure:"));
    m_channelLabel->setText(tr("C&hannel:"));
    m_dates->setText(tr("Received from"));
    m_toLabel->setText(tr("to"));
    m_dueToday->setText(tr("Due today"));
    m_overdue->setText(tr("Overdue"));
    m_mine->setText(tr("Received by me"));
    const bool quiet = m_quiet;
    m_quiet = true;
    fillStates();
    fillChannels();
    if (m_department->count() > 0)
        m_department->setItemText(0, tr("All departments"));
    if (m_procedure->count() > 0)
        m_procedure->setItemText(0, tr("All procedures"));
    m_quiet = quiet;
    updateSearchHint();
}

void DossierFilterBar::fillStates()
{
    const QVariant current = m_state->currentData();
    m_state->clear();
    m_state->addItem(tr("All states"), kAllStates);
    m_state->addItem(tr("Open (not yet processed)"), kOpenStates);
    for (DossierState s : allStates())
        m_state->addItem(stateName(s), static_cast<int>(s));
    const int i = m_state->findData(current);
    m_state->setCurrentIndex(i >= 0 ? i : 0);
}

void DossierFilterBar::fillChannels()
{
    const QVariant current = m_channel->currentData();
    m_channel->clear();
    m_channel->addItem(tr("All channels"), 0);
    for (Channel c : {Channel::Counter, Channel::Online, Channel::Postal})
        m_channel->addItem(channelName(c), static_cast<int>(c));
    const int i = m_channel->findData(current);
    m_channel->setCurrentIndex(i >= 0 ? i : 0);
}

void DossierFilterBar::setCatalogue(const QList<Department>& departments, const QList<Procedure>& procedures)
{
    const bool quiet = m_quiet;
    m_quiet = true;
    m_department->clear();
    m_department->addItem(tr("All departments"), QVariant());
    for (const Department& d : departments) {
        m_department->addItem(d.name, d.id);
        m_department->setItemData(m_department->count() - 1, d.name, Qt::ToolTipRole);
    }
    m_procedure->clear();
    m_procedure->addItem(tr("All procedures"), QString());
    for (const Procedure& p : procedures) {
        const QString text = p.code + QStringLiteral(" — ") + p.name;
        m_procedure->addItem(text, p.code);
        m_procedure->setItemData(m_procedure->count() - 1, text, Qt::ToolTipRole);
    }
    m_quiet = quiet;
}

DossierFilter DossierFilterBar::filter() const
{
    DossierFilter f;
    const int state = m_state->currentData().toInt();
    if (state == kOpenStates) {
        f.states = openStates();
    } else if (state == kCustomStates) {
        for (const QVariant& v : m_state->currentData(Qt::UserRole + 1).toList())
            f.states.append(static_cast<DossierState>(v.toInt()));
    } else if (state != kAllStates) {
        f.states = {static_cast<DossierState>(state)};
    }
    if (m_department->currentData().isValid())
        f.departmentId = m_department->currentData().toLongLong();
    f.procedureCode = m_procedure->currentData().toString();
    if (m_channel->currentData().toInt() != 0)
        f.channel = static_cast<Channel>(m_channel->currentData().toInt());
    if (m_dates->isChecked()) {
        f.receivedFrom = QDateTime(m_from->date(), QTime(0, 0), vietnamZone()).toUTC();
        f.receivedTo = QDateTime(m_to->date().addDays(1), QTime(0, 0), vietnamZone()).toUTC();
    }
    f.dueToday = m_dueToday->isChecked();
    f.overdue = m_overdue->isChecked();
    if (m_mine->isChecked())
        f.receivedBy = m_actor.username;
    f.now = m_clock.now();
    return f;
}

QString DossierFilterBar::searchText() const
{
    return m_search->text().trimmed();
}

void DossierFilterBar::setFilter(const DossierFilter& f)
{
    m_quiet = true;
    // States: one state, the open set, or a custom list kept in its own row.
    const int custom = m_state->findData(kCustomStates);
    if (custom >= 0)
        m_state->removeItem(custom);
    if (f.states.isEmpty()) {
        m_state->setCurrentIndex(m_state->findData(kAllStates));
    } else if (f.states.size() == 1) {
        m_state->setCurrentIndex(m_state->findData(static_cast<int>(f.states.constFirst())));
    } else if (sorted(f.states) == sorted(openStates())) {
        m_state->setCurrentIndex(m_state->findData(kOpenStates));
    } else {
        QStringList names;
        QVariantList values;
        for (DossierState s : f.states) {
            names.append(stateName(s));
            values.append(static_cast<int>(s));
        }
        m_state->addItem(names.join(QStringLiteral(", ")), kCustomStates);
        m_state->setItemData(m_state->count() - 1, values, Qt::UserRole + 1);
        m_state->setCurrentIndex(m_state->count() - 1);
    }
    const int dep = f.departmentId ? m_department->findData(*f.departmentId) : 0;
    m_department->setCurrentIndex(qMax(0, dep));
    const int proc = f.procedureCode.isEmpty() ? 0 : m_procedure->findData(f.procedureCode);
    m_procedure->setCurrentIndex(qMax(0, proc));
    m_channel->setCurrentIndex(qMax(0, f.channel ? m_channel->findData(static_cast<int>(*f.channel)) : 0));
    const bool dated = f.receivedFrom.isValid() || f.receivedTo.isValid();
    m_dates->setChecked(dated);
    if (f.receivedFrom.isValid())
        m_from->setDate(toVietnam(f.receivedFrom).date());
    if (f.receivedTo.isValid())
        m_to->setDate(toVietnam(f.receivedTo.addSecs(-1)).date());
    m_dueToday->setChecked(f.dueToday);
    m_overdue->setChecked(f.overdue);
    m_mine->setChecked(!f.receivedBy.isEmpty());
    m_quiet = false;
    emitFilter();
}

void DossierFilterBar::setSearchText(const QString& text)
{
    m_search->setText(text);
    m_searchTimer->stop();
    Q_EMIT searchChanged(searchText());
}

void DossierFilterBar::clear()
{
    m_search->clear();
    m_searchTimer->stop();
    setFilter(DossierFilter());
    Q_EMIT searchChanged(QString());
}

void DossierFilterBar::emitFilter()
{
    if (!m_quiet)
        Q_EMIT filterChanged(filter());
}

void DossierFilterBar::updateSearchHint()
{
    // Says how the text is read, so "0905..." typed as a phone is not mistaken for a name.
    QString hint;
    switch (DossierRepository::classify(m_search->text())) {
    case DossierRepository::SearchKind::Empty:
        hint = tr("Type a name without diacritics (\"nguyen van an\"), a dossier code, an ID number or a phone.");
        break;
    case DossierRepository::SearchKind::Code:
        hint = tr("Searching by dossier code.");
        break;
    case DossierRepository::SearchKind::CodeTail:
        hint = tr("Searching by the end of a dossier code (the number on the receipt).");
        break;
    case DossierRepository::SearchKind::IdNumber:
        hint = tr("Searching by ID number.");
        break;
    case DossierRepository::SearchKind::Phone:
        hint = tr("Searching by phone number (or tax number).");
        break;
    case DossierRepository::SearchKind::Digits:
        hint = tr("Searching by ID or registration number.");
        break;
    case DossierRepository::SearchKind::Name:
        hint = tr("Searching by applicant name; the state, department, date and due filters still apply.");
        break;
    }
    m_searchHint->setText(hint);
}

} // namespace motcua

#include "pages/DashboardPage.h"

#include "InlineMessage.h"
#include "core/Clock.h"
#include "core/Department.h"
#include "pages/DashboardTile.h"
#include "pages/PageHeader.h"
#include "pages/QualityIndexSection.h"
#include "pages/ReportExportDialog.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/CenterCountsSource.h"
#include "service/ChangeNotifier.h"
#include "service/OnlineInboxService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QEvent>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <iterator>

namespace motcua {

namespace {

enum TileIndex {
    ReceivedCounter,
    ReceivedOnline,
    ReceivedPostal,
    Returned,
    DueToday,
    Overdue,
    AwaitingSupplement,
    OnlineWaitingTile,
    OnlineLateTile
};

struct TileSpec
{
    const char* key;
    DashboardTile::Tone tone;
    const char* caption;
};

const TileSpec kTiles[] = {
    {"received-counter", DashboardTile::Neutral, QT_TRANSLATE_NOOP("motcua::DashboardPage", "Received at the counter")},
    {"received-online", DashboardTile::Neutral, QT_TRANSLATE_NOOP("motcua::DashboardPage", "Received online")},
    {"received-postal", DashboardTile::Neutral, QT_TRANSLATE_NOOP("motcua::DashboardPage", "Received by post")},
    {"returned", DashboardTile::Good, QT_TRANSLATE_NOOP("motcua::DashboardPage", "Results returned")},
    {"due-today", DashboardTile::Warning, QT_TRANSLATE_NOOP("motcua::DashboardPage", "Due later today")},
    {"overdue", DashboardTile::Bad, QT_TRANSLATE_NOOP("motcua::DashboardPage", "Overdue")},
    {"awaiting-supplement", DashboardTile::Warning,
     QT_TRANSLATE_NOOP("motcua::DashboardPage", "Awaiting a supplement")},
    // The online inbox (OnlineInboxService): submissions waiting for a clerk, and those of them
    // past their acceptance deadline. A click opens the inbox.
    {"online-waiting", DashboardTile::Neutral,
     QT_TRANSLATE_NOOP("motcua::DashboardPage", "Online dossiers awaiting acceptance")},
    {"online-late", DashboardTile::Bad, QT_TRANSLATE_NOOP("motcua::DashboardPage", "Past the acceptance deadline")},
};

// Live refresh: a change stamp is two tiny statements, so a short interval costs nothing.
constexpr int kPollMs = 2000;
constexpr int kDefaultDays = 30;
// Changes pulled from the center ask the center's server for its count at most this often.
constexpr qint64 kCenterFollowMs = 5000;
// The smallest font the department chart's names shrink to, in pixels.
constexpr int kMinLabelPx = 8;
// The department chart's height beside its rows: title, value axis, legend and margins.
constexpr int kChartChromePx = 130;
constexpr int kChartMinHeight = 220;

} // namespace

DashboardPage::DashboardPage(AppContext& context, const Actor& actor, CenterCountsSource* center, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(actor)
    , m_center(center)
    // Figures of every department and every clerk: supervisors and administrators.
    , m_allowed(actor.atLeast(Role::Supervisor))
{
    if (!m_center) {
        m_offline = std::make_unique<OfflineCenterCounts>();
        m_center = m_offline.get();
    }
    // The portal answers in the background; only the center-wide area is redrawn then.
    m_center->setChangedCallback([this] {
        if (m_allowed && m_centerText)
            showCenterCounts(m_day.isValid() ? m_day : toVietnam(m_context.clock().now()).date());
    });
    m_title = makePageTitle(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    if (!m_allowed) {
        m_notAllowed = new QLabel(this);
        m_notAllowed->setObjectName(QStringLiteral("dashboard-not-for-role"));
        m_notAllowed->setWordWrap(true);
        layout->addWidget(m_notAllowed);
        layout->addStretch(1);
        retranslateUi();
        return;
    }
    buildFigures();
    buildCharts();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_departmentLabel);
    filters->addWidget(m_department, 1);
    filters->addSpacing(12);
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);
    filters->addWidget(m_refresh);
    filters->addWidget(m_export);
    layout->addLayout(filters);
    layout->addWidget(m_error);

    auto* heading = new QHBoxLayout;
    heading->addWidget(m_todayHeading, 1);
    heading->addWidget(m_updated);
    layout->addLayout(heading);
    // Two rows: nine tiles of a readable width do not fit one row of a 1366-pixel screen.
    auto* tiles = new QGridLayout;
    tiles->setSpacing(8);
    const int perRow = (static_cast<int>(m_tiles.size()) + 1) / 2;
    for (int i = 0; i < m_tiles.size(); ++i)
        tiles->addWidget(m_tiles.at(i), i / perRow, i % perRow);
    for (int c = 0; c < perRow; ++c)
        tiles->setColumnStretch(c, 1);
    layout->addLayout(tiles);

    auto* chartsPage = new QWidget(this);
    auto* charts = new QHBoxLayout(chartsPage);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(m_departmentView, 3);
    charts->addWidget(m_trendView, 2);
    // In a short window the charts scroll rather than squeeze the departments' names out.
    auto* chartsScroll = new QScrollArea(this);
    chartsScroll->setObjectName(QStringLiteral("dashboard-charts-scroll"));
    chartsScroll->setWidget(chartsPage);
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);
    chartsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_quality = new QualityIndexSection(m_context, m_actor, this);
    m_quality->setObjectName(QStringLiteral("dashboard-quality"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboard-tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(chartsScroll, QString());
    m_tabs->addTab(m_quality, QString());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_centerBox);

    // Dossiers changed (here, elsewhere, pulled by sync): the figures follow.
    connect(&m_context.changes(), &ChangeNotifier::dossiersChanged, this, [this] {
        if (!m_allowed)
            return;
        if (isVisible()) {
            refresh();
            // A sync that brought changes: the server's count has moved too, so ask for it now
            // rather than at the end of its interval (at most once per kCenterFollowMs).
            if (m_followsCenter && (!m_centerAsked.isValid() || m_centerAsked.elapsed() >= kCenterFollowMs)) {
                m_centerAsked.start();
                m_center->request(m_day.isValid() ? m_day : toVietnam(m_context.clock().now()).date(), true);
            }
        } else {
            m_dirty = true;
        }
    });
    // The timer only turns the day and asks for the center's figures.
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &DashboardPage::poll);
    m_poll->start();
    retranslateUi();
}

DashboardPage::~DashboardPage()
{
    m_center->setChangedCallback({});
}

void DashboardPage::buildFigures()
{
    m_departmentLabel = new QLabel(this);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("dashboard-department"));
    m_department->addItem(QString(), QVariant());
    const QList<Department> departments = m_context.catalogue().departments();
    for (const Department& d : departments) {
        m_department->addItem(d.name, d.id);
        if (!d.shortName.isEmpty())
            m_shortNames.insert(d.id, d.shortName);
    }
    m_departmentLabel->setBuddy(m_department);
    m_periodLabel = new QLabel(this);
    const QDate today = toVietnam(m_context.clock().now()).date();
    m_from = new QDateEdit(today.addDays(1 - kDefaultDays), this);
    m_from->setObjectName(QStringLiteral("dashboard-from"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("dashboard-to"));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_periodLabel->setBuddy(m_from);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("dashboard-refresh"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("dashboard-export"));
    m_error = makeInlineError(this, QStringLiteral("dashboard-error"));
    m_todayHeading = new QLabel(this);
    m_todayHeading->setObjectName(QStringLiteral("dashboard-today"));
    QFont bold = m_todayHeading->font();
    bold.setBold(true);
    m_todayHeading->setFont(bold);
    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("dashboard-updated"));
    m_updated->setStyleSheet(QStringLiteral("color: #5b6b7b;"));

    for (int i = 0; i < static_cast<int>(std::size(kTiles)); ++i) {
        auto* tile = new DashboardTile(kTiles[i].tone, this);
        tile->setObjectName(QStringLiteral("tile-") + QLatin1String(kTiles[i].key));
        connect(tile, &QPushButton::clicked, this, [this, i] { tileClicked(i); });
        m_tiles.append(tile);
    }

    m_centerBox = new QGroupBox(this);
    m_centerBox->setObjectName(QStringLiteral("dashboard-center-wide"));
    m_centerText = new QLabel(m_centerBox);
    m_centerText->setObjectName(QStringLiteral("dashboard-center-text"));
    m_centerText->setWordWrap(true);
    auto* centerLayout = new QVBoxLayout(m_centerBox);
    centerLayout->setContentsMargins(8, 4, 8, 4);
    centerLayout->addWidget(m_centerText);

    connect(m_department, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        refresh();
        // The button (F5) also asks the portal again at once.
        m_center->request(m_day, true);
    });
    connect(m_export, &QPushButton::clicked, this, &DashboardPage::exportReport);
}

void DashboardPage::buildCharts()
{
    m_departmentChart = new QChart;
    m_departmentChart->setObjectName(QStringLiteral("dashboard-departments-chart"));
    m_departmentChart->setAnimationOptions(QChart::NoAnimation);
    m_departmentChart->legend()->setAlignment(Qt::AlignBottom);
    m_departmentChart->setMargins(QMargins(4, 4, 4, 4));
    m_departmentSeries = new QHorizontalStackedBarSeries(m_departmentChart);
    m_departmentChart->addSeries(m_departmentSeries);
    m_departmentAxis = new QBarCategoryAxis(m_departmentChart);
    QFont small = m_departmentAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_departmentAxis->setLabelsFont(small);
    // Eighteen departments share the height: Qt would elide every name to "...".
    m_departmentAxis->setTruncateLabels(false);
    m_departmentChart->addAxis(m_departmentAxis, Qt::AlignLeft);
    m_departmentSeries->attachAxis(m_departmentAxis);
    m_departmentLabelFont = small;
    // The axis drops every other name when they do not fit the height: the names shrink instead.
    connect(m_departmentChart, &QChart::plotAreaChanged, this, &DashboardPage::fitDepartmentLabels,
            Qt::QueuedConnection);
    m_departmentValues = new QValueAxis(m_departmentChart);
    m_departmentValues->setLabelFormat(QStringLiteral("%d"));
    m_departmentValues->setLabelsFont(small);
    m_departmentChart->addAxis(m_departmentValues, Qt::AlignBottom);
    m_departmentSeries->attachAxis(m_departmentValues);
    m_departmentView = new QChartView(m_departmentChart, this);
    m_departmentView->setObjectName(QStringLiteral("dashboard-departments"));
    m_departmentView->setRenderHint(QPainter::Antialiasing);
    m_departmentView->setMinimumHeight(kChartMinHeight);

    m_trendChart = new QChart;
    m_trendChart->setObjectName(QStringLiteral("dashboard-trend-chart"));
    m_trendChart->setAnimationOptions(QChart::NoAnimation);
    m_trendChart->legend()->setAlignment(Qt::AlignBottom);
    m_trendChart->setMargins(QMargins(4, 4, 4, 4));
    m_trendReceived = new QLineSeries(m_trendChart);
    m_trendProcessed = new QLineSeries(m_trendChart);
    m_trendReceived->setColor(QColor(0x2f, 0x5d, 0x8a));
    m_trendProcessed->setColor(QColor(0x2e, 0x7d, 0x32));
    m_trendChart->addSeries(m_trendReceived);
    m_trendChart->addSeries(m_trendProcessed);
    m_trendDays = new QDateTimeAxis(m_trendChart);
    m_trendDays->setFormat(QStringLiteral("dd/MM"));
    m_trendDays->setLabelsFont(small);
    m_trendDays->setTickCount(6);
    m_trendChart->addAxis(m_trendDays, Qt::AlignBottom);
    m_trendValues = new QValueAxis(m_trendChart);
    m_trendValues->setLabelFormat(QStringLiteral("%d"));
    m_trendValues->setLabelsFont(small);
    m_trendChart->addAxis(m_trendValues, Qt::AlignLeft);
    for (QLineSeries* s : {m_trendReceived, m_trendProcessed}) {
        s->attachAxis(m_trendDays);
        s->attachAxis(m_trendValues);
    }
    m_trendView = new QChartView(m_trendChart, this);
    m_trendView->setObjectName(QStringLiteral("dashboard-trend"));
    m_trendView->setRenderHint(QPainter::Antialiasing);
    m_trendView->setMinimumHeight(220);
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Hidden pages do not refresh; catch up when shown.
    if (m_allowed && (m_dirty || m_context.reports().changeStamp() != m_stamp))
        refresh();
}

void DashboardPage::retranslateUi()
{
    m_title->setText(tr("Dashboard"));
    if (!m_allowed) {
        m_notAllowed->setText(tr("The dashboard and the periodic report are for supervisors and administrators. "
                                 "Your role (%1) does not include them.")
                                  .arg(roleName(m_actor.role)));
        return;
    }
    m_departmentLabel->setText(tr("&Department:"));
    m_department->setItemText(0, tr("All departments"));
    m_periodLabel->setText(tr("&Period:"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the figures again (F5). They also refresh by themselves when dossiers change."));
    m_export->setText(tr("&Export report…"));
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setCaption(tr(kTiles[i].caption));
    m_departmentChart->setTitle(tr("Per department in the period: processed and pending (click a bar to list)"));
    m_trendChart->setTitle(tr("Per day in the period"));
    m_trendReceived->setName(tr("Received"));
    m_trendProcessed->setName(tr("Processed"));
    setCenterBoxTitle();
    m_tabs->setTabText(0, tr("&Report of the period"));
    m_tabs->setTabText(1, tr("Service &quality index (Decision 766)"));
    m_dirty = true;
    if (isVisible())
        refresh();
}

void DashboardPage::setPollInterval(int milliseconds)
{
    if (m_poll)
        m_poll->setInterval(milliseconds);
}

void DashboardPage::setPeriod(const QDate& from, const QDate& to)
{
    if (!m_allowed)
        return;
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void DashboardPage::setDepartment(std::optional<qint64> departmentId)
{
    if (!m_allowed)
        return;
    const int index = departmentId ? m_department->findData(*departmentId) : 0;
    m_department->setCurrentIndex(qMax(0, index));
}

void DashboardPage::showQualityIndex()
{
    if (m_tabs)
        m_tabs->setCurrentWidget(m_quality);
}

std::optional<qint64> DashboardPage::department() const
{
    const QVariant v = m_department->currentData();
    return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
}

void DashboardPage::poll()
{
    const QDate today = toVietnam(m_context.clock().now()).date();
    // The center-wide figures follow their own interval (the source decides when to ask).
    if (isVisible())
        m_center->request(today, false);
    if (today == m_day)
        return;
    if (isVisible())
        refresh();
    else
        m_dirty = true;
}

void DashboardPage::refresh()
{
    if (!m_allowed || m_refreshing)
        return;
    m_refreshing = true;
    QElapsedTimer timer;
    timer.start();
    ReportService& reports = m_context.reports();
    const QDate today = toVietnam(m_context.clock().now()).date();
    const std::optional<qint64> dept = department();
    m_error->hide();
    QDate from = m_from->date(), to = m_to->date();
    if (to < from)
        std::swap(from, to);

    // A workstation that follows a center holds every counter's dossiers: the figures are the
    // center's, and the tiles show this workstation's share beside them.
    auto follows = reports.followsCenter();
    const bool center = follows && *follows;
    m_followsCenter = center;
    auto counts = reports.counts(today, dept);
    std::optional<Result<TodayCounts>> own;
    if (center)
        own = reports.counts(today, dept, ReportScope::Station);
    auto report = reports.periodic({from, to, ReportGrouping::Department, dept});
    auto trend = reports.trend(from, to, dept);
    if (!follows || !counts || (own && !*own) || !report || !trend) {
        showInlineError(m_error, !follows       ? follows.error().message
                                 : !counts      ? counts.error().message
                                 : own && !*own ? own->error().message
                                 : !report      ? report.error().message
                                                : trend.error().message);
    } else {
        showTodayCounts(*counts, own ? std::optional<TodayCounts>(**own) : std::nullopt);
        showReport(*report);
        showTrend(*trend);
    }
    m_center->request(today, false);
    showCenterCounts(today);
    m_quality->setDepartment(dept);
    m_quality->invalidate();
    m_stamp = reports.changeStamp();
    m_day = today;
    m_dirty = false;
    m_lastRefreshMs = timer.elapsed();
    m_updated->setText(
        tr("Updated at %1").arg(toVietnam(m_context.clock().now()).toString(QStringLiteral("HH:mm:ss"))));
    m_updated->setToolTip(tr("Read in %1 ms").arg(m_lastRefreshMs));
    m_refreshing = false;
}

void DashboardPage::showTodayCounts(const TodayCounts& c, const std::optional<TodayCounts>& own)
{
    m_asOf = c.asOf;
    const QString scope = m_department->currentIndex() > 0 ? m_department->currentText() : tr("all departments");
    const QString day = QLocale().toString(c.day, QLocale::LongFormat);
    m_todayHeading->setText(
        own ? tr("Today, %1 — the whole center (every counter's dossiers held here), %2").arg(day, scope)
            : tr("Today, %1 — this workstation, %2").arg(day, scope));
    OnlineInboxService::Counts online;
    if (auto counted = m_context.onlineInbox().counts())
        online = *counted;
    else
        showInlineError(m_error, counted.error().message);
    const qint64 values[] = {c.total.receivedCounter,    c.total.receivedOnline, c.total.receivedPostal,
                             c.total.returned,           c.total.dueToday,       c.total.overdue,
                             c.total.awaitingSupplement, online.waiting,         online.late};
    const qint64 shares[] = {own ? own->total.receivedCounter : 0,   own ? own->total.receivedOnline : 0,
                             own ? own->total.receivedPostal : 0,    own ? own->total.returned : 0,
                             own ? own->total.dueToday : 0,          own ? own->total.overdue : 0,
                             own ? own->total.awaitingSupplement : 0};
    constexpr int kShared = static_cast<int>(std::size(shares)); // the online inbox is the center's
    for (int i = 0; i < m_tiles.size(); ++i) {
        m_tiles[i]->setValue(values[i]);
        m_tiles[i]->setShare(own && i < kShared ? std::optional<qint64>(shares[i]) : std::nullopt);
    }
}

void DashboardPage::showReport(const PeriodicReport& report)
{
    // New sets each time: the series owns them and clear() deletes them.
    m_departmentSeries->clear();
    auto* processed = new QBarSet(tr("Processed"));
    auto* notYetDue = new QBarSet(tr("Pending, not yet due"));
    auto* overdue = new QBarSet(tr("Pending, overdue"));
    processed->setColor(QColor(0x2e, 0x7d, 0x32));
    notYetDue->setColor(QColor(0x5b, 0x8d, 0xc9));
    overdue->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList categories;
    m_reportDepartments.clear();
    qint64 top = 0;
    // The chart lists from the bottom up: reversed, the first department is on top.
    for (auto it = report.rows.crbegin(); it != report.rows.crend(); ++it) {
        categories.append(m_shortNames.value(it->departmentId, it->name));
        m_reportDepartments.append(it->departmentId);
        processed->append(static_cast<qreal>(it->counts.processed()));
        notYetDue->append(static_cast<qreal>(it->counts.notYetDue));
        overdue->append(static_cast<qreal>(it->counts.overdue));
        top = qMax(top, it->counts.received());
    }
    for (QBarSet* set : {processed, notYetDue, overdue})
        connect(set, &QBarSet::clicked, this, [this](int index) {
            if (index < 0 || index >= m_reportDepartments.size())
                return;
            Q_EMIT openDossiersRequested(ReportService::selectReceivedBetween(
                qMin(m_from->date(), m_to->date()), qMax(m_from->date(), m_to->date()), std::nullopt,
                m_reportDepartments.at(index)));
        });
    m_departmentSeries->append(QList<QBarSet*>{processed, notYetDue, overdue});
    m_departmentAxis->setCategories(categories);
    // Room for every name at the smallest legible size, plus the title, the value axis and the legend.
    m_departmentView->setMinimumHeight(
        qMax(kChartMinHeight, static_cast<int>(categories.size()) * (kMinLabelPx + 6) + kChartChromePx));
    fitDepartmentLabels();
    m_departmentValues->setRange(0, static_cast<qreal>(qMax<qint64>(top, 5)));
    m_departmentValues->applyNiceNumbers();
}

void DashboardPage::showTrend(const QList<TrendPoint>& points)
{
    QList<QPointF> received, processed;
    qint64 top = 0;
    for (const TrendPoint& p : points) {
        const qreal x = static_cast<qreal>(QDateTime(p.day, QTime(12, 0)).toMSecsSinceEpoch());
        received.append(QPointF(x, static_cast<qreal>(p.received)));
        processed.append(QPointF(x, static_cast<qreal>(p.processed)));
        top = qMax(top, qMax(p.received, p.processed));
    }
    m_trendReceived->replace(received);
    m_trendProcessed->replace(processed);
    if (!points.isEmpty()) {
        m_trendDays->setRange(QDateTime(points.first().day, QTime(0, 0)), QDateTime(points.last().day, QTime(23, 59)));
        m_trendDays->setTickCount(qBound(2, static_cast<int>(points.size()), 7));
    }
    m_trendValues->setRange(0, static_cast<qreal>(qMax<qint64>(top, 5)));
    m_trendValues->applyNiceNumbers();
}

void DashboardPage::fitDepartmentLabels()
{
    const int count = m_departmentAxis->count();
    if (count == 0)
        return;
    const qreal room = m_departmentChart->plotArea().height() / count;
    QFont font = m_departmentLabelFont;
    qreal px = QFontInfo(font).pixelSize();
    // A name needs its line height and a little air; never below a size still legible.
    while (px > kMinLabelPx && QFontMetricsF(font).height() + 2 > room) {
        px -= 0.5;
        font.setPixelSize(qRound(px));
    }
    // Set only when it changes: a new font lays the chart out again, which reports its plot area.
    if (qRound(px) != m_departmentLabelPx) {
        m_departmentLabelPx = qRound(px);
        m_departmentAxis->setLabelsFont(font);
    }
}

void DashboardPage::setCenterBoxTitle()
{
    // Joined to a center, the figures come from the center's own server, not the national portal.
    m_centerBox->setTitle(m_followsCenter
                              ? tr("Center-wide: all workstations of the center, as counted by the center's server")
                              : tr("Center-wide: all workstations of the center, from the portal"));
}

void DashboardPage::showCenterCounts(const QDate& day)
{
    setCenterBoxTitle();
    const CenterStatus status = m_center->status(day);
    const std::optional<TodayCounts> center = m_center->centerCounts(day);
    const QString grey = QStringLiteral("color: #5b6b7b;");
    m_centerBox->setProperty("state", static_cast<int>(status.state));
    QString figures;
    if (center) {
        const DayCounts& t = center->total;
        figures = tr("Received %1 (counter %2, online %3, post %4) · returned %5 · due later today %6 · "
                     "overdue %7 · awaiting a supplement %8")
                      .arg(t.received())
                      .arg(t.receivedCounter)
                      .arg(t.receivedOnline)
                      .arg(t.receivedPostal)
                      .arg(t.returned)
                      .arg(t.dueToday)
                      .arg(t.overdue)
                      .arg(t.awaitingSupplement);
    }
    const QString when = status.updated.isValid()
                             ? QLocale().toString(toVietnam(status.updated).time(), QLocale::ShortFormat)
                             : QString();
    QString text;
    switch (status.state) {
    case CenterStatus::NotConfigured:
        text = m_followsCenter ? tr("Not asked: no server is configured. The numbers above count every counter's "
                                    "dossiers this workstation received from the center at its last sync.")
                               : tr("Not available: no portal is configured for this workstation (Settings). "
                                    "The numbers above are this workstation's own.");
        break;
    case CenterStatus::Loading:
        text = m_followsCenter ? tr("Asking the center's server for its figures…")
                               : tr("Asking the portal for the center's figures…");
        break;
    case CenterStatus::Offline:
        text = center ? (m_followsCenter
                             ? tr("Offline: the center's server cannot be reached. Last figures received at %1: %2")
                             : tr("Offline: the portal cannot be reached. Last figures received at %1: %2"))
                            .arg(when, figures)
               : m_followsCenter ? tr("Offline: the center's server cannot be reached. The numbers above count every "
                                      "counter's dossiers as of this workstation's last sync.")
                                 : tr("Offline: the portal cannot be reached, so the center's figures are not "
                                      "available. The numbers above are this workstation's own.");
        break;
    case CenterStatus::Failed:
        if (m_followsCenter)
            text = center ? tr("The center's server did not give new figures (%1). Last figures received at %2: %3")
                                .arg(status.message, when, figures)
                          : tr("The center's server did not give its figures: %1").arg(status.message);
        else
            text = center ? tr("The portal did not give new figures (%1). Last figures received at %2: %3")
                                .arg(status.message, when, figures)
                          : tr("The portal did not give the center's figures: %1").arg(status.message);
        break;
    case CenterStatus::Ready:
        if (m_followsCenter)
            text = center ? tr("%1 — received from the center's server at %2").arg(figures, when)
                          : tr("Asking the center's server for its figures…");
        else
            text = center ? tr("%1 — received from the portal at %2").arg(figures, when)
                          : tr("Asking the portal for the center's figures…");
        break;
    }
    m_centerText->setStyleSheet(status.state == CenterStatus::Ready && center ? QString() : grey);
    m_centerText->setText(text);
}

void DashboardPage::tileClicked(int index)
{
    const std::optional<qint64> dept = department();
    const QDate day = m_day.isValid() ? m_day : toVietnam(m_context.clock().now()).date();
    DossierSelection s;
    switch (static_cast<TileIndex>(index)) {
    case ReceivedCounter:
        s = ReportService::selectReceived(day, Channel::Counter, dept);
        break;
    case ReceivedOnline:
        s = ReportService::selectReceived(day, Channel::Online, dept);
        break;
    case ReceivedPostal:
        s = ReportService::selectReceived(day, Channel::Postal, dept);
        break;
    case Returned:
        s = ReportService::selectReturned(day, dept);
        break;
    case DueToday:
        s = ReportService::selectDueOn(day, dept);
        break;
    case Overdue:
        s = ReportService::selectOverdue(m_asOf.isValid() ? m_asOf : m_context.clock().now(), dept);
        break;
    case AwaitingSupplement:
        s = ReportService::selectAwaitingSupplement(dept);
        break;
    case OnlineWaitingTile:
    case OnlineLateTile:
        Q_EMIT openOnlineInboxRequested();
        return;
    }
    Q_EMIT openDossiersRequested(s);
}

void DashboardPage::exportReport()
{
    ReportExportDialog dialog(m_context, this);
    dialog.setDepartment(department());
    dialog.exec();
}

} // namespace motcua

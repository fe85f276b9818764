#pragma once

#include "core/Types.h"
#include "service/ReportService.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFont>
#include <QHash>
#include <QWidget>

#include <memory>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QDateTimeAxis;
class QGroupBox;
class QHorizontalStackedBarSeries;
class QLabel;
class QLineSeries;
class QPushButton;
class QTabWidget;
class QTimer;
class QValueAxis;

namespace motcua {

class AppContext;
class CenterCountsSource;
class DashboardTile;
class QualityIndexSection;

// The supervisor's dashboard (docs/domain.md#the-periodic-report): today's figures of this workstation (received at the
// counter, online and by post, returned, due today, overdue, awaiting a supplement), the
// period's report per department as bars (processed, pending not yet due, pending overdue),
// the trend of the period (received and processed per day), filters by department and dates,
// the export of the periodic report, and the center-wide figures from the portal apart. A
// second tab beside the charts holds the national service-quality index (QualityIndexSection).
//
// Supervisors and administrators only: a clerk sees a note saying so and no figures.
// It refreshes itself when the dossiers change (ReportService::changeStamp, polled) and when
// the day turns. Every number is a button: a click asks for the matching Dossiers list.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    // `center` may be null: then the center-wide area says the figures are not available.
    DashboardPage(AppContext& context, const Actor& actor, CenterCountsSource* center = nullptr,
                  QWidget* parent = nullptr);
    ~DashboardPage() override;

    // Reads every figure again now (also done by the live refresh).
    void refresh();
    // How long the last refresh took, in milliseconds (the bench's figure, shown in a tooltip).
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }
    // Live refresh interval; tests shorten it.
    void setPollInterval(int milliseconds);

    void setPeriod(const QDate& from, const QDate& to);
    void setDepartment(std::optional<qint64> departmentId);
    // The tabs below the day's tiles: the period's charts (0) and the service-quality index (1).
    void showQualityIndex();
    QualityIndexSection* qualityIndex() const { return m_quality; }

Q_SIGNALS:
    // A number was clicked: list these dossiers on the Dossiers page. The main window turns
    // the selection into the Dossiers page's filter (see DossierSelection).
    void openDossiersRequested(const motcua::DossierSelection& selection);
    // An online inbox tile was clicked: show the inbox.
    void openOnlineInboxRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildFigures();
    void buildCharts();
    void retranslateUi();
    void poll();
    // `own`: this workstation's share, when it follows a center (the counts are the center's).
    void showTodayCounts(const TodayCounts& counts, const std::optional<TodayCounts>& own);
    void showReport(const PeriodicReport& report);
    void showTrend(const QList<TrendPoint>& points);
    void showCenterCounts(const QDate& day);
    void setCenterBoxTitle();
    void fitDepartmentLabels();
    void exportReport();
    void tileClicked(int index);
    std::optional<qint64> department() const;

    AppContext& m_context;
    Actor m_actor;
    CenterCountsSource* m_center = nullptr;
    bool m_followsCenter = false; // the figures above are the whole center's (ReportService::followsCenter)
    QElapsedTimer m_centerAsked;  // the last time a change asked the center's server for its count
    std::unique_ptr<CenterCountsSource> m_offline;
    bool m_allowed = false;

    QLabel* m_title = nullptr;
    QLabel* m_notAllowed = nullptr;
    QLabel* m_departmentLabel = nullptr;
    QComboBox* m_department = nullptr;
    QLabel* m_periodLabel = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_todayHeading = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_error = nullptr;
    QList<DashboardTile*> m_tiles;
    QChartView* m_departmentView = nullptr;
    QChart* m_departmentChart = nullptr;
    QHorizontalStackedBarSeries* m_departmentSeries = nullptr;
    QBarCategoryAxis* m_departmentAxis = nullptr;
    QFont m_departmentLabelFont; // the names' size when they fit
    int m_departmentLabelPx = 0; // the size they are shown at
    QValueAxis* m_departmentValues = nullptr;
    QChartView* m_trendView = nullptr;
    QChart* m_trendChart = nullptr;
    QLineSeries* m_trendReceived = nullptr;
    QLineSeries* m_trendProcessed = nullptr;
    QDateTimeAxis* m_trendDays = nullptr;
    QValueAxis* m_trendValues = nullptr;
    QTabWidget* m_tabs = nullptr;
    QualityIndexSection* m_quality = nullptr;
    QGroupBox* m_centerBox = nullptr;
    QLabel* m_centerText = nullptr;

    QTimer* m_poll = nullptr;
    qint64 m_stamp = -1;
    QDate m_day;
    QDateTime m_asOf;
    QList<qint64> m_reportDepartments;   // department id of each bar, for clicks
    QHash<qint64, QString> m_shortNames; // the bars' labels
    qint64 m_lastRefreshMs = 0;
    bool m_dirty = true;
    bool m_refreshing = false;
};

} // namespace motcua

Q_DECLARE_METATYPE(motcua::DossierSelection)

// DashboardView: bounce and complaint rates against the SES limits, per range, identity and topic.
#pragma once

#include "aws/AwsConfig.h"
#include "aws/CloudWatchMetrics.h"
#include "aws/SesAccount.h"
#include "store/FeedbackScope.h"
#include "store/DatabaseUrl.h"
#include "tables/RateAlarm.h"
#include "tables/RateSeries.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace Bouncedesk::Model {
class Settings;
namespace Aws {
class AwsClient;
}
} // namespace Bouncedesk::Model

namespace Bouncedesk::Ui {

class BreakdownPanel;
class GetStartedPanel;

// What a click on a chart bucket or a breakdown row asks the Bounces or Complaints view to show.
struct DrillDown {
    bool complaints = false;
    Model::FeedbackScope scope; // the bucket or range, the dashboard's filters, perhaps a facet value
};
class RateChart;

class DashboardView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    // settings is not owned (may be null: the warning level is then the default 80% of the limits).
    DashboardView(Model::DatabaseUrl url, Model::Settings *settings, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Where the AWS account comes from; with one, AWS's own rates and the account's sending status are
    // shown beside ours and read again every AwsFiguresRefreshMinutes (and when the range changes).
    void setAwsAccount(Model::Aws::AccountSource source);

    // The first-run panel, shown instead of the charts while the database holds no message.
    GetStartedPanel *getStarted() const { return m_getStarted; }
    bool isShowingGetStarted() const;

public slots:
    // Shows the first-run panel even with data (Help ▸ Get started) until traffic was sent or it is hidden.
    void showGetStarted();
    // Reads AWS's figures now (CloudWatch reputation for the shown range, SES GetAccount).
    void refreshAws();
    // Reads the rollups again (cheap: rate_hourly only) and redraws; the owner calls it when events
    // arrive and on a timer. May emit alarm().
    void refresh();

signals:
    // A rate has just crossed the warning level (once per crossing); MainWindow shows a tray message.
    // Watched figure: the last 24 hours, all identities and topics, whatever the view shows.
    void alarm(const QString &message);
    // A chart bucket was clicked or a breakdown row activated.
    void drillDown(const Bouncedesk::Ui::DrillDown &request);

private:
    void buildUi();
    // The panel on an empty database (unless hidden), while test traffic is being sent, or when asked for.
    void choosePage(bool empty);
    void fillChoices(const QSqlDatabase &db);
    Model::RateFilter currentFilter() const;
    Model::Bucket currentBucket(const Model::RateFilter &filter) const;
    void showSummary();
    void checkAlarm(const QSqlDatabase &db);
    double warningFraction() const;
    void exportPng();
    void exportCsv();
    void showAws();
    // What AWS's series were read for: the range choice and the bucket.
    QString awsKey(Model::Bucket bucket) const;

    Model::DatabaseUrl m_url;
    QPointer<Model::Settings> m_settings;
    Model::RateAlarm m_alarm;
    Model::RateSummary m_summary;
    Model::Bucket m_bucket = Model::Bucket::Hour;

    QComboBox *m_range = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_bucketCombo = nullptr;
    QComboBox *m_identity = nullptr;
    QComboBox *m_topic = nullptr;
    QLabel *m_bounceFigure = nullptr;
    QLabel *m_complaintFigure = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_basis = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_controls = nullptr;
    QStackedWidget *m_pages = nullptr;
    GetStartedPanel *m_getStarted = nullptr;
    bool m_getStartedHidden = false; // the user chose the empty charts
    bool m_getStartedAsked = false;  // Help ▸ Get started
    bool m_empty = false;
    QWidget *m_charts = nullptr;
    RateChart *m_bounceChart = nullptr;
    RateChart *m_complaintChart = nullptr;
    BreakdownPanel *m_breakdown = nullptr;
    QPushButton *m_exportPng = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QLabel *m_awsFigures = nullptr;
    QTimer *m_awsTimer = nullptr;
    Model::Aws::AccountSource m_accountSource;
    QPointer<Model::Aws::AwsClient> m_aws;
    QString m_awsKey;   // the range and bucket AWS's series were read for
    QString m_awsError;
    std::optional<Model::Aws::SesAccountStatus> m_awsStatus;
    QList<Model::Aws::MetricPoint> m_awsBounce, m_awsComplaint;
    QDateTime m_awsReadAt;
};

} // namespace Bouncedesk::Ui

Q_DECLARE_METATYPE(Bouncedesk::Ui::DrillDown)

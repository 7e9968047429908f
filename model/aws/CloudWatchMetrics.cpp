// CloudWatch GetMetricStatistics for the AWS/SES namespace, over the Query protocol (form in, XML out).
#include "aws/CloudWatchMetrics.h"

#include "core/WhenFinished.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>

namespace Bouncedesk::Model::Aws {

CloudWatchMetrics::CloudWatchMetrics(AwsClient *client)
    : m_client(client)
{
}

QFuture<Result<QList<MetricPoint>>> CloudWatchMetrics::reputation(
    const QString &metricName, const QDateTime &from, const QDateTime &to, int periodSeconds) const
{
    const auto iso = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODate).toUtf8(); };
    const QList<QPair<QByteArray, QByteArray>> form { { "Action", "GetMetricStatistics" }, { "Version", "2010-08-01" },
        { "Namespace", "AWS/SES" }, { "MetricName", metricName.toUtf8() }, { "StartTime", iso(from) },
        { "EndTime", iso(to) }, { "Period", QByteArray::number(periodSeconds) }, { "Statistics.member.1", "Maximum" } };
    AwsCall call;
    call.service = Service::CloudWatch;
    call.action = QStringLiteral("GetMetricStatistics");
    call.headers = { { "Content-Type", "application/x-www-form-urlencoded; charset=utf-8" } };
    for (const auto &[key, value] : form)
        call.body += (call.body.isEmpty() ? "" : "&") + SigV4::uriEncode(key) + '=' + SigV4::uriEncode(value);
    return mappedOn(m_client->call(call), m_client, [](Result<AwsReply> reply) -> Result<QList<MetricPoint>> {
        if (!reply)
            return reply.error();
        QList<MetricPoint> points;
        QXmlStreamReader xml(reply->body);
        MetricPoint point;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Timestamp")
                point.at = QDateTime::fromString(xml.readElementText(), Qt::ISODateWithMs).toUTC();
            else if (xml.isStartElement() && xml.name() == u"Maximum")
                point.value = xml.readElementText().toDouble();
            else if (xml.isEndElement() && xml.name() == u"member" && point.at.isValid())
                points << std::exchange(point, MetricPoint {});
        }
        if (xml.hasError())
            return Error::invalid(
                QCoreApplication::translate("Aws", "CloudWatch GetMetricStatistics: unreadable reply (%1)")
                    .arg(xml.errorString()),
                QStringLiteral("aws-reply"));
        std::sort(points.begin(), points.end(), [](const MetricPoint &a, const MetricPoint &b) { return a.at < b.at; });
        return points;
    });
}

} // namespace Bouncedesk::Model::Aws

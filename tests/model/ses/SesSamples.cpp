// The SES sample messages and helpers shared by the SES parser tests.
#include "SesSamples.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace {
QString samplePath(const QString &name)
{
    return QStringLiteral(SES_SAMPLES "/") + name + u".json";
}
} // namespace

namespace SesSamples {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString sample(const QString &name)
{
    return readText(samplePath(name));
}

QJsonObject sampleObject(const QString &name)
{
    return QJsonDocument::fromJson(sample(name).toUtf8()).object();
}

QString changed(const QString &name, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = sampleObject(name);
    change(root);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

void setInner(QJsonObject &root, const QString &outer, const QString &inner, const QJsonValue &value)
{
    QJsonObject object = root.value(outer).toObject();
    if (value.isUndefined())
        object.remove(inner);
    else
        object.insert(inner, value);
    root.insert(outer, object);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QStringList emailsOf(const Bouncedesk::Model::Ses::SesEvent &event)
{
    QStringList emails;
    for (const Bouncedesk::Model::Ses::Recipient &recipient : event.recipients)
        emails.append(recipient.email);
    return emails;
}

QStringList sampleNames()
{
    QStringList names = QDir(QStringLiteral(SES_SAMPLES)).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (QString &name : names)
        name.chop(5);
    return names;
}

QString envelopeMessage(const QString &directory)
{
    const QString text = readText(QStringLiteral(BOUNCEDESK_TEST_DATA "/sns-real/") + directory + u"/message.json");
    return QJsonDocument::fromJson(text.toUtf8()).object().value(u"Message").toString();
}

} // namespace SesSamples

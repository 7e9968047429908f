// SesSamples: the SES sample messages and small helpers shared by the SES parser tests.
#pragma once

#include "ses/SesEvent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTest>

#include <functional>

namespace SesSamples {

QString readText(const QString &path);
QString sample(const QString &name); // tests/model/ses/samples/<name>.json as text
QJsonObject sampleObject(const QString &name);
// A sample with one change applied, as compact message text.
QString changed(const QString &name, const std::function<void(QJsonObject &)> &change);
// Sets root[outer][inner] (an object inside the root) to value; undefined removes the key.
void setInner(QJsonObject &root, const QString &outer, const QString &inner, const QJsonValue &value);
QString compact(const QJsonObject &object);
QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0);
QStringList emailsOf(const Bouncedesk::Model::Ses::SesEvent &event);
QStringList sampleNames(); // every sample, without ".json"
// The SES message inside a stored SNS envelope under tests/data/sns-real/<directory>.
QString envelopeMessage(const QString &directory);

} // namespace SesSamples

// Parses text and binds var to the event, failing the test (with the note) when it is not SES.
#define PARSE_SES(var, text)                                                                                          \
    const ParseOutcome var##Outcome = parseSesMessage(text);                                                          \
    QVERIFY2(var##Outcome.kind == ParseOutcome::Kind::Ses && var##Outcome.event, qPrintable(var##Outcome.note));      \
    const SesEvent &var = *var##Outcome.event

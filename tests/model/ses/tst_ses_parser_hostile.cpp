// Tests of SES notification parsing with hostile input: refusals, deep nesting, truncations, garbage.
#include "SesSamples.h"
#include "TestSesParser.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Bouncedesk::Model::Ses;
using namespace SesSamples;

namespace {

// What must hold for every outcome, whatever the input. Empty when it holds.
QString invariantProblem(const ParseOutcome &outcome)
{
    if (outcome.kind == ParseOutcome::Kind::NotSes) {
        if (outcome.event)
            return QStringLiteral("NotSes with an event");
        if (outcome.note.isEmpty())
            return QStringLiteral("NotSes without a note");
        return {};
    }
    if (!outcome.event)
        return QStringLiteral("Ses without an event");
    const SesEvent &event = *outcome.event;
    const bool needsRecipients = event.kind == EventKind::Bounce || event.kind == EventKind::Complaint
        || event.kind == EventKind::Delivery || event.kind == EventKind::DeliveryDelay;
    if (needsRecipients && event.recipients.isEmpty())
        return eventKindName(event.kind) + u" without recipients";
    for (const Recipient &recipient : event.recipients) {
        if (recipient.email.isEmpty() || recipient.email != recipient.email.trimmed())
            return QStringLiteral("bad recipient address '%1'").arg(recipient.email);
    }
    if (event.mailTimestamp.isValid() && event.mailTimestamp.timeSpec() != Qt::UTC)
        return QStringLiteral("mail timestamp not in UTC");
    return {};
}

struct PathStep {
    QString key;
    qsizetype index = -1;
};
using JsonPath = QList<PathStep>;

void collectPaths(const QJsonValue &value, JsonPath &current, QList<JsonPath> &paths)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            current.append({it.key(), -1});
            paths.append(current);
            collectPaths(it.value(), current, paths);
            current.removeLast();
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            current.append({{}, i});
            paths.append(current);
            collectPaths(array.at(i), current, paths);
            current.removeLast();
        }
    }
}

// value with the element at path replaced (or removed when replacement is undefined).
QJsonValue replacedAt(const QJsonValue &value, const JsonPath &path, qsizetype depth, const QJsonValue &replacement)
{
    const PathStep &step = path.at(depth);
    const bool last = depth + 1 == path.size();
    if (step.index < 0) {
        QJsonObject object = value.toObject();
        if (last && replacement.isUndefined())
            object.remove(step.key);
        else
            object.insert(step.key,
                          last ? replacement : replacedAt(object.value(step.key), path, depth + 1, replacement));
        return object;
    }
    QJsonArray array = value.toArray();
    if (last && replacement.isUndefined())
        array.removeAt(step.index);
    else
        array.replace(step.index, last ? replacement : replacedAt(array.at(step.index), path, depth + 1, replacement));
    return array;
}

} // namespace

void TestSesParser::notSes_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("note");
    const QString bounce = QStringLiteral("classic-bounce-permanent-general");
    const auto bounceWith = [&bounce](const QString &key, const QJsonValue &value) {
        return changed(bounce, [&](QJsonObject &root) { setInner(root, QStringLiteral("bounce"), key, value); });
    };
    QTest::newRow("plain text") << QStringLiteral("Hello world") << QStringLiteral("not JSON");
    QTest::newRow("empty") << QString() << QStringLiteral("empty message");
    QTest::newRow("blank") << QStringLiteral(" \n\t") << QStringLiteral("empty message");
    QTest::newRow("array") << QStringLiteral(R"([{"notificationType":"Bounce"}])")
                           << QStringLiteral("JSON is not an object");
    QTest::newRow("truncated") << QStringLiteral(R"({"notificationType":"Bounce")") << QStringLiteral("not JSON");
    QTest::newRow("no type") << QStringLiteral(R"({"mail":{"messageId":"x"}})")
                             << QStringLiteral("no notificationType or eventType");
    QTest::newRow("SNS envelope, not its Message")
        << readText(QStringLiteral(BOUNCEDESK_TEST_DATA "/sns-real/django-bouncy-bounce_notification/message.json"))
        << QStringLiteral("no notificationType or eventType");
    QTest::newRow("type not a string") << QStringLiteral(R"({"notificationType":["Bounce"]})")
                                       << QStringLiteral("notificationType or eventType is not a string");
    QTest::newRow("unknown eventType") << QStringLiteral(R"({"eventType":"Foo","mail":{}})")
                                       << QStringLiteral("unknown eventType 'Foo'");
    QTest::newRow("unknown notificationType")
        << QStringLiteral(R"({"notificationType":"bounce"})") << QStringLiteral("unknown notificationType 'bounce'");
    QTest::newRow("long type name is cut")
        << (QStringLiteral(R"({"eventType":")") + QString(5000, u'X') + u"\"}")
        << (QStringLiteral("unknown eventType '") + QString(60, u'X') + u"...'");
    QTest::newRow("no mail") << changed(bounce, [](QJsonObject &root) { root.remove(QStringLiteral("mail")); })
                             << QStringLiteral("Bounce without a mail object");
    QTest::newRow("mail is a list")
        << changed(bounce, [](QJsonObject &root) { root.insert(QStringLiteral("mail"), QJsonArray()); })
        << QStringLiteral("Bounce without a mail object");
    QTest::newRow("bounce is text")
        << changed(bounce,
                   [](QJsonObject &root) { root.insert(QStringLiteral("bounce"), QStringLiteral("Permanent")); })
        << QStringLiteral("Bounce without a bounce object");
    QTest::newRow("no bouncedRecipients") << bounceWith(QStringLiteral("bouncedRecipients"), QJsonValue::Undefined)
                                          << QStringLiteral("Bounce without bouncedRecipients");
    QTest::newRow("null bouncedRecipients") << bounceWith(QStringLiteral("bouncedRecipients"), QJsonValue::Null)
                                            << QStringLiteral("Bounce without bouncedRecipients");
    QTest::newRow("empty bouncedRecipients") << bounceWith(QStringLiteral("bouncedRecipients"), QJsonArray())
                                             << QStringLiteral("Bounce with no usable bouncedRecipients");
    QTest::newRow("bouncedRecipients is a string")
        << bounceWith(QStringLiteral("bouncedRecipients"), QStringLiteral("jane@example.com"))
        << QStringLiteral("Bounce: bouncedRecipients is not a list");
    QTest::newRow("bouncedRecipients is an object")
        << bounceWith(QStringLiteral("bouncedRecipients"),
                      QJsonObject({{QStringLiteral("emailAddress"), QStringLiteral("jane@example.com")}}))
        << QStringLiteral("Bounce: bouncedRecipients is not a list");
    QTest::newRow("no complained address")
        << changed(QStringLiteral("classic-complaint-abuse"),
                   [](QJsonObject &root) {
                       setInner(root, QStringLiteral("complaint"), QStringLiteral("complainedRecipients"),
                                QJsonArray({QJsonObject(), QJsonObject({{QStringLiteral("emailAddress"), true}})}));
                   })
        << QStringLiteral("Complaint with no usable complainedRecipients");
    QTest::newRow("delivery recipients is an object")
        << changed(QStringLiteral("classic-delivery"),
                   [](QJsonObject &root) {
                       setInner(root, QStringLiteral("delivery"), QStringLiteral("recipients"), QJsonObject());
                   })
        << QStringLiteral("Delivery: recipients is not a list");
    QTest::newRow("no delayedRecipients")
        << changed(QStringLiteral("event-deliverydelay"),
                   [](QJsonObject &root) {
                       setInner(root, QStringLiteral("deliveryDelay"), QStringLiteral("delayedRecipients"),
                                QJsonValue::Undefined);
                   })
        << QStringLiteral("DeliveryDelay without delayedRecipients");
    QTest::newRow("no delivery object")
        << changed(QStringLiteral("event-delivery"), [](QJsonObject &root) { root.remove(QStringLiteral("delivery")); })
        << QStringLiteral("Delivery without a delivery object");
}

void TestSesParser::notSes()
{
    QFETCH(QString, message);
    QFETCH(QString, note);
    const ParseOutcome outcome = parseSesMessage(message);
    QVERIFY(outcome.kind == ParseOutcome::Kind::NotSes);
    QVERIFY(!outcome.event);
    QVERIFY2(outcome.note.startsWith(note), qPrintable(outcome.note));
}

void TestSesParser::deepNestingRefused()
{
    const auto refused = [](const QString &message) {
        const ParseOutcome outcome = parseSesMessage(message);
        return outcome.kind == ParseOutcome::Kind::NotSes && outcome.note.contains(u"nested deeper than 64");
    };
    QVERIFY(refused(QString(10'000, u'[') + QString(10'000, u']')));
    QVERIFY(refused(QString(10'000, u'[')));
    QString objects;
    for (int i = 0; i < 10'000; ++i)
        objects += u"{\"a\":";
    objects += u"1" + QString(10'000, u'}');
    QVERIFY(refused(objects));

    // Exactly at the limit a message still parses; one level more is refused.
    const auto nestedAt = [](int levels) {
        return changed(QStringLiteral("event-send"), [levels](QJsonObject &root) {
            QJsonValue value = QStringLiteral("deep");
            for (int i = 1; i < levels; ++i) // the root object is the first level
                value = QJsonArray({value});
            root.insert(QStringLiteral("extra"), value);
        });
    };
    PARSE_SES(atLimit, nestedAt(64));
    QCOMPARE(atLimit.kind, EventKind::Send);
    QVERIFY(refused(nestedAt(65)));

    // Brackets inside strings, escaped quotes included, are text, not nesting.
    PARSE_SES(inText, changed(QStringLiteral("event-send"), [](QJsonObject &root) {
                  root.insert(QStringLiteral("note"), QString(QStringLiteral("\"[{\\") + QString(10'000, u'[')));
              }));
    QCOMPARE(inText.kind, EventKind::Send);
}

void TestSesParser::truncationsNeverCrash()
{
    QStringList messages;
    for (const QString &name : sampleNames())
        messages.append(sample(name));
    for (const char *directory : {"bounce", "complaint", "delivery"})
        messages.append(envelopeMessage(u"django-bouncy-" + QLatin1StringView(directory) + u"_notification"));
    int sesCount = 0;
    for (const QString &message : std::as_const(messages)) {
        QVERIFY(message.size() > 100);
        for (qsizetype length = 0; length <= message.size(); ++length) {
            const ParseOutcome outcome = parseSesMessage(message.left(length));
            const QString problem = invariantProblem(outcome);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + u" at length " + QString::number(length)));
            if (outcome.kind == ParseOutcome::Kind::Ses)
                ++sesCount;
        }
    }
    // Only the complete texts (with or without their final newline or brace-closing tail) are SES.
    QVERIFY(sesCount >= messages.size());
    QVERIFY(sesCount <= 2 * messages.size());
}

void TestSesParser::typeMutationsNeverCrash()
{
    const QList<QJsonValue> replacements = {
        QJsonValue::Undefined, // removes the field
        QJsonValue::Null,
        true,
        0,
        -1,
        1e300,
        QStringLiteral(""),
        QStringLiteral("  <>  "),
        QJsonArray(),
        QJsonObject(),
        QJsonArray({QJsonValue::Null, QJsonObject()}),
        QJsonObject({{QStringLiteral("emailAddress"), 1}}),
    };
    int parses = 0;
    for (const QString &name : sampleNames()) {
        const QJsonObject root = sampleObject(name);
        QList<JsonPath> paths;
        JsonPath current;
        collectPaths(root, current, paths);
        QVERIFY(!paths.isEmpty());
        for (const JsonPath &path : std::as_const(paths)) {
            for (const QJsonValue &replacement : replacements) {
                const QString message = compact(replacedAt(root, path, 0, replacement).toObject());
                const QString problem = invariantProblem(parseSesMessage(message));
                QVERIFY2(problem.isEmpty(), qPrintable(name + u": " + problem + u" in " + message.left(300)));
                ++parses;
            }
        }
    }
    QVERIFY(parses > 5000);
}

void TestSesParser::randomGarbageNeverCrash()
{
    QRandomGenerator random(20240229); // fixed seed: a failure must reproduce
    const QString alphabet = QStringLiteral("{}[]\":,\\ \n0123456789.eE+-truefalsnl<>@ZT\u00e9\u20ac");
    const auto randomChar = [&]() -> QChar {
        const quint32 pick = random.bounded(100);
        if (pick < 90)
            return alphabet.at(random.bounded(int(alphabet.size())));
        if (pick < 95)
            return QChar(char16_t(0xD800 + random.bounded(0x800))); // lone surrogates
        return QChar(char16_t(random.bounded(0x20)));
    };
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int length = int(random.bounded(400));
        for (int i = 0; i < length; ++i)
            text += randomChar();
        const QString problem = invariantProblem(parseSesMessage(text));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    for (const QString &name : sampleNames()) {
        const QString original = sample(name);
        for (int round = 0; round < 300; ++round) {
            QString text = original;
            const int edits = 1 + int(random.bounded(5));
            for (int i = 0; i < edits; ++i) {
                const int at = int(random.bounded(int(text.size())));
                if (random.bounded(2))
                    text[at] = randomChar();
                else
                    text.insert(at, randomChar());
            }
            const QString problem = invariantProblem(parseSesMessage(text));
            QVERIFY2(problem.isEmpty(), qPrintable(name + u": " + problem));
        }
    }
}


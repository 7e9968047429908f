// Preview and background import of an SES account suppression list CSV.
#include "suppressions/SuppressionImportDialog.h"

#include "common/Dialogs.h"
#include "core/EmailAddress.h"
#include "policy/SuppressionList.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStringDecoder>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Bouncedesk::Ui {

namespace {
constexpr int kMaxLaterBadLines = 200;

using ImportResult = Model::Result<Model::SuppressionList::ImportReport>;

QString unquote(QString field)
{
    field = field.trimmed();
    if (field.size() >= 2 && field.startsWith(u'"') && field.endsWith(u'"'))
        field = field.mid(1, field.size() - 2).trimmed();
    return field;
}

// The rules of SuppressionList::importCsv(), line by line, so people see which lines it would refuse.
struct LineCheck {
    bool header = false;
    QString email;
    QString reason;
    QString problem; // empty: the line is fine
};

LineCheck checkLine(const QString &line, bool firstContentLine)
{
    LineCheck c;
    const QStringList fields = line.split(u',');
    if (firstContentLine && fields.size() == 2) {
        const QString first = unquote(fields[0]).toLower();
        if ((first == u"email" || first == u"emailaddress") && unquote(fields[1]).toLower() == u"reason") {
            c.header = true;
            return c;
        }
    }
    if (fields.size() != 2) {
        c.email = line.left(80);
        c.problem = QObject::tr("expected 'email,BOUNCE' or 'email,COMPLAINT'");
        return c;
    }
    c.email = unquote(fields[0]);
    c.reason = unquote(fields[1]);
    if (auto email = Model::EmailAddress::normalise(c.email); !email)
        c.problem = email.errorText();
    else if (c.reason.toUpper() != u"BOUNCE" && c.reason.toUpper() != u"COMPLAINT")
        c.problem = QObject::tr("the reason must be BOUNCE or COMPLAINT");
    return c;
}
} // namespace

SuppressionImportDialog::SuppressionImportDialog(Model::DatabaseUrl url, const QString &path, QWidget *parent)
    : QDialog(parent), m_url(std::move(url)), m_path(path)
{
    setObjectName(QStringLiteral("SuppressionImportDialog"));
    setWindowTitle(tr("Import suppressions"));
    auto *fileLabel = new QLabel(tr("File: %1").arg(QFileInfo(path).fileName()), this);
    fileLabel->setToolTip(path);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Address"), tr("Reason"), tr("Check")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(1, 240);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("importNote"));
    m_note->setPlaceholderText(tr("Note for every imported address (optional)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importStartButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SuppressionImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SuppressionImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fileLabel);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(720, 480);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        m_invalid = 1;
    } else {
        preview(file.readAll());
    }
    m_import->setEnabled(m_invalid == 0 && m_valid > 0);
    if (m_invalid > 0)
        m_import->setToolTip(tr("Fix the invalid lines first: a file is imported completely or not at all"));
}

SuppressionImportDialog::~SuppressionImportDialog() = default;

void SuppressionImportDialog::addPreviewRow(int line, const QString &email, const QString &reason,
                                            const QString &check, bool bad)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *number = new QTableWidgetItem(QString::number(line));
    number->setData(Qt::UserRole, line);
    m_table->setItem(row, 0, number);
    m_table->setItem(row, 1, new QTableWidgetItem(email));
    m_table->setItem(row, 2, new QTableWidgetItem(reason));
    auto *checkItem = new QTableWidgetItem(check);
    if (bad)
        checkItem->setForeground(QColor(0xb0, 0x00, 0x20));
    m_table->setItem(row, 3, checkItem);
}

void SuppressionImportDialog::preview(const QByteArray &content)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(content);
    if (decoder.hasError()) {
        m_invalid = 1;
        m_summary->setText(tr("The file is not UTF-8 text and cannot be imported."));
        return;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    bool seenContent = false;
    int laterBad = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const LineCheck c = checkLine(line, !seenContent);
        seenContent = true;
        const int number = static_cast<int>(i) + 1;
        if (c.header) {
            if (number <= kPreviewLines)
                addPreviewRow(number, line, QString(), tr("header, skipped"), false);
            continue;
        }
        if (c.problem.isEmpty())
            ++m_valid;
        else
            ++m_invalid;
        if (number <= kPreviewLines || (!c.problem.isEmpty() && ++laterBad <= kMaxLaterBadLines))
            addPreviewRow(number, c.email, c.reason,
                          c.problem.isEmpty() ? tr("valid") : tr("invalid: %1").arg(c.problem), !c.problem.isEmpty());
    }
    QString summary = tr("%1 valid, %2 invalid").arg(QLocale().toString(m_valid), QLocale().toString(m_invalid));
    if (lines.size() > kPreviewLines)
        summary += tr(" (the preview shows the first %1 lines and the invalid ones after them)").arg(kPreviewLines);
    if (m_invalid > 0)
        summary += u'\n' + tr("Nothing can be imported until every line is valid.");
    else if (m_valid == 0)
        summary += u'\n' + tr("The file holds no addresses.");
    m_summary->setText(summary);
}

void SuppressionImportDialog::accept()
{
    if (m_importing || m_invalid > 0 || m_valid == 0)
        return;
    m_importing = true;
    m_import->setEnabled(false);
    m_note->setEnabled(false);

    m_progress = new QProgressDialog(tr("Importing %1 addresses…").arg(QLocale().toString(m_valid)), QString(), 0, 0,
                                     this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(windowTitle());
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setCancelButton(nullptr); // one transaction: all or nothing, no half-way stop
    m_progress->show();

    auto *watcher = new QFutureWatcher<ImportResult>(this);
    connect(watcher, &QFutureWatcher<ImportResult>::finished, this, [this, watcher] {
        const ImportResult result = watcher->result();
        watcher->deleteLater();
        if (m_progress) {
            m_progress->hide();
            m_progress->deleteLater();
        }
        m_importing = false;
        if (!result) {
            m_import->setEnabled(true);
            m_note->setEnabled(true);
            Dialogs::error(this, tr("Import suppressions"),
                           tr("Nothing was imported: %1").arg(result.errorText()));
            return;
        }
        Dialogs::information(this, tr("Import suppressions"),
                             tr("%1 addresses added to the suppression list, %2 already suppressed or repeated.")
                                 .arg(QLocale().toString(result->added), QLocale().toString(result->skipped)));
        emit imported(result->added, result->skipped);
        QDialog::accept();
    });
    // QtSql connections belong to one thread: the worker opens its own and closes it before returning.
    const Model::DatabaseUrl url = m_url;
    const QString path = m_path;
    const QString note = m_note->text();
    watcher->setFuture(QtConcurrent::run([url, path, note]() -> ImportResult {
        auto db = Model::Database::connection(url);
        if (!db)
            return db.error();
        ImportResult result = [&]() -> ImportResult {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Model::Error::unavailable(tr("cannot read %1: %2").arg(path, file.errorString()));
            Model::SuppressionList list(*db, Model::Actor::current(*db));
            return list.importCsv(file, note);
        }();
        db = Model::Error{};
        Model::Database::closeConnection(url);
        return result;
    }));
}

void SuppressionImportDialog::reject()
{
    if (m_importing)
        return;
    QDialog::reject();
}

} // namespace Bouncedesk::Ui

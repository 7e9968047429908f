// The suppression list view.
#include "suppressions/SuppressionsView.h"

#include "core/SuppressionReason.h"
#include "aws/AwsClient.h"
#include "aws/SesAccount.h"
#include "common/Dialogs.h"
#include "common/TableColumns.h"
#include "core/EmailAddress.h"
#include "core/WhenFinished.h"
#include "policy/SesSuppressionSync.h"
#include "policy/SuppressionList.h"
#include "store/Database.h"
#include "suppressions/AddSuppressionDialog.h"
#include "suppressions/SuppressionImportDialog.h"
#include "tables/SuppressionTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Bouncedesk::Ui {

using Model::SuppressionTableModel;

namespace {
constexpr int kNamedAddresses = 10;

// "a@x, b@y and 3 more" for confirmations that name what they touch.
QString nameAddresses(const QStringList &emails)
{
    if (emails.size() <= kNamedAddresses)
        return emails.join(QStringLiteral(", "));
    return QObject::tr("%1 and %2 more")
        .arg(emails.mid(0, kNamedAddresses).join(QStringLiteral(", ")))
        .arg(emails.size() - kNamedAddresses);
}
} // namespace

SuppressionsView::SuppressionsView(Model::DatabaseUrl url, QWidget *parent) : QWidget(parent), m_url(std::move(url))
{
    setObjectName(QStringLiteral("SuppressionsView"));
    m_model = new SuppressionTableModel(m_url, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("suppressionSearch"));
    m_search->setPlaceholderText(tr("Search addresses (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search suppressed addresses"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonFilter"));
    m_reason->setAccessibleName(tr("Suppression reason"));
    m_reason->addItem(tr("All reasons"), QString());
    for (const QString &reason : Model::SuppressionList::reasons())
        m_reason->addItem(Model::suppressionReasonLabel(reason), reason);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("suppressionCount"));

    auto button = [this](const QString &name, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(QString(text).remove(u'&').remove(u'…'));
        return b;
    };
    m_addButton = button(QStringLiteral("addSuppressionButton"), tr("&Add…"));
    m_removeButton = button(QStringLiteral("removeSuppressionButton"), tr("&Remove…"));
    m_notesButton = button(QStringLiteral("editNotesButton"), tr("Edit n&otes…"));
    m_importButton = button(QStringLiteral("importButton"), tr("&Import CSV…"));
    m_exportButton = button(QStringLiteral("exportButton"), tr("E&xport CSV…"));
    m_exportButton->setToolTip(tr("Save every active suppression as an SES suppression list CSV"));
    m_sesButton = button(QStringLiteral("sesCheckButton"), tr("Check S&ES list"));
    m_sesButton->setToolTip(tr("Read the SES account-level suppression list, to see which addresses SES suppresses too"));
    m_sesStatus = new QLabel(this);
    m_sesStatus->setObjectName(QStringLiteral("sesStatus"));

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("suppressionsError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    m_errorLabel->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("suppressionsTable"));
    m_table->setAccessibleName(tr("Suppressed addresses"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Sized to content once the first page is in; the notes, last, take what is left.
    m_columns = new TableColumns(m_table, Model::Settings::Key::SuppressionsHeader);
    m_columns->setAddressColumns({SuppressionTableModel::Email});
    m_columns->setShrinkFirst({SuppressionTableModel::Source, SuppressionTableModel::AddedBy});

    // Ins and Del act on the list; Del only from the table so it still deletes text in the search box.
    m_addAction = new QAction(tr("Add suppression"), this);
    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_addAction);
    m_removeAction = new QAction(tr("Remove suppression"), this);
    m_removeAction->setShortcut(QKeySequence(Qt::Key_Delete));
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_removeAction);
    auto *findAction = new QAction(tr("Search"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_reason);
    filters->addWidget(m_countLabel);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_addButton, m_removeButton, m_notesButton})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_sesStatus);
    buttons->addWidget(m_sesButton);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &SuppressionsView::refresh);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &SuppressionsView::refresh);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_addButton, &QPushButton::clicked, this, &SuppressionsView::addSuppression);
    connect(m_addAction, &QAction::triggered, this, &SuppressionsView::addSuppression);
    connect(m_removeButton, &QPushButton::clicked, this, &SuppressionsView::removeSelected);
    connect(m_removeAction, &QAction::triggered, this, &SuppressionsView::removeSelected);
    connect(m_notesButton, &QPushButton::clicked, this, &SuppressionsView::editNotes);
    connect(m_importButton, &QPushButton::clicked, this, &SuppressionsView::importCsv);
    connect(m_exportButton, &QPushButton::clicked, this, &SuppressionsView::exportCsv);
    connect(m_sesButton, &QPushButton::clicked, this, &SuppressionsView::checkSes);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == SuppressionTableModel::Notes)
            editNotes();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SuppressionsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SuppressionsView::updateActions);

    updatePermissions();
    refresh();
}

SuppressionsView::~SuppressionsView() = default;

void SuppressionsView::refresh()
{
    m_searchDelay->stop();
    if (auto reloaded = m_model->setFilter(m_reason->currentData().toString(), m_search->text()); !reloaded) {
        m_errorLabel->setText(reloaded.errorText());
        m_errorLabel->show();
        m_countLabel->clear();
        return;
    }
    m_errorLabel->hide();
    m_columns->fit();
    m_countLabel->setText(tr("%1 suppressed").arg(QLocale().toString(m_model->totalCount())));
}

void SuppressionsView::changed()
{
    refresh();
    emit dataChanged();
}

QStringList SuppressionsView::selectedEmails() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList emails;
    for (const QModelIndex &index : std::as_const(rows))
        emails << index.data(SuppressionTableModel::EmailRole).toString();
    return emails;
}

void SuppressionsView::updatePermissions()
{
    auto db = Model::Database::connection(m_url);
    auto why = [&db](SuppressionTableModel::Change change) {
        if (!db)
            return db.errorText();
        auto may = SuppressionTableModel::checkMay(*db, change);
        return may ? QString() : may.errorText();
    };
    m_mayNotInsert = why(SuppressionTableModel::Change::Add);
    m_mayNotUpdate = why(SuppressionTableModel::Change::Update);
    updateActions();
}

void SuppressionsView::updateActions()
{
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    const bool mayInsert = m_mayNotInsert.isEmpty();
    const bool mayUpdate = m_mayNotUpdate.isEmpty();
    m_addButton->setEnabled(mayInsert);
    m_addAction->setEnabled(mayInsert);
    m_importButton->setEnabled(mayInsert);
    m_removeButton->setEnabled(mayUpdate && selected > 0);
    m_removeAction->setEnabled(mayUpdate && selected > 0);
    m_notesButton->setEnabled(mayUpdate && selected == 1);
    m_addButton->setToolTip(mayInsert ? tr("Suppress an address by hand (Ins)") : tr("Not allowed: %1").arg(m_mayNotInsert));
    m_importButton->setToolTip(mayInsert ? tr("Import an SES account suppression list CSV")
                                         : tr("Not allowed: %1").arg(m_mayNotInsert));
    m_removeButton->setToolTip(mayUpdate ? tr("Remove the selected suppressions (Del)")
                                         : tr("Not allowed: %1").arg(m_mayNotUpdate));
    m_notesButton->setToolTip(mayUpdate ? tr("Edit the notes of the selected suppression")
                                        : tr("Not allowed: %1").arg(m_mayNotUpdate));
}

void SuppressionsView::addSuppression()
{
    if (!m_mayNotInsert.isEmpty())
        return;
    const Model::DatabaseUrl url = m_url;
    auto *dialog = new AddSuppressionDialog(
        [url](const QString &email, const QString &reason, const QString &note) -> Model::Result<void> {
            auto db = Model::Database::connection(url);
            if (!db)
                return db.error();
            auto added = Model::SuppressionList(*db, Model::Actor::current(*db)).add(email, reason, note);
            if (!added)
                return added.error();
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SuppressionsView::changed);
    dialog->open();
}

void SuppressionsView::removeSelected()
{
    if (!m_mayNotUpdate.isEmpty())
        return;
    const QStringList emails = selectedEmails();
    if (emails.isEmpty())
        return;
    const QString title = tr("Remove suppression");
    if (!Dialogs::confirm(this, title,
                          tr("Remove %1 from the suppression list? Mail to them will be sent again; the history is "
                             "kept.")
                              .arg(nameAddresses(emails)),
                          tr("Remove")))
        return;
    bool ok = false;
    const QString why = Dialogs::text(this, title, tr("Why are they removed? (required)"), &ok).trimmed();
    if (!ok)
        return;
    if (why.isEmpty()) {
        Dialogs::error(this, title, tr("Nothing was removed: a reason is required."));
        return;
    }
    auto db = Model::Database::connection(m_url);
    if (!db) {
        Dialogs::error(this, title, db.errorText());
        return;
    }
    Model::SuppressionList list(*db, Model::Actor::current(*db));
    QStringList failures;
    QStringList removed;
    for (const QString &email : emails) {
        if (auto done = list.remove(email, why); !done)
            failures << done.errorText();
        else
            removed << email;
    }
    if (!removed.isEmpty())
        changed();
    if (!failures.isEmpty())
        Dialogs::error(this, title,
                       tr("%1 of %2 removed. Not removed:\n%3")
                           .arg(removed.size())
                           .arg(emails.size())
                           .arg(failures.join(u'\n')));
    offerSesRemoval(removed, why);
}

void SuppressionsView::setAwsAccount(Model::Aws::AccountSource source)
{
    m_accountSource = std::move(source);
    delete m_aws;
}

Model::Aws::AwsClient *SuppressionsView::awsClient(QString *error)
{
    if (!m_aws)
        m_aws = Model::Aws::AwsClient::fromSource(m_accountSource, this, error);
    return m_aws;
}

void SuppressionsView::checkSes()
{
    QString error;
    Model::Aws::AwsClient *client = awsClient(&error);
    if (!client) {
        m_sesStatus->setText(tr("SES list: %1").arg(error));
        m_model->setSesList(std::nullopt);
        return;
    }
    m_sesButton->setEnabled(false);
    m_sesStatus->setText(tr("Reading the SES list…"));
    const QString region = client->account().region;
    Model::whenFinished(Model::Aws::SesAccount(client).listSuppressed(), this,
                        [this, region](Model::Result<QList<Model::Aws::SesSuppressed>> listed) {
                            m_sesButton->setEnabled(true);
                            if (!listed) {
                                m_sesStatus->setText(tr("SES list not read: %1").arg(listed.errorText()));
                                m_sesStatus->setToolTip(listed.errorText());
                                return;
                            }
                            QSet<QString> emails;
                            for (const Model::Aws::SesSuppressed &s : std::as_const(*listed))
                                emails.insert(Model::EmailAddress::fold(s.email));
                            m_model->setSesList(emails);
                            m_sesStatus->setText(tr("SES list (%1): %2 addresses, read %3")
                                                     .arg(region, QLocale().toString(emails.size()),
                                                          QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
                            m_sesStatus->setToolTip(QString());
                        });
}

void SuppressionsView::offerSesRemoval(const QStringList &emails, const QString &why)
{
    QStringList onSes;
    for (const QString &email : emails)
        if (m_model->isOnSes(Model::EmailAddress::fold(email)))
            onSes << Model::EmailAddress::fold(email);
    QString error;
    if (onSes.isEmpty())
        return;
    const QString title = tr("Remove from SES too");
    if (!Dialogs::confirm(this, title,
                          tr("SES suppresses %1 too, account-wide: SES itself will not send to them while they are on "
                             "its list. Remove them from the SES account-level suppression list as well?")
                              .arg(nameAddresses(onSes)),
                          tr("Remove from SES")))
        return;
    Model::Aws::AwsClient *client = awsClient(&error);
    if (!client) {
        Dialogs::error(this, title, error);
        return;
    }
    // One call per address (SES allows about one a second); each success is audited as it happens.
    struct Progress {
        int open = 0;
        QStringList failed;
        int removed = 0;
    };
    auto progress = std::make_shared<Progress>();
    progress->open = int(onSes.size());
    const QString region = client->account().region;
    m_sesStatus->setText(tr("Removing %1 from the SES list…").arg(onSes.size()));
    for (const QString &email : std::as_const(onSes)) {
        Model::whenFinished(
            Model::Aws::SesAccount(client).deleteSuppressed(email), this,
            [this, progress, email, why, region, title](Model::Result<void> deleted) {
                if (deleted) {
                    ++progress->removed;
                    if (auto db = Model::Database::connection(m_url)) {
                        if (auto audited = Model::SesSuppressionSync(*db, Model::Actor::current(*db), region)
                                               .recordSesDelete(email, why);
                            !audited)
                            progress->failed << tr("%1: removed from SES, but the audit row failed: %2")
                                                    .arg(email, audited.errorText());
                    }
                } else {
                    progress->failed << tr("%1: %2").arg(email, deleted.errorText());
                }
                if (--progress->open > 0)
                    return;
                m_sesStatus->setText(tr("Removed %1 from the SES list").arg(progress->removed));
                if (!progress->failed.isEmpty())
                    Dialogs::error(this, title, progress->failed.join(u'\n'));
                checkSes();
            });
    }
}

void SuppressionsView::editNotes()
{
    if (!m_mayNotUpdate.isEmpty())
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const QString email = rows.first().data(SuppressionTableModel::EmailRole).toString();
    const QString current = rows.first().data(SuppressionTableModel::NotesRole).toString();
    bool ok = false;
    const QString notes = Dialogs::text(this, tr("Edit notes"), tr("Notes for %1:").arg(email), &ok, current);
    if (!ok)
        return;
    auto db = Model::Database::connection(m_url);
    auto saved = db ? Model::SuppressionList(*db, Model::Actor::current(*db)).setNotes(email, notes)
                    : Model::Result<void>(db.error());
    if (!saved) {
        Dialogs::error(this, tr("Edit notes"), tr("The notes were not saved: %1").arg(saved.errorText()));
        return;
    }
    changed();
}

void SuppressionsView::importCsv()
{
    if (!m_mayNotInsert.isEmpty())
        return;
    const QString path = Dialogs::openFileName(this, tr("Import SES suppression list"),
                                               tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *dialog = new SuppressionImportDialog(m_url, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SuppressionImportDialog::imported, this, &SuppressionsView::changed);
    dialog->open();
}

void SuppressionsView::exportCsv()
{
    const QString title = tr("Export suppressions");
    const QString path =
        Dialogs::saveFileName(this, title, tr("CSV files (*.csv)"), QStringLiteral("suppression-list.csv"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Dialogs::error(this, title, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    auto db = Model::Database::connection(m_url);
    auto exported = db ? Model::SuppressionList(*db, Model::Actor{}).exportCsv(file) : Model::Result<int>(db.error());
    if (!exported) {
        file.cancelWriting();
        Dialogs::error(this, title, tr("Nothing was exported: %1").arg(exported.errorText()));
        return;
    }
    if (!file.commit()) {
        Dialogs::error(this, title, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    Dialogs::information(this, title, tr("%1 addresses exported to %2").arg(QLocale().toString(*exported), path));
}

} // namespace Bouncedesk::Ui

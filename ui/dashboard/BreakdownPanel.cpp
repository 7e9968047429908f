// The breakdown beside the charts: one facet at a time, the ten values with most hard bounces and complaints.
#include "dashboard/BreakdownPanel.h"

#include "store/FacetRepository.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Bouncedesk::Ui {

using namespace Model;

namespace {
    enum Column { Value, Hard, Soft, Complaints, ColumnCount };
}

BreakdownPanel::BreakdownPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("breakdownPanel"));
    auto *title = new QLabel(tr("What caused them"), this);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    m_facet = new QComboBox(this);
    m_facet->setObjectName(QStringLiteral("facetCombo"));
    m_facet->setAccessibleName(tr("Break down by"));
    m_facet->addItem(tr("Recipient domain"), int(Facet::Domain));
    m_facet->addItem(tr("Sending identity"), int(Facet::Identity));
    m_facet->addItem(tr("Configuration set"), int(Facet::ConfigurationSet));
    m_facet->addItem(tr("Message tag"), int(Facet::Tag));
    m_facet->setToolTip(tr("Message tags are the sender's own mail.tags from SES event publishing (e.g. a campaign "
                           "tag); configuration sets come from the ses:configuration-set tag."));
    auto *by = new QLabel(tr("&By:"), this);
    by->setBuddy(m_facet);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("breakdownTable"));
    m_table->setAccessibleName(tr("Breakdown of bounces and complaints"));
    m_table->setHorizontalHeaderLabels({tr("Value"), tr("Hard"), tr("Soft"), tr("Compl.")});
    m_table->horizontalHeaderItem(Hard)->setToolTip(tr("Hard bounces in SES's bounce rate"));
    m_table->horizontalHeaderItem(Soft)->setToolTip(tr("Soft (Transient) bounces, not in the rate"));
    m_table->horizontalHeaderItem(Complaints)->setToolTip(tr("Complaints"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Value, QHeaderView::Stretch);
    for (int c = Hard; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Double-click (or Enter) to open the bounces for a value; with Shift, its complaints"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("breakdownNote"));
    m_note->setWordWrap(true);

    auto *choose = new QHBoxLayout;
    choose->addWidget(by);
    choose->addWidget(m_facet, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(choose);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);

    connect(m_facet, &QComboBox::currentIndexChanged, this, &BreakdownPanel::facetChanged);
    const auto activate = [this](int row) {
        if (row < 0 || !m_table->item(row, Value))
            return;
        const bool complaints = QGuiApplication::keyboardModifiers() & Qt::ShiftModifier;
        emit valueActivated(facet(), m_table->item(row, Value)->text(), complaints);
    };
    connect(m_table, &QTableWidget::cellActivated, this, [activate](int row, int) { activate(row); });
}

BreakdownPanel::~BreakdownPanel() = default;

Facet BreakdownPanel::facet() const { return Facet(m_facet->currentData().toInt()); }

void BreakdownPanel::setFacet(Facet facet) { m_facet->setCurrentIndex(m_facet->findData(int(facet))); }

void BreakdownPanel::show(const QSqlDatabase &db, const RateFilter &filter)
{
    FacetQuery query;
    query.facet = facet();
    query.from = filter.from;
    query.to = filter.to;
    query.identity = filter.identity;
    query.topicArn = filter.topicArn;
    query.limit = Rows;
    auto rows = FacetRepository(db).top(query);
    m_table->setRowCount(0);
    if (!rows) {
        m_note->setText(rows.errorText());
        return;
    }
    const QLocale locale;
    m_table->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const FacetRow &row = rows->at(r);
        auto *value = new QTableWidgetItem(row.value);
        value->setToolTip(row.value);
        m_table->setItem(r, Value, value);
        const qint64 numbers[] = {row.hard, row.soft, row.complaints};
        for (int c = Hard; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(locale.toString(numbers[c - Hard]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_note->setText(rows->isEmpty() ? tr("No bounces or complaints with this in the range.")
                                    : tr("The %n with most hard bounces and complaints in the range.", nullptr,
                                        int(rows->size())));
}

} // namespace Bouncedesk::Ui

// Column sizing and the saved header state shared by every table view.
#include "common/TableColumns.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QTableView>

namespace Bouncedesk::Ui {

namespace {
// The visual index of the last section shown, -1 when none is.
int lastVisible(const QHeaderView *header)
{
    for (int visual = header->count() - 1; visual >= 0; --visual)
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            return visual;
    return -1;
}
} // namespace

TableColumns::TableColumns(QTableView *table, Model::Settings::Key key)
    : QObject(table), m_table(table), m_settings(new Model::Settings(this)), m_key(key)
{
    setObjectName(QStringLiteral("tableColumns"));
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    // Every row one line high, whatever the text holds: rows are never sized to their content.
    QHeaderView *rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(table->fontMetrics().height() + 8);

    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setTextElideMode(Qt::ElideRight);
    {
        const QScopedValueRollback quiet(m_quiet, true);
        const QByteArray state = m_settings->get(m_key).toByteArray();
        m_restored = !state.isEmpty() && header->restoreState(state);
    }
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        // The stretched last section follows the window, not the user.
        const QHeaderView *h = m_table->horizontalHeader();
        if (logical != h->logicalIndex(lastVisible(h)))
            onUserChange();
    });
    connect(header, &QHeaderView::sectionMoved, this, &TableColumns::onUserChange);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TableColumns::onUserChange);
}

TableColumns::~TableColumns() = default;

void TableColumns::setAddressColumns(const QList<int> &columns)
{
    m_addressColumns = columns;
}

void TableColumns::setShrinkFirst(const QList<int> &columns)
{
    m_shrinkFirst = columns;
}

void TableColumns::fit()
{
    if (!m_table || m_restored || m_fitted || !m_table->model() || m_table->model()->rowCount() == 0)
        return;
    // The viewport: the table's own resize comes before the viewport's, whose width is what is shared.
    m_table->viewport()->installEventFilter(this); // installing twice does not add a second filter
    if (!m_table->isVisible()) { // the width to share is not known yet
        m_fitPending = true;
        return;
    }
    fitNow();
}

bool TableColumns::eventFilter(QObject *watched, QEvent *event)
{
    const bool sized = event->type() == QEvent::Show || event->type() == QEvent::Resize;
    if (watched == m_table->viewport() && sized && m_table->isVisible()) {
        if (m_fitPending) {
            m_fitPending = false;
            fit();
        } else if (m_auto) { // until the user sizes a column, the columns follow the view's width
            fitNow();
        }
    }
    return QObject::eventFilter(watched, event);
}

void TableColumns::fitNow()
{
    m_fitted = true; // once: later reloads keep what is there
    m_auto = true;
    const QScopedValueRollback quiet(m_quiet, true);
    QHeaderView *header = m_table->horizontalHeader();
    const int charWidth = m_table->fontMetrics().horizontalAdvance(u'n'); // a typical lower-case letter
    const int last = header->logicalIndex(lastVisible(header));
    if (last < 0)
        return;
    auto contentOf = [this, header](int column) {
        // QTableView makes its override protected; QAbstractItemView's is public.
        const int rows = static_cast<const QAbstractItemView *>(m_table.data())->sizeHintForColumn(column);
        return qMax(rows, header->sectionSizeHint(column));
    };
    QList<int> columns;
    QHash<int, int> content, width;
    int used = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column == last || header->isSectionHidden(column))
            continue;
        columns << column;
        content[column] = contentOf(column);
        const int cap = charWidth * (m_addressColumns.contains(column) ? kAddressCapChars : kOtherCapChars);
        width[column] = qMin(content[column], cap);
        used += width[column];
    }
    const int available = m_table->viewport()->width();
    const int lastFair = qMax(header->sectionSizeHint(last), qMin(contentOf(last), available / 7));
    int spare = available - used - lastFair;
    if (spare > 0) { // room: capped columns get their whole content
        for (const int column : std::as_const(columns)) {
            const int grow = qMin(spare, content[column] - width[column]);
            width[column] += grow;
            spare -= grow;
        }
    } else { // short: the least important columns give up width, in the order given, down to their header
        for (const int column : std::as_const(m_shrinkFirst)) {
            if (spare >= 0 || !width.contains(column))
                continue;
            const int take = qMin(-spare, qMax(0, width[column] - header->sectionSizeHint(column)));
            width[column] -= take;
            spare += take;
        }
    }
    for (const int column : std::as_const(columns))
        header->resizeSection(column, width[column]);
}

void TableColumns::save()
{
    if (m_table)
        m_settings->set(m_key, m_table->horizontalHeader()->saveState());
}

void TableColumns::onUserChange()
{
    if (m_quiet)
        return;
    m_fitted = true; // the user's widths win over a later fit()
    m_auto = false;
    save();
}

} // namespace Bouncedesk::Ui

// TableColumns: how every table view sizes its columns and rows, and remembers the user's layout.
#pragma once

#include "core/Settings.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QTableView;

namespace Bouncedesk::Ui {

// One line per row, long text elided in the middle (both ends of an address stay readable); columns
// sized to their content up to a cap, and the last column (the view's free text) taking the width
// left. When the view is too narrow for every column's content and a fair share for the last one,
// the columns marked "shrink first" give up width; when there is room to spare, capped columns get
// their whole content. Widths, order and sort are saved under the view's settings key whenever the
// user changes them, and restored when the view is created again.
class TableColumns final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableColumns)

public:
    // The widest an address column is made by fit(), in characters the width of an "n".
    static constexpr int kAddressCapChars = 48;
    // The widest any other column is made by fit() when space is short, in "n" widths.
    static constexpr int kOtherCapChars = 52;

    // Restores what was saved under key. Owned by (and a child of) the table.
    TableColumns(QTableView *table, Model::Settings::Key key);
    ~TableColumns() override;

    // Columns that hold an address: fit() gives them their content width up to kAddressCapChars.
    void setAddressColumns(const QList<int> &columns);
    // Columns that matter least, least first: they are narrowed (down to their header) when space is short.
    void setShrinkFirst(const QList<int> &columns);
    // Sizes every column but the last visible one to its content (header and loaded rows), once per
    // view and only when no saved layout was restored. Call when rows have been loaded; a view not
    // shown yet is fitted when it is, at its real width, and again when its width changes, until the
    // user sizes a column.
    void fit();
    // Whether a saved layout was applied.
    bool restored() const { return m_restored; }
    // Writes the current layout; changes by the user are written as they happen.
    void save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onUserChange();
    void fitNow();

    QPointer<QTableView> m_table;
    Model::Settings *m_settings; // child
    Model::Settings::Key m_key;
    QList<int> m_addressColumns;
    QList<int> m_shrinkFirst;
    bool m_fitPending = false; // fit() called before the table was shown
    bool m_auto = false;       // fitted by us and not changed by the user since: refitted on resizes
    bool m_restored = false;
    bool m_fitted = false;
    bool m_quiet = false; // our own resizes, not the user's
};

} // namespace Bouncedesk::Ui

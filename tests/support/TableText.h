// TableText: what a table view really paints in a cell, for tests of column sizing.
#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QStyle>

namespace Bouncedesk::Test {

// The text of index as the default delegate draws it at the view's current column width: the whole
// text, or elided with "…" when the column is too narrow for it.
inline QString shownText(const QAbstractItemView *view, const QModelIndex &index, int columnWidth)
{
    // QCommonStyle's item text margin: a focus-frame margin and one pixel on each side.
    const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    return view->fontMetrics().elidedText(index.data().toString(), view->textElideMode(), columnWidth - margin);
}

} // namespace Bouncedesk::Test

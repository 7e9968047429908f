// BreakdownPanel: which recipient domains, identities, configuration sets and message tags produced the
// range's bounces and complaints, so an admin sees which campaign caused a spike.
#pragma once

#include "core/FeedbackFacet.h"
#include "tables/RateSeries.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Bouncedesk::Ui {

class BreakdownPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakdownPanel)

public:
    explicit BreakdownPanel(QWidget *parent = nullptr);
    ~BreakdownPanel() override;

    // Reads the top values of the chosen facet for the dashboard's range and filters.
    void show(const QSqlDatabase &db, const Model::RateFilter &filter);
    Model::Facet facet() const;
    void setFacet(Model::Facet facet);

    static constexpr int Rows = 10;

signals:
    // A row was double-clicked or Enter pressed on it: open the bounces (or complaints) it stands for.
    void valueActivated(Model::Facet facet, const QString &value, bool complaints);
    void facetChanged();

private:
    QComboBox *m_facet = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Bouncedesk::Ui

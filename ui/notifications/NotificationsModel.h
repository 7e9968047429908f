// NotificationsModel: stored SNS messages page by page, with their kind and verification in words.
#pragma once

#include "store/DatabaseUrl.h"
#include "store/MessageRepository.h"
#include "tables/PagedTableModel.h"

namespace Bouncedesk::Ui {

class NotificationsModel final : public Model::PagedTableModel<Model::MessageSummary> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsModel)

public:
    // Id is hidden by the view: it is what a row points at.
    enum Column { Id, Received, Type, Content, Verification, Topic, MessageId, Note, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit NotificationsModel(Model::DatabaseUrl url, QObject *parent = nullptr);

    Model::Result<void> setFilter(Model::MessageFilter filter);
    qint64 idAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Model::Result<QList<Model::MessageSummary>> readPage(int offset, int limit) const override;

    Model::DatabaseUrl m_url;
    Model::MessageFilter m_filter;
};

} // namespace Bouncedesk::Ui

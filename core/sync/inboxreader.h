#pragma once

#include "store/webhookinbox.h"
#include "sync/pagesource.h"

namespace patchbay {

/// The pages of a webhook integration's run: its pending inbox events, oldest first, up to
/// `pageSize` a page; each event's body is one record. The run marks a page's events processed
/// when it commits the page (SourcePage::inbox), so the next run starts with what is left.
/// Events that arrive while the run goes on are in its later pages; the run ends when a read
/// finds fewer than a page.
class InboxReader : public PageSource
{
    Q_OBJECT

public:
    InboxReader(Store *store, QString projectId, QString integrationId, int pageSize = 500, QObject *parent = nullptr);

    void fetchNext() override;
    void cancel() override { m_cancelled = true; }
    bool busy() const override { return m_pending; }
    int inFlight() const override { return m_pending ? 1 : 0; }
    bool canFetch() const override { return !m_atEnd && !m_pending && !m_cancelled; }
    bool atEnd() const override { return m_atEnd; }

private:
    void read();

    WebhookInbox m_inbox;
    QString m_projectId;
    QString m_integrationId;
    int m_pageSize;
    qint64 m_after = 0; ///< the last event already in a page of this run
    qint64 m_pages = 0;
    bool m_pending = false;
    bool m_atEnd = false;
    bool m_cancelled = false;
};

} // namespace patchbay

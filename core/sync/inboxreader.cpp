#include "inboxreader.h"

#include <QTimer>

namespace patchbay {

InboxReader::InboxReader(Store *store, QString projectId, QString integrationId, int pageSize, QObject *parent)
    : PageSource(parent), m_inbox(store), m_projectId(std::move(projectId)), m_integrationId(std::move(integrationId)),
      m_pageSize(pageSize)
{
}

void InboxReader::fetchNext()
{
    if (!canFetch())
        return;
    m_pending = true;
    // Pages arrive from the event loop, as a reader's replies do (the run's feed() is not re-entered).
    QTimer::singleShot(0, this, &InboxReader::read);
}

void InboxReader::read()
{
    m_pending = false;
    if (m_cancelled)
        return;
    Result<QList<InboxEvent>> events = m_inbox.pending(m_projectId, m_integrationId, m_after, m_pageSize);
    if (!events) {
        m_atEnd = true;
        Q_EMIT failed(events.error().message, 0, 0, true);
        return;
    }
    auto page = new SourcePage;
    page->number = ++m_pages;
    // The records are the events' bodies, one array (each body was checked to be JSON when it came).
    QByteArray body;
    body.reserve(2 + events->size() * 512);
    body.append('[');
    for (const InboxEvent &e : std::as_const(*events)) {
        if (!page->inbox.isEmpty())
            body.append(',');
        body.append(e.body);
        page->inbox.append(e.seq);
        m_after = e.seq;
    }
    body.append(']');
    page->body = std::move(body);
    page->count = events->size();
    page->position = Json{{"inboxAfter", page->inbox.isEmpty() ? m_after : page->inbox.first() - 1}};
    page->last = events->size() < m_pageSize;
    m_atEnd = page->last;
    Q_EMIT pageReady(page);
}

} // namespace patchbay

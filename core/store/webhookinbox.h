#pragma once

#include "store/store.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace patchbay {

/// One delivery to a webhook, as the inbox keeps it.
struct InboxEvent
{
    enum class Status {
        Pending,   ///< kept and answered 2xx; a run has not processed it yet
        Processed, ///< a run processed it (the page it was in is committed)
        Failed,    ///< kept but never processed: its body is not JSON (answered 400)
        Refused,   ///< its signature check failed (answered 401); never processed
    };

    qint64 seq = 0;
    QString projectId;
    QString integrationId;
    QDateTime receivedAt;
    QString eventId;  ///< the sender's id of the event ("" if it has none); one per integration
    bool verified = false;
    Status status = Status::Pending;
    QString reason;   ///< why it failed or was refused
    qint64 runId = 0; ///< the run that processed it
    QList<QPair<QByteArray, QByteArray>> headers; ///< as received, tokens and cookies redacted
    QByteArray body;
};

/// "pending", "processed", "failed", "refused".
QString inboxStatusName(InboxEvent::Status status);

/// The webhook inbox in the store (docs/webhooks.md): a delivery is committed here before the
/// listener answers it, and a run takes the pending events of its integration in the order they
/// came and marks them processed in the transaction of their page (RunStore::PageCommit::inbox),
/// so an event is processed once, however the process dies.
class WebhookInbox
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::WebhookInbox)

public:
    explicit WebhookInbox(Store *store) : m_store(store) {}

    /// Keeps `events` in one transaction and sets each one's `seq`; an event whose id its
    /// integration has already (a delivery sent again) is not kept: its seq stays 0.
    Result<void> keep(QList<InboxEvent> &events);
    /// The oldest pending events of an integration, after `afterSeq`, at most `limit`: what a
    /// run needs of them, their seq and body (no headers, no times).
    Result<QList<InboxEvent>> pending(const QString &projectId, const QString &integrationId, qint64 afterSeq, int limit);
    /// How many events of the integration wait (0 for every integration when `integrationId` is empty).
    Result<qint64> pendingCount(const QString &projectId, const QString &integrationId);
    /// The newest events of an integration, newest first, with their bodies.
    Result<QList<InboxEvent>> latest(const QString &projectId, const QString &integrationId, int limit);
    Result<InboxEvent> event(qint64 seq);
    /// A processed (or pending) event goes back to pending, to be processed again by the next run.
    /// Failed and refused events cannot be replayed.
    Result<void> replay(qint64 seq);

private:
    Store *m_store;
};

} // namespace patchbay

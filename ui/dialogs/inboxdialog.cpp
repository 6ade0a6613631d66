#include "inboxdialog.h"

#include "schedule/webhooklistener.h"
#include "ui/console/responseview.h"
#include "ui/services.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTime>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace patchbay::ui {

namespace {

QString statusText(InboxEvent::Status s)
{
    switch (s) {
    case InboxEvent::Status::Pending: return InboxDialog::tr("waiting for its run");
    case InboxEvent::Status::Processed: return InboxDialog::tr("processed");
    case InboxEvent::Status::Failed: return InboxDialog::tr("not processed");
    case InboxEvent::Status::Refused: return InboxDialog::tr("refused");
    }
    return {};
}

} // namespace

InboxDialog::InboxDialog(Services *services, QString projectId, QString integrationId, const QString &name,
                         const QString &url, QWidget *parent)
    : QDialog(parent), m_services(services), m_projectId(std::move(projectId)), m_integrationId(std::move(integrationId)),
      m_events(new QTreeWidget(this)), m_payload(new QTreeWidget(this)), m_listen(new QPushButton(tr("&Listen for a Test Event"), this)),
      m_replay(new QPushButton(tr("&Replay"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("InboxDialog"));
    setWindowTitle(tr("Webhook Inbox — %1").arg(name));
    setWindowModality(Qt::WindowModal);
    resize(820, 560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Events sent to %1, newest first. Each is kept before it is answered; a refused one "
                                "(its signature did not check out) is never processed.").arg(url),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);
    m_events->setObjectName(QStringLiteral("inboxEvents"));
    m_events->setRootIsDecorated(false);
    m_events->setHeaderLabels({tr("Received"), tr("Signature"), tr("Event"), tr("What became of it")});
    m_events->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_events->header()->setStretchLastSection(true);
    m_events->header()->setSectionResizeMode(3, QHeaderView::Stretch); // a long reason is cut, whole in its tooltip
    m_payload->setObjectName(QStringLiteral("inboxPayload"));
    m_payload->setHeaderLabels({tr("Field"), tr("Value")});
    m_payload->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_events);
    split->addWidget(m_payload);
    layout->addWidget(split, 1);
    m_status->setObjectName(QStringLiteral("inboxStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_listen->setObjectName(QStringLiteral("listenForEvent"));
    m_listen->setToolTip(tr("Waits for the next event the app sends, and shows it: send a test event from the app's "
                            "webhook settings now."));
    m_replay->setObjectName(QStringLiteral("replayEvent"));
    m_replay->setToolTip(tr("Processes the chosen event again (after a fix of the mapping, say). A record delivered "
                            "before with the same content is not sent twice."));
    buttons->addButton(m_listen, QDialogButtonBox::ActionRole);
    buttons->addButton(m_replay, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_events, &QTreeWidget::currentItemChanged, this, &InboxDialog::showPayload);
    connect(m_listen, &QPushButton::clicked, this, [this] {
        m_listening = true;
        m_status->setText(m_services->webhooks() ? tr("Waiting for the next event… send a test event from the app now.")
                                                 : tr("Patchbay is not listening for webhooks (see the status bar): no "
                                                      "event can come."));
    });
    connect(m_replay, &QPushButton::clicked, this, [this] {
        const int row = m_events->indexOfTopLevelItem(m_events->currentItem());
        if (row < 0 || row >= m_shown.size())
            return;
        Store *store = m_services->store();
        Result<void> r = store ? WebhookInbox(store).replay(m_shown[row].seq)
                               : Result<void>(makeError(QStringLiteral("store"), m_services->storeError()));
        if (!r) {
            m_status->setText(r.error().message);
            return;
        }
        m_status->setText(tr("Event %1 waits for its run again.").arg(m_shown[row].seq));
        if (QObject *listener = m_services->webhooks()) // its integration runs
            QMetaObject::invokeMethod(listener, "announcePending");
        reload(m_shown[row].seq);
    });
    if (auto *listener = qobject_cast<WebhookListener *>(m_services->webhooks())) {
        connect(listener, &WebhookListener::received, this, [this](const WebhookHook &hook, const InboxEvent &e) {
            onReceived(hook.projectId, hook.integrationId, e.seq);
        });
        // processed a moment later: the run's end shows it
        connect(listener, &WebhookListener::accepted, this, [this] { QTimer::singleShot(1500, this, [this] { reload(); }); });
    }
    reload();
}

void InboxDialog::onReceived(const QString &projectId, const QString &integrationId, qint64 seq)
{
    if (projectId != m_projectId || integrationId != m_integrationId)
        return;
    if (m_listening) {
        m_listening = false;
        m_status->setText(tr("Received an event at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::LongFormat)));
    }
    reload(seq);
}

void InboxDialog::reload(qint64 select)
{
    const int row = m_events->indexOfTopLevelItem(m_events->currentItem());
    if (select == 0 && row >= 0 && row < m_shown.size())
        select = m_shown[row].seq;
    m_events->clear();
    m_shown.clear();
    Store *store = m_services->store();
    if (!store) {
        m_status->setText(m_services->storeError());
        return;
    }
    Result<QList<InboxEvent>> events = WebhookInbox(store).latest(m_projectId, m_integrationId, 200);
    if (!events) {
        m_status->setText(events.error().message);
        return;
    }
    m_shown = *events;
    for (const InboxEvent &e : std::as_const(m_shown)) {
        auto *item = new QTreeWidgetItem(
            {QLocale().toString(e.receivedAt.toLocalTime(), QLocale::ShortFormat), e.verified ? tr("checked") : tr("failed"),
             e.eventId.isEmpty() ? QStringLiteral("#%1").arg(e.seq) : e.eventId,
             e.reason.isEmpty() ? statusText(e.status) : tr("%1: %2").arg(statusText(e.status), e.reason)});
        item->setToolTip(3, item->text(3));
        if (!e.verified || e.status == InboxEvent::Status::Failed)
            item->setForeground(3, QColor(0xc0, 0x39, 0x2b));
        m_events->addTopLevelItem(item);
        if (e.seq == select)
            m_events->setCurrentItem(item);
    }
    if (!m_events->currentItem() && m_events->topLevelItemCount() > 0)
        m_events->setCurrentItem(m_events->topLevelItem(0));
    if (m_shown.isEmpty() && !m_listening)
        m_status->setText(tr("No event yet. Give the app the address above, then Listen for a Test Event."));
    showPayload();
}

void InboxDialog::showPayload()
{
    m_payload->clear();
    const int row = m_events->indexOfTopLevelItem(m_events->currentItem());
    m_replay->setEnabled(row >= 0 && row < m_shown.size() && m_shown[row].verified &&
                         m_shown[row].status != InboxEvent::Status::Failed);
    if (row < 0 || row >= m_shown.size())
        return;
    const InboxEvent &e = m_shown[row];
    if (e.body.isEmpty()) {
        m_payload->addTopLevelItem(new QTreeWidgetItem({tr("(nothing kept)"), tr("a refused delivery's body is not kept")}));
        return;
    }
    const Json body = Json::parse(e.body.constData(), e.body.constData() + e.body.size(), nullptr, false);
    if (body.is_discarded()) {
        m_payload->addTopLevelItem(new QTreeWidgetItem({tr("(not JSON)"), QString::fromUtf8(e.body.left(500))}));
        return;
    }
    ResponseView::fillJsonTree(m_payload, body);
    m_payload->expandToDepth(1);
}

} // namespace patchbay::ui

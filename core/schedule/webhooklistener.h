#pragma once

#include "net/httpserver.h"
#include "schedule/workspace.h"
#include "store/webhookinbox.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>

namespace patchbay {

class SecretStore;

/// Patchbay's webhook listener (docs/webhooks.md): answers POST /hooks/<project>/<integration>
/// for the integrations whose source is a webhook. Each delivery is checked (its signature, its
/// size, that it is JSON), kept in the store's inbox — refused and malformed ones too, for the
/// inbox view — and answered only once it is committed: 200 accepted (or already had, by its
/// event id), 400 not JSON, 401 signature, 404 no such webhook, 405 not POST, 413 too large,
/// 503 inbox full or store unusable (with Retry-After). Deliveries that come together are
/// committed together (one transaction, one fsync) before any of them is answered.
/// `accepted` says which integrations have new events, so that their runs start.
class WebhookListener : public QObject
{
    Q_OBJECT

public:
    using StoreAccess = std::function<Store *(QString *error)>;

    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost; ///< 127.0.0.1 unless the user says otherwise
        quint16 port = 0;                               ///< 0: any free port
        QString certFile; ///< TLS with this certificate and key (PEM), if set
        QString keyFile;
        qint64 capacity = 10000; ///< pending events an integration may have before new ones get 503
        Variables overrides;     ///< --var values, for the secret templates
    };

    /// The listener's address as a user writes it: "ADDRESS:PORT" (IPv6 in brackets) or "PORT"
    /// alone (127.0.0.1). False when it is neither.
    static bool parseAddress(const QString &text, Options *options);
    /// Where Patchbay's window listens unless its settings say otherwise (the tray, QSettings
    /// `webhooks/listen`), and where a webhook's URL points.
    static constexpr const char *DefaultAddress = "127.0.0.1:8790";

    WebhookListener(StoreAccess store, SecretStore *secrets, QObject *parent = nullptr);
    ~WebhookListener() override;

    bool listen(const Options &options, QString *error);
    /// "http://127.0.0.1:PORT" (https with a certificate).
    QUrl baseUrl() const;
    /// The full URL a sender posts `hook`'s events to.
    QUrl urlOf(const WebhookHook &hook) const;

    /// The webhooks to answer from now on; their secrets are read (asynchronously) again.
    /// Until a hook's secret is in, its deliveries are answered 503 (the sender tries again).
    void setHooks(const QList<WebhookHook> &hooks);
    /// Says `accepted` for every hook with events still pending (left by a run that stopped, or
    /// by a process that was killed): their runs start again.
    Q_INVOKABLE void announcePending();
    /// Stopping: every delivery from now on is answered 503 (the sender tries again later).
    Q_INVOKABLE void close() { m_closed = true; }

    /// Injectable clock for signature timestamps (tests); Unix seconds.
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }

Q_SIGNALS:
    /// New events of `hook` are in the inbox, committed: its run may start.
    void accepted(const patchbay::WebhookHook &hook, int count);
    /// Every delivery kept in the inbox (accepted, refused or malformed), after its commit.
    void received(const patchbay::WebhookHook &hook, const patchbay::InboxEvent &event);
    /// Something the user must fix: a hook's secret cannot be read, the store cannot be used.
    void problem(const QString &message);

private:
    struct Hook
    {
        WebhookHook hook;
        QByteArray secret;
        bool ready = false; ///< its secret is read (or it needs none)
        QString notReady;   ///< why not, for the 503
    };
    struct Waiting
    {
        QString hookId;
        InboxEvent event;
        HttpServer::Respond respond;
    };

    void onRequest(const HttpRequest &request, HttpServer::Respond respond);
    void readSecret(const QString &hookId);
    void commit();
    Store *store(QString *error);

    StoreAccess m_storeAccess;
    SecretStore *m_secrets;
    Options m_options;
    HttpServer *m_server = nullptr;
    QHash<QString, Hook> m_hooks;        ///< by id
    QHash<QString, QString> m_byPath;    ///< path → hook id
    QList<Waiting> m_waiting;            ///< kept at the next commit
    bool m_commitQueued = false;
    bool m_closed = false;
    QHash<QString, qint64> m_pendingCount; ///< hook id → pending events, read at each commit
    std::function<qint64()> m_now;
    quint64 m_generation = 0; ///< secrets read for an older set of hooks are dropped
};

} // namespace patchbay

Q_DECLARE_METATYPE(patchbay::WebhookHook)
Q_DECLARE_METATYPE(patchbay::InboxEvent)

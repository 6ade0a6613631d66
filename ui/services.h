#pragma once

#include "net/httpclient.h"
#include "secrets/secretstore.h"
#include "store/store.h"
#include "util/result.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace patchbay::ui {

/// Where the window listens for webhooks: "address:port", and the certificate and key (PEM) it
/// answers over HTTPS with, if set.
struct WebhookListenSettings
{
    QString address;
    QString certFile;
    QString keyFile;

    /// "http://address:port" (https with a certificate): what a webhook's URL starts with.
    QString baseUrl() const;
};

/// What the window's parts share: the data directory and its store (history, runs), the secret
/// store (the system keychain in the app; tests hand in their own) and one HTTP client for the
/// GUI thread. Made once in main() or by a test, and passed to the MainWindow.
class Services : public QObject
{
    Q_OBJECT

public:
    Services(QString dataDir, std::unique_ptr<SecretStore> secrets, QObject *parent = nullptr);
    ~Services() override;

    const QString &dataDir() const { return m_dataDir; }
    SecretStore *secrets() const { return m_secrets.get(); }
    HttpClient *http() const { return m_http; }
    /// The store, opened on first use; null with `error()` set when it cannot be opened (the
    /// window still works, without history and runs).
    Store *store();
    const QString &storeError() const { return m_storeError; }
    /// Where the window listens for webhooks (QSettings `webhooks/listen`, `webhooks/cert`,
    /// `webhooks/key`; 127.0.0.1:8790 over HTTP unless the tray's Webhook Address… says otherwise).
    static WebhookListenSettings webhookListen();
    static void setWebhookListen(const WebhookListenSettings &settings);
    /// The window's webhook listener (the tray's; on a thread of its own), once it listens.
    QObject *webhooks() const { return m_webhooks; }
    void setWebhooks(QObject *listener) { m_webhooks = listener; }

private:
    QPointer<QObject> m_webhooks;
    QString m_dataDir;
    std::unique_ptr<SecretStore> m_secrets;
    HttpClient *m_http;
    std::unique_ptr<Store> m_store;
    QString m_storeError;
};

} // namespace patchbay::ui

#include "services.h"

#include "schedule/webhooklistener.h"

#include <QSettings>

#include "store/datadir.h"

namespace patchbay::ui {

Services::Services(QString dataDir, std::unique_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_secrets(std::move(secrets)), m_http(new HttpClient(this))
{
    m_http->setSecretStore(m_secrets.get());
}

Services::~Services() = default;

Store *Services::store()
{
    if (m_store || !m_storeError.isEmpty())
        return m_store.get();
    Result<void> dir = DataDir::ensure(m_dataDir);
    if (!dir) {
        m_storeError = dir.error().message;
        return nullptr;
    }
    Result<std::unique_ptr<Store>> s = Store::open(m_dataDir);
    if (!s) {
        m_storeError = s.error().message;
        return nullptr;
    }
    m_store = std::move(*s);
    return m_store.get();
}

QString WebhookListenSettings::baseUrl() const
{
    return (certFile.isEmpty() ? QStringLiteral("http://") : QStringLiteral("https://")) + address;
}

WebhookListenSettings Services::webhookListen()
{
    const QSettings settings;
    WebhookListenSettings s;
    s.address = settings.value(QStringLiteral("webhooks/listen"), QString::fromLatin1(WebhookListener::DefaultAddress)).toString();
    s.certFile = settings.value(QStringLiteral("webhooks/cert")).toString();
    s.keyFile = settings.value(QStringLiteral("webhooks/key")).toString();
    return s;
}

void Services::setWebhookListen(const WebhookListenSettings &s)
{
    QSettings settings;
    settings.setValue(QStringLiteral("webhooks/listen"), s.address);
    settings.setValue(QStringLiteral("webhooks/cert"), s.certFile);
    settings.setValue(QStringLiteral("webhooks/key"), s.keyFile);
}

} // namespace patchbay::ui

#include "webhooklistener.h"

#include "net/redactor.h"
#include "net/templaterenderer.h"
#include "net/variablescope.h"
#include "net/webhooksignature.h"
#include "secrets/secretstore.h"
#include "util/templatevars.h"

#include <QDateTime>
#include <QTimer>

namespace patchbay {

namespace {

HttpResponse answer(int status, const Json &body)
{
    return HttpResponse::json(status, QByteArray::fromStdString(body.dump()));
}

HttpResponse error(int status, const QString &message)
{
    return answer(status, Json{{"error", message.toStdString()}});
}

HttpResponse tryLater(const QString &message, int seconds)
{
    HttpResponse r = error(503, message);
    r.addHeader("Retry-After", QByteArray::number(seconds));
    return r;
}

/// The sender's id of an event in its body: Stripe's and most others' "id", Slack's "event_id".
QString bodyEventId(const Json &body)
{
    for (const char *name : {"id", "event_id"})
        if (const auto it = body.find(name); it != body.end() && (it->is_string() || it->is_number_integer()))
            return it->is_string() ? toQString(it->get<std::string>()) : toQString(it->dump());
    return {};
}

} // namespace

bool WebhookListener::parseAddress(const QString &text, Options *options)
{
    const QString spec = text.trimmed();
    const qsizetype colon = spec.lastIndexOf(u':');
    bool ok = false;
    const int port = spec.mid(colon + 1).toInt(&ok);
    QHostAddress address = QHostAddress::LocalHost;
    if (colon > 0)
        address = QHostAddress(spec.left(colon).remove(u'[').remove(u']'));
    if (!ok || port < 0 || port > 65535 || address.isNull())
        return false;
    options->address = address;
    options->port = quint16(port);
    return true;
}

WebhookListener::WebhookListener(StoreAccess store, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_storeAccess(std::move(store)), m_secrets(secrets),
      m_now([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

WebhookListener::~WebhookListener()
{
    // Deliveries not yet committed were not answered: their senders try again.
    m_waiting.clear();
}

bool WebhookListener::listen(const Options &options, QString *error)
{
    m_options = options;
    delete m_server;
    m_server = new HttpServer(HttpServer::AsyncHandler([this](const HttpRequest &r, HttpServer::Respond respond) {
                                  onRequest(r, std::move(respond));
                              }),
                              this);
    // the largest maxBodyKb a project may give (65,536 KB); each hook checks its own limit
    m_server->setMaxBodyBytes(qsizetype(64) * 1024 * 1024);
    if (!options.certFile.isEmpty() && !m_server->setTls(options.certFile, options.keyFile, error))
        return false;
    return m_server->listen(options.address, options.port, error);
}

QUrl WebhookListener::baseUrl() const
{
    if (!m_server)
        return {};
    QUrl u;
    u.setScheme(m_server->scheme());
    const QHostAddress a = m_server->address();
    u.setHost(a == QHostAddress::AnyIPv4 || a == QHostAddress::Any ? QStringLiteral("127.0.0.1") : a.toString());
    u.setPort(m_server->port());
    return u;
}

QUrl WebhookListener::urlOf(const WebhookHook &hook) const
{
    QUrl u = baseUrl();
    u.setPath(hook.path());
    return u;
}

void WebhookListener::setHooks(const QList<WebhookHook> &hooks)
{
    ++m_generation;
    QHash<QString, Hook> next;
    m_byPath.clear();
    for (const WebhookHook &h : hooks) {
        Hook hook;
        hook.hook = h;
        // A hook whose secret and settings did not change keeps its secret: no gap while it is read again.
        if (const auto old = m_hooks.constFind(h.id);
            old != m_hooks.cend() && old->ready && old->hook.settings == h.settings && old->hook.environment == h.environment) {
            hook.secret = old->secret;
            hook.ready = true;
        }
        next.insert(h.id, hook);
        m_byPath.insert(h.path(), h.id);
    }
    m_hooks = std::move(next);
    for (auto it = m_hooks.begin(); it != m_hooks.end(); ++it)
        if (!it->ready)
            readSecret(it.key());
}

void WebhookListener::announcePending()
{
    QString why;
    Store *s = store(&why);
    if (!s)
        return;
    for (auto it = m_hooks.cbegin(); it != m_hooks.cend(); ++it) {
        Result<qint64> n = WebhookInbox(s).pendingCount(it->hook.projectId, it->hook.integrationId);
        if (!n)
            continue;
        m_pendingCount[it.key()] = *n;
        if (*n > 0)
            Q_EMIT accepted(it->hook, 0);
    }
}

void WebhookListener::readSecret(const QString &hookId)
{
    Hook &hook = m_hooks[hookId];
    const QString text = hook.hook.settings.secret;
    if (text.isEmpty()) {
        hook.ready = true;
        return;
    }
    hook.notReady = tr("Patchbay is still reading this webhook's secret; try again in a moment.");
    auto scope = std::make_shared<VariableScope>(*hook.hook.project, hook.hook.environment, m_options.overrides);
    const QStringList keys = scope->secretKeys(templateVariables(text));
    const quint64 generation = m_generation;
    auto done = [this, hookId, text, scope, generation](Result<QHash<QString, QString>> values) {
        if (generation != m_generation || !m_hooks.contains(hookId))
            return;
        Hook &h = m_hooks[hookId];
        if (!values) {
            h.notReady = tr("The secret of the webhook \"%1\" cannot be read: %2").arg(h.hook.integrationName, values.error().message);
            Q_EMIT problem(h.notReady);
            return;
        }
        scope->setSecretValues(*values);
        Redactor redactor;
        Result<QString> secret = TemplateRenderer(*scope, &redactor).render(text, TemplateRenderer::Context::Raw, [&h] {
            return tr("the secret of the webhook \"%1\"").arg(h.hook.integrationName);
        });
        if (!secret) {
            h.notReady = secret.error().message;
            Q_EMIT problem(h.notReady);
            return;
        }
        h.secret = secret->toUtf8();
        h.ready = true;
        h.notReady.clear();
    };
    if (keys.isEmpty() || !m_secrets)
        done(QHash<QString, QString>{});
    else
        m_secrets->readAll(keys, {}, this, done);
}

Store *WebhookListener::store(QString *error)
{
    return m_storeAccess ? m_storeAccess(error) : nullptr;
}

void WebhookListener::onRequest(const HttpRequest &request, HttpServer::Respond respond)
{
    if (m_closed) {
        respond(tryLater(tr("Patchbay is stopping; try again in a moment."), 10));
        return;
    }
    const auto id = m_byPath.constFind(request.path);
    if (id == m_byPath.cend()) {
        respond(error(404, request.path.startsWith(QLatin1String("/hooks/"))
                               ? tr("No webhook here: %1 names no integration whose source is a webhook. Copy the URL "
                                    "from the integration's source node.").arg(request.path)
                               : tr("Not found: webhooks are under /hooks/<project>/<integration>.")));
        return;
    }
    if (request.method != "POST") {
        HttpResponse r = error(405, tr("A webhook takes POST, not %1.").arg(QString::fromLatin1(request.method)));
        r.addHeader("Allow", "POST");
        respond(r);
        return;
    }
    const Hook &hook = m_hooks[*id];
    if (request.body.size() > qsizetype(hook.hook.settings.maxBodyKb) * 1024) {
        respond(error(413, tr("The body has %1 bytes; this webhook takes at most %2 KB (its source node's maximum).")
                               .arg(request.body.size())
                               .arg(hook.hook.settings.maxBodyKb)));
        return;
    }
    if (!hook.ready) {
        respond(tryLater(hook.notReady, 30));
        return;
    }
    if (m_pendingCount.value(*id) >= m_options.capacity) {
        // Counted up as events come; runs take them away: read again when it looks full.
        QString why;
        if (Store *s = store(&why))
            if (Result<qint64> n = WebhookInbox(s).pendingCount(hook.hook.projectId, hook.hook.integrationId); n)
                m_pendingCount[*id] = *n;
    }
    if (m_pendingCount.value(*id) >= m_options.capacity) {
        respond(tryLater(tr("The inbox of this webhook is full (%1 events wait); try again later.").arg(m_options.capacity), 30));
        return;
    }

    InboxEvent e;
    e.projectId = hook.hook.projectId;
    e.integrationId = hook.hook.integrationId;
    e.receivedAt = QDateTime::currentDateTimeUtc();
    e.body = request.body;
    Redactor redactor;
    if (hook.hook.settings.scheme == WebhookScheme::Token)
        redactor.addSensitiveHeader(webhook::tokenHeader(hook.hook.settings));
    e.headers = redactor.redactHeaders(request.headers);
    const WebhookVerdict verdict = WebhookVerdict::check(hook.hook.settings, hook.secret, request, m_now());
    e.verified = verdict.verified;
    if (!verdict.verified) {
        e.status = InboxEvent::Status::Refused;
        e.reason = verdict.reason;
        e.body.clear(); // a forged delivery's content is not kept
    } else {
        const Json body = Json::parse(request.body.constData(), request.body.constData() + request.body.size(), nullptr, false);
        if (body.is_discarded() || !body.is_object()) {
            e.status = InboxEvent::Status::Failed;
            e.reason = body.is_discarded() ? tr("the body is not JSON") : tr("the body is JSON but not one object (an event)");
        } else {
            e.eventId = verdict.eventId.isEmpty() ? bodyEventId(body) : verdict.eventId;
        }
    }
    m_waiting.append(Waiting{*id, std::move(e), std::move(respond)});
    if (!m_commitQueued) {
        m_commitQueued = true;
        // Whatever else is in the sockets now joins this commit.
        QTimer::singleShot(0, this, &WebhookListener::commit);
    }
}

void WebhookListener::commit()
{
    m_commitQueued = false;
    QList<Waiting> waiting = std::exchange(m_waiting, {});
    if (waiting.isEmpty())
        return;
    QString why;
    Store *s = store(&why);
    Result<void> kept = s ? Result<void>() : Result<void>(makeError(QStringLiteral("store.unavailable"), why));
    QList<InboxEvent> events;
    events.reserve(waiting.size());
    for (const Waiting &w : std::as_const(waiting))
        events.append(w.event);
    if (s)
        kept = WebhookInbox(s).keep(events);
    if (!kept) {
        // Nothing was kept, so nothing is answered 2xx: the senders try again.
        Q_EMIT problem(tr("Webhook events cannot be kept: %1").arg(kept.error().message));
        for (const Waiting &w : std::as_const(waiting))
            w.respond(tryLater(tr("Patchbay cannot keep the event now: %1").arg(kept.error().message), 60));
        return;
    }
    QHash<QString, int> newEvents;
    for (qsizetype i = 0; i < waiting.size(); ++i) {
        const InboxEvent &e = events[i];
        const Waiting &w = waiting[i];
        switch (e.status) {
        case InboxEvent::Status::Refused:
            w.respond(error(401, tr("The delivery was refused: %1.").arg(e.reason)));
            break;
        case InboxEvent::Status::Failed:
            w.respond(error(400, tr("The delivery was kept but cannot be processed: %1.").arg(e.reason)));
            break;
        default:
            if (e.seq == 0) {
                w.respond(answer(200, Json{{"received", true}, {"duplicate", true}}));
                continue; // already had: nothing new, nothing to tell
            }
            w.respond(answer(200, Json{{"received", true}, {"event", e.seq}}));
            newEvents[w.hookId] += 1;
            break;
        }
        if (const auto h = m_hooks.constFind(w.hookId); h != m_hooks.cend())
            Q_EMIT received(h->hook, e);
    }
    for (auto it = newEvents.cbegin(); it != newEvents.cend(); ++it) {
        const auto h = m_hooks.constFind(it.key());
        if (h == m_hooks.cend())
            continue;
        m_pendingCount[it.key()] += it.value();
        Q_EMIT accepted(h->hook, it.value());
    }
}

} // namespace patchbay

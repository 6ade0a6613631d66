#include "deadletterretry.h"

#include "net/httpclient.h"
#include "secrets/secretstore.h"
#include "sync/recordencoder.h"
#include "sync/syncrun.h"

namespace patchbay {

DeadLetterRetry::DeadLetterRetry(Project project, QString integrationId, Store *store, SecretStore *secrets,
                                 QString environment, Variables overrides, QObject *parent)
    : QObject(parent), m_project(std::move(project)), m_integrationId(std::move(integrationId)), m_runs(store),
      m_secrets(secrets), m_environment(std::move(environment)), m_overrides(std::move(overrides)),
      m_client(new HttpClient(this))
{
    m_client->setSecretStore(m_secrets);
}

DeadLetterRetry::~DeadLetterRetry() = default;

void DeadLetterRetry::start()
{
    m_integration = m_project.integration(m_integrationId);
    if (!m_integration)
        return finish(tr("The project has no integration \"%1\".").arg(m_integrationId));
    m_target = m_integration->firstNode(NodeType::Target);
    m_endpoint = m_target ? m_project.endpoint(m_target->endpoint) : nullptr;
    if (!m_endpoint)
        return finish(tr("The integration has no target endpoint."));

    Result<QList<DeadLetter>> letters = m_runs.openDeadLetters(m_project.id, m_integrationId);
    if (!letters)
        return finish(letters.error().message);
    for (const DeadLetter &d : *letters)
        if (m_only.isEmpty() || m_only.contains(d.id))
            m_letters.append(d);
    Problems problems;
    m_builder = std::make_unique<RequestBuilder>(m_project, m_environment, m_overrides);
    QStringList optional;
    QStringList keys = m_builder->secretKeys(*m_endpoint, &optional);
    m_byProgram = !FlowProgram::isChain(*m_integration);
    if (m_byProgram) {
        m_program = FlowProgram::compile(m_project, *m_integration, &problems);
        for (const Node &n : m_integration->nodes)
            if (const Endpoint *e = n.type == NodeType::Target ? m_project.endpoint(n.endpoint) : nullptr)
                keys += m_builder->secretKeys(*e, &optional);
        keys.removeDuplicates();
    } else {
        m_pipeline = RecordPipeline::compile(m_project, *m_integration, &problems);
    }
    m_secrets->readAll(keys, optional, this, [this](Result<QHash<QString, QString>> values) {
        if (!values)
            return finish(values.error().message);
        m_builder->setSecrets(*values);
        next();
    });
}

void DeadLetterRetry::cancel()
{
    m_cancelled = true;
}

void DeadLetterRetry::next()
{
    Q_EMIT progress(int(m_next), int(m_letters.size()));
    if (m_cancelled || m_next >= m_letters.size())
        return finish();
    const DeadLetter d = m_letters.at(m_next++);
    if (m_byProgram)
        return sendToItsTarget(d);
    // Mapped again from the source record: a fixed mapping applies.
    Json output = d.record;
    QString key = d.recordKey;
    if (!d.sourceRecord.is_null()) {
        const RecordPipeline::Outcome o = m_pipeline.process(d.sourceRecord, m_pipeline.environment());
        if (o.status == RecordPipeline::Outcome::Status::FilteredOut) {
            (void)m_runs.resolveDeadLetter(d.id, DeliveredKey{key, QByteArray()}, m_project.id, m_integrationId, 0);
            ++m_outcome.resolved;
            return next();
        }
        if (o.status == RecordPipeline::Outcome::Status::Failed) {
            const QString why = o.errors().join(QStringLiteral("; "));
            (void)m_runs.failDeadLetterAgain(d.id, 0, why);
            m_outcome.messages << tr("dead letter %1 (record %2): %3").arg(d.id).arg(key, why);
            ++m_outcome.failed;
            return next();
        }
        output = o.output;
        if (!o.key.isEmpty())
            key = o.key;
    }
    send(d, *m_target, *m_endpoint, output, key, m_integrationId, {});
}

void DeadLetterRetry::sendToItsTarget(const DeadLetter &d)
{
    const Node *target = d.targetNode.isEmpty() ? nullptr : m_integration->node(d.targetNode);
    const Endpoint *endpoint = target ? m_project.endpoint(target->endpoint) : nullptr;
    if (!endpoint) {
        const QString why = d.targetNode.isEmpty()
                                ? tr("it stopped before it reached a target (at a lookup, a branch or a map); run the integration "
                                     "from the beginning to read it again")
                                : tr("its target “%1” is no longer in the integration, or has no endpoint").arg(d.targetNode);
        (void)m_runs.failDeadLetterAgain(d.id, 0, why);
        m_outcome.messages << tr("dead letter %1 (record %2): %3").arg(d.id).arg(d.recordKey, why);
        ++m_outcome.failed;
        return next();
    }
    QStringList pathFields;
    for (const FlowProgram::TargetStep &t : m_program.targets())
        if (t.nodeId == target->id)
            pathFields = t.pathFields;
    send(d, *target, *endpoint, d.record, d.recordKey, SyncRun::deliveryScope(*m_integration, target->id), pathFields);
}

void DeadLetterRetry::send(const DeadLetter &d, const Node &target, const Endpoint &endpoint, const Json &record,
                           const QString &key, const QString &scope, const QStringList &pathFields)
{
    RecordEncoder encoder(scope);
    const QByteArray hash = encoder.contentHash(encoder.body(record));
    // as a run sends it: to an endpoint that takes batches, as a batch of one
    const bool batch = target.batchSize > 1;
    QByteArray body = encoder.bodyWithout(record, pathFields);
    const QByteArray idempotencyKey = encoder.idempotencyKey(key, hash);
    const QByteArrayView one[] = {body};
    const QByteArrayView oneKey[] = {idempotencyKey};
    if (batch)
        body = RecordEncoder::batchBody(one);
    RequestBuilder::Overrides o;
    o.record = &record;
    o.body = body;
    Result<PreparedRequest> request = m_builder->build(endpoint, o);
    if (!request)
        return finish(request.error().message);
    request->idempotencyHeader = m_integration->idempotencyHeader.toUtf8();
    if (!m_integration->idempotencyHeader.isEmpty())
        request->idempotencyKey = batch ? RecordEncoder::batchKey(oneKey) : idempotencyKey;
    HttpExchange *exchange = m_client->send(std::move(*request));
    connect(exchange, &HttpExchange::finished, this, [this, d, key, hash, scope](const HttpResult &result) {
        if (result.ok()) {
            (void)m_runs.resolveDeadLetter(d.id, DeliveredKey{key, hash}, m_project.id, scope, 0);
            ++m_outcome.resolved;
        } else {
            (void)m_runs.failDeadLetterAgain(d.id, result.status, result.errorMessage);
            m_outcome.messages << tr("dead letter %1 (record %2): %3").arg(d.id).arg(key, result.errorMessage);
            ++m_outcome.failed;
        }
        next();
    });
}

void DeadLetterRetry::finish(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome.error = error;
    Q_EMIT finished(m_outcome);
}

} // namespace patchbay

#include "sampletrial.h"

#include "lookuprunner.h"
#include "net/httpclient.h"
#include "net/requestbuilder.h"
#include "secrets/secretstore.h"

#include <QTimer>

namespace patchbay {

SampleTrial::SampleTrial(Project project, QString integrationId, SecretStore *secrets, QString environment, QObject *parent)
    : QObject(parent), m_project(std::move(project)), m_integrationId(std::move(integrationId)), m_secrets(secrets),
      m_environment(std::move(environment))
{
}

SampleTrial::~SampleTrial() { cancel(); }

qint64 SampleTrial::requests() const { return m_lookups ? m_lookups->requests() : 0; }

qint64 SampleTrial::cacheHits() const
{
    qint64 hits = 0;
    if (m_lookups)
        for (size_t i = 0; i < m_program.lookups().size(); ++i)
            hits += m_lookups->counts(int(i)).cacheHits;
    return hits;
}

void SampleTrial::start(const std::vector<Json> &records)
{
    m_records.clear();
    for (const Json &r : records)
        m_records.push_back(Record{r, {}, r, {}, {}, {}});
    const Integration *in = m_project.integration(m_integrationId);
    if (!in)
        return finish(tr("There is no integration \"%1\".").arg(m_integrationId));
    Problems problems;
    m_program = FlowProgram::compile(m_project, *in, &problems);
    if (!m_program.isValid() || hasErrors(problems))
        return finish(tr("The integration has mistakes: %1").arg(errorLines(problems).join(QStringLiteral("; "))));
    m_builder = std::make_unique<RequestBuilder>(m_project, m_environment, Variables());
    QStringList keys;
    QStringList optional;
    for (const FlowProgram::LookupStep &l : m_program.lookups())
        if (const Endpoint *e = m_project.endpoint(l.endpoint))
            keys += m_builder->secretKeys(*e, &optional);
    keys.removeDuplicates();
    if (keys.isEmpty() || !m_secrets) {
        QTimer::singleShot(0, this, &SampleTrial::run); // (finished() never from within start())
        return;
    }
    m_secrets->readAll(keys, optional, this, [this](Result<QHash<QString, QString>> values) {
        if (!values)
            return finish(values.error().message);
        m_builder->setSecrets(*values);
        run();
    });
}

void SampleTrial::run()
{
    if (m_finished)
        return;
    m_client = new HttpClient(this);
    m_client->setSecretStore(m_secrets);
    m_lookups = new LookupRunner(m_client, m_builder.get(), m_project, m_program.lookups(), this);
    connect(m_lookups, &LookupRunner::failed, this, [this](const QString &message, bool) { finish(message); });
    ++m_pending; // (until every record has started: answers from the cache come at once)
    for (size_t i = 0; i < m_records.size() && !m_finished; ++i) {
        Record &r = m_records[i];
        if (Result<QString> key = m_program.key(r.source))
            r.key = *key;
        std::vector<FlowProgram::Outcome> out;
        m_program.start(r.source, &out, &r.tally);
        take(i, std::move(out));
    }
    oneLess();
}

void SampleTrial::take(size_t index, std::vector<FlowProgram::Outcome> outcomes)
{
    for (FlowProgram::Outcome &o : outcomes) {
        if (o.kind != FlowProgram::Outcome::Kind::AtLookup) {
            m_records[index].outcomes.push_back(std::move(o));
            continue;
        }
        ++m_pending;
        const int lookup = o.index;
        Json record = std::move(o.value);
        const QString nodeId = o.nodeId;
        m_lookups->lookUp(lookup, record, [this, index, lookup, record, nodeId](Result<Json> answer) mutable {
            if (m_finished)
                return;
            Record &r = m_records[index];
            std::vector<FlowProgram::Outcome> next;
            Result<void> added = answer ? m_program.addAnswer(lookup, record, *answer) : Result<void>(answer.error());
            if (!added) {
                FlowProgram::Outcome failed;
                failed.kind = FlowProgram::Outcome::Kind::Failed;
                failed.nodeId = nodeId;
                failed.error = added.error().message;
                next.push_back(std::move(failed));
            } else {
                r.answers.insert(nodeId, *answer);
                (void)m_program.addAnswer(lookup, r.enriched, std::move(*answer)); // an object, as record is
                m_program.resume(lookup, std::move(record), &next, &r.tally);
            }
            take(index, std::move(next));
            oneLess();
        });
    }
}

void SampleTrial::oneLess()
{
    --m_pending;
    ++m_done;
    Q_EMIT progress(m_done, m_done + m_pending);
    if (m_pending == 0)
        finish();
}

void SampleTrial::cancel()
{
    if (m_lookups)
        m_lookups->cancel();
    m_finished = true;
}

void SampleTrial::finish(const QString &error)
{
    if (m_finished)
        return;
    m_error = error;
    m_finished = true;
    if (m_lookups)
        m_lookups->cancel();
    Q_EMIT finished();
}

} // namespace patchbay

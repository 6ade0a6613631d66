#pragma once

#include "expr/flowprogram.h"
#include "expr/recordpipeline.h"
#include "model/project.h"
#include "net/requestbuilder.h"
#include "store/runstore.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace patchbay {

class HttpClient;
class SecretStore;

/// Sends an integration's open dead letters again, one after the other: each is mapped again
/// from its source record (so a fixed mapping applies), sent with its idempotency key, and
/// resolved when the target accepts it or kept with the new error. For an integration with
/// lookups, branches or several targets (FlowProgram), a dead letter a target refused goes to
/// that target again as it was then (its lookups are not asked again); one that stopped before a
/// target is kept, with the advice to run the integration from the beginning. Used by
/// `patchbay-cli retry-dead-letters` and the runs view's "Send again".
class DeadLetterRetry : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        int resolved = 0;
        int failed = 0;
        QStringList messages; ///< "dead letter 7 (record 42): 422 …" for each that failed
        QString error;        ///< set when nothing could be tried (no target, store, secrets)
    };

    DeadLetterRetry(Project project, QString integrationId, Store *store, SecretStore *secrets,
                    QString environment, Variables overrides, QObject *parent = nullptr);
    ~DeadLetterRetry() override;

    /// Only these dead letters (ids); empty: all open ones.
    void setOnly(const QList<qint64> &ids) { m_only = ids; }
    void start();
    void cancel();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const patchbay::DeadLetterRetry::Outcome &outcome);

private:
    void next();
    /// The FlowProgram way: to the target that refused it.
    void sendToItsTarget(const DeadLetter &d);
    void send(const DeadLetter &d, const Node &target, const Endpoint &endpoint, const Json &record, const QString &key,
              const QString &scope, const QStringList &pathFields);
    void finish(const QString &error = {});

    Project m_project;
    QString m_integrationId;
    RunStore m_runs;
    SecretStore *m_secrets;
    QString m_environment;
    Variables m_overrides;
    QList<qint64> m_only;
    const Integration *m_integration = nullptr;
    const Node *m_target = nullptr;
    const Endpoint *m_endpoint = nullptr;
    std::unique_ptr<RequestBuilder> m_builder;
    RecordPipeline m_pipeline;
    bool m_byProgram = false;
    FlowProgram m_program;
    HttpClient *m_client;
    QList<DeadLetter> m_letters;
    qsizetype m_next = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    Outcome m_outcome;
};

} // namespace patchbay

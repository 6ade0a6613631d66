#pragma once

#include "expr/flowprogram.h"
#include "model/project.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace patchbay {

class HttpClient;
class LookupRunner;
class RequestBuilder;
class SecretStore;

/// A dry run on a few records (an endpoint's samples): each record goes through the integration's
/// filters, branches and maps as in a run, and its lookups ask the real API (with the
/// connection's secrets, retries and rate limit; the same request once). Nothing is written
/// anywhere. What each record met — the nodes it passed, the branch it took, what the lookups
/// answered and what each target would get — is there for the window to show ("Test with
/// Samples", the mapping editor's preview).
class SampleTrial : public QObject
{
    Q_OBJECT

public:
    SampleTrial(Project project, QString integrationId, SecretStore *secrets, QString environment, QObject *parent = nullptr);
    ~SampleTrial() override;

    struct Record
    {
        Json source;                       ///< as the source gave it
        QString key;
        Json enriched;                     ///< with every answer its lookups added
        QHash<QString, Json> answers;      ///< lookup node id → what it added
        FlowProgram::Tally tally;          ///< the nodes it went through, the outputs it took
        std::vector<FlowProgram::Outcome> outcomes; ///< where its ways ended (never AtLookup)
        bool entered(const QString &nodeId) const { return tally.entered(nodeId) > 0; }
    };

    /// Runs `records` through the integration; finished() when all have gone their ways.
    void start(const std::vector<Json> &records);
    void cancel();
    bool isFinished() const { return m_finished; }
    /// Why nothing or not everything could be tried: mistakes in the integration, no secrets, a
    /// lookup's service that fails.
    const QString &error() const { return m_error; }
    const std::vector<Record> &records() const { return m_records; }
    const FlowProgram &program() const { return m_program; }
    /// Lookup requests sent (with retries) and answered from the cache.
    qint64 requests() const;
    qint64 cacheHits() const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void run();
    void take(size_t record, std::vector<FlowProgram::Outcome> outcomes);
    void oneLess();
    void finish(const QString &error = {});

    Project m_project;
    QString m_integrationId;
    SecretStore *m_secrets;
    QString m_environment;
    FlowProgram m_program;
    std::unique_ptr<RequestBuilder> m_builder;
    QPointer<HttpClient> m_client;
    QPointer<LookupRunner> m_lookups;
    std::vector<Record> m_records;
    int m_pending = 0; ///< lookups asked and not answered
    int m_done = 0;
    bool m_finished = false;
    QString m_error;
};

} // namespace patchbay

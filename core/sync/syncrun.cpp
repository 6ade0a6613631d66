#include "syncrun.h"

#include "secrets/secretstore.h"
#include "store/datadir.h"
#include "sync/inboxreader.h"
#include "sync/recordencoder.h"
#include "util/fastjson.h"

#include <QDateTime>
#include <QLocale>
#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>
#include <unordered_set>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace patchbay {

namespace {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// Orders two watermark values: ISO dates by time (whatever their offset), numbers by value,
/// other text as text.
int compareWatermarks(const QString &a, const QString &b)
{
    // The common case, at every record: two UTC timestamps of the same form compare as text.
    if (a.size() == b.size() && a.endsWith(u'Z') && b.endsWith(u'Z') && a.size() >= 20 && a[10] == u'T' && b[10] == u'T') {
        const int c = a.compare(b);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    const QDateTime ta = QDateTime::fromString(a, Qt::ISODateWithMs);
    const QDateTime tb = QDateTime::fromString(b, Qt::ISODateWithMs);
    if (ta.isValid() && tb.isValid())
        return ta < tb ? -1 : (tb < ta ? 1 : 0);
    bool okA = false;
    bool okB = false;
    const double na = a.toDouble(&okA);
    const double nb = b.toDouble(&okB);
    if (okA && okB)
        return na < nb ? -1 : (nb < na ? 1 : 0);
    return a.compare(b);
}

/// Adds the numbers of `more` (times `sign`) to those of `into`, object by object (counts per node).
void addCounts(Json &into, const Json &more, int sign = 1)
{
    if (!more.is_object())
        return;
    if (!into.is_object())
        into = Json::object();
    for (auto it = more.begin(); it != more.end(); ++it) {
        Json &mine = into[it.key()];
        if (it->is_object())
            addCounts(mine, *it, sign);
        else if (it->is_number_integer())
            mine = (mine.is_number_integer() ? mine.get<qint64>() : 0) + sign * it->get<qint64>();
    }
}

} // namespace

QString SyncRun::deliveryScope(const Integration &integration, const QString &targetNodeId)
{
    const Node *first = integration.firstNode(NodeType::Target);
    if (!first || first->id == targetNodeId)
        return integration.id;
    return integration.id + u'/' + targetNodeId; // "/" is in no id
}

QString SyncRun::lockPath(const QString &lockDir, const QString &projectId, const QString &integrationId)
{
    // "+" is in no id: project "p.x" with integration "sync" and project "p" with "x.sync" get
    // locks of their own.
    return QDir(lockDir).filePath(projectId + u'+' + integrationId + QStringLiteral(".lock"));
}

SyncRun::SyncRun(Project project, QString integrationId, Store *store, SecretStore *secrets, SyncOptions options,
                 QObject *parent)
    : QObject(parent), m_project(std::move(project)), m_integrationId(std::move(integrationId)), m_store(store),
      m_runs(store), m_secrets(secrets), m_options(std::move(options)), m_saverRuns(store)
{
    qRegisterMetaType<patchbay::SyncProgress>();
    qRegisterMetaType<patchbay::SyncSummary>();
    m_worker.setMaxThreadCount(1);
    m_saver.setMaxThreadCount(1);
}

SyncRun::~SyncRun()
{
    m_worker.waitForDone();
    m_saver.waitForDone();
}

void SyncRun::log(const QString &level, const QString &message)
{
    Q_EMIT eventLogged(level, message);
    if (m_runId > 0)
        (void)m_runs.addEvent(m_runId, level, message);
}

void SyncRun::emitProgress()
{
    SyncProgress p;
    p.counts = m_counts;
    p.pages = m_counts.pages;
    p.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    p.waiting = m_waiting;
    Q_EMIT progress(p);
}

void SyncRun::fail(const QString &message)
{
    finish(RunStatus::Failed, message);
}

void SyncRun::start()
{
    m_clock.start();
    m_runStartedAt = isoNow();
    m_integration = m_project.integration(m_integrationId);
    if (!m_integration) {
        fail(tr("The project has no integration \"%1\".").arg(m_integrationId));
        return;
    }
    m_sourceNode = m_integration->firstNode(NodeType::Source);
    m_targetNode = m_integration->firstNode(NodeType::Target);
    m_webhook = m_sourceNode && m_sourceNode->webhook;
    if (m_webhook)
        m_sourceEndpoint = m_project.endpoint(m_sourceNode->endpoint); // only describes the events, if named
    else if (!m_sourceNode || m_sourceNode->endpoint.isEmpty() || !(m_sourceEndpoint = m_project.endpoint(m_sourceNode->endpoint))) {
        fail(tr("The integration \"%1\" has no source endpoint; choose one on its source node.").arg(m_integration->name));
        return;
    }
    m_byProgram = !FlowProgram::isChain(*m_integration);
    if (m_byProgram) {
        // Lookups, branches or several targets: every target and lookup needs its endpoint.
        for (const Node &n : m_integration->nodes) {
            if (n.type != NodeType::Target && n.type != NodeType::Lookup)
                continue;
            if ((n.type == NodeType::Target && m_options.dryRun) || m_project.endpoint(n.endpoint))
                continue;
            const QString what = n.name.isEmpty() ? n.id : n.name;
            fail(n.type == NodeType::Target
                     ? tr("The target \"%1\" of the integration \"%2\" has no endpoint; choose one on it.").arg(what, m_integration->name)
                     : tr("The lookup \"%1\" of the integration \"%2\" has no endpoint; choose the one that finds what it "
                          "looks up.").arg(what, m_integration->name));
            return;
        }
        if (!m_targetNode && !m_options.dryRun) {
            fail(tr("The integration \"%1\" has no target; add one and wire it.").arg(m_integration->name));
            return;
        }
        if (m_targetNode)
            m_targetEndpoint = m_project.endpoint(m_targetNode->endpoint);
        Problems problems;
        m_program = FlowProgram::compile(m_project, *m_integration, &problems);
        if (!m_program.isValid()) {
            fail(tr("The integration's formulas or wires have mistakes: %1").arg(errorLines(problems).join(QStringLiteral("; "))));
            return;
        }
        for (const FlowProgram::TargetStep &t : m_program.targets()) {
            Target target;
            target.node = m_integration->node(t.nodeId);
            target.endpoint = m_project.endpoint(t.endpoint);
            target.scope = deliveryScope(*m_integration, t.nodeId);
            m_targets.push_back(target);
        }
    } else {
        if (!m_options.dryRun &&
            (!m_targetNode || m_targetNode->endpoint.isEmpty() || !(m_targetEndpoint = m_project.endpoint(m_targetNode->endpoint)))) {
            fail(tr("The integration \"%1\" has no target endpoint; choose one on its target node.").arg(m_integration->name));
            return;
        }
        Problems problems;
        m_pipeline = RecordPipeline::compile(m_project, *m_integration, &problems);
        if (!m_pipeline.isValid()) {
            fail(tr("The integration's formulas have mistakes: %1").arg(errorLines(problems).join(QStringLiteral("; "))));
            return;
        }
        Target target;
        target.node = m_targetNode;
        target.endpoint = m_targetEndpoint;
        target.scope = m_integration->id;
        m_targets.push_back(target);
    }
    m_incremental = !m_webhook && !m_sourceNode->watermarkField.isEmpty() && !m_sourceNode->watermarkParam.isEmpty();
    if (m_integration->onSchemaChange != SchemaChangePolicy::Ignore)
        m_drift = DriftGuard::forIntegration(m_project, *m_integration);

    if (!m_options.dryRun && m_runId == 0) { // (an attempt that goes on after a fault has both)
        // Never two runs of one integration at once, in this process or another.
        const QString lockDir = QDir(m_options.dataDir).filePath(QStringLiteral("locks"));
        if (Result<void> dir = DataDir::ensure(lockDir); !dir) {
            fail(dir.error().message);
            return;
        }
        m_lock = std::make_unique<QLockFile>(lockPath(lockDir, m_project.id, m_integration->id));
        qint64 pid = 0;
        QString host;
        const bool locked = DataDir::tryLock(m_lock.get(), &pid, &host);
        if (!locked) {
            m_lock.reset();
            fail(tr("The integration \"%1\" is already running (process %2 on %3); a second run at the same time "
                    "could send records twice. Wait for it to finish.")
                     .arg(m_integration->name)
                     .arg(pid)
                     .arg(host));
            return;
        }
        QFile::setPermissions(m_lock->fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner); // whatever the umask
        (void)m_runs.markCrashedRuns();
        Result<qint64> id = m_runs.startRun(m_project.id, m_integration->id, m_options.trigger, false);
        if (!id) {
            fail(id.error().message);
            return;
        }
        m_runId = *id;
    }

    m_builder = std::make_unique<RequestBuilder>(m_project, m_options.environment, m_options.overrides);
    QStringList optional;
    QStringList keys = m_webhook ? QStringList() : m_builder->secretKeys(*m_sourceEndpoint, &optional);
    for (const Target &t : m_targets)
        if (t.endpoint)
            keys += m_builder->secretKeys(*t.endpoint, &optional);
    if (m_byProgram)
        for (const FlowProgram::LookupStep &l : m_program.lookups())
            if (const Endpoint *e = m_project.endpoint(l.endpoint))
                keys += m_builder->secretKeys(*e, &optional);
    keys.removeDuplicates();
    m_client = new HttpClient(this);
    m_client->setSecretStore(m_secrets);
    m_secrets->readAll(keys, optional, this, [this](Result<QHash<QString, QString>> values) {
        if (!values)
            return fail(values.error().message);
        m_builder->setSecrets(*values);
        beginReading();
    });
}

Json SyncRun::checkpointState(bool inProgress, const Json &position) const
{
    Json c = Json::object();
    c["mode"] = m_incremental ? "incremental" : "full";
    c["inProgress"] = inProgress;
    c["position"] = position;
    if (!m_committedWatermark.isEmpty())
        c["watermark"] = m_committedWatermark.toStdString();
    if (m_incremental && inProgress) {
        // The pass goes on in the next run: from the same watermark, at the position.
        c["passStartedAt"] = m_passStartedAt.toStdString();
        if (!m_maxWatermark.isEmpty())
            c["passWatermark"] = m_maxWatermark.toStdString();
    }
    c["run"] = m_runId;
    return c;
}

Json SyncRun::resumePosition(const Json &c)
{
    m_passStartedAt = m_runStartedAt;
    if (!c.is_object())
        return Json();
    auto text = [&c](const char *name) {
        return c.contains(name) && c[name].is_string() ? toQString(c[name].get<std::string>()) : QString();
    };
    m_committedWatermark = text("watermark");
    const bool sameMode = c.value("mode", std::string()) == (m_incremental ? "incremental" : "full");
    if (!c.value("inProgress", false) || !c.contains("position") || c["position"].is_null())
        return Json();
    if (!sameMode) {
        // A position of another kind of pass (with or without the watermark filter) would
        // skip records in this one: read from the beginning, skipping what was delivered.
        log(QStringLiteral("info"), tr("The integration changed between full and incremental reading since the "
                                       "last run stopped; reading from the beginning."));
        return Json();
    }
    if (m_incremental) {
        if (!c.contains("passStartedAt")) {
            // Written before passes were kept whole: its watermark may be the highest value of
            // a pass that did not finish, so it cannot be trusted. Read everything once.
            m_committedWatermark.clear();
            log(QStringLiteral("info"), tr("The last run stopped part-way; reading everything once (what was "
                                           "delivered is skipped), then only what changed."));
            return Json();
        }
        m_passStartedAt = text("passStartedAt");
        m_maxWatermark = text("passWatermark");
    }
    return c["position"];
}

void SyncRun::beginReading()
{
    SourceReader::Options o;
    Result<Json> cp = m_runs.checkpoint(m_project.id, m_integration->id);
    if (!cp) {
        fail(cp.error().message);
        return;
    }
    // A run that did not finish resumes where it stopped, full or incremental alike. An
    // incremental pass keeps reading what changed since the watermark it began with, which
    // moves only when the pass ends: the API need not list in the watermark's order.
    const Json position = resumePosition(*cp);
    if (m_incremental && !m_committedWatermark.isEmpty())
        o.extraQuery.append({m_sourceNode->watermarkParam, m_committedWatermark});
    m_readSince = m_incremental ? m_committedWatermark : QString();
    o.startPosition = position;
    if (m_webhook)
        log(QStringLiteral("info"), tr("Processing the webhook events waiting in the inbox."));
    else if (!position.is_null())
        log(QStringLiteral("info"), tr("Resuming from the checkpoint at %1.").arg(toQString(position.dump())));
    else if (m_incremental && !m_committedWatermark.isEmpty())
        log(QStringLiteral("info"), tr("Reading what changed since %1 (%2).").arg(m_committedWatermark, m_sourceNode->watermarkField));
    if (position.is_null())
        m_maxWatermark.clear();
    // Nothing delivered yet (a first run): no record can be a repeat of an earlier run's.
    for (Target &t : m_targets)
        if (Result<bool> any = m_runs.hasDelivered(m_project.id, t.scope); any)
            t.mayHaveDelivered = *any;
    m_mayHaveDelivered = m_targets.empty() || m_targets.front().mayHaveDelivered;
    if (m_byProgram)
        if (Result<bool> any = m_runs.hasDelivered(m_project.id, processedScope(*m_integration)); any)
            m_mayHaveProcessed = *any;

    if (m_webhook)
        m_reader = new InboxReader(m_runs.store(), m_project.id, m_integration->id, InboxPageSize, this);
    else
        m_reader = new SourceReader(m_client, m_builder.get(), *m_sourceEndpoint, o, this);
    connect(m_reader, &PageSource::pageReady, this, &SyncRun::onPage);
    connect(m_reader, &PageSource::failed, this, &SyncRun::onSourceFailed);
    if (!m_options.dryRun) {
        for (Target &t : m_targets) {
            if (!t.endpoint)
                continue;
            t.writer = new TargetWriter(m_client, m_builder.get(), *t.endpoint, t.node->batchSize, t.node->concurrency,
                                        m_integration->idempotencyHeader.toUtf8(), this);
            // An update, upsert or delete of one address goes in the records' order.
            t.writer->setInOrderPerAddress(t.node->writeMode != WriteMode::Create);
            connect(t.writer, &TargetWriter::pageDone, this, &SyncRun::onPageDone);
            connect(t.writer, &TargetWriter::stopped, this, &SyncRun::onWriterStopped);
            connect(t.writer, &TargetWriter::recordsDone, this, [this](int) { emitProgress(); });
        }
        m_writer = m_targets.empty() ? nullptr : m_targets.front().writer;
    }
    if (m_byProgram) {
        m_lookups = new LookupRunner(m_client, m_builder.get(), m_project, m_program.lookups(), this);
        connect(m_lookups, &LookupRunner::failed, this, [this](const QString &message, bool mayPass) {
            if (m_finished || !m_lookupFailure.isEmpty())
                return;
            m_lookupFailure = message;
            m_lookupMayPass = mayPass;
            stopWriters(); // onWriterStopped finishes the run
        });
    }
    for (const Target &t : m_targets)
        m_encoders.push_back(std::make_unique<RecordEncoder>(t.scope));
    m_keepOutputs = m_options.dryRun || !m_writer || m_writer->needsRecordValues();
    for (const Target &t : m_targets)
        if (t.writer && t.writer->needsRecordValues())
            m_keepOutputs = true;
    feed();
}

void SyncRun::onSourceFailed(const QString &message, int attempts, int retries, bool mayPass)
{
    // The failing page's requests count too: a source that failed after four tries made four.
    m_counts.requests += attempts;
    m_counts.retries += retries;
    m_sourceFailed = true;
    m_sourceFailure = message;
    m_sourceMayPass = mayPass;
    feed(); // finishes once the pages being written are committed
}

void SyncRun::onPage(SourcePage *raw)
{
    std::unique_ptr<SourcePage> page(raw);
    if (m_finished || m_cancelled)
        return;
    m_counts.requests += page->attempts;
    m_counts.retries += page->retries;
    m_counts.waitMs += page->rateLimitWaitMs;
    if (!page->warning.isEmpty())
        m_warning = page->warning;
    // A page of very many records goes on in slices: what is mapped and waiting to be written
    // stays a slice's worth, however large the page (the slices share the page's bytes).
    const size_t count = size_t(page->count);
    for (size_t begin = 0; count > MaxRecordsPerSlice && begin + MaxRecordsPerSlice < count; begin += MaxRecordsPerSlice) {
        auto slice = std::make_unique<SourcePage>();
        slice->number = page->number;
        slice->body = page->body;
        slice->recordsPath = page->recordsPath;
        slice->count = qint64(MaxRecordsPerSlice);
        slice->position = page->position;
        slice->sliceBegin = begin;
        slice->sliceEnd = begin + MaxRecordsPerSlice;
        slice->moreSlices = true;
        m_prefetched.push_back(std::move(slice));
        page->sliceBegin = begin + MaxRecordsPerSlice;
    }
    page->count = qint64(count - page->sliceBegin);
    m_prefetched.push_back(std::move(page));
    feed();
}

QString SyncRun::watermarkOf(const Json &record) const
{
    const Json *v = jsonAt(record, m_sourceNode->watermarkField);
    if (!v)
        return {};
    if (v->is_string())
        return toQString(v->get<std::string>());
    if (v->is_number())
        return toQString(v->dump());
    return {};
}

void SyncRun::startWork(PageWork &work, const SourcePage &page)
{
    work.number = page.number;
    work.nextPosition = page.nextPosition;
    work.last = page.last;
    work.cut = page.cut;
    work.moreSlices = page.moreSlices;
    work.read = page.count;
    work.sourceBody = page.body;
    work.recordsPath = page.recordsPath;
    work.inbox = page.inbox;
}

Json SyncRun::sourceForAudit() const
{
    if (m_webhook)
        return Json{{"webhook", QStringLiteral("/hooks/%1/%2").arg(m_project.id, m_integration->id).toStdString()}};
    return Json{{"connection", m_sourceEndpoint->connection.toStdString()}, {"endpoint", m_sourceEndpoint->id.toStdString()}};
}

std::unique_ptr<SyncRun::InFlight> SyncRun::mapPage(std::unique_ptr<SourcePage> page) const
{
    if (m_byProgram)
        return mapPageByProgram(std::move(page));
    auto flight = std::make_unique<InFlight>();
    PageWork &work = flight->work;
    startWork(work, *page);
    const FormulaEnvironment &env = m_pipeline.environment();
    RecordEncoder encoder(m_integration->id);
    work.records.reserve(size_t(page->count));
    // Each record is built, mapped and freed here, on the thread that maps: the event loop's
    // thread neither builds nor frees the records it reads.
    auto map = [&](size_t index, Json &&record) {
        if (m_incremental) {
            const QString w = watermarkOf(record);
            if (!w.isEmpty() && (work.maxWatermark.isEmpty() || compareWatermarks(w, work.maxWatermark) > 0))
                work.maxWatermark = w;
        }
        RecordPipeline::Outcome o = m_pipeline.process(record, env, RecordPipeline::Detail::Errors);
        if (m_drift.active())
            m_drift.check(record, o.key, flight->drifts);
        switch (o.status) {
        case RecordPipeline::Outcome::Status::FilteredOut:
            ++flight->filtered;
            return true;
        case RecordPipeline::Outcome::Status::Failed: {
            ++flight->failed;
            const QString message = o.errors().join(QStringLiteral("; "));
            if (flight->recordErrors.size() < 20)
                flight->recordErrors.append(tr("record %1: %2").arg(o.key.isEmpty() ? QStringLiteral("?") : o.key, message));
            DeadLetter d;
            d.recordKey = o.key;
            d.record = o.output;
            d.sourceRecord = std::move(record);
            d.error = tr("could not be mapped: %1").arg(message);
            flight->mappingDeadLetters.append(std::move(d));
            return true;
        }
        case RecordPipeline::Outcome::Status::Mapped:
            break;
        }
        OutgoingRecord r;
        r.body = encoder.body(o.output);
        r.contentHash = encoder.contentHash(r.body);
        r.key = o.key.isEmpty() ? QString::fromLatin1(r.contentHash) : o.key;
        r.idempotencyKey = encoder.idempotencyKey(r.key, r.contentHash);
        // The mapped value is kept only where it is read again (requests built per record, dry
        // runs); else it dies here, on the thread that made it, and a dead letter reads the body.
        if (m_keepOutputs)
            r.output = std::move(o.output);
        r.sourceIndex = index;
        work.records.push_back(std::move(r));
        return true;
    };
    QString error;
    if (!fastjson::forEachItem(page->body, page->recordsPath, map, &error, page->sliceBegin, page->sliceEnd))
        flight->pageError = tr("Page %1 of the source could not be read again for mapping: %2").arg(m_pagesBefore + page->number).arg(error);
    return flight;
}

void SyncRun::place(InFlight &flight, FlowProgram::Outcome &&o, const QString &key, size_t sourceIndex,
                    std::vector<std::unique_ptr<RecordEncoder>> &encoders) const
{
    using Kind = FlowProgram::Outcome::Kind;
    switch (o.kind) {
    case Kind::FilteredOut:
    case Kind::Unrouted: // the tally says where
        ++flight.filtered;
        return;
    case Kind::AtLookup:
        flight.atLookups.push_back(AtLookup{o.index, std::move(o.value), key, sourceIndex});
        return;
    case Kind::Failed: {
        ++flight.failed;
        const Node *n = m_integration->node(o.nodeId);
        const QString where = n && !n->name.isEmpty() ? n->name : o.nodeId;
        if (flight.recordErrors.size() < 20)
            flight.recordErrors.append(tr("record %1: %2: %3").arg(key.isEmpty() ? QStringLiteral("?") : key, where, o.error));
        DeadLetter d;
        d.recordKey = key;
        d.record = std::move(o.value);
        d.error = tr("stopped at “%1”: %2").arg(where, o.error);
        if (std::vector<Json> source = fastjson::itemsAt(flight.work.sourceBody, flight.work.recordsPath, {sourceIndex});
            !source.empty())
            d.sourceRecord = std::move(source.front());
        flight.mappingDeadLetters.append(std::move(d));
        flight.deadLetterSources.push_back(sourceIndex);
        return;
    }
    case Kind::AtTarget: {
        RecordEncoder &encoder = *encoders[size_t(o.index)];
        const QStringList &inPath = m_program.targets()[size_t(o.index)].pathFields;
        OutgoingRecord r;
        r.body = encoder.body(o.value);
        r.contentHash = encoder.contentHash(r.body); // of all of it: another address is another content
        if (!inPath.isEmpty())
            r.body = encoder.bodyWithout(o.value, inPath);
        r.key = key.isEmpty() ? QString::fromLatin1(r.contentHash) : key;
        r.idempotencyKey = encoder.idempotencyKey(r.key, r.contentHash);
        if (m_keepOutputs)
            r.output = std::move(o.value);
        r.sourceIndex = sourceIndex;
        flight.target(size_t(o.index)).records.push_back(std::move(r));
        return;
    }
    }
}

std::unique_ptr<SyncRun::InFlight> SyncRun::mapPageByProgram(std::unique_ptr<SourcePage> page) const
{
    auto flight = std::make_unique<InFlight>();
    PageWork &work = flight->work;
    startWork(work, *page);
    for (size_t t = 1; t < m_targets.size(); ++t)
        flight->moreTargets.push_back(std::make_unique<PageWork>());
    std::vector<std::unique_ptr<RecordEncoder>> encoders;
    for (const Target &t : m_targets)
        encoders.push_back(std::make_unique<RecordEncoder>(t.scope));
    RecordEncoder sourceEncoder(processedScope(*m_integration));
    flight->sources.reserve(size_t(page->count));
    flight->sourceIndexes.reserve(size_t(page->count));
    std::vector<FlowProgram::Outcome> outcomes;
    auto map = [&](size_t index, Json &&record) {
        if (m_incremental) {
            const QString w = watermarkOf(record);
            if (!w.isEmpty() && (work.maxWatermark.isEmpty() || compareWatermarks(w, work.maxWatermark) > 0))
                work.maxWatermark = w;
        }
        Result<QString> key = m_program.key(record);
        if (!key) {
            ++flight->failed;
            if (flight->recordErrors.size() < 20)
                flight->recordErrors.append(tr("record ?: %1").arg(key.error().message));
            DeadLetter d;
            d.error = tr("could not be mapped: %1").arg(key.error().message);
            d.sourceRecord = std::move(record);
            flight->mappingDeadLetters.append(std::move(d));
            flight->deadLetterSources.push_back(index);
            return true;
        }
        if (m_drift.active())
            m_drift.check(record, *key, flight->drifts);
        {
            const QByteArray hash = sourceEncoder.contentHash(sourceEncoder.body(record));
            flight->sources.push_back(DeliveredKey{key->isEmpty() ? QString::fromLatin1(hash) : *key, hash});
            flight->sourceIndexes.push_back(index);
        }
        outcomes.clear();
        m_program.start(std::move(record), &outcomes, &flight->tally);
        for (FlowProgram::Outcome &o : outcomes)
            place(*flight, std::move(o), *key, index, encoders);
        return true;
    };
    QString error;
    if (!fastjson::forEachItem(page->body, page->recordsPath, map, &error, page->sliceBegin, page->sliceEnd))
        flight->pageError = tr("Page %1 of the source could not be read again for mapping: %2").arg(m_pagesBefore + page->number).arg(error);
    return flight;
}

void SyncRun::processPage(std::unique_ptr<SourcePage> page)
{
    m_mapping = true;
    // The page goes to the worker and comes back through the event loop.
    auto *raw = page.release();
    m_worker.start([this, raw] {
#ifdef Q_OS_LINUX
        // Mapping yields to the event loop's thread (and to the servers on this machine): it
        // runs a page ahead, so it can wait; requests in flight cannot.
        static thread_local const bool yielding = setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 5) == 0;
        Q_UNUSED(yielding);
#endif
        std::unique_ptr<InFlight> mapped = mapPage(std::unique_ptr<SourcePage>(raw));
        auto *result = mapped.release();
        QMetaObject::invokeMethod(this, [this, result] {
            m_mapping = false;
            acceptPage(std::unique_ptr<InFlight>(result));
        }, Qt::QueuedConnection);
    });
}

void SyncRun::acceptPage(std::unique_ptr<InFlight> flight)
{
    if (m_finished || m_cancelled || m_stopPolicyHit || m_paused) {
        feed();
        return;
    }
    PageWork &work = flight->work;
    if (!flight->pageError.isEmpty()) {
        fail(flight->pageError);
        return;
    }
    if (!flight->drifts.empty() && pausesForDrift(*flight)) {
        // Nothing of this page is written; the pages before it finish, and the checkpoint
        // stays before it: the next run reads it again.
        m_paused = true;
        if (m_reader)
            m_reader->cancel();
        m_prefetched.clear();
        feed();
        return;
    }
    m_counts.read += work.read;
    if (m_byProgram) {
        // Records read before with the same content that went all their ways then are done;
        // the others' lookups go out now, and their records go to the targets when every
        // answer is in.
        if (!m_options.dryRun && m_mayHaveProcessed && !skipProcessed(flight.get()))
            return;
        InFlight *raw = flight.get();
        m_pages.push_back(std::move(flight));
        sendLookups(raw);
        feed();
        return;
    }
    m_counts.filtered += flight->filtered;
    m_counts.failed += flight->failed;
    for (const QString &e : std::as_const(flight->recordErrors))
        if (m_recordErrors.size() < 20)
            m_recordErrors.append(e);

    if (!m_options.dryRun && m_mayHaveDelivered && !skipDelivered(work, m_integration->id, &m_counts.skipped))
        return;

    if (m_options.dryRun) {
        for (OutgoingRecord &r : work.records)
            if (int(m_samples.size()) < m_options.dryRunSamples)
                m_samples.push_back(r.output);
        m_counts.pages += 1;
        emitProgress();
        feed();
        return;
    }
    PageWork *raw = &flight->work;
    m_pages.push_back(std::move(flight));
    m_writer->write(raw); // may report the page done at once (nothing to send)
    feed();
}

bool SyncRun::pausesForDrift(const InFlight &page)
{
    QStringList breaking;
    for (const SchemaDrift &d : page.drifts) {
        if (d.breaking)
            breaking << d.inWords();
        if (std::any_of(m_driftsSeen.cbegin(), m_driftsSeen.cend(), [&](const SchemaDrift &s) { return s.sameAs(d); }))
            continue;
        m_driftsSeen.push_back(d);
        const qint64 pageNumber = m_pagesBefore + page.work.number;
        const QString text = d.breaking ? tr("Schema drift on page %1 of this run: %2 — the integration reads this field.").arg(pageNumber).arg(d.inWords())
                                        : tr("Schema drift on page %1 of this run: %2.").arg(pageNumber).arg(d.inWords());
        Q_EMIT eventLogged(d.breaking ? QStringLiteral("warning") : QStringLiteral("info"), text);
        if (m_runId > 0)
            (void)m_runs.addEvent(m_runId, d.breaking ? QStringLiteral("warning") : QStringLiteral("info"), text,
                                  Json{{"drift", d.toJson()}, {"page", pageNumber}});
    }
    if (breaking.isEmpty() || m_integration->onSchemaChange != SchemaChangePolicy::Pause || m_options.dryRun)
        return false;
    m_pauseMessage = tr("Paused before writing page %1 of this run: the source's records no longer match what the integration reads — %2. "
                        "Nothing of that page was written; the checkpoint is kept. Accept the new schema and fix the "
                        "mapping, then run again: it goes on from there.")
                         .arg(m_pagesBefore + page.work.number)
                         .arg(breaking.join(QStringLiteral("; ")));
    return true;
}

void SyncRun::noteTargetDrift(const SchemaDrift &drift, qint64 page)
{
    if (std::none_of(m_driftsSeen.cbegin(), m_driftsSeen.cend(), [&](const SchemaDrift &s) { return s.sameAs(drift); })) {
        m_driftsSeen.push_back(drift);
        const QString text = tr("Schema drift on page %1 of this run: %2.").arg(page).arg(drift.inWords());
        Q_EMIT eventLogged(QStringLiteral("warning"), text);
        if (m_runId > 0)
            (void)m_runs.addEvent(m_runId, QStringLiteral("warning"), text, Json{{"drift", drift.toJson()}, {"page", page}});
    }
    if (m_integration->onSchemaChange != SchemaChangePolicy::Pause || m_targetDriftPause)
        return;
    m_targetDriftPause = true;
    m_stopPolicyHit = true; // no more records go out; what is in flight comes back first
    m_pauseMessage = tr("Paused: %1. Nothing more was sent; the refused record is among the dead letters, and what "
                        "the target took before is committed. Map the field in the integration, then run again and "
                        "retry the dead letter.")
                         .arg(drift.inWords());
}

bool SyncRun::skipDelivered(PageWork &work, const QString &scope, qint64 *skipped)
{
    // Skip what was delivered before with the same content.
    if (work.records.empty())
        return true;
    QStringList keys;
    keys.reserve(qsizetype(work.records.size()));
    for (const OutgoingRecord &r : work.records)
        keys.append(r.key);
    Result<QHash<QString, QByteArray>> delivered = m_runs.deliveredHashes(m_project.id, scope, keys);
    if (!delivered) {
        fail(delivered.error().message);
        return false;
    }
    if (!delivered->isEmpty()) {
        std::vector<OutgoingRecord> fresh;
        fresh.reserve(work.records.size());
        for (OutgoingRecord &r : work.records) {
            const auto it = delivered->constFind(r.key);
            if (it != delivered->cend() && *it == r.contentHash)
                ++*skipped;
            else
                fresh.push_back(std::move(r));
        }
        work.records = std::move(fresh);
    }
    return true;
}

void SyncRun::sendLookups(InFlight *flight)
{
    std::vector<AtLookup> pending = std::move(flight->atLookups);
    flight->atLookups.clear();
    flight->lookupsPending += qint64(pending.size());
    for (AtLookup &a : pending) {
        if (m_finished || m_cancelled)
            return;
        auto at = std::make_shared<AtLookup>(std::move(a));
        m_lookups->lookUp(at->lookup, at->record, [this, flight, at](Result<Json> answer) {
            if (m_finished || m_cancelled)
                return;
            --flight->lookupsPending;
            const FlowProgram::LookupStep &step = m_program.lookups()[size_t(at->lookup)];
            std::vector<FlowProgram::Outcome> outcomes;
            Result<void> added = answer ? m_program.addAnswer(at->lookup, at->record, std::move(*answer))
                                        : Result<void>(answer.error());
            if (!added) {
                FlowProgram::Outcome o;
                o.kind = FlowProgram::Outcome::Kind::Failed;
                o.nodeId = step.nodeId;
                o.error = added.error().message;
                o.value = std::move(at->record);
                outcomes.push_back(std::move(o));
            } else {
                m_program.resume(at->lookup, std::move(at->record), &outcomes, &flight->tally);
            }
            for (FlowProgram::Outcome &o : outcomes)
                place(*flight, std::move(o), at->key, at->sourceIndex, m_encoders);
            if (!flight->atLookups.empty())
                sendLookups(flight); // it goes on to another lookup
            else if (flight->lookupsPending == 0)
                writeReadyPages();
        });
    }
    if (!m_finished && !m_cancelled && flight->lookupsPending == 0 && flight->atLookups.empty())
        writeReadyPages();
}

bool SyncRun::skipProcessed(InFlight *flight)
{
    if (flight->sources.empty())
        return true;
    QStringList keys;
    keys.reserve(qsizetype(flight->sources.size()));
    for (const DeliveredKey &k : flight->sources)
        keys.append(k.key);
    Result<QHash<QString, QByteArray>> done = m_runs.deliveredHashes(m_project.id, processedScope(*m_integration), keys);
    if (!done) {
        fail(done.error().message);
        return false;
    }
    if (done->isEmpty())
        return true;
    std::unordered_set<size_t> skip;
    for (size_t i = 0; i < flight->sources.size(); ++i) {
        const auto it = done->constFind(flight->sources[i].key);
        if (it != done->cend() && *it == flight->sources[i].contentHash)
            skip.insert(flight->sourceIndexes[i]);
    }
    if (skip.empty())
        return true;
    const auto skipped = [&](size_t index) { return skip.count(index) > 0; };
    // counted once each, and only those that were on their way somewhere (not left out)
    std::unordered_set<size_t> onTheirWay;
    for (const AtLookup &a : flight->atLookups)
        if (skipped(a.sourceIndex))
            onTheirWay.insert(a.sourceIndex);
    for (size_t t = 0; t < flight->targetCount(); ++t)
        for (const OutgoingRecord &r : flight->target(t).records)
            if (skipped(r.sourceIndex))
                onTheirWay.insert(r.sourceIndex);
    m_skippedProcessed += qint64(onTheirWay.size());
    std::erase_if(flight->atLookups, [&](const AtLookup &a) { return skipped(a.sourceIndex); });
    for (size_t t = 0; t < flight->targetCount(); ++t)
        std::erase_if(flight->target(t).records, [&](const OutgoingRecord &r) { return skipped(r.sourceIndex); });
    QList<DeadLetter> letters;
    std::vector<size_t> letterSources;
    for (qsizetype i = 0; i < flight->mappingDeadLetters.size(); ++i) {
        if (skipped(flight->deadLetterSources[size_t(i)])) {
            --flight->failed; // it is among the dead letters already
            continue;
        }
        letters.append(std::move(flight->mappingDeadLetters[i]));
        letterSources.push_back(flight->deadLetterSources[size_t(i)]);
    }
    flight->mappingDeadLetters = std::move(letters);
    flight->deadLetterSources = std::move(letterSources);
    return true;
}

void SyncRun::writeReadyPages()
{
    // In source order: a page whose lookups came back first waits for the pages before it, so
    // that two records for the same address (an update of one contact) go in the order read.
    // Writing may commit pages and remove them from the front: look from the front each time.
    while (!m_finished && !m_cancelled) {
        const auto next = std::find_if(m_pages.begin(), m_pages.end(), [](const auto &p) { return !p->written; });
        if (next == m_pages.end() || (*next)->lookupsPending > 0 || !(*next)->atLookups.empty())
            return;
        writePage(next->get());
    }
}

void SyncRun::writePage(InFlight *flight)
{
    flight->written = true;
    m_counts.filtered += flight->filtered;
    m_counts.failed += flight->failed;
    for (const QString &e : std::as_const(flight->recordErrors))
        if (m_recordErrors.size() < 20)
            m_recordErrors.append(e);
    m_tally.add(flight->tally);
    for (size_t t = 0; t < m_targets.size(); ++t) {
        PageWork &work = flight->target(t);
        if (!m_options.dryRun && m_targets[t].mayHaveDelivered &&
            !skipDelivered(work, m_targets[t].scope, &m_targets[t].skipped))
            return;
    }
    m_counts.skipped = m_skippedProcessed; // records done before, and the targets' together
    for (const Target &t : m_targets)
        m_counts.skipped += t.skipped;
    m_inWritePage = true;
    for (size_t t = 0; t < flight->targetCount(); ++t) {
        PageWork &work = flight->target(t);
        if (m_options.dryRun || !m_targets[t].writer) {
            for (OutgoingRecord &r : work.records)
                if (int(m_samples.size()) < m_options.dryRunSamples)
                    m_samples.push_back(r.output);
            work.records.clear();
            work.done = true;
            continue;
        }
        m_targets[t].writer->write(&work); // may report it done at once
    }
    m_inWritePage = false;
    onPageDone(nullptr);
}

bool SyncRun::isComplete(const InFlight &flight) const
{
    if (!m_byProgram)
        return flight.work.done && !flight.work.failed;
    if (!flight.written || flight.lookupsPending > 0)
        return false;
    for (size_t t = 0; t < flight.targetCount(); ++t) {
        const PageWork &w = flight.target(t);
        if (!w.done || w.failed)
            return false;
    }
    return true;
}

void SyncRun::feed()
{
    // Keep two pages in the writer and one read ahead: the target is never idle while the
    // next page is read and mapped.
    constexpr size_t MaxPagesInFlight = 2;
    constexpr size_t MaxPagesAhead = 2;
    if (m_paused) {
        if (!m_finished && m_pages.empty() && !m_mapping)
            finish(RunStatus::Paused, m_pauseMessage);
        return;
    }
    if (!m_finished && !m_cancelled && !m_stopPolicyHit && !m_prefetched.empty() && !m_mapping &&
        m_pages.size() < MaxPagesInFlight) {
        std::unique_ptr<SourcePage> next = std::move(m_prefetched.front());
        m_prefetched.pop_front();
        processPage(std::move(next));
    }
    if (m_finished || m_cancelled || m_stopPolicyHit)
        return;
    while (!m_sourceFailed && m_reader->canFetch() &&
           m_prefetched.size() + size_t(m_reader->inFlight()) < MaxPagesAhead)
        m_reader->fetchNext();
    if (!m_pages.empty() || !m_prefetched.empty() || m_mapping || m_reader->busy())
        return;
    if (m_sourceFailed) {
        m_failureMayPass = m_sourceMayPass;
        fail(tr("Reading the source failed: %1 The checkpoint is kept; the next run resumes from there.").arg(m_sourceFailure));
        return;
    }
    if (m_reader->atEnd()) {
        const bool problems = m_counts.dead > 0 || m_counts.failed > 0 || !m_warning.isEmpty();
        QStringList message;
        if (!m_warning.isEmpty())
            message.append(m_warning);
        if (const QString note = readNothingNote(); !note.isEmpty())
            message.append(note);
        finish(problems ? RunStatus::Partial : RunStatus::Succeeded, message.join(u' '));
    }
}

QString SyncRun::readNothingNote()
{
    if (m_counts.read > 0 || m_runId <= 0)
        return {};
    Result<QList<RunRecord>> earlier = m_runs.runs(10, m_project.id, m_integration->id);
    if (!earlier)
        return {};
    for (const RunRecord &r : *earlier) {
        if (r.id == m_runId || r.dryRun || (r.status != RunStatus::Succeeded && r.status != RunStatus::Partial))
            continue;
        if (r.counts.read == 0)
            return {};
        if (m_incremental && !m_committedWatermark.isEmpty())
            return tr("Read nothing: no record changed since %1 (run %2 read %3).")
                .arg(m_committedWatermark)
                .arg(r.id)
                .arg(r.counts.read);
        return tr("Read nothing, though run %1 read %2 records. If records are expected, send the source "
                  "endpoint in the request console and look at what it answers.")
            .arg(r.id)
            .arg(r.counts.read);
    }
    return {};
}

bool SyncRun::commit(InFlight &flight, bool complete)
{
    PageWork &work = flight.work;
    RunStore::PageCommit c;
    c.runId = m_runId;
    c.projectId = m_project.id;
    c.integrationId = m_integration->id;
    c.deadLetters = flight.mappingDeadLetters;
    flight.mappingDeadLetters.clear(); // committed once, even if the page is committed again
    qint64 written = 0;
    Json audits = Json::array();
    for (size_t t = 0; t < flight.targetCount(); ++t) {
        PageWork &tw = flight.target(t);
        Target &target = m_targets[t];
        QList<DeliveredKey> elsewhere;
        QList<DeliveredKey> &delivered = t == 0 ? c.delivered : elsewhere;
        QString firstKey;
        QString lastKey;
        qint64 toTarget = 0;
        // Rejected records go to the dead letters with the source record they came from, built
        // again from the page (all of a page's at once).
        std::vector<size_t> rejected;
        for (const OutgoingRecord &r : tw.records)
            if (r.state == OutgoingRecord::State::Rejected)
                rejected.push_back(r.sourceIndex);
        std::vector<Json> rejectedSources =
            rejected.empty() ? std::vector<Json>() : fastjson::itemsAt(work.sourceBody, work.recordsPath, rejected);
        size_t nextRejected = 0;
        for (OutgoingRecord &r : tw.records) {
            if (r.state == OutgoingRecord::State::Acknowledged) {
                delivered.append(DeliveredKey{r.key, r.contentHash});
                if (firstKey.isEmpty())
                    firstKey = r.key;
                lastKey = r.key;
                ++toTarget;
                r.state = OutgoingRecord::State::Pending; // not again
                r.status = -1;
            } else if (r.state == OutgoingRecord::State::Rejected) {
                DeadLetter d;
                d.recordKey = r.key;
                d.record = r.output.is_null() ? fastjson::parse(r.body).value_or(Json()) : r.output;
                if (nextRejected < rejectedSources.size())
                    d.sourceRecord = std::move(rejectedSources[nextRejected++]);
                d.statusCode = r.status;
                d.error = r.error;
                if (m_byProgram && target.node)
                    d.targetNode = target.node->id;
                c.deadLetters.append(std::move(d));
                if (m_recordErrors.size() < 20)
                    m_recordErrors.append(tr("record %1: %2").arg(r.key, r.error));
                ++m_counts.dead;
                ++target.dead;
                if (m_integration->onRecordError == RecordErrorPolicy::Stop)
                    m_stopPolicyHit = true;
                if (m_integration->onSchemaChange != SchemaChangePolicy::Ignore)
                    if (std::optional<SchemaDrift> drift = targetDrift(*m_integration, target.node ? target.node->id : QString(), r.error, r.key))
                        noteTargetDrift(*drift, m_pagesBefore + work.number);
                r.state = OutgoingRecord::State::Pending;
                r.status = -1;
            }
        }
        if (t > 0 && !elsewhere.isEmpty())
            c.deliveredElsewhere.append({target.scope, std::move(elsewhere)});
        target.written += toTarget;
        written += toTarget;
        if (toTarget > 0 && target.endpoint) {
            Json audit{{"run", m_runId},
                       {"from", sourceForAudit()},
                       {"to", {{"connection", target.endpoint->connection.toStdString()}, {"endpoint", target.endpoint->id.toStdString()}}},
                       {"page", work.number},
                       {"count", toTarget},
                       {"firstKey", firstKey.toStdString()},
                       {"lastKey", lastKey.toStdString()}};
            if (m_byProgram && target.node)
                audit["to"]["node"] = target.node->id.toStdString();
            audits.push_back(std::move(audit));
        }
    }
    m_counts.written += written;
    if (complete) {
        if (m_incremental && !work.maxWatermark.isEmpty() &&
            (m_maxWatermark.isEmpty() || compareWatermarks(work.maxWatermark, m_maxWatermark) > 0))
            m_maxWatermark = work.maxWatermark;
        // A slice of a large page that is not its last: its deliveries are in, the checkpoint
        // waits for the page's last slice.
        if (!work.moreSlices) {
            m_counts.pages += 1;
            if (work.cut)
                m_passCut = true;
            // The watermark itself moves in finish(), once the whole pass is read.
            c.checkpoint = checkpointState(!work.last || work.cut, work.nextPosition);
            c.inbox = work.inbox;
        }
    }
    if (complete && m_byProgram && !flight.sources.empty()) {
        // Every record of the page went all its ways: read again unchanged, it is done.
        QList<DeliveredKey> processed(flight.sources.begin(), flight.sources.end());
        c.deliveredElsewhere.append({processedScope(*m_integration), std::move(processed)});
        flight.sources.clear();
    }
    c.counts = totalCounts();
    if (audits.size() == 1)
        c.audit = std::move(audits[0]);
    else if (!audits.empty())
        c.audit = std::move(audits);
    QString pageEvent;
    if (complete && !work.moreSlices) {
        pageEvent = tr("Page %1: %2 read, %3 written, %4 dead letters.")
                        .arg(m_pagesBefore + work.number)
                        .arg(work.read)
                        .arg(written)
                        .arg(c.deadLetters.size());
        if (m_runId > 0)
            c.events.append({QStringLiteral("info"), pageEvent}); // in the page's transaction
    }
    m_unsavedRecords += c.delivered.size() + c.deadLetters.size();
    for (const auto &[scope, keys] : c.deliveredElsewhere)
        m_unsavedRecords += keys.size();
    m_unsaved.push_back(std::move(c));
    if (!pageEvent.isEmpty())
        m_unsavedEvents.append(pageEvent);
    // Group commit: finished pages wait up to SaveEveryMs for the ones after them and go in one
    // transaction together (a page of random keys dirties most leaves of the delivered keys'
    // tree: written a page at a time, the WAL took 150 frames a page). Atomic as before — a
    // page is in with its checkpoint, keys, dead letters and counts, or not at all — and a
    // kill loses at most the last SaveEveryMs of acknowledgements, sent again on resume under
    // their idempotency keys.
    saveWhenDue();
    return true;
}

void SyncRun::saveWhenDue()
{
    if (m_unsavedRecords >= SaveAtRecords)
        saveInBackground();
    else if (!m_saveTimer.isActive())
        m_saveTimer.start(SaveEveryMs, this);
}

void SyncRun::saveInBackground()
{
    m_saveTimer.stop();
    if (m_unsaved.empty() || m_saving) // one at a time: onSaved hands over what came meanwhile
        return;
    auto job = std::make_shared<SaveJob>();
    job->pages = std::exchange(m_unsaved, {});
    job->events = std::exchange(m_unsavedEvents, {});
    m_unsavedRecords = 0;
    m_saving = job;
    // The transaction runs on a thread of its own (and its own connection), while this one
    // reads and sends the pages after it.
    m_saver.start([this, job] {
        job->result = m_saverRuns.commitPages(job->pages);
        job->pages.clear();
        QMetaObject::invokeMethod(this, [this, job] { onSaved(job); }, Qt::QueuedConnection);
    });
}

void SyncRun::onSaved(const std::shared_ptr<SaveJob> &job)
{
    if (job->handled)
        return; // saveNow() took it
    job->handled = true;
    if (m_saving == job)
        m_saving.reset();
    if (!job->result) {
        if (!m_finished)
            fail(job->result.error().message);
        return;
    }
    for (const QString &e : job->events)
        Q_EMIT eventLogged(QStringLiteral("info"), e);
    if (!m_finished && !m_unsaved.empty())
        saveWhenDue();
}

Result<void> SyncRun::saveNow()
{
    m_saveTimer.stop();
    m_saver.waitForDone();
    if (std::shared_ptr<SaveJob> job = std::exchange(m_saving, nullptr); job && !job->handled) {
        job->handled = true;
        if (!job->result) { // what came after it is not committed either
            m_unsaved.clear();
            m_unsavedEvents.clear();
            m_unsavedRecords = 0;
            return job->result;
        }
        for (const QString &e : job->events)
            Q_EMIT eventLogged(QStringLiteral("info"), e);
    }
    if (m_unsaved.empty())
        return {};
    Result<void> r = m_runs.commitPages(m_unsaved);
    m_unsaved.clear();
    m_unsavedRecords = 0;
    const QStringList events = std::exchange(m_unsavedEvents, {});
    if (!r)
        return r;
    for (const QString &e : events)
        Q_EMIT eventLogged(QStringLiteral("info"), e);
    return {};
}

void SyncRun::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_resumeTimer.timerId())
        resumeNow();
    else if (event->timerId() == m_saveTimer.timerId())
        saveInBackground();
    else
        QObject::timerEvent(event);
}

void SyncRun::onPageDone(PageWork *)
{
    if (m_finished || m_inWritePage)
        return;
    // Commit in source order: a page's checkpoint only once every page before it is in.
    while (!m_pages.empty() && isComplete(*m_pages.front())) {
        std::unique_ptr<InFlight> page = std::move(m_pages.front());
        m_pages.pop_front();
        if (m_options.dryRun) { // nothing is kept of a dry run
            if (!page->work.moreSlices)
                m_counts.pages += 1;
            continue;
        }
        if (!commit(*page, true))
            return;
    }
    emitProgress();
    if (m_stopPolicyHit && !m_cancelled) {
        stopWriters(); // onWriterStopped finishes the run
        return;
    }
    feed();
}

void SyncRun::stopWriters()
{
    if (m_lookups)
        m_lookups->cancel();
    bool any = false;
    for (Target &t : m_targets) {
        if (t.writer && !t.stopped) {
            any = true;
            if (m_cancelled)
                t.writer->cancel();
            else
                t.writer->stop();
        }
    }
    if (!any)
        onWriterStopped();
}

void SyncRun::onWriterStopped()
{
    if (m_finished)
        return;
    // With several targets, one that stops (failing, or at the stop policy) stops the others;
    // the run ends when all of them are still.
    for (Target &t : m_targets)
        if (t.writer && t.writer == sender())
            t.stopped = true;
    for (Target &t : m_targets) {
        if (t.writer && !t.stopped) {
            if (m_lookups)
                m_lookups->cancel();
            if (m_cancelled)
                t.writer->cancel();
            else
                t.writer->stop();
            return; // its stopped() comes back here
        }
    }
    // Whatever is left in the writer did not complete: keep what was acknowledged or rejected,
    // leave the checkpoint where it is.
    QString targetError;
    bool targetMayPass = false;
    for (const std::unique_ptr<InFlight> &page : m_pages) {
        for (size_t t = 0; t < page->targetCount(); ++t)
            for (const OutgoingRecord &r : page->target(t).records)
                if (r.state == OutgoingRecord::State::Failed && targetError.isEmpty()) {
                    targetError = r.error;
                    targetMayPass = r.mayPass;
                }
        // Its checkpoint stays: an attempt that goes on reads, filters and maps it again.
        m_readAgain.read += page->work.read;
        if (!m_byProgram || page->written) {
            m_readAgain.filtered += page->filtered;
            m_readAgain.failed += page->failed;
            m_tallyAgain.add(page->tally);
        }
        if (!m_options.dryRun && !commit(*page, false))
            return;
    }
    m_pages.clear();
    m_failureMayPass = !m_lookupFailure.isEmpty() ? m_lookupMayPass : targetMayPass;
    if (m_cancelled)
        finish(RunStatus::Cancelled, tr("Cancelled; what the target acknowledged is committed."));
    else if (!m_lookupFailure.isEmpty())
        finish(RunStatus::Failed, tr("%1 What the targets acknowledged is committed; the next run resumes from "
                                            "the last checkpoint.").arg(m_lookupFailure));
    else if (!targetError.isEmpty())
        finish(RunStatus::Failed, tr("Writing to the target failed: %1 What was acknowledged is committed; "
                                            "the next run resumes from the last checkpoint.").arg(targetError));
    else if (m_targetDriftPause)
        finish(RunStatus::Paused, m_pauseMessage);
    else if (m_stopPolicyHit)
        finish(RunStatus::Failed, tr("Stopped at a record the target refused, as the integration says "
                                            "(onRecordError: stop). It is among the dead letters."));
    else
        finish(RunStatus::Failed, tr("Writing stopped."));
}

void SyncRun::cancel()
{
    if (m_resuming) {
        if (m_next) {
            m_next->cancel();
        } else if (m_resumeTimer.isActive()) { // in the pause
            m_resumeTimer.stop();
            QTimer::singleShot(0, this, [this] { // finished() comes later, as for any cancel()
                m_resuming = false;
                report(RunStatus::Cancelled, tr("Cancelled while waiting to go on; what the target acknowledged is committed."),
                       m_pausedTotals, m_pausedNodes);
            });
        }
        return;
    }
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reader)
        m_reader->cancel();
    m_prefetched.clear();
    if (m_lookups)
        m_lookups->cancel();
    if (!m_pages.empty() && m_writer) {
        stopWriters(); // stopped() follows: what was acknowledged is committed
        return;
    }
    QTimer::singleShot(0, this, [this] {
        finish(RunStatus::Cancelled, tr("Cancelled; what the target acknowledged is committed."));
    });
}

void SyncRun::finish(RunStatus status_, const QString &message_)
{
    if (m_finished)
        return;
    m_finished = true;
    RunStatus status = status_;
    QString message = message_;
    if (Result<void> r = saveNow(); !r) { // the pages finished since the last group commit
        status = RunStatus::Failed;
        message = r.error().message;
        m_failureMayPass = false;
    }
    if (m_reader)
        m_reader->cancel();
    const RunCounts totals = totalCounts();
    const Json nodes = m_byProgram ? nodeCounts() : Json();
    if (status == RunStatus::Failed && m_failureMayPass && !m_cancelled && !m_options.dryRun && m_runId > 0 && m_options.resumes > 0)
        resumeLater(message, totals, nodes);
    else
        report(status, message, totals, nodes);
}

void SyncRun::resumeLater(const QString &message, const RunCounts &totals, const Json &nodes)
{
    m_resuming = true;
    // What the next attempt counts again is not counted twice.
    m_pausedTotals = totals;
    m_pausedTotals.read -= m_readAgain.read;
    m_pausedTotals.filtered -= m_readAgain.filtered;
    m_pausedTotals.failed -= m_readAgain.failed;
    m_pausedNodes = nodes;
    addCounts(m_pausedNodes, m_tallyAgain.toJson(), -1);
    const int seconds = std::max(1, (m_options.resumePauseMs + 999) / 1000);
    const int attempt = m_resumed + 1;
    const int attempts = m_resumed + m_options.resumes;
    // The same run goes on: its row stays `running`, with what happened among its events.
    log(QStringLiteral("warning"), message + u' ' +
            tr("This may pass: going on from the checkpoint in %n second(s) (%1 of %2).", nullptr, seconds)
                .arg(attempt)
                .arg(attempts));
    m_waiting = tr("the service failed; going on in %n second(s) (%1 of %2)", nullptr, seconds).arg(attempt).arg(attempts);
    SyncProgress p;
    p.counts = m_pausedTotals;
    p.pages = m_pausedTotals.pages;
    p.elapsedMs = m_clock.elapsed();
    p.waiting = m_waiting;
    p.resumeInMs = m_options.resumePauseMs;
    Q_EMIT progress(p);
    m_resumeTimer.start(m_options.resumePauseMs, this);
}

void SyncRun::resumeNow()
{
    m_resumeTimer.stop();
    SyncOptions options = m_options;
    options.resumes = m_options.resumes - 1;
    options.resumePauseMs = int(std::min<qint64>(qint64(m_options.resumePauseMs) * 2, 3600 * 1000));
    m_next = new SyncRun(m_project, m_integrationId, m_store, m_secrets, options, this);
    // as this run: its row, its lock (held through the pause), its counts so far
    m_next->m_runId = m_runId;
    m_next->m_lock = std::move(m_lock);
    m_next->m_counts = m_pausedTotals;
    m_next->m_pagesBefore = m_pausedTotals.pages;
    m_next->m_earlierNodes = m_pausedNodes;
    m_next->m_resumed = m_resumed + 1;
    m_next->m_recordErrors = m_recordErrors;
    connect(m_next, &SyncRun::eventLogged, this, &SyncRun::eventLogged);
    connect(m_next, &SyncRun::progress, this, [this](SyncProgress p) {
        p.elapsedMs = m_clock.elapsed();
        Q_EMIT progress(p);
    });
    connect(m_next, &SyncRun::finished, this, [this](SyncSummary s) {
        m_resuming = false;
        s.durationMs = m_clock.elapsed();
        Q_EMIT finished(s);
    });
    log(QStringLiteral("info"), tr("Going on from the checkpoint (%1 of %2).").arg(m_resumed + 1).arg(m_resumed + m_options.resumes));
    m_next->start();
}

void SyncRun::report(RunStatus status, const QString &message, const RunCounts &totals, const Json &nodes)
{
    if (m_runId > 0) {
        if ((status == RunStatus::Succeeded || status == RunStatus::Partial) && !m_passCut) {
            // The pass is complete: the next full run starts from the beginning again, the next
            // incremental one from the highest watermark seen — never past the pass's start:
            // what changed while it read is for the next one.
            if (m_incremental && !m_maxWatermark.isEmpty())
                m_committedWatermark =
                    compareWatermarks(m_maxWatermark, m_passStartedAt) > 0 ? m_passStartedAt : m_maxWatermark;
            RunStore::PageCommit done;
            done.runId = m_runId;
            done.projectId = m_project.id;
            done.integrationId = m_integration->id;
            done.checkpoint = checkpointState(false, Json());
            done.counts = totals;
            (void)m_runs.commitPage(done);
        }
        if (!message.isEmpty())
            (void)m_runs.addEvent(m_runId, status == RunStatus::Failed ? QStringLiteral("error") : QStringLiteral("info"), message);
        (void)m_runs.finishRun(m_runId, status, totals, message, nodes);
    }
    if (m_lock)
        m_lock->unlock();
    SyncSummary s;
    s.runId = m_runId;
    s.status = status;
    s.resumed = m_resumed;
    s.counts = totals;
    s.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    s.message = message;
    for (const SchemaDrift &d : m_driftsSeen)
        if (d.breaking)
            s.drifts.push_back(d);
    s.samples = std::move(m_samples);
    s.recordErrors = m_recordErrors;
    s.incremental = m_incremental;
    s.since = m_readSince;
    s.nodes = nodes;
    Q_EMIT finished(s);
}

RunCounts SyncRun::totalCounts() const
{
    RunCounts totals = m_counts;
    for (const Target &t : m_targets) {
        if (!t.writer)
            continue;
        totals.requests += t.writer->requests();
        totals.retries += t.writer->retries();
        totals.waitMs += t.writer->rateLimitWaitMs();
    }
    if (m_lookups) {
        totals.requests += m_lookups->requests();
        totals.retries += m_lookups->retries();
        totals.waitMs += m_lookups->rateLimitWaitMs();
    }
    return totals;
}

Json SyncRun::nodeCounts() const
{
    Json nodes = m_tally.toJson();
    if (m_lookups) {
        for (size_t l = 0; l < m_program.lookups().size(); ++l) {
            const LookupRunner::Counts &c = m_lookups->counts(int(l));
            Json &n = nodes[m_program.lookups()[l].nodeId.toStdString()];
            n["lookups"] = c.lookups;
            n["requests"] = c.requests;
            n["cacheHits"] = c.cacheHits;
            n["notFound"] = c.notFound;
            n["failed"] = c.failed;
        }
    }
    for (const Target &t : m_targets) {
        if (!t.node)
            continue;
        Json &n = nodes[t.node->id.toStdString()];
        n["written"] = t.written;
        n["dead"] = t.dead;
        n["skipped"] = t.skipped;
    }
    addCounts(nodes, m_earlierNodes); // of the attempts before this one (after a fault)
    return nodes;
}

QString SyncSummary::inWords() const
{
    QStringList out;
    const RunCounts &c = counts;
    const int failedRecords = int(c.dead + c.failed);
    if (status == RunStatus::Failed || status == RunStatus::Cancelled) {
        out << (status == RunStatus::Failed ? tr("The run failed.") : tr("The run was cancelled."));
        if (resumed > 0)
            out << tr("It had gone on %n time(s) after the service failed.", nullptr, resumed);
        if (c.written > 0)
            out << tr("%n record(s) were sent before it stopped; the next run goes on from there.", nullptr, int(c.written));
        else
            out << tr("Nothing was sent.");
        return out.join(u' ');
    }
    if (c.written > 0) {
        out << tr("Sent %n record(s).", nullptr, int(c.written));
    } else if (incremental && !since.isEmpty()) {
        const QDateTime at = QDateTime::fromString(since, Qt::ISODateWithMs);
        out << tr("Nothing new since %1 — nothing sent.")
                   .arg(at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::LongFormat) : since);
    } else if (c.read == 0) {
        out << tr("Nothing sent: the source had no records.");
    } else if (c.skipped > 0 && c.skipped + c.filtered + failedRecords == c.read) {
        out << tr("Nothing new: the %n record(s) to send were all sent before, unchanged.", nullptr, int(c.skipped));
    } else {
        out << tr("Nothing sent.");
    }
    if (c.filtered > 0)
        out << tr("Left out %n by the filter.", nullptr, int(c.filtered));
    if (c.written > 0 && c.skipped > 0)
        out << tr("%n were sent before, unchanged, and not sent again.", nullptr, int(c.skipped));
    out << (failedRecords > 0 ? tr("%n failed: see them in Runs, where they can be sent again.", nullptr, failedRecords)
                              : tr("Nothing failed."));
    if (resumed > 0)
        out << tr("The service failed on the way; the run went on from where it stopped (%n time(s)).", nullptr, resumed);
    return out.join(u' ');
}

} // namespace patchbay

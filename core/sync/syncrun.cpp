#include "syncrun.h"

#include "secrets/secretstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QTimer>

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

} // namespace

SyncRun::SyncRun(Project project, QString integrationId, Store *store, SecretStore *secrets, SyncOptions options,
                 QObject *parent)
    : QObject(parent), m_project(std::move(project)), m_integrationId(std::move(integrationId)), m_store(store),
      m_runs(store), m_secrets(secrets), m_options(std::move(options))
{
    qRegisterMetaType<patchbay::SyncProgress>();
    qRegisterMetaType<patchbay::SyncSummary>();
}

SyncRun::~SyncRun() = default;

QByteArray SyncRun::contentHash(const Json &output)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(output.dump(-1, ' ', false, Json::error_handler_t::replace)),
                                    QCryptographicHash::Sha1)
        .toHex()
        .left(16);
}

QByteArray SyncRun::idempotencyKey(const QString &integrationId, const QString &recordKey, const QByteArray &contentHash)
{
    // integration + record key identify the record; the content hash makes a changed record a
    // new delivery rather than a replay of the old one.
    return integrationId.toUtf8() + ':' + recordKey.toUtf8() + ':' + contentHash;
}

void SyncRun::log(const QString &level, const QString &message)
{
    Q_EMIT event(level, message);
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
    finish(QStringLiteral("failed"), message);
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
    if (!m_sourceNode || m_sourceNode->endpoint.isEmpty() || !(m_sourceEndpoint = m_project.endpoint(m_sourceNode->endpoint))) {
        fail(tr("The integration \"%1\" has no source endpoint; choose one on its source node.").arg(m_integration->name));
        return;
    }
    if (!m_options.dryRun &&
        (!m_targetNode || m_targetNode->endpoint.isEmpty() || !(m_targetEndpoint = m_project.endpoint(m_targetNode->endpoint)))) {
        fail(tr("The integration \"%1\" has no target endpoint; choose one on its target node.").arg(m_integration->name));
        return;
    }
    Problems problems;
    m_pipeline = RecordPipeline::compile(m_project, *m_integration, &problems);
    if (!m_pipeline.isValid()) {
        QStringList lines;
        for (const Problem &p : problems)
            if (p.isError())
                lines.append(p.toString());
        fail(tr("The integration's formulas have mistakes: %1").arg(lines.join(QStringLiteral("; "))));
        return;
    }
    m_incremental = !m_sourceNode->watermarkField.isEmpty() && !m_sourceNode->watermarkParam.isEmpty();

    if (!m_options.dryRun) {
        // Never two runs of one integration at once, in this process or another.
        const QString lockDir = QDir(m_options.dataDir).filePath(QStringLiteral("locks"));
        QDir().mkpath(lockDir);
        m_lock = std::make_unique<QLockFile>(QDir(lockDir).filePath(m_project.id + u'.' + m_integration->id + QStringLiteral(".lock")));
        m_lock->setStaleLockTime(0); // stale only when its process is gone
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString app;
            m_lock->getLockInfo(&pid, &host, &app);
            m_lock.reset();
            fail(tr("The integration \"%1\" is already running (process %2 on %3); a second run at the same time "
                    "could send records twice. Wait for it to finish.")
                     .arg(m_integration->name)
                     .arg(pid)
                     .arg(host));
            return;
        }
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
    QStringList keys = m_builder->secretKeys(*m_sourceEndpoint, &optional);
    if (m_targetEndpoint)
        keys += m_builder->secretKeys(*m_targetEndpoint, &optional);
    keys.removeDuplicates();
    m_client = new HttpClient(this);
    m_client->setSecretStore(m_secrets);
    loadSecrets(keys, optional, {});
}

void SyncRun::loadSecrets(QStringList keys, QStringList optional, QHash<QString, QString> values)
{
    if (keys.isEmpty()) {
        m_builder->setSecrets(values);
        beginReading();
        return;
    }
    const QString key = keys.takeFirst();
    m_secrets->read(key, this, [this, key, keys, optional, values](Result<QString> v) mutable {
        if (v) {
            values.insert(key, *v);
        } else if (!(optional.contains(key) && v.error().code == u"secrets.missing")) {
            fail(v.error().message);
            return;
        }
        loadSecrets(keys, optional, values);
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
    c["run"] = m_runId;
    return c;
}

void SyncRun::beginReading()
{
    Json position;
    SourceReader::Options o;
    {
        Result<Json> cp = m_runs.checkpoint(m_project.id, m_integration->id);
        if (!cp) {
            fail(cp.error().message);
            return;
        }
        const Json &c = *cp;
        if (c.is_object()) {
            if (c.contains("watermark") && c["watermark"].is_string())
                m_committedWatermark = toQString(c["watermark"].get<std::string>());
            // A full run that did not finish resumes where it stopped; an incremental one asks
            // again from the watermark (records sharing it are read again and skipped as
            // delivered, so none is lost at a page boundary).
            if (!m_incremental && c.value("inProgress", false) && c.contains("position"))
                position = c["position"];
        }
    }
    if (m_incremental && !m_committedWatermark.isEmpty())
        o.extraQuery.append({m_sourceNode->watermarkParam, m_committedWatermark});
    o.startPosition = position;
    if (!position.is_null())
        log(QStringLiteral("info"), tr("Resuming from the checkpoint at %1.").arg(toQString(position.dump())));
    else if (m_incremental && !m_committedWatermark.isEmpty())
        log(QStringLiteral("info"), tr("Reading what changed since %1 (%2).").arg(m_committedWatermark, m_sourceNode->watermarkField));
    m_maxWatermark = m_committedWatermark;

    m_reader = new SourceReader(m_client, m_builder.get(), *m_sourceEndpoint, o, this);
    connect(m_reader, &SourceReader::pageReady, this, &SyncRun::onPage);
    connect(m_reader, &SourceReader::failed, this, &SyncRun::onSourceFailed);
    if (m_targetEndpoint) {
        m_writer = new TargetWriter(m_client, m_builder.get(), *m_targetEndpoint, m_targetNode->batchSize,
                                    m_targetNode->concurrency, m_integration->idempotencyHeader.toUtf8(), this);
        connect(m_writer, &TargetWriter::pageDone, this, &SyncRun::onPageWritten);
        connect(m_writer, &TargetWriter::recordsDone, this, [this](int) { emitProgress(); });
    }
    m_reader->fetchNext();
}

void SyncRun::onSourceFailed(const QString &message)
{
    m_sourceFailure = message;
    if (!m_current)
        fail(tr("Reading the source failed: %1 The checkpoint is kept; the next run resumes from there.").arg(message));
    // else: finish when the page being written is committed.
}

void SyncRun::onPage(SourcePage *raw)
{
    std::unique_ptr<SourcePage> page(raw);
    if (m_finished)
        return;
    m_counts.requests += page->attempts;
    m_counts.retries += page->retries;
    m_counts.waitMs += page->rateLimitWaitMs;
    if (!page->warning.isEmpty())
        m_warning = page->warning;
    if (m_current) {
        m_prefetched = std::move(page);
        return;
    }
    processPage(std::move(page));
}

QString SyncRun::watermarkOf(const Json &record) const
{
    const Json *v = &record;
    for (const QString &part : m_sourceNode->watermarkField.split(u'.')) {
        if (!v->is_object() || !v->contains(part.toStdString()))
            return {};
        v = &(*v)[part.toStdString()];
    }
    if (v->is_string())
        return toQString(v->get<std::string>());
    if (v->is_number())
        return toQString(v->dump());
    return {};
}

void SyncRun::processPage(std::unique_ptr<SourcePage> page)
{
    m_current = std::move(page);
    m_outgoing.clear();
    m_pageDeadLetters.clear();
    m_pageMaxWatermark.clear();
    m_pageRead = qint64(m_current->records.size());
    const FormulaEnvironment &env = m_pipeline.environment();
    QStringList keys;
    for (Json &record : m_current->records) {
        ++m_counts.read;
        if (m_incremental) {
            const QString w = watermarkOf(record);
            if (!w.isEmpty() && (m_pageMaxWatermark.isEmpty() || compareWatermarks(w, m_pageMaxWatermark) > 0))
                m_pageMaxWatermark = w;
        }
        RecordPipeline::Outcome o = m_pipeline.process(record, env);
        switch (o.status) {
        case RecordPipeline::Outcome::Status::FilteredOut:
            ++m_counts.filtered;
            continue;
        case RecordPipeline::Outcome::Status::Failed: {
            ++m_counts.failed;
            const QString message = o.errors().join(QStringLiteral("; "));
            if (m_recordErrors.size() < 20)
                m_recordErrors.append(tr("record %1: %2").arg(o.key.isEmpty() ? QStringLiteral("?") : o.key, message));
            DeadLetter d;
            d.recordKey = o.key;
            d.record = o.output;
            d.sourceRecord = record;
            d.error = tr("could not be mapped: %1").arg(message);
            m_pageDeadLetters.append(std::move(d));
            continue;
        }
        case RecordPipeline::Outcome::Status::Mapped:
            break;
        }
        OutgoingRecord r;
        r.contentHash = contentHash(o.output);
        r.key = o.key.isEmpty() ? QString::fromLatin1(r.contentHash) : o.key;
        r.idempotencyKey = idempotencyKey(m_integration->id, r.key, r.contentHash);
        r.output = std::move(o.output);
        r.source = std::move(record);
        keys.append(r.key);
        m_outgoing.push_back(std::move(r));
    }
    m_current->records.clear(); // moved out; free the page

    // Skip what was delivered before with the same content.
    if (!m_options.dryRun && !keys.isEmpty()) {
        Result<QHash<QString, QByteArray>> delivered = m_runs.deliveredHashes(m_project.id, m_integration->id, keys);
        if (!delivered) {
            fail(delivered.error().message);
            return;
        }
        if (!delivered->isEmpty()) {
            std::vector<OutgoingRecord> fresh;
            fresh.reserve(m_outgoing.size());
            for (OutgoingRecord &r : m_outgoing) {
                const auto it = delivered->constFind(r.key);
                if (it != delivered->cend() && *it == r.contentHash)
                    ++m_counts.skipped;
                else
                    fresh.push_back(std::move(r));
            }
            m_outgoing = std::move(fresh);
        }
    }

    // Read ahead while this page is written.
    if (!m_cancelled && !m_reader->atEnd() && !m_reader->busy() && !m_prefetched)
        m_reader->fetchNext();

    if (m_options.dryRun) {
        for (OutgoingRecord &r : m_outgoing)
            if (int(m_samples.size()) < m_options.dryRunSamples)
                m_samples.push_back(r.output);
        m_counts.pages += 1;
        emitProgress();
        m_current.reset();
        next();
        return;
    }
    m_writer->write(&m_outgoing);
}

void SyncRun::onPageWritten()
{
    if (m_finished || !m_current)
        return;
    RunStore::PageCommit commit;
    commit.runId = m_runId;
    commit.projectId = m_project.id;
    commit.integrationId = m_integration->id;
    commit.deadLetters = m_pageDeadLetters;
    bool allDone = true;
    bool targetFailed = false;
    QString targetError;
    QString firstKey;
    QString lastKey;
    qint64 written = 0;
    for (const OutgoingRecord &r : m_outgoing) {
        switch (r.state) {
        case OutgoingRecord::State::Acknowledged:
            commit.delivered.append(DeliveredKey{r.key, r.contentHash});
            if (firstKey.isEmpty())
                firstKey = r.key;
            lastKey = r.key;
            ++written;
            break;
        case OutgoingRecord::State::Rejected: {
            DeadLetter d;
            d.recordKey = r.key;
            d.record = r.output;
            d.sourceRecord = r.source;
            d.statusCode = r.status;
            d.error = r.error;
            commit.deadLetters.append(std::move(d));
            if (m_recordErrors.size() < 20)
                m_recordErrors.append(tr("record %1: %2").arg(r.key, r.error));
            break;
        }
        case OutgoingRecord::State::Failed:
            targetFailed = true;
            targetError = r.error;
            allDone = false;
            break;
        case OutgoingRecord::State::Pending:
            allDone = false;
            break;
        }
    }
    m_counts.written += written;
    m_counts.dead += commit.deadLetters.size() - m_pageDeadLetters.size();
    const bool rejectedAny = commit.deadLetters.size() > m_pageDeadLetters.size() || !m_pageDeadLetters.isEmpty();
    const bool stopOnError = m_integration->onRecordError == RecordErrorPolicy::Stop && rejectedAny;

    if (allDone && !stopOnError) {
        m_counts.pages += 1;
        if (m_incremental && !m_pageMaxWatermark.isEmpty() &&
            (m_maxWatermark.isEmpty() || compareWatermarks(m_pageMaxWatermark, m_maxWatermark) > 0))
            m_maxWatermark = m_pageMaxWatermark;
        if (m_incremental && !m_maxWatermark.isEmpty()) {
            // Never past the start of this run: what changes while it runs is for the next one.
            m_committedWatermark = compareWatermarks(m_maxWatermark, m_runStartedAt) > 0 ? m_runStartedAt : m_maxWatermark;
        }
        commit.checkpoint = checkpointState(!m_current->last, m_current->nextPosition);
    }
    RunCounts totals = m_counts;
    totals.requests += m_writer->requests();
    totals.retries += m_writer->retries();
    totals.waitMs += m_writer->rateLimitWaitMs();
    commit.counts = totals;
    if (written > 0)
        commit.audit = Json{{"run", m_runId},
                            {"from", {{"connection", m_sourceEndpoint->connection.toStdString()}, {"endpoint", m_sourceEndpoint->id.toStdString()}}},
                            {"to", {{"connection", m_targetEndpoint->connection.toStdString()}, {"endpoint", m_targetEndpoint->id.toStdString()}}},
                            {"page", m_current->number},
                            {"count", written},
                            {"firstKey", firstKey.toStdString()},
                            {"lastKey", lastKey.toStdString()}};
    if (Result<void> c = m_runs.commitPage(commit); !c) {
        fail(c.error().message);
        return;
    }
    log(QStringLiteral("info"), tr("Page %1: %2 read, %3 written, %4 dead letters.")
                                    .arg(m_current->number)
                                    .arg(m_pageRead)
                                    .arg(written)
                                    .arg(commit.deadLetters.size()));
    m_current.reset();
    emitProgress();

    if (m_cancelled) {
        finish(QStringLiteral("cancelled"), tr("Cancelled; what the target acknowledged is committed."));
        return;
    }
    if (targetFailed) {
        finish(QStringLiteral("failed"), tr("Writing to the target failed: %1 What was acknowledged is committed; "
                                            "the next run resumes from the last checkpoint.").arg(targetError));
        return;
    }
    if (stopOnError) {
        finish(QStringLiteral("failed"), tr("Stopped at a record the target refused, as the integration says "
                                            "(onRecordError: stop). It is among the dead letters."));
        return;
    }
    next();
}

void SyncRun::next()
{
    if (m_finished)
        return;
    if (m_cancelled) {
        finish(QStringLiteral("cancelled"), tr("Cancelled; what the target acknowledged is committed."));
        return;
    }
    if (m_prefetched) {
        processPage(std::move(m_prefetched));
        return;
    }
    if (!m_sourceFailure.isEmpty()) {
        fail(tr("Reading the source failed: %1 The checkpoint is kept; the next run resumes from there.").arg(m_sourceFailure));
        return;
    }
    if (m_reader->busy())
        return; // the page is on its way: onPage continues
    if (!m_reader->atEnd()) {
        m_reader->fetchNext();
        return;
    }
    const bool problems = m_counts.dead > 0 || m_counts.failed > 0 || !m_warning.isEmpty();
    finish(problems ? QStringLiteral("partial") : QStringLiteral("succeeded"), m_warning);
}

void SyncRun::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reader)
        m_reader->cancel();
    m_prefetched.reset();
    if (m_current && m_writer) {
        m_writer->cancel(); // pageDone follows: what was acknowledged is committed
        return;
    }
    if (!m_current)
        QTimer::singleShot(0, this, [this] {
            finish(QStringLiteral("cancelled"), tr("Cancelled; what the target acknowledged is committed."));
        });
}

void SyncRun::finish(const QString &status, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_reader)
        m_reader->cancel();
    RunCounts totals = m_counts;
    if (m_writer) {
        totals.requests += m_writer->requests();
        totals.retries += m_writer->retries();
        totals.waitMs += m_writer->rateLimitWaitMs();
    }
    if (m_runId > 0) {
        if (status == u"succeeded" || status == u"partial") {
            // The pass is complete: the next full run starts from the beginning again.
            RunStore::PageCommit done;
            done.runId = m_runId;
            done.projectId = m_project.id;
            done.integrationId = m_integration->id;
            done.checkpoint = checkpointState(false, Json());
            done.counts = totals;
            (void)m_runs.commitPage(done);
        }
        if (!message.isEmpty())
            (void)m_runs.addEvent(m_runId, status == u"failed" ? QStringLiteral("error") : QStringLiteral("info"), message);
        (void)m_runs.finishRun(m_runId, status, totals, message);
    }
    if (m_lock)
        m_lock->unlock();
    SyncSummary s;
    s.runId = m_runId;
    s.status = status;
    s.counts = totals;
    s.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    s.message = message;
    s.samples = std::move(m_samples);
    s.recordErrors = m_recordErrors;
    Q_EMIT finished(s);
}

} // namespace patchbay

#include "samplefetch.h"

#include "importers/schemainference.h"
#include "net/httpclient.h"
#include "sync/sourcereader.h"
#include "ui/mapping/previewmodel.h"
#include "ui/sendhelper.h"
#include "ui/services.h"
#include "util/fastjson.h"

namespace patchbay::ui {

void SampleFetch::start(const Project &project, const QString &environment, const Endpoint &endpoint, Done done)
{
    m_running = true;
    QStringList templates{endpoint.path, endpoint.body};
    for (const KeyValue &kv : endpoint.query + endpoint.headers)
        templates << kv.value;
    auto finish = [this, done](Result<Sample> result) {
        m_running = false;
        m_exchange = nullptr;
        done(std::move(result));
    };
    prepareRequest(
        m_services, project, environment, endpoint.connection, templates,
        [endpoint](const RequestBuilder &b, const Connection *) { return b.build(endpoint); }, this,
        [this, endpoint, finish](Result<PreparedRequest> request) {
            if (!request)
                return finish(makeError(QStringLiteral("sample.request"), tr("Could not fetch a sample: %1").arg(request.error().message)));
            HttpExchange *exchange = m_services->http()->send(std::move(*request));
            m_exchange = exchange;
            connect(exchange, &HttpExchange::finished, this, [this, endpoint, finish](const HttpResult &r) {
                if (!r.ok())
                    return finish(makeError(QStringLiteral("sample.reply"),
                                            tr("Could not fetch a sample from “%1”: %2").arg(endpoint.name, outcomeTitle(r)) +
                                                (r.errorMessage.isEmpty() ? QString() : QStringLiteral(" — ") + r.errorMessage)));
                finish(recordsOf(endpoint, r.body));
            });
        });
}

Result<SampleFetch::Sample> SampleFetch::recordsOf(const Endpoint &endpoint, const QByteArray &body) const
{
    QString error;
    std::optional<Json> json = fastjson::parse(body, &error);
    if (!json)
        return makeError(QStringLiteral("sample.json"),
                         tr("The reply of “%1” is not JSON (%2), so it has no records to preview.").arg(endpoint.name, error));
    Sample sample;
    sample.recordsPath = endpoint.recordsPath;
    if (sample.recordsPath.isEmpty() && !json->is_array())
        sample.recordsPath = SchemaInference::fromBody(*json).recordsPath;
    std::optional<std::vector<Json>> list = SourceReader::recordsAt(*json, sample.recordsPath, &error);
    if (!list)
        return makeError(QStringLiteral("sample.records"), tr("No records in the reply of “%1”: %2").arg(endpoint.name, error));
    for (Json &record : *list)
        if (sample.records.size() < size_t(PreviewModel::MaxRecords))
            sample.records.push_back(std::move(record));
    return sample;
}

void SampleFetch::cancel()
{
    if (auto *exchange = qobject_cast<HttpExchange *>(m_exchange.data()))
        exchange->cancel();
}

} // namespace patchbay::ui

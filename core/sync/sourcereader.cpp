#include "sourcereader.h"

#include "util/fastjson.h"

#include <QRegularExpression>

namespace patchbay {

SourceReader::SourceReader(HttpClient *client, const RequestBuilder *builder, const Endpoint &endpoint, Options options,
                           QObject *parent)
    : QObject(parent), m_client(client), m_builder(builder), m_endpoint(endpoint), m_options(std::move(options))
{
    m_position = m_options.startPosition;
}

void SourceReader::cancel()
{
    m_atEnd = true;
    if (m_exchange)
        m_exchange->cancel();
}

std::optional<std::vector<Json>> SourceReader::recordsAt(Json &body, const QString &recordsPath, QString *error)
{
    Json *at = &body;
    if (!recordsPath.isEmpty()) {
        for (const QString &part : recordsPath.split(u'.')) {
            if (!at->is_object() || !at->contains(part.toStdString())) {
                *error = tr("the reply has no \"%1\" (the endpoint's records path is \"%2\")").arg(part, recordsPath);
                return std::nullopt;
            }
            at = &(*at)[part.toStdString()];
        }
    }
    if (at->is_null())
        return std::vector<Json>();
    if (!at->is_array()) {
        *error = recordsPath.isEmpty()
                     ? tr("the reply is not a list of records; set the endpoint's records path to where the list is")
                     : tr("\"%1\" in the reply is not a list of records").arg(recordsPath);
        return std::nullopt;
    }
    std::vector<Json> out;
    out.reserve(at->size());
    for (Json &r : *at)
        out.push_back(std::move(r));
    return out;
}

void SourceReader::fetchNext()
{
    if (m_atEnd || m_exchange)
        return;
    const Pagination &p = m_endpoint.pagination;
    RequestBuilder::Overrides o;
    o.query = m_options.extraQuery;
    auto set = [&](const QString &name, const QString &value) {
        if (!name.isEmpty())
            o.query.append({name, value});
    };
    switch (p.style) {
    case PaginationStyle::None:
        break;
    case PaginationStyle::Page: {
        const qint64 page = m_position.is_object() && m_position.contains("page") ? m_position["page"].get<qint64>() : p.startPage;
        m_position = Json{{"page", page}};
        set(p.pageParam, QString::number(page));
        set(p.sizeParam, QString::number(p.pageSize));
        break;
    }
    case PaginationStyle::Offset: {
        const qint64 offset = m_position.is_object() && m_position.contains("offset") ? m_position["offset"].get<qint64>() : 0;
        m_position = Json{{"offset", offset}};
        set(p.offsetParam, QString::number(offset));
        set(p.sizeParam, QString::number(p.pageSize));
        break;
    }
    case PaginationStyle::Cursor:
        if (m_position.is_object() && m_position.contains("cursor"))
            set(p.cursorParam, toQString(m_position["cursor"].get<std::string>()));
        set(p.sizeParam, QString::number(p.pageSize));
        break;
    case PaginationStyle::LinkHeader:
    case PaginationStyle::NextUrl:
        if (m_position.is_object() && m_position.contains("url")) {
            o.absoluteUrl = QUrl(toQString(m_position["url"].get<std::string>()));
            o.query.clear(); // the server's URL carries its own parameters
        } else {
            set(p.sizeParam, QString::number(p.pageSize));
        }
        break;
    }
    Result<PreparedRequest> request = m_builder->build(m_endpoint, o);
    if (!request) {
        m_atEnd = true;
        Q_EMIT failed(request.error().message);
        return;
    }
    request->expectJson = true;
    m_exchange = m_client->send(std::move(*request));
    connect(m_exchange, &HttpExchange::finished, this, &SourceReader::onReply);
}

QUrl SourceReader::linkNext(const HttpResult &result) const
{
    // RFC 8288: Link: <https://…?page=3>; rel="next", <…>; rel="last"
    static const QRegularExpression link(QStringLiteral("<([^>]*)>\\s*((?:;[^,<]*)*)"));
    static const QRegularExpression relNext(QStringLiteral(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?"));
    for (const auto &h : result.headers) {
        if (h.first.compare("Link", Qt::CaseInsensitive) != 0)
            continue;
        auto it = link.globalMatch(QString::fromUtf8(h.second));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QRegularExpressionMatch rel = relNext.match(m.captured(2));
            if (rel.hasMatch() && rel.captured(1).split(u' ').contains(QStringLiteral("next")))
                return result.url.resolved(QUrl(m.captured(1)));
        }
    }
    return {};
}

void SourceReader::onReply(const HttpResult &result)
{
    m_exchange.clear();
    if (m_atEnd && result.error == NetError::Cancelled)
        return;
    if (!result.ok()) {
        m_atEnd = true;
        Q_EMIT failed(result.errorMessage);
        return;
    }
    QString error;
    std::optional<Json> body = fastjson::parse(result.body, &error);
    if (!body) {
        m_atEnd = true;
        Q_EMIT failed(tr("The page at %1 is not valid JSON (%2).").arg(result.url.toString(), error));
        return;
    }
    std::optional<std::vector<Json>> records = recordsAt(*body, m_endpoint.recordsPath, &error);
    if (!records) {
        m_atEnd = true;
        Q_EMIT failed(tr("The page at %1 cannot be read: %2.").arg(result.url.toString(), error));
        return;
    }
    auto *page = new SourcePage;
    page->number = ++m_pages;
    page->position = m_position;
    page->attempts = result.attempts;
    page->retries = result.retries;
    page->rateLimitWaitMs = result.rateLimitWaitMs;
    const qint64 count = qint64(records->size());
    page->records = std::move(*records);

    const Pagination &p = m_endpoint.pagination;
    Json next;
    switch (p.style) {
    case PaginationStyle::None:
        break;
    case PaginationStyle::Page:
        if (count > 0)
            next = Json{{"page", m_position["page"].get<qint64>() + 1}};
        break;
    case PaginationStyle::Offset:
        if (count > 0)
            next = Json{{"offset", m_position["offset"].get<qint64>() + count}};
        break;
    case PaginationStyle::Cursor: {
        Json *at = &*body;
        for (const QString &part : p.cursorPath.split(u'.')) {
            if (!at->is_object() || !at->contains(part.toStdString())) {
                at = nullptr;
                break;
            }
            at = &(*at)[part.toStdString()];
        }
        if (at && ((at->is_string() && !at->get_ref<const std::string &>().empty()) || at->is_number()) && count > 0)
            next = Json{{"cursor", at->is_string() ? at->get<std::string>() : at->dump()}};
        break;
    }
    case PaginationStyle::LinkHeader: {
        const QUrl url = linkNext(result);
        if (url.isValid() && !url.isEmpty() && count > 0)
            next = Json{{"url", url.toString(QUrl::FullyEncoded).toStdString()}};
        break;
    }
    case PaginationStyle::NextUrl: {
        Json *at = &*body;
        for (const QString &part : p.nextUrlPath.split(u'.')) {
            if (!at->is_object() || !at->contains(part.toStdString())) {
                at = nullptr;
                break;
            }
            at = &(*at)[part.toStdString()];
        }
        if (at && at->is_string() && !at->get_ref<const std::string &>().empty() && count > 0)
            next = Json{{"url", result.url.resolved(QUrl(toQString(at->get<std::string>()))).toString(QUrl::FullyEncoded).toStdString()}};
        break;
    }
    }
    if (m_pages >= p.maxPages && !next.is_null()) {
        next = Json();
        page->warning = tr("Stopped after %1 pages, the endpoint's maxPages, although the API said there was more. "
                           "Raise pagination.maxPages if that many pages are expected.").arg(p.maxPages);
    }
    page->nextPosition = next;
    page->last = next.is_null();
    m_position = next;
    m_atEnd = page->last;
    Q_EMIT pageReady(page);
}

} // namespace patchbay

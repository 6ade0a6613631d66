#include "sourcereader.h"

#include "net/retry.h"
#include "util/fastjson.h"

#include <QRegularExpression>

namespace patchbay {

SourceReader::SourceReader(HttpClient *client, const RequestBuilder *builder, const Endpoint &endpoint, Options options,
                           QObject *parent)
    : PageSource(parent), m_client(client), m_builder(builder), m_endpoint(endpoint), m_options(std::move(options))
{
    m_position = m_options.startPosition;
}

void SourceReader::cancel()
{
    m_atEnd = true;
    m_failed = true;
    const auto exchanges = m_inFlight.values();
    m_inFlight.clear();
    for (const QPointer<HttpExchange> &e : exchanges)
        if (e)
            e->cancel();
    qDeleteAll(m_ready);
    m_ready.clear();
}

int SourceReader::lookahead() const
{
    const PaginationStyle style = m_endpoint.pagination.style;
    return style == PaginationStyle::Page || style == PaginationStyle::Offset ? 2 : 1;
}

bool SourceReader::canFetch() const
{
    return !m_atEnd && !m_failed && m_requested < m_endpoint.pagination.maxPages &&
           m_inFlight.size() + m_ready.size() < lookahead();
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
    if (!canFetch())
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
        Q_EMIT failed(request.error().message, 0, 0, false);
        return;
    }
    request->expectJson = true;
    const qint64 number = ++m_requested;
    const Json position = m_position;
    // Where the request after this one starts, when that is known without the reply.
    switch (p.style) {
    case PaginationStyle::Page:
        m_position = Json{{"page", m_position["page"].get<qint64>() + 1}};
        break;
    case PaginationStyle::Offset:
        m_position = Json{{"offset", m_position["offset"].get<qint64>() + p.pageSize}};
        break;
    default:
        break;
    }
    HttpExchange *exchange = m_client->send(std::move(*request));
    m_inFlight.insert(number, exchange);
    connect(exchange, &HttpExchange::finished, this,
            [this, number, position](const HttpResult &result) { onReply(number, position, result); });
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

void SourceReader::deliverReady()
{
    while (!m_failed && m_ready.contains(m_pages + 1)) {
        SourcePage *page = m_ready.take(m_pages + 1);
        ++m_pages;
        if (page->last) {
            // Anything asked for beyond the end is not needed.
            m_atEnd = true;
            const auto rest = m_inFlight.values();
            m_inFlight.clear();
            for (const QPointer<HttpExchange> &e : rest)
                if (e)
                    e->cancel();
            qDeleteAll(m_ready);
            m_ready.clear();
        }
        Q_EMIT pageReady(page);
    }
}

void SourceReader::onReply(qint64 number, const Json &position, const HttpResult &result)
{
    if (!m_inFlight.contains(number))
        return; // cancelled, or beyond the end
    m_inFlight.remove(number);
    if (m_failed)
        return;
    if (!result.ok()) {
        m_atEnd = true;
        m_failed = true;
        const auto rest = m_inFlight.values(); // the pages after a failed one are not wanted
        m_inFlight.clear();
        for (const QPointer<HttpExchange> &e : rest)
            if (e)
                e->cancel();
        qDeleteAll(m_ready);
        m_ready.clear();
        // Never an empty message: an empty one once passed for no failure at all.
        const QString message = !result.errorMessage.isEmpty()
                                    ? result.errorMessage
                                    : tr("The server answered %1 %2 to %3, which is not a page of records.")
                                          .arg(result.status)
                                          .arg(QString::fromLatin1(result.reason), result.url.toString());
        Q_EMIT failed(message, result.attempts, result.retries, retry::mayPassLater(result));
        return;
    }
    QString error;
    // Built but for its records: those are built where they are mapped.
    std::optional<fastjson::Outline> outline = fastjson::parseOutline(result.body, m_endpoint.recordsPath, &error);
    if (!outline) {
        cancel();
        Q_EMIT failed(tr("The page at %1 is not valid JSON (%2).").arg(result.url.toString(), error), result.attempts, result.retries,
                      false); // HttpClient asked again for what was cut off: this one is whole, and wrong
        return;
    }
    Json *body = &outline->document;
    if (!recordsAt(*body, m_endpoint.recordsPath, &error)) { // where the records should be: a list, or null
        cancel();
        Q_EMIT failed(tr("The page at %1 cannot be read: %2.").arg(result.url.toString(), error), result.attempts, result.retries,
                      false);
        return;
    }
    auto *page = new SourcePage;
    page->number = number;
    page->position = position;
    page->attempts = result.attempts;
    page->retries = result.retries;
    page->rateLimitWaitMs = result.rateLimitWaitMs;
    const qint64 count = qint64(outline->count);
    page->body = result.body;
    page->recordsPath = m_endpoint.recordsPath;
    page->count = count;

    const Pagination &p = m_endpoint.pagination;
    Json next;
    switch (p.style) {
    case PaginationStyle::None:
        break;
    case PaginationStyle::Page:
        if (count > 0)
            next = Json{{"page", position["page"].get<qint64>() + 1}};
        break;
    case PaginationStyle::Offset:
        if (count > 0)
            next = Json{{"offset", position["offset"].get<qint64>() + count}};
        break;
    case PaginationStyle::Cursor: {
        // "@last.id": a field of the page's last record (Stripe's starting_after), else a path in the body
        const bool fromLast = p.cursorPath.startsWith(QLatin1String("@last."));
        Json *at = fromLast ? (count == 0 ? nullptr : &outline->last) : body;
        for (const QString &part : (fromLast ? p.cursorPath.mid(6) : p.cursorPath).split(u'.')) {
            if (!at)
                break;
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
        Json *at = body;
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
    page->nextPosition = next;
    page->last = next.is_null();
    if (number >= p.maxPages && !next.is_null()) {
        // The rest is for the next run: the checkpoint keeps nextPosition.
        page->last = true;
        page->cut = true;
        page->warning = tr("Stopped after %1 pages, the endpoint's maxPages, although the API said there was more; "
                           "the next run goes on from there. Raise pagination.maxPages if that many pages are expected.")
                            .arg(p.maxPages);
    }
    if (p.style != PaginationStyle::Page && p.style != PaginationStyle::Offset) {
        m_position = page->last ? Json() : next; // known only now
        m_atEnd = page->last;
    } else if (p.style == PaginationStyle::Offset && count != p.pageSize && !page->last) {
        // The API gave another page size than asked: later offsets follow from what came.
        m_position = next;
        const auto rest = m_inFlight.values();
        m_inFlight.clear();
        for (const QPointer<HttpExchange> &e : rest)
            if (e)
                e->cancel();
        m_requested = number;
        for (auto it = m_ready.begin(); it != m_ready.end();) {
            if (it.key() > number) {
                delete it.value();
                it = m_ready.erase(it);
            } else {
                ++it;
            }
        }
    }
    m_ready.insert(number, page);
    deliverReady();
}

} // namespace patchbay

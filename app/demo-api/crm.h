#pragma once

#include "net/httpserver.h"

#include <QHash>
#include <QMultiHash>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace patchbay::demo {

/// A CRM shaped like Salesforce's REST API, for its Contact object, under
/// /services/data/v60.0: the query endpoint for one shape of SOQL (`SELECT <fields> FROM Contact
/// WHERE Email = '…'`), and sobjects/Contact to read, update (PATCH, 204), create (POST, 201),
/// upsert by email (PATCH …/Contact/Email/{email}: 201 created, 204 updated) and delete. Errors
/// are Salesforce's list of {"message","errorCode"}. Seeded with `contacts` people, starting at
/// person `firstPerson` (see people.h), so that some payers of the payments API are contacts and
/// some are not.
///
/// Creating honours an Idempotency-Key header (the same key answers the first reply again),
/// which Salesforce itself does not: the demo's way to check that a resumed run creates nothing
/// twice. Against the real one, upsert by an external id is the way to that.
class Crm
{
public:
    Crm(int contacts, qint64 firstPerson, quint64 seed);

    /// Answers a request under /services/data/v60.0/ (`rest` is the path after it).
    HttpResponse handle(const HttpRequest &request, const QString &rest);
    /// Every contact, deleted ones left out, as a JSON array; with `history`, each with the
    /// writes it had ("_writes": ["POST ch_1", "PATCH ch_7", …]), for tests that look at order.
    QByteArray all(bool history = false) const;
    nlohmann::ordered_json stats() const;
    void resetCounters();

    static constexpr const char *Prefix = "/services/data/v60.0/";

private:
    HttpResponse query(const HttpRequest &request);
    HttpResponse read(const QByteArray &id);
    HttpResponse update(const QByteArray &id, const QByteArray &body);
    HttpResponse create(const HttpRequest &request);
    HttpResponse upsert(const QString &email, const QByteArray &body);
    HttpResponse remove(const QByteArray &id);

    /// Checks a body's fields: the error to answer, or none if they may be written. Fills
    /// *fields with the body's object.
    std::optional<HttpResponse> checkBody(const QByteArray &body, nlohmann::ordered_json *fields, bool creating) const;
    void apply(size_t index, const nlohmann::ordered_json &fields, const char *how = nullptr);
    size_t add(const nlohmann::ordered_json &fields);
    QList<size_t> byEmail(const QString &email) const;
    nlohmann::ordered_json record(size_t index, const QStringList &fields) const;
    static HttpResponse error(int status, const char *code, const QString &message,
                              const QStringList &fields = {});

    struct Contact
    {
        QByteArray id;
        nlohmann::ordered_json fields; ///< FirstName, LastName, Email, LastPayment…__c
        bool deleted = false;
        QStringList writes; ///< "PATCH ch_…" / "UPSERT …" / "POST …": the LastPaymentId__c each write set, in order
    };
    std::vector<Contact> m_contacts;
    QHash<QByteArray, size_t> m_byId;
    QMultiHash<QString, size_t> m_byEmail; ///< lower-case email (Salesforce compares them so)
    qint64 m_nextId = 1;
    QHash<QByteArray, QByteArray> m_createdFor; ///< idempotency key → the reply's body

    qint64 m_queries = 0;
    qint64 m_reads = 0;
    qint64 m_patches = 0;
    qint64 m_creates = 0;
    qint64 m_upserts = 0;
    qint64 m_upsertCreates = 0;
    qint64 m_deletes = 0;
    qint64 m_replays = 0;
    qint64 m_rejected = 0;
};

} // namespace patchbay::demo

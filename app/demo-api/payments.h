#pragma once

#include "net/httpserver.h"

#include <QHash>

#include <vector>

namespace patchbay::demo {

/// A payments API shaped like Stripe's charges: `GET /v1/charges` (limit, starting_after,
/// created[gte|gt|lte|lt]) answers `{"object":"list","data":[…],"has_more":…}` in the order the
/// charges were created, oldest first; `GET /v1/charges/{id}` one charge. The charges are made up
/// from the seed: the same seed gives the same charges. Payers are people 0 … payers()-1 (see
/// people.h), each paying about three times.
class Payments
{
public:
    /// `payers` 0: about a third of `count`.
    Payments(int count, quint64 seed, int payers = 0);

    struct Charge
    {
        QByteArray id;
        qint64 amount = 0;  ///< in cents
        const char *currency = "usd";
        qint64 created = 0; ///< unix seconds, ascending with the index
        bool succeeded = true;
        qint64 payer = 0;   ///< the person who paid
    };

    int count() const { return int(m_charges.size()); }
    qint64 payers() const { return m_payers; }
    const Charge &charge(int index) const { return m_charges[size_t(index)]; }

    HttpResponse list(const HttpRequest &request);
    HttpResponse get(const QString &id) const;
    qint64 listed() const { return m_listed; }

    /// Stripe's error body: {"error":{"type":…,"code":…,"param":…,"message":…}}.
    static HttpResponse error(int status, const char *type, const char *code, const QString &param, const QString &message);

private:
    QByteArray toJson(const Charge &c) const;

    quint64 m_seed;
    qint64 m_payers;
    std::vector<Charge> m_charges;
    std::vector<QByteArray> m_bodies; ///< each charge's toJson
    QHash<QByteArray, int> m_byId;
    qint64 m_listed = 0;
};

} // namespace patchbay::demo

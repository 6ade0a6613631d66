#pragma once

// What the demo API's CRM holds, compared with what its payments say it should hold after
// payments-to-crm ran: for tests that run that integration (from the CLI or the window).

#include "demoapi.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// What the CRM holds, compared with what the payments say it should.
struct CrmState
{
    int payers = 0;       ///< emails with a succeeded charge
    int contacts = 0;
    int wrong = 0;        ///< payers without exactly one contact carrying their latest payment
    int notPayersTouched = 0;
    QString firstWrong;
};

inline QJsonDocument retried(DemoApi &api, const QString &path, const QByteArray &bearer = {})
{
    // the test's own reads meet the demo API's faults too: asked again until they are whole
    for (int i = 0; i < 60; ++i) {
        const QJsonDocument d = api.document("GET", path, {}, bearer);
        if (d.isArray() || (d.isObject() && !d.object().contains(QStringLiteral("error"))))
            return d;
        QTest::qWait(50);
    }
    return {};
}

inline CrmState crmState(DemoApi &api)
{
    QHash<QString, QJsonObject> latest;
    QString after;
    for (bool more = true; more;) {
        const QJsonObject page = retried(api, QStringLiteral("/v1/charges?limit=100") +
                                                  (after.isEmpty() ? QString() : QStringLiteral("&starting_after=") + after),
                                         "demo-token")
                                     .object();
        const QJsonArray data = page.value(QStringLiteral("data")).toArray();
        for (const QJsonValue &v : data) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("status")).toString() != u"succeeded")
                continue;
            const QString email = c.value(QStringLiteral("billing_details")).toObject().value(QStringLiteral("email")).toString().toLower();
            if (!latest.contains(email) || c.value(QStringLiteral("created")).toDouble() > latest[email].value(QStringLiteral("created")).toDouble())
                latest.insert(email, c);
        }
        more = page.value(QStringLiteral("has_more")).toBool() && !data.isEmpty();
        if (!data.isEmpty())
            after = data.last().toObject().value(QStringLiteral("id")).toString();
    }
    const QJsonArray contacts = retried(api, QStringLiteral("/_admin/contacts")).array();
    QHash<QString, QList<QJsonObject>> byEmail;
    for (const QJsonValue &v : contacts)
        byEmail[v.toObject().value(QStringLiteral("Email")).toString().toLower()].append(v.toObject());
    CrmState s;
    s.payers = int(latest.size());
    s.contacts = int(contacts.size());
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        const QList<QJsonObject> found = byEmail.value(it.key());
        const QJsonObject &charge = it.value();
        const QString date =
            QDateTime::fromSecsSinceEpoch(qint64(charge.value(QStringLiteral("created")).toDouble()), Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
        const bool right = found.size() == 1 &&
                           found[0].value(QStringLiteral("LastPaymentId__c")).toString() == charge.value(QStringLiteral("id")).toString() &&
                           qAbs(found[0].value(QStringLiteral("LastPaymentAmount__c")).toDouble() -
                                charge.value(QStringLiteral("amount")).toDouble() / 100) < 1e-9 &&
                           found[0].value(QStringLiteral("LastPaymentDate__c")).toString() == date;
        if (!right) {
            if (s.wrong++ == 0)
                s.firstWrong = QStringLiteral("%1: %2 contact(s), last payment %3, expected %4")
                                   .arg(it.key())
                                   .arg(found.size())
                                   .arg(found.isEmpty() ? QString() : found[0].value(QStringLiteral("LastPaymentId__c")).toString(),
                                        charge.value(QStringLiteral("id")).toString());
        }
    }
    for (auto it = byEmail.cbegin(); it != byEmail.cend(); ++it)
        if (!latest.contains(it.key()))
            for (const QJsonObject &c : it.value())
                s.notPayersTouched += !c.value(QStringLiteral("LastPaymentId__c")).isNull();
    return s;
}


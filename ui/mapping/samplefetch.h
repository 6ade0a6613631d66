#pragma once

#include "model/project.h"
#include "util/json.h"
#include "util/result.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace patchbay::ui {

class Services;

/// Reads the first page of an endpoint for the mapping editor's samples: the request made as a
/// run makes it (variables, the keychain's secrets), sent, and the records found in the reply —
/// under the endpoint's records path, or where SchemaInference finds a list. At most
/// PreviewModel::MaxRecords are kept.
class SampleFetch : public QObject
{
    Q_OBJECT

public:
    struct Sample
    {
        Json records = Json::array();
        QString recordsPath; ///< where they were (guessed if the endpoint did not say)
    };
    using Done = std::function<void(Result<Sample>)>;

    explicit SampleFetch(Services *services, QObject *parent = nullptr) : QObject(parent), m_services(services) {}

    /// Starts reading; `done` is called once (with "Cancelled…" after cancel()).
    void start(const Project &project, const QString &environment, const Endpoint &endpoint, Done done);
    void cancel();
    bool running() const { return m_running; }

private:
    Result<Sample> recordsOf(const Endpoint &endpoint, const QByteArray &body) const;

    Services *m_services;
    QPointer<QObject> m_exchange;
    bool m_running = false;
};

} // namespace patchbay::ui

#pragma once

#include "model/project.h"
#include "net/preparedrequest.h"
#include "net/templaterenderer.h"
#include "net/variablescope.h"
#include "util/json.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>

namespace patchbay {

/// Turns an endpoint of a project into a PreparedRequest for one environment and command line.
///
/// First ask which keychain keys it needs (`secretKeys`), load them, hand them over
/// (`setSecrets`), then `build`. Every template is rendered for its place (see
/// TemplateRenderer); an unknown variable, a line break in a header or a URL that is not http(s)
/// is an error before anything is sent.
class RequestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::RequestBuilder)

public:
    RequestBuilder(const Project &project, const QString &environment, const Variables &overrides);

    /// Keychain keys the endpoint's requests need; `optional` receives those that may be
    /// missing (an OAuth2 refresh token before the first sign-in).
    QStringList secretKeys(const Endpoint &endpoint, QStringList *optional = nullptr) const;
    QStringList secretKeys(const Connection &connection, QStringList *optional = nullptr) const;
    void setSecrets(const QHash<QString, QString> &values) { m_scope.setSecretValues(values); }

    /// Changes to an endpoint's request for one call: pagination parameters, a next-page URL,
    /// a record to send.
    struct Overrides
    {
        KeyValues query;        ///< set (replacing same-named) query parameters
        QUrl absoluteUrl;       ///< a next-page URL from the API: used instead of base + path
        const Json *record = nullptr; ///< for {{record.field}}
        const QHash<QString, QString> *values = nullptr; ///< for {{name}}, before the variables ({{keys}})
        std::optional<QByteArray> body; ///< instead of the endpoint's body template
    };
    Result<PreparedRequest> build(const Endpoint &endpoint, const Overrides &overrides) const;
    Result<PreparedRequest> build(const Endpoint &endpoint) const { return build(endpoint, Overrides{}); }

    /// A request typed by hand in the console: method, a URL template (absolute, or relative to
    /// the connection's base URL), headers and body, signed by `connection` (may be null).
    Result<PreparedRequest> buildAdHoc(const Connection *connection, const QString &method,
                                       const QString &urlTemplate, const KeyValues &query,
                                       const KeyValues &headers, const QString &bodyTemplate) const;

    const VariableScope &scope() const { return m_scope; }

private:
    Result<PreparedRequest> assemble(const Connection *connection, const QString &method,
                                     const QString &pathTemplate, const KeyValues &query,
                                     const KeyValues &headers, const QString &bodyTemplate,
                                     const QString &what, const Overrides &overrides,
                                     TemplateRenderer::Context pathContext) const;
    Result<ResolvedAuth> resolveAuth(const Connection &c, Redactor *redactor) const;

    const Project &m_project;
    VariableScope m_scope;
};

} // namespace patchbay

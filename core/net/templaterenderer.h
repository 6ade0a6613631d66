#pragma once

#include "net/redactor.h"
#include "net/variablescope.h"
#include "util/json.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace patchbay {

/// Renders `{{name}}` templates, safely for where the text goes:
/// - Raw: as is (a base URL made of variables);
/// - PathSegment: every value percent-encoded, so that "a/b?c=d" stays one path segment;
/// - QueryValue: as is; the request builder percent-encodes each whole query value; a value
///   placed between single quotes ('{{record.email}}', as a query language such as SOQL quotes
///   text) has its quotes and backslashes escaped with a backslash, so it cannot end the text;
/// - Header: a value with a CR or LF is refused (it would add headers of its own);
/// - JsonBody: a value inside a JSON string literal is JSON-escaped, so quotes cannot break out.
/// `{{record.path}}` reads a field of the record being sent; in a path it must have a value
/// ("/contacts/" would address the whole list). An unknown variable is an error
/// that names it and where it is used; nothing is sent.
class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::TemplateRenderer)

public:
    enum class Context { Raw, PathSegment, QueryValue, Header, JsonBody };

    /// `values`: names that stand for themselves in this request only ({{keys}} of a batched
    /// lookup), before the variables.
    TemplateRenderer(const VariableScope &scope, Redactor *redactor, const Json *record = nullptr,
                     const QHash<QString, QString> *values = nullptr)
        : m_scope(scope), m_redactor(redactor), m_record(record), m_values(values)
    {
    }

    /// Describes the place for messages, e.g. `the query parameter "page" of endpoint
    /// "list-customers"`; asked for only when there is a message to write.
    using Where = std::function<QString()>;

    Result<QString> render(const QString &text, Context context, const Where &where) const;

private:
    Result<QString> lookup(QStringView name, const Where &where) const;

    const VariableScope &m_scope;
    Redactor *m_redactor;
    const Json *m_record;
    const QHash<QString, QString> *m_values;
};

} // namespace patchbay

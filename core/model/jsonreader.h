#pragma once

#include "util/problem.h"
#include "util/json.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <optional>

namespace patchbay {

/// Reads the fields of one JSON object into model values, collecting a problem for every field
/// that is missing, of the wrong type or out of range, and — on finish() — for every field it
/// does not know, with a "did you mean" when one is close. It never stops at the first problem.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(patchbay::JsonReader)

public:
    enum Need { Optional, Required };

    /// `value` must outlive the reader. A non-object value is reported once, at `path`.
    JsonReader(const Json &value, JsonPath path, Problems *problems);

    bool isObject() const { return m_object != nullptr; }
    bool has(const char *key) const;
    JsonPath pathOf(const char *key) const { return m_path.key(QString::fromUtf8(key)); }
    const JsonPath &path() const { return m_path; }

    QString string(const char *key, Need need = Optional, const QString &fallback = {});
    int integer(const char *key, int fallback, int min, int max);
    qint64 integer64(const char *key, qint64 fallback, qint64 min, qint64 max);
    double number(const char *key, double fallback, double min, double max);
    bool boolean(const char *key, bool fallback);
    /// One of `names` (exact spelling); its index, or `fallback` when absent or unknown.
    /// `what` names the setting in the message: `unknown auth type "oauth3"; expected …`.
    int choice(const char *key, const QStringList &names, int fallback, const QString &what,
               Need need = Optional);
    /// Any value; nullptr when absent. Marks the key as known.
    const Json *value(const char *key, Need need = Optional);
    const Json *object(const char *key, Need need = Optional);
    const Json *array(const char *key, Need need = Optional);

    /// Reports every key that was never asked for.
    void finish();
    /// Marks keys as known without reading them (e.g. fields read elsewhere).
    void accept(const char *key);

    void error(const JsonPath &path, const QString &message);
    void warning(const JsonPath &path, const QString &message);

private:
    const Json *lookup(const char *key, Need need);
    void typeError(const char *key, const QString &expected, const Json &found);

    const Json *m_object = nullptr;
    JsonPath m_path;
    Problems *m_problems;
    QSet<QString> m_known;
};

} // namespace patchbay

#include "secretstore.h"

#include <QEventLoop>

namespace patchbay {

namespace {

template<typename R, typename Start>
R runNow(Start start)
{
    std::optional<R> result;
    QEventLoop loop;
    start(&loop, [&](R r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return std::move(*result);
}

QString envName(QString part)
{
    part = part.toUpper();
    for (QChar &c : part) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            c = u'_';
    }
    return part;
}

} // namespace

Result<QString> SecretStore::readNow(const QString &key)
{
    return runNow<Result<QString>>([&](QObject *ctx, ReadCallback cb) { read(key, ctx, std::move(cb)); });
}

Result<void> SecretStore::writeNow(const QString &key, const QString &value)
{
    return runNow<Result<void>>(
        [&](QObject *ctx, DoneCallback cb) { write(key, value, ctx, std::move(cb)); });
}

Result<void> SecretStore::removeNow(const QString &key)
{
    return runNow<Result<void>>([&](QObject *ctx, DoneCallback cb) { remove(key, ctx, std::move(cb)); });
}

namespace SecretKeys {

QString connectionField(const QString &projectId, const QString &connectionId, const QString &field)
{
    return projectId + u'/' + connectionId + u'/' + field;
}

QString variable(const QString &projectId, const QString &environment, const QString &name)
{
    const QString owner = environment.isEmpty() ? QStringLiteral("@project")
                                                : QStringLiteral("@env.") + environment;
    return projectId + u'/' + owner + u'/' + name;
}

QString environmentVariable(const QString &key)
{
    const QStringList parts = key.split(u'/');
    if (parts.size() != 3)
        return QStringLiteral("PATCHBAY_SECRET_") + envName(key);
    if (parts[1].startsWith(u'@'))
        return QStringLiteral("PATCHBAY_SECRET_VAR_") + envName(parts[2]);
    return QStringLiteral("PATCHBAY_SECRET_") + envName(parts[1]) + u'_' + envName(parts[2]);
}

} // namespace SecretKeys

} // namespace patchbay

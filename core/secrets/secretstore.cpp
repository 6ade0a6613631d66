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

namespace {

struct ReadAllState
{
    QStringList keys;
    QStringList optional;
    QHash<QString, QString> values;
    SecretStore::ReadAllCallback done;
    qsizetype next = 0;
};

// Each read's callback holds the state and starts the next read: nothing is kept once the
// last callback has run (or was dropped with its context).
void readNext(SecretStore *store, const std::shared_ptr<ReadAllState> &state, QObject *context)
{
    if (state->next >= state->keys.size()) {
        state->done(state->values);
        return;
    }
    const QString key = state->keys.at(state->next++);
    store->read(key, context, [store, state, context, key](Result<QString> v) {
        if (v)
            state->values.insert(key, *v);
        else if (!(state->optional.contains(key) && v.error().code == u"secrets.missing"))
            return state->done(v.error());
        readNext(store, state, context);
    });
}

} // namespace

void SecretStore::readAll(const QStringList &keys, const QStringList &optional, QObject *context, ReadAllCallback done)
{
    readNext(this, std::make_shared<ReadAllState>(ReadAllState{keys, optional, {}, std::move(done)}), context);
}

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

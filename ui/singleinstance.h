#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace patchbay::ui {

/// One Patchbay window per user and data directory: the first start listens on a local socket
/// (readable by the user alone); a second start hands its arguments over and exits, and the
/// first brings its window to the front (and opens the project it was given).
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);

    /// True if another instance took `arguments`: this one should exit.
    bool handOver(const QStringList &arguments, int timeoutMs = 2000);
    /// Starts listening; false (with `error`) if that failed (Patchbay runs anyway).
    bool listen(QString *error = nullptr);

Q_SIGNALS:
    /// Another start asked this one to come forward, with its arguments.
    void activated(const QStringList &arguments);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace patchbay::ui

#pragma once

#include "agent/mcpserver.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QLocalServer;
class QLocalSocket;

namespace patchbay {

/// How `patchbay-cli mcp` asks the user's Patchbay window for a yes before an agent's call that
/// needs one (docs/agents.md): a local socket per user and data directory
/// (`DataDir::socketName(dir, "agent")`), open to the user alone. One JSON object a line each
/// way — the question `{"client", "project", "tool", "action", "arguments"}`, the answer
/// `{"allowed": true|false}`. The window listens (`listen`, `asked`, `answer`); the server
/// asks (`ask`). No window, or one that goes away before answering, is `NoOneToAsk`.
class ConfirmationChannel : public QObject
{
    Q_OBJECT

public:
    explicit ConfirmationChannel(const QString &dataDir, QObject *parent = nullptr);
    ~ConfirmationChannel() override;

    /// Asks the window on `dataDir`; `answer` is called once, on `context`'s thread, unless
    /// `context` is deleted first.
    static void ask(const QString &dataDir, const McpServer::Confirmation &question, QObject *context, McpServer::Answer answer);

    /// The window's side: starts listening; false with `error` if it cannot.
    bool listen(QString *error = nullptr);
    /// The answer to question `id` (from `asked`); a question withdrawn meanwhile is ignored.
    void answer(int id, bool allowed);
    /// Questions not answered yet.
    int pending() const { return int(m_waiting.size()); }

Q_SIGNALS:
    /// An agent's call waits for the user's yes or no (answer with `answer(id, …)`).
    void asked(int id, const patchbay::McpServer::Confirmation &question);
    /// The asking server went away before an answer: the question is moot.
    void withdrawn(int id);

private:
    void read(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
    QHash<int, QPointer<QLocalSocket>> m_waiting;
    int m_nextId = 1;
};

} // namespace patchbay

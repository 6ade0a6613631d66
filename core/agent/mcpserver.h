#pragma once

#include "model/project.h"
#include "util/json.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace patchbay {

class HttpClient;
class SecretStore;
class Store;

/// Patchbay as a Model Context Protocol server (docs/agents.md): the project's agent tools —
/// and nothing else — for an AI agent. JSON-RPC 2.0 messages in (`receive`, one message each),
/// messages out (`message`); the transport (stdio for `patchbay-cli mcp`) is the caller's.
///
/// An endpoint tool takes the endpoint's free `{{variables}}` (those neither the project nor the
/// environment defines) and, when the endpoint has a request schema, a `body`; its arguments are
/// checked against its input schema before anything is sent; it answers the status and the
/// JSON body (text, and `structuredContent`), redacted, cut to a size. An integration tool runs
/// the integration (or a dry run) and answers its summary. A tool marked `confirm` asks
/// `Options::confirm` first, and is refused without it. Every call is an audit entry: the
/// client, the tool, a SHA-256 of the arguments, the outcome.
class McpServer : public QObject
{
    Q_OBJECT

public:
    /// A call that waits for a person's yes or no.
    struct Confirmation
    {
        QString client; ///< the MCP client's name, as it introduced itself
        QString project; ///< the project's name
        QString tool;
        QString action; ///< in words: "POST /contacts (Add a mailing-list contact)"
        QString arguments; ///< the call's arguments as indented JSON, cut to a few thousand characters
    };
    enum class Verdict {
        Allowed,
        Denied,
        NoOneToAsk, ///< no Patchbay window to ask, or it went away before answering
    };
    using Answer = std::function<void(Verdict)>;

    struct Options
    {
        QString environment;
        Variables overrides;
        QString dataDir; ///< where integration runs keep their locks
        /// The longest text result; a longer reply is cut, with a note saying so.
        qsizetype maxResultChars = 50000;
        /// The longest message taken (a longer one is answered with an error).
        qsizetype maxMessageBytes = 4 * 1024 * 1024;
        /// Asks whether a call may go ahead; null: calls that need it are refused.
        std::function<void(const Confirmation &, Answer)> confirm;
    };

    McpServer(const Project &project, SecretStore *secrets, Store *store, Options options, QObject *parent = nullptr);
    ~McpServer() override;

    /// The protocol versions this server speaks, newest first.
    static QStringList protocolVersions();

    /// The project changed (its file was saved): the tools are built from it from now on; a
    /// client that was initialized hears `notifications/tools/list_changed` if they changed.
    void setProject(const Project &project);
    /// One JSON-RPC message from the client (a line of stdio, without its newline).
    void receive(const QByteArray &message);
    /// Calls still being answered.
    int callsInFlight() const { return m_inFlight; }
    /// The `tools/list` result of the project now.
    const Json &toolList() const { return m_toolList; }

Q_SIGNALS:
    /// One JSON-RPC message to the client.
    void message(const QByteArray &json);
    /// A line for the log (stderr): calls, refusals; never a secret.
    void log(const QString &line);
    /// The last call in flight was answered.
    void idle();

private:
    struct Call;
    void respond(const Json &id, Json result);
    void respondError(const Json &id, int code, const QString &text, Json data = nullptr);
    void initialize(const Json &id, const Json &params);
    void callTool(const Json &id, const Json &params);
    void sendEndpoint(const std::shared_ptr<Call> &call);
    void runIntegration(const std::shared_ptr<Call> &call);
    void finishCall(const std::shared_ptr<Call> &call, Json result, const QString &outcome, int status = 0);
    /// The tools of the project now, and each one's input schema by name.
    void buildTools();
    Json toolDefinition(const AgentTool &tool) const;
    Json inputSchema(const AgentTool &tool) const;
    /// The free {{variables}} of an endpoint: what the agent fills in.
    QStringList freeVariables(const Endpoint &endpoint) const;
    QString toolText(const QString &text) const;

    std::shared_ptr<const Project> m_project;
    SecretStore *m_secrets;
    Store *m_store;
    Options m_options;
    HttpClient *m_http;
    QString m_clientName;
    QString m_clientVersion;
    Json m_toolList;
    QHash<QString, Json> m_inputSchemas;
    bool m_initialized = false;
    int m_inFlight = 0;
};

} // namespace patchbay

#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTableWidget;
class QTableWidgetItem;

namespace patchbay::ui {

class Document;
class Services;

/// The Agent Access tab (Project › Agent Access…): which endpoints and integrations an AI agent
/// may use through `patchbay-cli mcp` (docs/agents.md) — a row each, ticked or not, with the
/// tool's name, whether each call asks first, and its description for the agent; every change
/// one undo step. Below: the command to give an MCP client, to copy, and the agent calls the
/// audit trail holds.
class AgentAccessEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column { UseColumn, NameColumn, AskColumn, DescriptionColumn, ColumnCount };

    AgentAccessEditor(Document *doc, Services *services, QWidget *parent = nullptr);

    /// The environment the MCP client's command names (the window's).
    void setEnvironment(const QString &environment);
    QTableWidget *tools() const { return m_tools; }
    QTableWidget *calls() const { return m_calls; }
    QPlainTextEdit *snippet() const { return m_snippet; }
    /// The row of an endpoint ("endpoint:ID") or integration ("integration:ID"); -1 if none.
    int rowOf(const QString &key) const;
    /// Reads the agent calls from the audit trail again.
    void reloadCalls();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void refresh();
    void updateSnippet();
    void apply(QTableWidgetItem *changed);

    Document *m_doc;
    Services *m_services;
    QTableWidget *m_tools;
    QTableWidget *m_calls;
    QPlainTextEdit *m_snippet;
    QString m_environment;
    bool m_filling = false;
};

} // namespace patchbay::ui

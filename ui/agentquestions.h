#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace patchbay {
class ConfirmationChannel;
}

namespace patchbay::ui {

/// The window's side of agents' calls that need a yes (docs/agents.md): listens on the data
/// directory's agent socket, and asks "Allow / Deny" in a dialog over `window` for each call —
/// several at once, each its own dialog, which closes by itself when the agent's server ends.
class AgentQuestions : public QObject
{
    Q_OBJECT

public:
    AgentQuestions(const QString &dataDir, QWidget *window);

    /// False, with `error`, if another Patchbay window on the same data directory asks already.
    bool listen(QString *error = nullptr);
    /// The dialogs asking now.
    QList<QMessageBox *> open() const;

private:
    QWidget *m_window;
    ConfirmationChannel *m_channel;
    QHash<int, QPointer<QMessageBox>> m_dialogs;
};

} // namespace patchbay::ui

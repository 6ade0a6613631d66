#pragma once

#include "store/webhookinbox.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace patchbay::ui {

class Services;

/// A webhook's inbox (docs/webhooks.md): the events it received, newest first — when, whether
/// their signature checked out, what became of them and why — with the payload of the one
/// chosen; **Listen for a Test Event** waits for the next delivery and shows it; **Replay** puts
/// an event back to be processed again (its integration runs). Window-modal, opened with open().
class InboxDialog : public QDialog
{
    Q_OBJECT

public:
    InboxDialog(Services *services, QString projectId, QString integrationId, const QString &name, const QString &url,
                QWidget *parent = nullptr);

    QTreeWidget *eventsTree() const { return m_events; }
    QTreeWidget *payloadTree() const { return m_payload; }
    QPushButton *listenButton() const { return m_listen; }
    QPushButton *replayButton() const { return m_replay; }
    QLabel *statusLabel() const { return m_status; }

private:
    void reload(qint64 select = 0);
    void showPayload();
    void onReceived(const QString &projectId, const QString &integrationId, qint64 seq);

    Services *m_services;
    QString m_projectId;
    QString m_integrationId;
    QTreeWidget *m_events;
    QTreeWidget *m_payload;
    QPushButton *m_listen;
    QPushButton *m_replay;
    QLabel *m_status;
    QList<InboxEvent> m_shown;
    bool m_listening = false;
};

} // namespace patchbay::ui

#pragma once

#include "schedule/schedulinghost.h"
#include "sync/syncrun.h"

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace patchbay::ui {

class MainWindow;
class Services;
struct WebhookListenSettings;

/// Patchbay in the system tray: an icon that shows idle, running or failed; a menu with Open
/// Patchbay, Run now ▸, Pause/Resume schedules, the last five runs and Quit; notifications when
/// a scheduled run fails (and, if wanted, succeeds). It is a view of the data directory's
/// SchedulingHost, which runs the open project's schedules while the window is closed — unless
/// another scheduler (`patchbay-cli daemon`, another window) holds the directory's scheduler
/// lock: one directory, one scheduler.
class TrayController : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Failed };
    Q_ENUM(State)

    TrayController(MainWindow *window, Services *services, Scheduler::Clock clock = {}, QObject *parent = nullptr);
    ~TrayController() override;

    /// Whether the desktop shows tray icons; without one, schedules run only while the window is
    /// open (the window says so). Tests may pretend either way.
    bool trayAvailable() const { return m_trayAvailable; }
    void setTrayAvailable(bool available);

    Scheduler *scheduler() { return m_host.scheduler(); }
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *icon() const { return m_icon; }
    State state() const { return m_state; }
    /// True if this window runs the schedules of its data directory.
    bool holdsSchedulerLock() const { return m_host.holdsLock(); }
    /// Why the schedules do not run here ("" when they do).
    QString schedulerNote() const { return m_note; }
    QString webhookNote() const { return m_webhookNote; }
    /// Where webhooks are received ("" when they are not).
    QUrl webhookUrl() const { return m_host.webhookUrl(); }

    void setPaused(bool paused);
    bool notifyOnSuccess() const;
    void setNotifyOnSuccess(bool on);

    /// The XDG autostart entry ("Start at login").
    static QString autostartFile();
    bool startsAtLogin() const;
    bool setStartAtLogin(bool on);

    QAction *pauseAction() const { return m_pause; }
    QMenu *runNowMenu() const { return m_runNow; }
    QMenu *lastRunsMenu() const { return m_lastRunsSection; }

Q_SIGNALS:
    /// A notification was shown (or would have been, without a tray).
    void notified(const QString &title, const QString &message);
    void stateChanged(patchbay::ui::TrayController::State state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenu();
    void reloadJobs();
    /// Listens for webhooks at the `webhooks/listen` setting (127.0.0.1:8790 unless set).
    void listenForWebhooks();
    /// Listens with `settings`; why it cannot, or "".
    QString listenWith(const WebhookListenSettings &settings);
    /// Webhook Address…: where to listen, asked (window-modal), kept, and listened at at once.
    void askWebhookAddress();
    void rebuildRunNow();
    void rebuildLastRuns();
    void onRunFinished(const QString &name, const SyncSummary &summary, bool scheduled);
    void setState(State state);
    void notify(const QString &title, const QString &message, bool failure);

    MainWindow *m_window;
    Services *m_services;
    SchedulingHost m_host;
    QString m_note;
    QString m_webhookNote; ///< why webhook events cannot be received, if they cannot
    QAction *m_webhookAddress = nullptr;
    bool m_trayAvailable;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QMenu *m_runNow = nullptr;
    QMenu *m_lastRunsSection = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_autostart = nullptr;
    QAction *m_notifySuccess = nullptr;
    State m_state = State::Idle;
};

} // namespace patchbay::ui

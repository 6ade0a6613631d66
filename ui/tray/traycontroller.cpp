#include "traycontroller.h"

#include "store/runstore.h"
#include "ui/dialogs/webhooklistendialog.h"
#include "ui/mainwindow.h"
#include "sync/runhost.h"
#include "ui/runs/runsview.h"
#include "ui/services.h"
#include "ui/theme.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace patchbay::ui {

namespace {

QIcon stateIcon(TrayController::State state, bool darkPanel)
{
    // Drawn, so that it follows the state and the desktop's palette without image files: a patch
    // cable's plug in a circle. On a dark panel the circle is lighter and the plug dark, so that the
    // icon stands out there as much as on a light one.
    QColor color;
    switch (state) {
    case TrayController::State::Failed: color = darkPanel ? QColor(0xf1, 0x94, 0x8a) : QColor(0xc0, 0x39, 0x2b); break;
    case TrayController::State::Running: color = darkPanel ? QColor(0x85, 0xc1, 0xe9) : QColor(0x24, 0x71, 0xa3); break;
    case TrayController::State::Idle: color = darkPanel ? QColor(0xd5, 0xdb, 0xe1) : QColor(0x5d, 0x6d, 0x7e); break;
    }
    const QColor plug = darkPanel ? QColor(0x1c, 0x23, 0x2b) : QColor(Qt::white);
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        p.setBrush(plug);
        const double u = size / 16.0;
        p.drawRoundedRect(QRectF(4 * u, 6 * u, 8 * u, 5 * u), u, u); // the plug
        p.drawRect(QRectF(5.5 * u, 3 * u, 1.5 * u, 3 * u));          // its pins
        p.drawRect(QRectF(9 * u, 3 * u, 1.5 * u, 3 * u));
        p.drawRect(QRectF(7.25 * u, 11 * u, 1.5 * u, 3 * u));         // the cable
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString statusSymbol(RunStatus status)
{
    switch (status) {
    case RunStatus::Succeeded: return QStringLiteral("✓");
    case RunStatus::Running: return QStringLiteral("…");
    case RunStatus::Partial:
    case RunStatus::Paused: return QStringLiteral("!");
    case RunStatus::Failed:
    case RunStatus::Cancelled:
    case RunStatus::Crashed: break;
    }
    return QStringLiteral("✗");
}

} // namespace

TrayController::TrayController(MainWindow *window, Services *services, Scheduler::Clock clock, QObject *parent)
    : QObject(parent), m_window(window), m_services(services),
      m_host(window->runs(), services->dataDir(), std::move(clock)),
      m_trayAvailable(QSystemTrayIcon::isSystemTrayAvailable()), m_icon(new QSystemTrayIcon(this)),
      m_menu(new QMenu(window))
{
    buildMenu();
    m_icon->setIcon(stateIcon(State::Idle, theme::isDark(QGuiApplication::palette())));
    qApp->installEventFilter(this); // the desktop's palette changes: the icon follows it
    m_icon->setToolTip(tr("Patchbay"));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
    });
    m_host.followProject([this] { return m_window->project(); }, [this] { return m_window->environment(); });
    connect(&m_host, &SchedulingHost::skipped, this, [this](const ScheduledJob &job, const QString &why) {
        m_window->statusBar()->showMessage(tr("Skipped the scheduled run of “%1”: %2").arg(job.integrationName, why), 15000);
    });
    connect(m_window, &MainWindow::projectChanged, this, [this] {
        reloadJobs();
        rebuildRunNow();
        rebuildLastRuns();
    });
    RunHost *runs = m_window->runs();
    connect(runs, &RunHost::started, this, [this] { setState(State::Running); });
    connect(&m_host, &SchedulingHost::runFinished, this,
            [this](const QString &, const QString &name, const SyncSummary &s, bool scheduled) { onRunFinished(name, s, scheduled); });
    connect(&m_host, &SchedulingHost::failedToStart, this,
            [this](const ScheduledJob &, const QString &message) { notify(tr("A scheduled run did not start"), message, true); });
    connect(m_window, &MainWindow::keptInTray, this,
            [this](const QString &title, const QString &message) { notify(title, message, false); });
    setTrayAvailable(m_trayAvailable);
    if (!m_host.takeLock()) {
        const SchedulerLockHolder holder = m_host.holder();
        m_note = tr("Schedules are run by another scheduler (%1, process %2): only one may run them, or "
                    "integrations would run twice.")
                     .arg(holder.app.isEmpty() ? tr("unknown") : holder.app)
                     .arg(holder.pid);
    }
    if (m_host.holdsLock())
        listenForWebhooks();
    reloadJobs();
    rebuildRunNow();
    rebuildLastRuns();
    m_host.start();
}

void TrayController::askWebhookAddress()
{
    auto *dialog = new WebhookListenDialog(
        Services::webhookListen(),
        [this](const WebhookListenSettings &settings) {
            if (!m_host.holdsLock()) { // kept for when this window runs the schedules
                Services::setWebhookListen(settings);
                return QString();
            }
            const QString error = listenWith(settings);
            if (!error.isEmpty()) {
                listenWith(Services::webhookListen()); // where it listened before
                return error;
            }
            Services::setWebhookListen(settings);
            m_webhookNote.clear();
            m_window->statusBar()->showMessage(tr("Webhooks are received at %1.").arg(m_host.webhookUrl().toString()), 15000);
            return QString();
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TrayController::listenForWebhooks()
{
    // On this machine only, unless the settings say otherwise (docs/webhooks.md).
    const QString error = listenWith(Services::webhookListen());
    if (!error.isEmpty()) {
        m_webhookNote = tr("Webhook events cannot be received: %1").arg(error);
        m_window->statusBar()->showMessage(m_webhookNote, 15000);
    }
}

QString TrayController::listenWith(const WebhookListenSettings &settings)
{
    WebhookListener::Options options;
    QString error;
    Store *store = m_services->store(); // opened here: the listener's thread only uses it (its own connection)
    options.certFile = settings.certFile;
    options.keyFile = settings.keyFile;
    if (!WebhookListener::parseAddress(settings.address, &options))
        return tr("“%1” is not an address and port such as 127.0.0.1:8790").arg(settings.address);
    if (!store)
        return m_services->storeError();
    if (!m_host.listenForWebhooks(options, [store](QString *) { return store; }, m_services->secrets(), &error))
        return tr("%1 (%2)").arg(error, settings.address);
    if (m_services->webhooks() != m_host.webhooks()) {
        m_services->setWebhooks(m_host.webhooks()); // for the inbox's Listen for a Test Event
        // what the user must fix (a webhook's secret variable not set, say) is said where they look
        connect(m_host.webhooks(), &WebhookListener::problem, this,
                [this](const QString &message) { m_window->statusBar()->showMessage(message, 15000); });
    }
    return QString();
}

TrayController::~TrayController() = default;

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        m_icon->setIcon(stateIcon(m_state, theme::isDark(QGuiApplication::palette())));
    return QObject::eventFilter(watched, event);
}

void TrayController::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
    m_window->setCloseToTray(available);
    if (available)
        m_icon->show();
    else
        m_icon->hide();
    reloadJobs(); // the note says where schedules run
}

void TrayController::buildMenu()
{
    m_menu->addAction(tr("Open Patchbay"), this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    m_runNow = m_menu->addMenu(tr("Run now"));
    m_pause = m_menu->addAction(tr("Pause all schedules"), this, [this] { setPaused(!m_host.isPaused()); });
    m_noteAction = m_menu->addAction(QString());
    m_noteAction->setEnabled(false);
    m_menu->addSeparator();
    m_lastRunsSection = m_menu->addMenu(tr("Last runs"));
    connect(m_menu, &QMenu::aboutToShow, this, &TrayController::rebuildLastRuns);
    m_menu->addSeparator();
    m_autostart = m_menu->addAction(tr("Start at login"));
    m_autostart->setCheckable(true);
    m_autostart->setChecked(startsAtLogin());
    connect(m_autostart, &QAction::toggled, this, [this](bool on) {
        if (!setStartAtLogin(on)) {
            const QSignalBlocker block(m_autostart);
            m_autostart->setChecked(!on);
        }
    });
    m_notifySuccess = m_menu->addAction(tr("Notify when runs succeed"));
    m_notifySuccess->setCheckable(true);
    m_notifySuccess->setChecked(notifyOnSuccess());
    connect(m_notifySuccess, &QAction::toggled, this, &TrayController::setNotifyOnSuccess);
    m_webhookAddress = m_menu->addAction(tr("Webhook Address…"), this, &TrayController::askWebhookAddress);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit Patchbay"), m_window, &MainWindow::quit);
}

void TrayController::reloadJobs()
{
    const QStringList problems = m_host.projectChanged(m_window->filePath());
    const QList<ScheduledJob> &jobs = m_host.scheduler()->jobs();
    QString note = m_note;
    if (note.isEmpty()) {
        if (!problems.isEmpty())
            note = problems.join(u'\n');
        else if (jobs.isEmpty())
            note = tr("No schedules in the open project");
        else
            note = tr("%n schedule(s) active", "", int(jobs.size()));
    }
    m_noteAction->setText(note);
    m_pause->setEnabled(m_host.holdsLock());
    if (!m_trayAvailable && !jobs.isEmpty())
        m_window->statusBar()->showMessage(tr("There is no system tray: schedules run only while this window is "
                                              "open. To run them without a window, use `patchbay-cli daemon`."),
                                           20000);
}

void TrayController::rebuildRunNow() { m_window->fillRunMenu(m_runNow); }

void TrayController::rebuildLastRuns()
{
    m_lastRunsSection->clear();
    Store *store = m_window->project() ? m_services->store() : nullptr;
    Result<QList<RunRecord>> runs = store ? RunStore(store).runs(5, m_window->project()->id)
                                          : Result<QList<RunRecord>>(QList<RunRecord>{});
    if (!runs || runs->isEmpty()) {
        m_lastRunsSection->addAction(tr("(no runs yet)"))->setEnabled(false);
        return;
    }
    for (const RunRecord &r : *runs) {
        const Integration *in = m_window->project()->integration(r.integrationId);
        const qint64 id = r.id;
        m_lastRunsSection->addAction(tr("%1 %2 — %3, %4")
                                         .arg(statusSymbol(r.status), in ? in->name : r.integrationId,
                                              RunsModel::statusText(r.status),
                                              QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat)),
                                     this, [this, id] {
                                         m_window->showNormal();
                                         m_window->raise();
                                         m_window->runsView()->selectRun(id);
                                     });
    }
}

void TrayController::setPaused(bool paused)
{
    m_host.setPaused(paused);
    m_pause->setText(paused ? tr("Resume schedules") : tr("Pause all schedules"));
    m_window->statusBar()->showMessage(paused ? tr("Schedules paused") : tr("Schedules resumed"), 5000);
}

bool TrayController::notifyOnSuccess() const { return QSettings().value(QStringLiteral("tray/notifySuccess"), false).toBool(); }

void TrayController::setNotifyOnSuccess(bool on)
{
    QSettings().setValue(QStringLiteral("tray/notifySuccess"), on);
    if (m_notifySuccess->isChecked() != on)
        m_notifySuccess->setChecked(on);
}

QString TrayController::autostartFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/patchbay.desktop");
}

bool TrayController::startsAtLogin() const { return QFile::exists(autostartFile()); }

bool TrayController::setStartAtLogin(bool on)
{
    const QString file = autostartFile();
    if (!on)
        return !QFile::exists(file) || QFile::remove(file);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return false;
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_window->statusBar()->showMessage(tr("Cannot write %1: %2").arg(file, f.errorString()), 15000);
        return false;
    }
    // Exec quoted per the Desktop Entry spec; --hidden starts in the tray.
    QString exec = QApplication::applicationFilePath();
    exec.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    f.write(QStringLiteral("[Desktop Entry]\nType=Application\nName=Patchbay\nComment=%1\nExec=\"%2\" --hidden\n"
                           "Icon=patchbay\nTerminal=false\nX-GNOME-Autostart-enabled=true\n")
                .arg(tr("Runs Patchbay's schedules in the system tray"), exec)
                .toUtf8());
    return f.flush();
}

void TrayController::onRunFinished(const QString &name, const SyncSummary &summary, bool scheduled)
{
    const bool bad = endedBadly(summary.status);
    setState(bad ? State::Failed : (m_window->runs()->runningCount() > 0 ? State::Running : State::Idle));
    rebuildLastRuns();
    if (bad && (scheduled || !m_window->isVisible()))
        notify(tr("“%1” %2").arg(name, RunsModel::statusText(summary.status)),
               summary.message.isEmpty() ? tr("%1 written, %2 failed. Open Patchbay to see why.")
                                               .arg(summary.counts.written)
                                               .arg(summary.counts.dead + summary.counts.failed)
                                         : summary.message,
               true);
    else if (!bad && scheduled && notifyOnSuccess())
        notify(tr("“%1” succeeded").arg(name), tr("%1 records written.").arg(summary.counts.written), false);
}

void TrayController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    m_icon->setIcon(stateIcon(state, theme::isDark(QGuiApplication::palette())));
    m_icon->setToolTip(state == State::Failed    ? tr("Patchbay — the last run failed")
                       : state == State::Running ? tr("Patchbay — running")
                                                 : tr("Patchbay"));
    Q_EMIT stateChanged(state);
}

void TrayController::notify(const QString &title, const QString &message, bool failure)
{
    if (m_trayAvailable && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, message, failure ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information, 10000);
    else
        m_window->statusBar()->showMessage(title + QStringLiteral(": ") + message, 30000);
    Q_EMIT notified(title, message);
}

} // namespace patchbay::ui

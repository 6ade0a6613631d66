#pragma once

#include "model/project.h"
#include "store/runstore.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QChartView;
class QChart;

namespace patchbay::ui {

class Services;

/// The runs of a project as a table: integration, trigger, status, counts, duration, start.
class RunsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IntegrationColumn, TriggerColumn, StatusColumn, ReadColumn, WrittenColumn, SkippedColumn,
                  DeadColumn, DurationColumn, StartedColumn, ColumnCount };
    static constexpr int RunIdRole = Qt::UserRole;

    explicit RunsModel(QObject *parent = nullptr);
    void setRuns(const QList<RunRecord> &runs, const QHash<QString, QString> &integrationNames);
    const QList<RunRecord> &runs() const { return m_runs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusText(RunStatus status);

private:
    QList<RunRecord> m_runs;
    QHash<QString, QString> m_names;
};

/// The runs view: the table of runs with a filter; for the selected run its events and dead
/// letters ("Send again"); a chart of the last runs of its integration (records written and
/// failed per run).
class RunsView : public QWidget
{
    Q_OBJECT

public:
    RunsView(Services *services, QWidget *parent = nullptr);

    /// The project whose runs are shown (null: none) and the environment dead letters are sent in.
    void setProject(const Project *project);
    void setEnvironment(const QString &environment) { m_environment = environment; }
    void reload();
    void selectRun(qint64 runId);
    /// Shows only this integration's runs ("" for all).
    void setIntegrationFilter(const QString &integrationId);
    /// Sends the selected run's integration's open dead letters again (selected rows, or all).
    void sendAgain();

    RunsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QTableWidget *eventsTable() const { return m_events; }
    QTableWidget *deadLettersTable() const { return m_dead; }
    QLineEdit *filterEdit() const { return m_filter; }
    QChart *chart() const;
    QPushButton *sendAgainButton() const { return m_sendAgain; }
    QPushButton *acceptSchemaButton() const { return m_acceptSchema; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void retryFinished(int resolved, int failed);
    /// "Accept new schema" for a run that saw the source's records change shape.
    void acceptSchemaRequested(qint64 runId);

private:
    void showDetails();
    void updateChart(const QString &integrationId);
    qint64 selectedRunId() const;

    Services *m_services;
    const Project *m_project = nullptr;
    QString m_environment;
    RunsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_integration;
    QTableView *m_table;
    QLabel *m_summary;
    QTableWidget *m_events;
    QTableWidget *m_dead;
    QPushButton *m_sendAgain;
    QPushButton *m_acceptSchema;
    QChartView *m_chartView;
    QString m_chartIntegration;
};

} // namespace patchbay::ui

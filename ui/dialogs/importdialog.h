#pragma once

#include "importers/openapiimporter.h"
#include "importers/specdiff.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QThread;
class QTreeWidget;

namespace patchbay::ui {

/// File › Import…: an OpenAPI 3 / Swagger 2 spec (JSON or YAML) or a Postman collection from a
/// file, or a pasted cURL command. Files are read on a worker thread with a progress bar and can
/// be cancelled; the result — what it would add, and the problems met — is shown before it is
/// applied (by the window, as one undoable step).
///
/// A spec can also be read onto a connection the project has (Into: “Update …”, or the
/// explorer's Update from Spec…): then the dialog lists what the new spec changes, each
/// breaking or not, with the integrations and mapping lines a breaking one reaches, and the
/// user ticks the ones to apply (docs/imports.md, "Re-importing a spec").
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// What was read, ready to merge; empty until finished() with ok.
    const ImportResult &result() const { return m_result; }
    /// Secrets found in the source (cURL token, a Postman collection's literal password):
    /// connection id in the result → field → value, for the keychain.
    const QHash<QString, QHash<QString, QString>> &secrets() const { return m_secrets; }

    /// The project an import goes into: its connections can be updated from a spec.
    void setProject(const Project &project, const QString &projectFile);
    /// Chooses the connection to update ("" for a new connection), and puts its spec's file
    /// in the path field.
    void setUpdateTarget(const QString &connectionId);
    /// The connection being updated; "" when the import adds a new one.
    QString updateTarget() const;
    /// The changes read onto updateTarget(), and the indexes of those ticked.
    const SpecDiff &specDiff() const { return m_diff; }
    QList<int> chosenChanges() const;
    /// The spec origin to record for the file read, in the project's terms.
    QString specOrigin() const;

    /// Reads a file (OpenAPI/Swagger or Postman, told apart by content) in the background.
    void importFile(const QString &path);
    /// Reads a cURL command now.
    void importCurl(const QString &command);
    void cancel();
    bool isBusy() const { return m_worker != nullptr; }

    QListWidget *problemsList() const { return m_problems; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }
    QTreeWidget *changesTree() const { return m_changes; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void showResult();
    void showChanges();
    void setBusy(bool busy);

    QTabWidget *m_tabs;
    QLineEdit *m_path;
    QPlainTextEdit *m_curl;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QListWidget *m_problems;
    QComboBox *m_into;
    QTreeWidget *m_changes;
    QPushButton *m_read;
    QPushButton *m_import;
    QPointer<QThread> m_worker;
    int m_generation = 0;
    ImportResult m_result;
    QString m_readPath; ///< the file m_result was read from
    Project m_project;
    QString m_projectFile;
    SpecDiff m_diff;
    QHash<QString, QHash<QString, QString>> m_secrets;
};

} // namespace patchbay::ui

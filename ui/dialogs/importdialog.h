#pragma once

#include "importers/openapiimporter.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QThread;

namespace patchbay::ui {

/// File › Import…: an OpenAPI 3 / Swagger 2 spec (JSON or YAML) or a Postman collection from a
/// file, or a pasted cURL command. Files are read on a worker thread with a progress bar and can
/// be cancelled; the result — what it would add, and the problems met — is shown before it is
/// applied (by the window, as one undoable step).
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

    /// Reads a file (OpenAPI/Swagger or Postman, told apart by content) in the background.
    void importFile(const QString &path);
    /// Reads a cURL command now.
    void importCurl(const QString &command);
    void cancel();
    bool isBusy() const { return m_worker != nullptr; }

    QListWidget *problemsList() const { return m_problems; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void showResult();
    void setBusy(bool busy);

    QTabWidget *m_tabs;
    QLineEdit *m_path;
    QPlainTextEdit *m_curl;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QListWidget *m_problems;
    QPushButton *m_read;
    QPushButton *m_import;
    QPointer<QThread> m_worker;
    int m_generation = 0;
    ImportResult m_result;
    QHash<QString, QHash<QString, QString>> m_secrets;
};

} // namespace patchbay::ui

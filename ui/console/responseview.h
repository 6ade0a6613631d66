#pragma once

#include "net/httpresult.h"
#include "util/json.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace patchbay::ui {

/// A reply as Postman shows it: a status badge, the duration and size; the body as a
/// collapsible JSON tree, as pretty text and as raw text; the headers; a search over all of it.
/// A failure (refused, DNS, TLS, timeout, …) is shown in words with what to do.
class ResponseView : public QWidget
{
    Q_OBJECT

public:
    explicit ResponseView(QWidget *parent = nullptr);

    void clear();
    void showSending(const QString &what);
    void showResult(const HttpResult &result);
    /// A problem before anything was sent (an unknown variable, a missing secret).
    void showNotSent(const QString &message);

    /// Finds `text` in the current view; returns the number of matches in the tree.
    int search(const QString &text);

    QLabel *statusBadge() const { return m_badge; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *errorLabel() const { return m_error; }
    QTreeWidget *tree() const { return m_tree; }
    QPlainTextEdit *prettyText() const { return m_pretty; }
    QPlainTextEdit *rawText() const { return m_raw; }
    QTableWidget *headersTable() const { return m_headers; }
    QTabWidget *views() const { return m_views; }

    /// The most children a tree node shows before "… n more" (large replies stay quick).
    static constexpr int MaxChildren = 500;
    /// `value` as rows of `tree` (name, value; objects and lists open up), as the reply's tree shows it.
    static void fillJsonTree(QTreeWidget *tree, const Json &value);

private:
    void setBadge(const QString &text, const QString &color);

    QLabel *m_badge;
    QLabel *m_details;
    QLabel *m_error;
    QLineEdit *m_search;
    QLabel *m_matches;
    QTabWidget *m_views;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_pretty;
    QPlainTextEdit *m_raw;
    QTableWidget *m_headers;
};

} // namespace patchbay::ui

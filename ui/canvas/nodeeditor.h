#pragma once

#include "expr/filterrules.h"
#include "model/integration.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace patchbay {
struct Endpoint;
struct Project;
} // namespace patchbay

namespace patchbay::ui {

class Document;

/// The side panel of the canvas where a node is set up, in words rather than in the project
/// file's terms: a Source's endpoint, how it pages, whether it reads only what changed and
/// "Run from the beginning"; a Filter's rows ("status ▾ is ▾ pending ▾", joined by all or any,
/// values offered from the samples) with its formula and how many sample records it keeps; a
/// Map's mapping editor; a Target's endpoint, what it does with each record (create, update, upsert,
/// delete) and whether records go one a request or in batches; a Lookup's endpoint, the name its
/// answer gets in the record and what it keeps of it; a Branch's outputs, each a name, a condition
/// and where its records go.
/// Every change is one undoable step (typing in one field merges into one).
class NodeEditor : public QWidget
{
    Q_OBJECT

public:
    NodeEditor(Document *doc, QString integrationId, QWidget *parent = nullptr);

    /// Shows the node's settings ("" for none).
    void setNode(const QString &nodeId);
    const QString &nodeId() const { return m_nodeId; }

    QLabel *titleLabel() const { return m_title; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *endpointBox() const { return m_endpoint; }
    QLabel *pagingLabel() const { return m_paging; }
    QCheckBox *incrementalBox() const { return m_incremental; }
    QComboBox *watermarkFieldBox() const { return m_watermarkField; }
    QLineEdit *watermarkParamEdit() const { return m_watermarkParam; }
    QPushButton *fromBeginningButton() const { return m_fromBeginning; }
    QComboBox *joinBox() const { return m_join; }
    QPushButton *addRuleButton() const { return m_addRule; }
    int ruleCount() const { return int(m_rows.size()); }
    QComboBox *ruleField(int row) const { return m_rows.value(row).field; }
    QComboBox *ruleOp(int row) const { return m_rows.value(row).op; }
    QComboBox *ruleValue(int row) const { return m_rows.value(row).value; }
    QPushButton *ruleRemove(int row) const { return m_rows.value(row).remove; }
    QLineEdit *formulaEdit() const { return m_formula; }
    QLabel *keepsLabel() const { return m_keeps; }
    QSpinBox *batchSizeBox() const { return m_batchSize; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QPushButton *openMappingButton() const { return m_openMapping; }
    QComboBox *writeModeBox() const { return m_writeMode; }
    QLabel *requestLabel() const { return m_request; }
    QLineEdit *lookupAsEdit() const { return m_lookupAs; }
    QLineEdit *recordsPathEdit() const { return m_recordsPath; }
    QComboBox *takeBox() const { return m_take; }
    QCheckBox *notFoundBox() const { return m_notFound; }
    QSpinBox *lookupBatchBox() const { return m_lookupBatch; }
    QComboBox *lookupKeyBox() const { return m_lookupKey; }
    QLineEdit *lookupMatchEdit() const { return m_lookupMatch; }
    QCheckBox *quoteKeysBox() const { return m_quoteKeys; }
    int outputCount() const { return int(m_outputs.size()); }
    QLineEdit *outputName(int row) const { return m_outputs.value(row).name; }
    QLineEdit *outputCondition(int row) const { return m_outputs.value(row).condition; }
    /// Where a branch's output sends its records; the row after the outputs is "otherwise".
    QComboBox *outputGoesTo(int row) const
    {
        return row == m_outputs.size() ? m_otherwiseTo : m_outputs.value(row).goesTo;
    }
    QPushButton *outputRemove(int row) const { return m_outputs.value(row).remove; }
    QPushButton *addOutputButton() const { return m_addOutput; }
    /// Where this node's records go: the keyboard's way to draw a wire.
    QComboBox *sendsToBox() const { return m_sendsTo; }

    /// How an endpoint pages, in words ("Page by page: page=1, 2, … with per_page=100").
    static QString pagingInWords(const Endpoint &e);
    /// The fields a formula can read in the endpoint's records (its schema, or its samples').
    QStringList sourceFields(const Endpoint *e) const;

Q_SIGNALS:
    void mappingRequested(const QString &integrationId, const QString &nodeId);
    /// "Run from the beginning": forget where the last run stopped and what changed since.
    void fromBeginningRequested(const QString &integrationId);
    void closeRequested();
    /// A webhook source's Inbox…: the events sent to `url`.
    void inboxRequested(const QString &integrationId, const QString &url);

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QComboBox *field = nullptr;
        QComboBox *op = nullptr;
        QComboBox *value = nullptr;
        QPushButton *remove = nullptr;
    };

    struct OutputRow
    {
        QWidget *widget = nullptr;
        QLineEdit *name = nullptr;
        QLineEdit *condition = nullptr;
        QComboBox *goesTo = nullptr;
        QPushButton *remove = nullptr;
    };

    const Integration *integration() const;
    const Node *node() const;
    const Endpoint *sourceEndpoint() const;
    void build();
    void refresh();
    void apply(const std::function<void(Node &)> &edit, const QString &what, const QString &mergeKey = {});
    /// An edit of the node and its wires (a branch's outputs).
    void applyWith(const std::function<void(Integration &, Node &)> &edit, const QString &what, const QString &mergeKey = {});
    void buildWebhook(QFormLayout *form, QWidget *content);
    void refreshWebhook(const Node &n);
    QString webhookUrl() const;
    void buildLookup(QFormLayout *form, QWidget *content);
    void buildBranch(QFormLayout *form, QWidget *content);
    /// "Requests at once" (a Target's or a Lookup's concurrency), with its tooltip.
    void addConcurrency(QFormLayout *form, QWidget *content, const QString &tip);
    void refreshBranch(const Node &n);
    /// Fills a "sends to" box: the nodes that output `port` of this node may go to, and where it goes now.
    void fillGoesTo(QComboBox *box, const QString &port);
    void connectOutput(const QString &port, const QString &to);
    void addRow(const FilterRule &rule);
    void rowsChanged();
    void updateKeeps();
    void fillValues(Row &row);
    FilterRules rowsNow() const;

    Document *m_doc;
    QString m_integrationId;
    QString m_nodeId;
    bool m_applying = false;
    QString m_lastCondition; ///< the condition the rows show

    QVBoxLayout *m_layout;
    QLabel *m_title;
    QWidget *m_body = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_endpoint = nullptr;
    QFormLayout *m_form = nullptr;
    // a source: read by each run, or a webhook (docs/webhooks.md)
    QComboBox *m_sourceKind = nullptr;
    QComboBox *m_webhookScheme = nullptr;
    QLineEdit *m_webhookSecret = nullptr;
    QLabel *m_webhookUrl = nullptr;
    QPushButton *m_copyWebhookUrl = nullptr;
    QPushButton *m_openInbox = nullptr;
    QLabel *m_paging = nullptr;
    QCheckBox *m_incremental = nullptr;
    QComboBox *m_watermarkField = nullptr;
    QString m_watermarkFieldsOf; ///< the endpoint whose fields the box offers
    QLineEdit *m_watermarkParam = nullptr;
    QPushButton *m_fromBeginning = nullptr;
    QComboBox *m_join = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QList<Row> m_rows;
    QPushButton *m_addRule = nullptr;
    QLineEdit *m_formula = nullptr;
    QLabel *m_formulaNote = nullptr;
    QLabel *m_keeps = nullptr;
    QSpinBox *m_batchSize = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QPushButton *m_openMapping = nullptr;
    QComboBox *m_sendsTo = nullptr;
    QComboBox *m_writeMode = nullptr;
    QLabel *m_request = nullptr;
    QLineEdit *m_lookupAs = nullptr;
    QLineEdit *m_recordsPath = nullptr;
    QComboBox *m_take = nullptr;
    QCheckBox *m_notFound = nullptr;
    QSpinBox *m_lookupBatch = nullptr;
    QComboBox *m_lookupKey = nullptr;
    QLineEdit *m_lookupMatch = nullptr;
    QCheckBox *m_quoteKeys = nullptr;
    QVBoxLayout *m_outputsLayout = nullptr;
    QList<OutputRow> m_outputs;
    QComboBox *m_otherwiseTo = nullptr;
    QPushButton *m_addOutput = nullptr;
};

} // namespace patchbay::ui

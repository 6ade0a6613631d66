#pragma once

#include "expr/automap.h"
#include "expr/formulaoutline.h"
#include "model/project.h"
#include "model/schemafields.h"
#include "ui/mapping/fieldtree.h"
#include "ui/mapping/mappingwires.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace patchbay {
class SampleTrial;
}

namespace patchbay::ui {

class Document;
class FormulaLineEdit;
class LookupTablesPanel;
class PreviewModel;
class SampleFetch;
class Services;
class SuggestionsPanel;

/// The mapping editor of one Map node, in the style of graphical data mappers: the source
/// record's fields on the left, the target's on the right (required ones marked), lines drawn
/// with the mouse from one to the other, function blocks from a searchable palette in between,
/// a formula per target field that stays in step with the drawing, auto-map suggestions to
/// accept or reject, the project's lookup tables, and a live preview of sample records.
/// Every change is one undoable step of the document.
class MappingEditor : public QWidget
{
    Q_OBJECT

public:
    MappingEditor(Document *doc, Services *services, QString integrationId, QString nodeId, QWidget *parent = nullptr);
    ~MappingEditor() override;

    QString title() const;
    const QString &integrationId() const { return m_integrationId; }
    const QString &nodeId() const { return m_nodeId; }
    void setEnvironment(const QString &environment) { m_environment = environment; }

    // The parts, for tests and the window.
    QTreeWidget *sourceTree() const { return m_sourceTree; }
    QTreeWidget *targetTree() const { return m_targetTree; }
    MappingWires *wires() const { return m_wires; }
    QListWidget *palette() const { return m_palette; }
    QLineEdit *paletteSearch() const { return m_paletteSearch; }
    FormulaLineEdit *formulaBar() const { return m_formulaBar; }
    QTableView *previewView() const { return m_previewView; }
    PreviewModel *previewModel() const { return m_preview; }
    SuggestionsPanel *suggestionsPanel() const { return m_suggestionsPanel; }
    QTabWidget *bottomTabs() const { return m_bottom; } ///< Preview, Suggestions, Lookup Tables
    LookupTablesPanel *lookupTables() const { return m_lookupTables; }
    QPushButton *fetchButton() const { return m_fetch; }
    QTreeWidgetItem *sourceItem(const QString &path) const { return m_source->item(path); }
    QTreeWidgetItem *targetItem(const QString &path) const { return m_target->item(path); }

    /// The formula of a target field in the node ("" if unmapped).
    QString formula(const QString &target) const;
    /// Sets it (empty removes the mapping) as one undo step named `undoText`.
    void setFormula(const QString &target, const QString &formula, const QString &undoText = {},
                    const QString &mergeKey = {});
    /// What drawing a line does: from a source field to a target field (the field replaces the
    /// formula), or onto an input of a target's function block.
    void mapField(const QString &source, const QString &target);
    bool addInput(const QString &target, int block, const QString &source);
    /// What dropping a function on a target field does: the formula goes into the function.
    void insertFunction(const QString &target, const QString &function);
    /// Removes a line or a block.
    bool removeWire(const MappingWires::Hit &hit);
    /// A target field the target's schema does not list (`tags[0]`, `meta.source`).
    void addTargetField(const QString &path);

    /// Proposes lines by name similarity for target fields not mapped yet.
    void autoMap();
    const QList<AutoMap::Suggestion> &suggestions() const { return m_suggestions; }

    /// Recomputes the preview now (edits do it after a short pause, once typing stops).
    void updatePreview();

    // For the wires band: where rows are, in its coordinates.
    struct DrawnTarget
    {
        QString target;
        int y = 0;
        const FormulaOutline *outline = nullptr;
    };
    QList<DrawnTarget> visibleTargets() const;
    /// The y of a source field's row (its nearest shown ancestor if folded), clamped to the
    /// band; -1 if there is no such field.
    int sourceRowY(const QString &path) const;
    int targetRowY(const QString &target) const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    void titleChanged(const QString &title);
    void sampleFetched(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Accepts the suggestions at these positions (all if empty) as one undo step.
    void acceptSuggestions(const QList<int> &rows);
    /// Takes the suggestions at these positions (all if empty) off the list: rejected, or accepted.
    void dropSuggestions(const QList<int> &rows);
    /// Fetches the first page of the source endpoint and keeps its records as samples (and its
    /// schema if the endpoint had none), one undoable step. Emits sampleFetched. While it
    /// waits, the button cancels it.
    void fetchSample();

    const Integration *integration() const;
    qsizetype integrationIndex() const;
    const Node *node() const;
    Node *nodeIn(Integration &copy) const;
    /// A mapping of a target field, required if the target's schema says so.
    FieldMapping newMapping(const QString &target, const QString &formula) const;
    const Node *neighbour(NodeType type) const;
    const Endpoint *sourceEndpoint() const;
    /// Reads a webhook source's latest received events into m_webhookEvents; how many.
    int readWebhookEvents();
    /// The conditions of the filters on the wires into this node, first first.
    QStringList upstreamFilters() const;
    /// The Lookup nodes on the wires into this node, first first: what they add is in the source tree.
    QList<const Node *> upstreamLookups() const;
    /// The nodes before this one as text: when it changes, the preview's records are made anew.
    QString upstreamSignature() const;
    /// Sends the sample records through the nodes before this one, lookups and all (a dry run).
    void startTrial();
    const Endpoint *targetEndpoint() const;
    QList<Json> sampleRecords() const;

    void buildUi();
    // its parts, top to bottom
    QHBoxLayout *buildTopBar();
    QWidget *buildPalette();
    QWidget *buildFieldArea(); ///< source fields | the wires | target fields
    QWidget *buildFormulaRow();
    void buildBottomTabs();    ///< Preview, Suggestions, Lookup Tables
    void rebuildTrees();
    void refreshMapping();
    /// The drawing of a mapping's formula: kept while its text stays the same.
    const FormulaOutline &outlineOf(const FieldMapping &f);
    void schedulePreview();
    void showSuggestions();
    void updateFormulaBar();
    void commitFormulaBar();
    void pushIntegration(const Integration &after, const QString &text, const QString &mergeKey = {});
    QString targetAt(QPoint globalPos) const;
    QString selectedTarget() const;

    Document *m_doc;
    Services *m_services;
    /// A webhook source without an endpoint: its latest received events as samples (readWebhookEvents).
    Endpoint m_webhookEvents;
    QString m_integrationId;
    QString m_nodeId;
    QString m_environment;

    QLabel *m_heading = nullptr;
    QPushButton *m_fetch = nullptr;
    QTreeWidget *m_sourceTree = nullptr;
    QTreeWidget *m_targetTree = nullptr;
    MappingWires *m_wires = nullptr;
    QLineEdit *m_paletteSearch = nullptr;
    QListWidget *m_palette = nullptr;
    QLabel *m_formulaTarget = nullptr;
    FormulaLineEdit *m_formulaBar = nullptr;
    QTabWidget *m_bottom = nullptr;
    QTableView *m_previewView = nullptr;
    PreviewModel *m_preview = nullptr;
    QLabel *m_previewNote = nullptr;
    SuggestionsPanel *m_suggestionsPanel = nullptr;
    LookupTablesPanel *m_lookupTables = nullptr;
    QTimer *m_previewTimer = nullptr;

    FieldTree *m_source = nullptr; ///< the source tree's fields and items
    FieldTree *m_target = nullptr;
    QHash<QString, FormulaOutline> m_outlines; ///< per target field
    /// The breaking schema drifts the integration's last run saw, in words, by field path
    /// (`[*]` for a list's items): marked on the source fields and the formulas that read them.
    QHash<QString, QString> m_drifts;
    QStringList m_markedSources; ///< source fields marked for a drift, to unmark
    QList<AutoMap::Suggestion> m_suggestions;
    bool m_updating = false;
    bool m_committingBar = false;
    // what the preview's records are: reloaded when the samples, the source or the filters change
    bool m_recordsStale = true;
    QString m_shownSource;
    QStringList m_shownFilters;
    QString m_shownUpstream;
    // with lookups before this node: the sample records as they reach it, answers added
    QPointer<SampleTrial> m_trial;
    QList<Json> m_trialRecords;
    QHash<QString, QList<Json>> m_trialAnswers; ///< lookup node id → what it found for the samples
    bool m_trialReady = false;
    QString m_trialError;

    // a line or a function being drawn with the mouse
    QString m_dragSource;
    QString m_dragFunction;
    QPoint m_pressGlobal;
    bool m_dragging = false;

    SampleFetch *m_sampleFetch;
};

} // namespace patchbay::ui

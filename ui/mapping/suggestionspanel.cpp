#include "suggestionspanel.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace patchbay::ui {

SuggestionsPanel::SuggestionsPanel(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *buttons = new QHBoxLayout;
    auto *accept = new QPushButton(tr("Accept"), this);
    auto *acceptAll = new QPushButton(tr("Accept All"), this);
    auto *reject = new QPushButton(tr("Reject"), this);
    auto *rejectAll = new QPushButton(tr("Reject All"), this);
    accept->setObjectName(QStringLiteral("acceptSuggestion"));
    acceptAll->setObjectName(QStringLiteral("acceptAllSuggestions"));
    reject->setObjectName(QStringLiteral("rejectSuggestion"));
    rejectAll->setObjectName(QStringLiteral("rejectAllSuggestions"));
    // Accept and Reject act on the chosen suggestions; with none chosen they do nothing (they
    // are off), and the "All" buttons say that they take all.
    accept->setEnabled(false);
    reject->setEnabled(false);
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this, accept, reject] {
        const bool any = !m_list->selectedItems().isEmpty();
        accept->setEnabled(any);
        reject->setEnabled(any);
    });
    connect(accept, &QPushButton::clicked, this, [this] {
        if (const QList<int> rows = chosenRows(); !rows.isEmpty())
            Q_EMIT accepted(rows);
    });
    connect(reject, &QPushButton::clicked, this, [this] {
        if (const QList<int> rows = chosenRows(); !rows.isEmpty())
            Q_EMIT rejected(rows);
    });
    connect(acceptAll, &QPushButton::clicked, this, [this] { Q_EMIT accepted({}); });
    connect(rejectAll, &QPushButton::clicked, this, [this] { Q_EMIT rejected({}); });
    for (QPushButton *b : {accept, acceptAll, reject, rejectAll})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

void SuggestionsPanel::setSuggestions(const QList<AutoMap::Suggestion> &suggestions)
{
    m_list->clear();
    for (const AutoMap::Suggestion &s : suggestions) {
        auto *item = new QListWidgetItem(tr("%1  →  %2   (%3 % alike)").arg(s.source, s.target).arg(qRound(s.score * 100)), m_list);
        item->setToolTip(tr("Accept to map %1 from %2").arg(s.target, s.source));
    }
}

QList<int> SuggestionsPanel::chosenRows() const
{
    QList<int> rows;
    for (QListWidgetItem *i : m_list->selectedItems())
        rows << m_list->row(i);
    return rows;
}

} // namespace patchbay::ui

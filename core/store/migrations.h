#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace patchbay {

/// One numbered step of the store's schema. Steps are applied in order, each in its own
/// transaction, and recorded in `schema_migrations`; a step is never edited once released —
/// a change is a new step.
struct Migration
{
    int version;
    QString name;
    QStringList statements;
    /// The step rebuilds a table others refer to (CREATE new, copy, DROP old, RENAME): foreign
    /// keys are off while it runs (a DROP would otherwise cascade), and checked before it commits.
    bool rebuildsTables = false;
};

const QList<Migration> &storeMigrations();

} // namespace patchbay

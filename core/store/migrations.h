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
};

const QList<Migration> &storeMigrations();

} // namespace patchbay

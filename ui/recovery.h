#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace patchbay::ui {

class Document;

/// Unsaved changes kept safe. While a project has unsaved changes it is written, every 30 s, to
/// `<data dir>/recovery/<hash of its path>.patchbay.json`, with a `.origin` file beside it that
/// names the project file ("" for an untitled one). After a crash the window offers them back.
/// The window decides what to ask; this class owns the files and the timer.
class Recovery : public QObject
{
    Q_OBJECT

public:
    explicit Recovery(QString dataDir, QObject *parent = nullptr);

    /// The recovery file of a project file ("" for an untitled project).
    QString fileFor(const QString &projectFile) const;
    void setInterval(int ms) { m_timer.start(ms); }

    /// Writes the document's recovery file if it changed since the last time (nothing if it has
    /// no unsaved changes). Error "recovery.mkdir" (its path the folder) when the folder cannot
    /// be made.
    Result<void> save(Document &doc);
    /// Removes the recovery file of a project file (saved, closed, declined).
    void discard(const QString &projectFile);
    /// Another document: the next save writes whatever it has.
    void reset() { m_savedIndex = -1; }

    /// A recovery file left behind, newest first.
    struct Left
    {
        QString file;
        QString origin; ///< the project file it belongs to, "" for an untitled one
        QDateTime at;
    };
    QList<Left> leftBehind() const;
    static void remove(const Left &left);

Q_SIGNALS:
    /// Time to save (the timer).
    void due();

private:
    QString m_dataDir;
    QTimer m_timer;
    int m_savedIndex = -1; ///< the undo stack's index when last written
};

} // namespace patchbay::ui

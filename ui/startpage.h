#pragma once

#include <QScrollArea>

namespace patchbay::ui {

/// The Overview tab without a project: ways to begin — the demo, a new project, a project file,
/// an import of an API description, and the built-in templates (Templates::builtIn()). It only
/// asks; the window does what is asked.
class StartPage : public QScrollArea
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

Q_SIGNALS:
    void demoRequested();
    void newProjectRequested();
    void openRequested();
    void importRequested();
    /// A template of Templates::builtIn(), by its id.
    void templateRequested(const QString &templateId);
};

} // namespace patchbay::ui

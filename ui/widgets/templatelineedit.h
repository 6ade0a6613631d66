#pragma once

#include <QLineEdit>

#include <functional>

namespace patchbay::ui {

/// A line edit for text with `{{variables}}`: known ones are coloured, unknown ones get a red
/// wavy underline, and hovering one says where its value comes from (or how to define it).
/// Pasting a `curl …` command emits curlPasted() instead of inserting it.
class TemplateLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    struct Lookup
    {
        bool known = false;
        QString description; ///< the tooltip: value (masked if secret) and where it is from
    };
    explicit TemplateLineEdit(QWidget *parent = nullptr);

    /// How a variable name is looked up (set by the owner; it changes with the environment).
    void setLookup(std::function<Lookup(const QString &name)> lookup);
    void rehighlight();
    /// The names of unknown variables in the text, in order.
    QStringList unknownVariables() const;
    /// What a paste of `text` does (public for tests: the platform clipboard is not needed).
    void pasteText(const QString &text);

Q_SIGNALS:
    void curlPasted(const QString &command);

protected:
    bool event(QEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;

private:
    struct Span
    {
        int start;
        int length;
        QString name;
    };
    QList<Span> spans() const;
    std::function<Lookup(const QString &)> m_lookup;
};

} // namespace patchbay::ui

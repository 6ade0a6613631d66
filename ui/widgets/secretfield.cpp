#include "secretfield.h"

#include "util/templatevars.h"

#include "ui/services.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace patchbay::ui {

SecretField::SecretField(Services *services, QWidget *parent)
    : QWidget(parent), m_services(services), m_edit(new QLineEdit(this)), m_show(new QToolButton(this)),
      m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_show);
    layout->addLayout(row);
    layout->addWidget(m_status);
    m_status->setObjectName(QStringLiteral("secretStatus"));
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setToolTip(tr("Kept in the system keychain, never in the project file. Type {{name}} instead to "
                          "take it from an environment variable."));
    m_show->setText(tr("Show"));
    m_show->setCheckable(true);
    m_show->setToolTip(tr("Show the secret in clear text"));
    connect(m_show, &QToolButton::toggled, this, &SecretField::toggleShown);
    connect(m_edit, &QLineEdit::editingFinished, this, &SecretField::commit);
}

void SecretField::setKey(const QString &keychainKey, const SecretRef &ref)
{
    m_key = keychainKey;
    m_ref = ref;
    m_committed.clear();
    const QSignalBlocker block(m_show);
    m_show->setChecked(false);
    if (ref.source == SecretRef::Source::Variable) {
        m_edit->setEchoMode(QLineEdit::Normal);
        m_edit->setText(ref.variableTemplate);
        setStatus(tr("Taken from the environment variable %1").arg(ref.variableTemplate));
    } else {
        m_edit->setEchoMode(QLineEdit::Password);
        m_edit->clear();
        m_edit->setPlaceholderText(tr("stored in the system keychain — type to replace"));
        setStatus(tr("Stored in the system keychain"));
    }
}

QString SecretField::statusText() const { return m_status->text(); }

void SecretField::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

void SecretField::commit()
{
    const QString text = m_edit->text();
    if (isVariableReference(text)) {
        SecretRef ref{SecretRef::Source::Variable, text.trimmed()};
        if (ref != m_ref) {
            m_ref = ref;
            m_edit->setEchoMode(QLineEdit::Normal);
            setStatus(tr("Taken from the environment variable %1").arg(ref.variableTemplate));
            Q_EMIT refChanged(m_ref);
        }
        return;
    }
    if (m_ref.source != SecretRef::Source::Keychain) {
        m_ref = SecretRef{};
        if (m_edit->echoMode() == QLineEdit::Normal && !m_show->isChecked())
            m_edit->setEchoMode(QLineEdit::Password);
        Q_EMIT refChanged(m_ref);
    }
    if (text.isEmpty() || text == m_committed)
        return;
    m_busy = true;
    setStatus(tr("Saving to the system keychain…"));
    m_services->secrets()->write(m_key, text, this, [this, text](Result<void> r) {
        m_busy = false;
        if (r) {
            m_committed = text;
            setStatus(tr("Saved in the system keychain"));
            Q_EMIT saved(true, {});
        } else {
            setStatus(r.error().message, true);
            Q_EMIT saved(false, r.error().message);
        }
    });
}

void SecretField::toggleShown(bool shown)
{
    if (m_ref.source == SecretRef::Source::Variable)
        return;
    m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_show->setText(shown ? tr("Hide") : tr("Show"));
    if (!shown || !m_edit->text().isEmpty())
        return;
    setStatus(tr("Reading from the system keychain…"));
    m_services->secrets()->read(m_key, this, [this](Result<QString> v) {
        if (v) {
            m_edit->setText(*v);
            m_committed = *v;
            setStatus(tr("Stored in the system keychain"));
        } else {
            setStatus(v.error().message, true);
        }
    });
}

} // namespace patchbay::ui

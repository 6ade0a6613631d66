#pragma once

#include "model/connection.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace patchbay::ui {

class Services;

/// A secret (token, password, API key) as the user sees it: typed in masked, saved to the system
/// keychain (never to the project file) when editing finishes, and shown in clear only when the
/// user presses "Show" — which reads it back from the keychain. `{{variable}}` typed in instead
/// makes the field a reference to an environment variable.
class SecretField : public QWidget
{
    Q_OBJECT

public:
    SecretField(Services *services, QWidget *parent = nullptr);

    /// The keychain key the value belongs under, and the reference the project holds.
    void setKey(const QString &keychainKey, const SecretRef &ref);
    SecretRef ref() const { return m_ref; }
    QLineEdit *edit() const { return m_edit; }
    QToolButton *showButton() const { return m_show; }
    QString statusText() const;
    /// True while a keychain write is under way.
    bool busy() const { return m_busy; }

Q_SIGNALS:
    /// The reference changed (keychain ↔ variable): the owner updates its model.
    void refChanged(const patchbay::SecretRef &ref);
    /// A keychain write finished (ok or with the message why not).
    void saved(bool ok, const QString &message);

private:
    void commit();
    void toggleShown(bool shown);
    void setStatus(const QString &text, bool error = false);

    Services *m_services;
    QString m_key;
    SecretRef m_ref;
    QLineEdit *m_edit;
    QToolButton *m_show;
    QLabel *m_status;
    QString m_committed; ///< last value written (so that unchanged text is not written again)
    bool m_busy = false;
};

} // namespace patchbay::ui

#pragma once

#include "model/integration.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace patchbay::ui {

/// "Schedule and Settings" of an integration, in words: whether and when it runs by itself (a
/// ready-made choice — every 15 minutes, every hour, every day at 06:00, weekdays at 06:00 — or
/// any cron or "every N minutes" typed in, with its next three times in the chosen time zone, or
/// what is wrong with it), and what a run does with a record the target refuses.
class IntegrationSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    IntegrationSettingsDialog(const Integration &integration, QWidget *parent = nullptr);

    /// The integration with the dialog's settings.
    Integration applied() const;

    QCheckBox *enabledBox() const { return m_enabled; }
    QComboBox *presetBox() const { return m_preset; }
    QLineEdit *cronEdit() const { return m_cron; }
    QComboBox *zoneBox() const { return m_zone; }
    QLabel *nextLabel() const { return m_next; }
    QComboBox *onErrorBox() const { return m_onError; }
    QComboBox *onSchemaChangeBox() const { return m_onSchemaChange; }
    QPushButton *okButton() const { return m_ok; }

private:
    void update();
    /// The time zone as typed: its index in the list, -1 when it is none of them.
    int zoneIndex() const;

    Integration m_integration;
    QCheckBox *m_enabled;
    QComboBox *m_preset;
    QLineEdit *m_cron;
    QComboBox *m_zone;
    QLabel *m_next;
    QComboBox *m_onError;
    QComboBox *m_onSchemaChange;
    QPushButton *m_ok = nullptr;
};

} // namespace patchbay::ui

#include "integrationsettingsdialog.h"

#include "util/cronexpression.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace patchbay::ui {

namespace {

/// The ready-made schedules: what a user reads, what is stored.
struct Preset
{
    const char *label;
    const char *cron;
};
constexpr Preset Presets[] = {
    {QT_TRANSLATE_NOOP("patchbay::ui::IntegrationSettingsDialog", "Every 15 minutes"), "*/15 * * * *"},
    {QT_TRANSLATE_NOOP("patchbay::ui::IntegrationSettingsDialog", "Every hour"), "@hourly"},
    {QT_TRANSLATE_NOOP("patchbay::ui::IntegrationSettingsDialog", "Every day at 06:00"), "0 6 * * *"},
    {QT_TRANSLATE_NOOP("patchbay::ui::IntegrationSettingsDialog", "Weekdays at 06:00"), "0 6 * * 1-5"},
};

} // namespace

IntegrationSettingsDialog::IntegrationSettingsDialog(const Integration &integration, QWidget *parent)
    : QDialog(parent), m_integration(integration), m_enabled(new QCheckBox(tr("&Run on a schedule"), this)),
      m_preset(new QComboBox(this)), m_cron(new QLineEdit(this)), m_zone(new QComboBox(this)), m_next(new QLabel(this)),
      m_onError(new QComboBox(this)), m_onSchemaChange(new QComboBox(this))
{
    setObjectName(QStringLiteral("IntegrationSettingsDialog"));
    setWindowTitle(tr("Schedule and Settings of “%1”").arg(integration.name));
    m_enabled->setChecked(integration.schedule.enabled);
    for (const Preset &p : Presets)
        m_preset->addItem(tr(p.label), QString::fromLatin1(p.cron));
    m_preset->addItem(tr("Custom (cron or “every N minutes”)"), QString());
    m_preset->setAccessibleName(tr("How often"));
    m_cron->setObjectName(QStringLiteral("cron"));
    m_cron->setAccessibleName(tr("Schedule as cron"));
    m_cron->setPlaceholderText(tr("e.g. */30 * * * * or every 2 hours"));
    m_cron->setText(integration.schedule.cron.isEmpty() ? QString::fromLatin1(Presets[0].cron) : integration.schedule.cron);

    const QByteArray system = QTimeZone::systemTimeZoneId();
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->addItem(tr("This computer's (%1)").arg(QString::fromUtf8(system)), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    const int zoneAt = integration.schedule.timezone.isEmpty() ? 0 : m_zone->findData(integration.schedule.timezone);
    m_zone->setCurrentIndex(std::max(0, zoneAt));

    m_next->setObjectName(QStringLiteral("nextRuns"));
    m_next->setWordWrap(true);
    m_next->setTextFormat(Qt::PlainText);

    m_onError->addItem(tr("Keep it as a dead letter and go on"), int(RecordErrorPolicy::DeadLetter));
    m_onError->addItem(tr("Stop the run"), int(RecordErrorPolicy::Stop));
    m_onError->setCurrentIndex(m_onError->findData(int(integration.onRecordError)));
    m_onError->setAccessibleName(tr("When the target refuses a record"));
    m_onSchemaChange->addItem(tr("Pause before writing, and tell me"), int(SchemaChangePolicy::Pause));
    m_onSchemaChange->addItem(tr("Go on, and note it in the run's log"), int(SchemaChangePolicy::Warn));
    m_onSchemaChange->addItem(tr("Do not compare"), int(SchemaChangePolicy::Ignore));
    m_onSchemaChange->setCurrentIndex(m_onSchemaChange->findData(int(integration.onSchemaChange)));
    m_onSchemaChange->setAccessibleName(tr("When the source's records change shape"));
    m_onSchemaChange->setToolTip(tr("A field the integration reads is renamed, missing, or of another type than the "
                                    "source's schema says: writing such records would write wrong data."));

    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("&How often:"), m_preset);
    form->addRow(tr("&Schedule:"), m_cron);
    form->addRow(tr("&Time zone:"), m_zone);
    form->addRow(QString(), m_next);
    form->addRow(tr("When the target &refuses a record:"), m_onError);
    form->addRow(tr("When the source's records &change shape:"), m_onSchemaChange);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preset, &QComboBox::activated, this, [this](int i) {
        if (const QString cron = m_preset->itemData(i).toString(); !cron.isEmpty())
            m_cron->setText(cron);
        else
            m_cron->setFocus();
        update();
    });
    connect(m_cron, &QLineEdit::textEdited, this, &IntegrationSettingsDialog::update);
    connect(m_enabled, &QCheckBox::toggled, this, &IntegrationSettingsDialog::update);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &IntegrationSettingsDialog::update);
    connect(m_zone, &QComboBox::editTextChanged, this, &IntegrationSettingsDialog::update);
    update();
    setMinimumWidth(560);
}

void IntegrationSettingsDialog::update()
{
    const QString text = m_cron->text().trimmed();
    const int preset = m_preset->findData(text);
    m_preset->setCurrentIndex(preset >= 0 ? preset : m_preset->count() - 1);
    // the zone as typed: one of the list, or the computer's
    const QString typed = m_zone->currentText();
    const int zoneAt = zoneIndex();
    const bool zoneKnown = zoneAt >= 0;
    const QTimeZone zone = zoneKnown && !m_zone->itemData(zoneAt).toString().isEmpty()
                               ? QTimeZone(m_zone->itemData(zoneAt).toString().toUtf8())
                               : QTimeZone::systemTimeZone();
    Result<CronExpression> cron = CronExpression::parse(text);
    QString said;
    bool ok = true;
    if (!cron) {
        said = cron.error().message;
        ok = text.isEmpty() && !m_enabled->isChecked();
    } else if (!zoneKnown) {
        said = tr("“%1” is not a time zone this computer knows; pick one from the list (e.g. Europe/Berlin).").arg(typed);
        ok = false;
    } else {
        QStringList times;
        QDateTime at = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 3; ++i) {
            at = cron->next(at, zone);
            if (!at.isValid())
                break;
            times << QLocale().toString(at.toTimeZone(zone), QLocale::ShortFormat);
        }
        said = times.isEmpty() ? tr("This schedule never fires.")
                               : (m_enabled->isChecked() ? tr("Next runs: %1") : tr("Would run: %1")).arg(times.join(QStringLiteral(", ")));
    }
    m_next->setText(said);
    m_next->setStyleSheet(ok && cron ? QString() : QStringLiteral("color: #c0392b;"));
    m_ok->setEnabled(ok);
}

int IntegrationSettingsDialog::zoneIndex() const { return m_zone->findText(m_zone->currentText()); }

Integration IntegrationSettingsDialog::applied() const
{
    Integration in = m_integration;
    in.schedule.enabled = m_enabled->isChecked();
    in.schedule.cron = m_cron->text().trimmed();
    const int zoneAt = zoneIndex();
    in.schedule.timezone = zoneAt >= 0 ? m_zone->itemData(zoneAt).toString() : QString();
    in.onRecordError = RecordErrorPolicy(m_onError->currentData().toInt());
    in.onSchemaChange = SchemaChangePolicy(m_onSchemaChange->currentData().toInt());
    return in;
}

} // namespace patchbay::ui

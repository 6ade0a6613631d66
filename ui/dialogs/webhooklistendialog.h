#pragma once

#include "ui/services.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace patchbay::ui {

/// The tray's "Webhook Address…": where the window listens for webhook events (address:port) and
/// whether it answers over HTTPS with a certificate and key of the user's (PEM files). OK tries
/// the settings at once (`apply` listens with them); what keeps them from working is said in the
/// dialog, which stays open, and the listener keeps its previous settings.
class WebhookListenDialog : public QDialog
{
    Q_OBJECT

public:
    /// `apply` listens with the settings and says why it cannot ("" when it listens).
    using Apply = std::function<QString(const WebhookListenSettings &)>;
    WebhookListenDialog(const WebhookListenSettings &current, Apply apply, QWidget *parent = nullptr);

    WebhookListenSettings settings() const;

    QLineEdit *addressEdit() const { return m_address; }
    QCheckBox *tlsBox() const { return m_tls; }
    QLineEdit *certEdit() const { return m_cert; }
    QLineEdit *keyEdit() const { return m_key; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

private:
    void update();
    QPushButton *browseButton(QLineEdit *edit, const QString &title, const QString &filter);

    Apply m_apply;
    QLineEdit *m_address;
    QCheckBox *m_tls;
    QLineEdit *m_cert;
    QLineEdit *m_key;
    QPushButton *m_browseCert = nullptr;
    QPushButton *m_browseKey = nullptr;
    QLabel *m_problem;
};

} // namespace patchbay::ui

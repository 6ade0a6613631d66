#include "webhooklistendialog.h"

#include "schedule/webhooklistener.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace patchbay::ui {

WebhookListenDialog::WebhookListenDialog(const WebhookListenSettings &current, Apply apply, QWidget *parent)
    : QDialog(parent), m_apply(std::move(apply)), m_address(new QLineEdit(current.address, this)),
      m_tls(new QCheckBox(tr("Answer over &HTTPS with this certificate"), this)), m_cert(new QLineEdit(current.certFile, this)),
      m_key(new QLineEdit(current.keyFile, this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("webhookListenDialog"));
    setWindowTitle(tr("Webhook Address"));
    auto *about = new QLabel(tr("Where Patchbay listens for webhook events. 127.0.0.1 is this machine only; put a "
                                "reverse proxy or tunnel in front to receive events from the internet (it usually "
                                "adds HTTPS itself)."),
                             this);
    about->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(QString::fromLatin1(WebhookListener::DefaultAddress));
    m_tls->setObjectName(QStringLiteral("tls"));
    m_tls->setChecked(!current.certFile.isEmpty());
    m_cert->setObjectName(QStringLiteral("certFile"));
    m_cert->setPlaceholderText(tr("certificate (PEM), e.g. /etc/ssl/certs/patchbay.pem"));
    m_key->setObjectName(QStringLiteral("keyFile"));
    m_key->setPlaceholderText(tr("its private key (PEM, RSA)"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->hide();

    const QString pem = tr("PEM files (*.pem *.crt *.key);;All files (*)");
    m_browseCert = browseButton(m_cert, tr("Certificate"), pem);
    m_browseKey = browseButton(m_key, tr("Private Key"), pem);
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_cert, 1);
    certRow->addWidget(m_browseCert);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_browseKey);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address and port:"), m_address);
    form->addRow(m_tls);
    // (a row of a layout gets no buddy from addRow: the mnemonics are set here)
    auto *certLabel = new QLabel(tr("Cer&tificate file:"), this);
    certLabel->setBuddy(m_cert);
    auto *keyLabel = new QLabel(tr("Private &key file:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(certLabel, certRow);
    form->addRow(keyLabel, keyRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WebhookListenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tls, &QCheckBox::toggled, this, &WebhookListenDialog::update);
    update();
    setMinimumWidth(560);
}

QPushButton *WebhookListenDialog::browseButton(QLineEdit *edit, const QString &title, const QString &filter)
{
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this, edit, title, filter] {
        const QString f = QFileDialog::getOpenFileName(this, title, edit->text(), filter);
        if (!f.isEmpty())
            edit->setText(f);
    });
    return browse;
}

void WebhookListenDialog::update()
{
    const bool tls = m_tls->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_cert), static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_browseCert),
                       static_cast<QWidget *>(m_browseKey)})
        w->setEnabled(tls);
}

WebhookListenSettings WebhookListenDialog::settings() const
{
    WebhookListenSettings s;
    s.address = m_address->text().trimmed();
    if (s.address.isEmpty())
        s.address = QString::fromLatin1(WebhookListener::DefaultAddress);
    if (m_tls->isChecked()) {
        s.certFile = m_cert->text().trimmed();
        s.keyFile = m_key->text().trimmed();
    }
    return s;
}

void WebhookListenDialog::accept()
{
    const WebhookListenSettings s = settings();
    QString problem;
    WebhookListener::Options options;
    if (!WebhookListener::parseAddress(s.address, &options))
        problem = tr("“%1” is not an address and port such as 127.0.0.1:8790.").arg(s.address);
    else if (m_tls->isChecked() && (s.certFile.isEmpty() || s.keyFile.isEmpty()))
        problem = tr("HTTPS needs a certificate file and its private key file; choose both, or turn HTTPS off.");
    else if (m_tls->isChecked() && !QFileInfo(s.certFile).isReadable())
        problem = tr("The certificate file %1 cannot be read.").arg(s.certFile);
    else if (m_tls->isChecked() && !QFileInfo(s.keyFile).isReadable())
        problem = tr("The private key file %1 cannot be read.").arg(s.keyFile);
    else if (m_apply)
        problem = m_apply(s);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace patchbay::ui

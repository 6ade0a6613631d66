#include "agentquestions.h"

#include "agent/confirmationchannel.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace patchbay::ui {

AgentQuestions::AgentQuestions(const QString &dataDir, QWidget *window)
    : QObject(window), m_window(window), m_channel(new ConfirmationChannel(dataDir, this))
{
    connect(m_channel, &ConfirmationChannel::asked, this, [this](int id, const McpServer::Confirmation &q) {
        auto *box = new QMessageBox(QMessageBox::Question, tr("An AI agent asks"),
                                    tr("<b>%1</b> wants to use “%2” of the project “%3”:<br><br>%4")
                                        .arg(q.client.toHtmlEscaped(), q.tool.toHtmlEscaped(), q.project.toHtmlEscaped(),
                                             q.action.toHtmlEscaped()),
                                    QMessageBox::NoButton, m_window);
        box->setObjectName(QStringLiteral("agentQuestion"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::NonModal); // the window stays usable; several agents may ask
        box->setTextFormat(Qt::RichText);
        box->setInformativeText(tr("Allow it only if you asked the agent for this. The details show what it sends."));
        box->setDetailedText(q.arguments);
        QPushButton *allow = box->addButton(tr("&Allow"), QMessageBox::AcceptRole);
        allow->setObjectName(QStringLiteral("allow"));
        QPushButton *deny = box->addButton(tr("&Deny"), QMessageBox::RejectRole);
        deny->setObjectName(QStringLiteral("deny"));
        box->setDefaultButton(deny); // Return or Escape: no
        box->setEscapeButton(deny);
        connect(box, &QMessageBox::buttonClicked, this, [this, id, allow](QAbstractButton *b) {
            m_dialogs.remove(id);
            m_channel->answer(id, b == allow);
        });
        connect(box, &QObject::destroyed, this, [this, id] {
            if (m_dialogs.remove(id))
                m_channel->answer(id, false); // closed without a button
        });
        m_dialogs.insert(id, box);
        box->show();
        box->raise();
        box->activateWindow();
        QApplication::alert(m_window);
    });
    connect(m_channel, &ConfirmationChannel::withdrawn, this, [this](int id) {
        if (QPointer<QMessageBox> box = m_dialogs.take(id))
            box->close();
    });
}

bool AgentQuestions::listen(QString *error)
{
    return m_channel->listen(error);
}

QList<QMessageBox *> AgentQuestions::open() const
{
    QList<QMessageBox *> boxes;
    for (const QPointer<QMessageBox> &b : m_dialogs)
        if (b)
            boxes.append(b);
    return boxes;
}

} // namespace patchbay::ui

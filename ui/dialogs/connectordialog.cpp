#include "connectordialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace patchbay::ui {

QIcon ConnectorDialog::tileIcon(const QString &name, const QString &color)
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c(color.isEmpty() ? QStringLiteral("#7f8c8d") : color);
    p.setBrush(c);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12);
    // initials: "Google Sheets" → GS, "HubSpot" → H
    QString initials;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts))
        if (initials.size() < 2 && word[0].isLetterOrNumber())
            initials += word[0].toUpper();
    p.setPen(c.lightnessF() > 0.7 ? Qt::black : Qt::white);
    QFont f = p.font();
    f.setPixelSize(initials.size() > 1 ? 24 : 30);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRect(0, 0, 64, 64), Qt::AlignCenter, initials.isEmpty() ? QStringLiteral("+") : initials);
    return QIcon(pixmap);
}

ConnectorDialog::ConnectorDialog(QWidget *parent)
    : QDialog(parent), m_catalog(ConnectorCatalog::builtIn()), m_search(new QLineEdit(this)), m_list(new QListWidget(this)),
      m_details(new QLabel(this))
{
    setWindowTitle(tr("New Connection"));
    setObjectName(QStringLiteral("ConnectorDialog"));
    resize(720, 520);
    m_search->setPlaceholderText(tr("Search the catalog (name, category, …)"));
    m_search->setClearButtonEnabled(true);
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(48, 48));
    m_list->setGridSize(QSize(120, 96));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    m_details->setMinimumHeight(80);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *blank = new QListWidgetItem(tileIcon(QString(), QStringLiteral("#7f8c8d")), tr("Blank connection"), m_list);
    blank->setData(Qt::UserRole, QString());
    for (const Connector &c : std::as_const(m_catalog)) {
        auto *item = new QListWidgetItem(tileIcon(c.name, c.color), c.name, m_list);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(c.category + QStringLiteral(" — ") + c.description);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Connection"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Start from a ready-made connection — its address, sign-in, limits and common "
                                    "endpoints are filled in — or from a blank one."),
                                 this));
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_search, &QLineEdit::textChanged, this, &ConnectorDialog::setFilter);
    connect(m_list, &QListWidget::currentItemChanged, this, &ConnectorDialog::updateDetails);
    m_list->setCurrentRow(0);
}

const Connector *ConnectorDialog::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return nullptr;
    const QString id = item->data(Qt::UserRole).toString();
    for (const Connector &c : m_catalog)
        if (c.id == id)
            return &c;
    return nullptr;
}

void ConnectorDialog::setFilter(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    QListWidgetItem *firstVisible = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        bool match = text.isEmpty();
        if (!match) {
            match = item->text().contains(text, Qt::CaseInsensitive);
            for (const Connector &c : std::as_const(m_catalog))
                if (c.id == id)
                    match = match || c.category.contains(text, Qt::CaseInsensitive) ||
                            c.description.contains(text, Qt::CaseInsensitive);
        }
        item->setHidden(!match);
        if (match && !firstVisible)
            firstVisible = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstVisible);
    updateDetails();
}

int ConnectorDialog::visibleCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        n += !m_list->item(i)->isHidden();
    return n;
}

bool ConnectorDialog::select(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id && !m_list->item(i)->isHidden()) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

void ConnectorDialog::updateDetails()
{
    const Connector *c = chosen();
    if (!c) {
        m_details->setText(m_list->currentItem() ? tr("<b>Blank connection</b><br>Type the API's address and how to sign in yourself.")
                                                 : tr("Nothing matches; try another word."));
        return;
    }
    m_details->setText(tr("<b>%1</b> · %2<br>%3<br><i>Key:</i> %4<br>%n endpoint(s) · <a href=\"%5\">documentation</a>", "",
                          int(c->endpoints.size()))
                           .arg(c->name.toHtmlEscaped(), c->category.toHtmlEscaped(), c->description.toHtmlEscaped(),
                                c->credentials.toHtmlEscaped(), c->docs.toHtmlEscaped()));
}

} // namespace patchbay::ui

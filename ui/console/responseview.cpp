#include "responseview.h"

#include "ui/sendhelper.h"
#include "util/fastjson.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace patchbay::ui {

namespace {

QString scalarText(const Json &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    return QString::fromStdString(v.dump());
}

void addChildren(QTreeWidgetItem *parent, const Json &value);

QTreeWidgetItem *makeItem(const QString &key, const Json &value)
{
    auto *item = new QTreeWidgetItem;
    item->setText(0, key);
    if (value.is_object()) {
        item->setText(1, QCoreApplication::translate("patchbay::ui::ResponseView", "{%n field(s)}", "", int(value.size())));
        item->setForeground(1, QColor(0x80, 0x80, 0x80));
        addChildren(item, value);
    } else if (value.is_array()) {
        item->setText(1, QCoreApplication::translate("patchbay::ui::ResponseView", "[%n item(s)]", "", int(value.size())));
        item->setForeground(1, QColor(0x80, 0x80, 0x80));
        addChildren(item, value);
    } else {
        item->setText(1, scalarText(value));
        item->setToolTip(1, item->text(1).left(2000));
        if (value.is_string())
            item->setForeground(1, QColor(0x1e, 0x84, 0x49));
        else if (value.is_number())
            item->setForeground(1, QColor(0x1f, 0x61, 0x8d));
        else
            item->setForeground(1, QColor(0x88, 0x4e, 0xa0));
    }
    return item;
}

void addChildren(QTreeWidgetItem *parent, const Json &value)
{
    int n = 0;
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end() && n < ResponseView::MaxChildren; ++it, ++n)
            parent->addChild(makeItem(QString::fromStdString(it.key()), it.value()));
    } else {
        for (; n < int(value.size()) && n < ResponseView::MaxChildren; ++n)
            parent->addChild(makeItem(QStringLiteral("[%1]").arg(n), value[size_t(n)]));
    }
    if (int(value.size()) > n) {
        auto *more = new QTreeWidgetItem;
        more->setText(0, QCoreApplication::translate("patchbay::ui::ResponseView", "… %n more (see the Pretty view)", "",
                                                     int(value.size()) - n));
        more->setForeground(0, QColor(0x80, 0x80, 0x80));
        parent->addChild(more);
    }
}

QString sizeText(qint64 bytes) { return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat); }

} // namespace

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent), m_badge(new QLabel(this)), m_details(new QLabel(this)), m_error(new QLabel(this)),
      m_search(new QLineEdit(this)), m_matches(new QLabel(this)), m_views(new QTabWidget(this)),
      m_tree(new QTreeWidget(this)), m_pretty(new QPlainTextEdit(this)), m_raw(new QPlainTextEdit(this)),
      m_headers(new QTableWidget(0, 2, this))
{
    m_badge->setObjectName(QStringLiteral("statusBadge"));
    m_badge->setMargin(4);
    m_details->setObjectName(QStringLiteral("responseDetails"));
    m_error->setObjectName(QStringLiteral("responseError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_search->setPlaceholderText(tr("Search the response"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);

    auto *top = new QHBoxLayout;
    top->addWidget(m_badge);
    top->addWidget(m_details, 1);
    top->addWidget(m_matches);
    top->addWidget(m_search);

    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->header()->resizeSection(0, 240);
    m_tree->setUniformRowHeights(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *e : {m_pretty, m_raw}) {
        e->setReadOnly(true);
        e->setFont(mono);
        e->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_raw->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->horizontalHeader()->resizeSection(0, 220);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_views->addTab(m_tree, tr("Tree"));
    m_views->addTab(m_pretty, tr("Pretty"));
    m_views->addTab(m_raw, tr("Raw"));
    m_views->addTab(m_headers, tr("Headers"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_views, 1);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) { search(t); });
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (!m_search->text().isEmpty())
            search(m_search->text());
    });
    clear();
}

void ResponseView::setBadge(const QString &text, const QString &color)
{
    m_badge->setText(text);
    m_badge->setStyleSheet(color.isEmpty() ? QString()
                                           : QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; "
                                                            "font-weight: bold; }")
                                                 .arg(color));
}

void ResponseView::clear()
{
    setBadge(QString(), QString());
    m_details->setText(tr("Send the request to see the response here."));
    m_error->hide();
    m_tree->clear();
    m_pretty->clear();
    m_raw->clear();
    m_headers->setRowCount(0);
    m_matches->clear();
}

void ResponseView::showSending(const QString &what)
{
    clear();
    setBadge(tr("Sending"), QStringLiteral("#7f8c8d"));
    m_details->setText(what);
}

void ResponseView::showNotSent(const QString &message)
{
    clear();
    setBadge(tr("Not sent"), QStringLiteral("#c0392b"));
    m_details->clear();
    m_error->setText(message);
    m_error->show();
}

void ResponseView::showResult(const HttpResult &r)
{
    clear();
    const bool answered = r.error == NetError::None || r.error == NetError::Http;
    QString color = QStringLiteral("#c0392b");
    if (answered && r.status < 300)
        color = QStringLiteral("#1e8449");
    else if (answered && r.status < 400)
        color = QStringLiteral("#2471a3");
    else if (answered && r.status < 500)
        color = QStringLiteral("#ca6f1e");
    else if (r.error == NetError::Cancelled)
        color = QStringLiteral("#7f8c8d");
    setBadge(outcomeTitle(r), color);
    QStringList details{tr("%1 ms").arg(r.durationMs)};
    if (answered)
        details << sizeText(r.body.size());
    if (r.retries > 0)
        details << tr("%n retry(s)", "", r.retries);
    if (r.waitedMs > 0)
        details << tr("waited %1 ms").arg(r.waitedMs);
    m_details->setText(details.join(QStringLiteral(" · ")));
    if (!r.errorMessage.isEmpty() && r.error != NetError::None) {
        m_error->setText(r.errorMessage);
        m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_error->show();
    }
    for (const auto &h : r.headers) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(h.first)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(h.second)));
    }
    m_raw->setPlainText(QString::fromUtf8(r.body));
    QString parseError;
    const std::optional<Json> json = r.body.isEmpty() ? std::nullopt : fastjson::parse(r.body, &parseError);
    if (json) {
        m_pretty->setPlainText(QString::fromStdString(json->dump(2)));
        fillJsonTree(m_tree, *json);
        m_tree->expandToDepth(0);
        m_views->setCurrentWidget(m_tree);
    } else {
        m_pretty->setPlainText(QString::fromUtf8(r.body));
        if (!r.body.isEmpty()) {
            auto *note = new QTreeWidgetItem({tr("(not JSON)"), tr("See the Raw view")});
            m_tree->addTopLevelItem(note);
        }
        m_views->setCurrentWidget(r.body.isEmpty() ? static_cast<QWidget *>(m_headers) : m_raw);
    }
}

void ResponseView::fillJsonTree(QTreeWidget *tree, const Json &value)
{
    if (value.is_object() || value.is_array())
        addChildren(tree->invisibleRootItem(), value);
    else
        tree->addTopLevelItem(makeItem(tr("(value)"), value));
}

int ResponseView::search(const QString &text)
{
    m_tree->clearSelection();
    if (text.isEmpty()) {
        m_matches->clear();
        return 0;
    }
    QList<QTreeWidgetItem *> found = m_tree->findItems(text, Qt::MatchContains | Qt::MatchRecursive, 0);
    for (QTreeWidgetItem *item : m_tree->findItems(text, Qt::MatchContains | Qt::MatchRecursive, 1))
        if (!found.contains(item))
            found.append(item);
    for (QTreeWidgetItem *item : std::as_const(found)) {
        item->setSelected(true);
        for (QTreeWidgetItem *p = item->parent(); p; p = p->parent())
            p->setExpanded(true);
    }
    if (!found.isEmpty() && m_views->currentWidget() == m_tree)
        m_tree->scrollToItem(found.first());
    auto *text_ = qobject_cast<QPlainTextEdit *>(m_views->currentWidget());
    if (text_ && !text_->find(text))
        text_->moveCursor(QTextCursor::Start), text_->find(text);
    m_matches->setText(found.isEmpty() ? tr("no match") : tr("%n match(es)", "", int(found.size())));
    return int(found.size());
}

} // namespace patchbay::ui

#pragma once

// Starts a real patchbay-demo-api on 127.0.0.1 (a free port) for one test, and talks to its
// admin endpoints. Header-only so that each test executable can use it.

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>

class DemoApi
{
public:
    /// Starts the server with these arguments (plus --port 0). Check ok() after.
    explicit DemoApi(QStringList args = {})
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(PATCHBAY_DEMO_API), QStringList{QStringLiteral("--port"), QStringLiteral("0")} + args);
        if (!m_process.waitForStarted(10000))
            return;
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(10000))
            line += m_process.readAllStandardOutput();
        const QByteArray prefix = "listening on ";
        if (line.startsWith(prefix))
            m_url = QString::fromLatin1(line.mid(prefix.size()).trimmed());
    }
    ~DemoApi()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    DemoApi(const DemoApi &) = delete;
    DemoApi &operator=(const DemoApi &) = delete;

    bool ok() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    QString url(const QString &path) const { return m_url + path; }
    int port() const { return QUrl(m_url).port(); }
    QString errorOutput() { return QString::fromUtf8(m_process.readAllStandardError()); }

    /// GET or POST to the demo API and the JSON object it answers (empty on failure).
    QJsonObject call(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return document(method, path, body).object();
    }
    /// The same for any JSON reply (a list, too); `bearer` signs it with that token.
    QJsonDocument document(const QByteArray &method, const QString &path, const QByteArray &body = {},
                           const QByteArray &bearer = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(url(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
        reply->ignoreSslErrors(); // its own test certificate: this is the test talking to its server
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonDocument d = QJsonDocument::fromJson(reply->readAll());
        delete reply;
        return d;
    }
    QJsonObject stats() { return call("GET", QStringLiteral("/_stats")); }
    int stat(const char *name) { return stats().value(QString::fromLatin1(name)).toInt(-1); }

private:
    QProcess m_process;
    QString m_url;
};

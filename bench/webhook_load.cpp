// Load for the webhook listener (bench/webhooks.sh): Stripe-signed charge events, each with an
// id of its own, POSTed over keep-alive connections, and how fast they were accepted.
//
//   webhook_load URL SECRET --events N [--connections C] [--rate R]
//
// Without --rate each connection sends its next event as soon as the last is answered (how many
// the listener accepts durably per second); with --rate the events go out at R a second in all
// (the latency of an answer at that load). Prints one JSON line: events, accepted (2xx), seconds,
// per_second, and latency percentiles in ms. The signing is OpenSSL-free (Qt's HMAC), the same
// scheme tests/support/send-webhooks.py checks independently.

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMessageAuthenticationCode>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

struct Load
{
    QUrl url;
    QByteArray secret;
    int events = 10000;
    int connections = 16;
    double rate = 0; ///< events per second in all; 0 = as fast as answered
};

class Connection : public QObject
{
public:
    Connection(const Load &load, int *next, std::vector<double> *latencies, int *accepted, int *refused,
               QElapsedTimer *clock, std::function<void()> done)
        : m_load(load), m_next(next), m_latencies(latencies), m_accepted(accepted), m_refused(refused), m_clock(clock),
          m_done(std::move(done))
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onRead(); });
        connect(&m_socket, &QTcpSocket::connected, this, [this] { sendNext(); });
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket.connectToHost(load.url.host(), quint16(load.url.port()));
    }

private:
    void sendNext()
    {
        if (*m_next >= m_load.events) {
            m_socket.disconnectFromHost();
            m_done();
            return;
        }
        const int i = (*m_next)++;
        if (m_load.rate > 0) {
            // Event i is due at i / rate seconds; wait for it.
            const qint64 due = qint64(i * 1000.0 / m_load.rate);
            const qint64 wait = due - m_clock->elapsed();
            if (wait > 0) {
                QTimer::singleShot(int(wait), this, [this, i] { send(i); });
                return;
            }
        }
        send(i);
    }

    void send(int i)
    {
        const qint64 t = QDateTime::currentSecsSinceEpoch();
        const QByteArray body = R"({"id":"evt_bench_)" + QByteArray::number(m_runTag) + '_' + QByteArray::number(i) +
                                R"(","object":"event","type":"charge.succeeded","data":{"object":{"id":"ch_)" +
                                QByteArray::number(i) +
                                R"(","object":"charge","amount":2000,"currency":"eur","status":"succeeded",)"
                                R"("billing_details":{"email":"buyer)" + QByteArray::number(m_runTag) + '-' + QByteArray::number(i) +
                                R"(@example.com","name":"Buyer"}}}})";
        const QByteArray signature =
            QMessageAuthenticationCode::hash(QByteArray::number(t) + '.' + body, m_load.secret, QCryptographicHash::Sha256).toHex();
        QByteArray request = "POST " + m_load.url.path().toUtf8() + " HTTP/1.1\r\nHost: " + m_load.url.host().toUtf8() +
                             "\r\nContent-Type: application/json\r\nStripe-Signature: t=" + QByteArray::number(t) + ",v1=" +
                             signature + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_started = m_clock->nsecsElapsed();
        m_socket.write(request);
    }

    void onRead()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype cl = m_buffer.indexOf("Content-Length: ");
            const qsizetype length = cl >= 0 && cl < end ? m_buffer.mid(cl + 16, m_buffer.indexOf('\r', cl) - cl - 16).toLongLong() : 0;
            if (m_buffer.size() < end + 4 + length)
                return;
            const int status = m_buffer.mid(9, 3).toInt();
            m_buffer.remove(0, end + 4 + length);
            m_latencies->push_back(double(m_clock->nsecsElapsed() - m_started) / 1e6);
            if (status >= 200 && status < 300)
                ++*m_accepted;
            else
                ++*m_refused;
            sendNext();
        }
    }

    const Load &m_load;
    int *m_next;
    std::vector<double> *m_latencies;
    int *m_accepted;
    int *m_refused; ///< answered, but not 2xx (a full inbox: 503)
    QElapsedTimer *m_clock;
    std::function<void()> m_done;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    qint64 m_started = 0;
    qint64 m_runTag = QDateTime::currentMSecsSinceEpoch();
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: webhook_load URL SECRET --events N [--connections C] [--rate R]\n");
        return 2;
    }
    Load load;
    load.url = QUrl(args[1]);
    load.secret = args[2].toUtf8();
    for (int i = 3; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--events")
            load.events = args[i + 1].toInt();
        else if (args[i] == u"--connections")
            load.connections = args[i + 1].toInt();
        else if (args[i] == u"--rate")
            load.rate = args[i + 1].toDouble();
    }
    int next = 0;
    int accepted = 0;
    int refused = 0;
    int finished = 0;
    std::vector<double> latencies;
    latencies.reserve(size_t(load.events));
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<Connection>> connections;
    for (int c = 0; c < load.connections; ++c)
        connections.push_back(std::make_unique<Connection>(load, &next, &latencies, &accepted, &refused, &clock, [&] {
            if (++finished == load.connections)
                app.quit();
        }));
    QTimer::singleShot(600000, &app, &QCoreApplication::quit);
    app.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    auto pick = [&](double q) { return latencies.empty() ? 0.0 : latencies[std::min(latencies.size() - 1, size_t(q * double(latencies.size())))]; };
    std::printf("{\"events\": %d, \"accepted\": %d, \"not_2xx\": %d, \"seconds\": %.3f, \"per_second\": %.0f, "
                "\"latency_ms\": {\"p50\": %.2f, \"p99\": %.2f, \"max\": %.2f}}\n",
                load.events, accepted, refused, seconds, double(accepted) / seconds, pick(0.5), pick(0.99),
                latencies.empty() ? 0.0 : latencies.back());
    return accepted == load.events ? 0 : 1;
}

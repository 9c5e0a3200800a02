#include "providers/modellistrequest.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Moltdesk::Providers {

ModelListRequest::ModelListRequest(QObject *context, std::function<void(const ModelListing &)> done)
    : QObject(context), m_context(context), m_done(std::move(done))
{
}

void ModelListRequest::start(QNetworkAccessManager *network, const QNetworkRequest &request,
                             const ProviderEndpoint &endpoint, Parser parser, Classifier classifier,
                             QObject *context, std::function<void(const ModelListing &)> done)
{
    // Parented to the context: if the wizard goes away, the request (and callback) go with it.
    auto *self = new ModelListRequest(context, std::move(done));
    self->m_parser = std::move(parser);
    self->m_classifier = std::move(classifier);
    self->m_endpoint = endpoint;
    self->m_reply = network->get(request);
    self->m_reply->setParent(self);
    connect(self->m_reply, &QNetworkReply::finished, self, &ModelListRequest::onFinished);
    self->m_timeout.setSingleShot(true);
    connect(&self->m_timeout, &QTimer::timeout, self, [self] {
        self->complete({{}, ProviderError(ProviderError::Kind::Timeout, u"the model list did not arrive in time"_s)});
    });
    self->m_timeout.start(endpoint.requestTimeout);
}

void ModelListRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->readAll();
    if (!statusAttribute.isValid()) {
        complete({{}, ProviderError(ProviderError::Kind::Network,
                                    u"no HTTP response from %1: %2"_s.arg(reply->url().host(), reply->errorString()))});
        return;
    }
    const int status = statusAttribute.toInt();
    if (status / 100 != 2) {
        ProviderError error = m_classifier(status, body);
        const qint64 wait = ProviderError::parseRetryAfter(reply->rawHeaderPairs(), m_endpoint.now());
        ProviderError withWait(error.kind(), error.message(), status, wait);
        withWait.setProviderCode(error.providerCode());
        complete({{}, withWait});
        return;
    }
    QString parseError;
    const QStringList models = m_parser(body, &parseError);
    if (!parseError.isEmpty()) {
        complete({{}, ProviderError(ProviderError::Kind::Malformed, parseError, status)});
        return;
    }
    complete({models, std::nullopt});
}

void ModelListRequest::complete(const ModelListing &listing)
{
    m_timeout.stop();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
    const auto done = std::move(m_done);
    m_done = nullptr;
    const bool contextAlive = !m_context.isNull();
    deleteLater();
    if (done && contextAlive)
        done(listing);
}

QStringList ModelListRequest::parseDataIds(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc[u"data"].isArray()) {
        *error = u"the model list is not {\"data\":[...]}"_s;
        return {};
    }
    QStringList ids;
    for (const QJsonValue &model : doc[u"data"].toArray()) {
        if (model[u"id"].isString())
            ids.append(model[u"id"].toString());
    }
    return ids;
}

} // namespace Moltdesk::Providers

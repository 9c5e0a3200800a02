#pragma once

#include "providers/modellisting.h"
#include "providers/providerendpoint.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Moltdesk::Providers {

// One GET /v1/models, shared by both dialects: the dialect supplies the request headers, a
// body parser and an error classifier. Deletes itself after calling `done` once.
class ModelListRequest : public QObject
{
    Q_OBJECT

public:
    using Parser = std::function<QStringList(const QByteArray &body, QString *error)>;
    // Anthropic's and OpenAI's GET /v1/models both answer {"data":[{"id":...},...]} (OpenAI adds
    // "object":"list"; Ollama's compatible endpoint follows OpenAI).
    static QStringList parseDataIds(const QByteArray &body, QString *error);
    using Classifier = std::function<ProviderError(int status, const QByteArray &body)>;

    static void start(QNetworkAccessManager *network, const QNetworkRequest &request,
                      const ProviderEndpoint &endpoint, Parser parser, Classifier classifier,
                      QObject *context, std::function<void(const ModelListing &)> done);

private:
    ModelListRequest(QObject *context, std::function<void(const ModelListing &)> done);
    void onFinished();
    void complete(const ModelListing &listing);

    QPointer<QObject> m_context;
    std::function<void(const ModelListing &)> m_done;
    Parser m_parser;
    Classifier m_classifier;
    ProviderEndpoint m_endpoint;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
};

} // namespace Moltdesk::Providers

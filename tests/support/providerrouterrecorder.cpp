#include "support/providerrouterrecorder.h"

#include <QTest>

namespace Moltdesk::TestSupport {

using Providers::RoutedCall;

ProviderRouterRecorder::ProviderRouterRecorder(RoutedCall *call, QObject *parent) : QObject(parent)
{
    connect(call, &RoutedCall::textDelta, this, [this](const QString &text) {
        textDeltas.append(text);
        visibleText += text;
        order.append(QStringLiteral("text"));
    });
    connect(call, &RoutedCall::toolCallStarted, this, [this] { order.append(QStringLiteral("tool_start")); });
    connect(call, &RoutedCall::toolInputDelta, this, [this] { order.append(QStringLiteral("tool_input")); });
    connect(call, &RoutedCall::reset, this, [this] {
        ++resets;
        visibleText.clear();
        order.append(QStringLiteral("reset"));
    });
    connect(call, &RoutedCall::retryScheduled, this, [this] { order.append(QStringLiteral("retry")); });
    connect(call, &RoutedCall::attemptStarted, this, [this] { order.append(QStringLiteral("attempt")); });
    connect(call, &RoutedCall::finished, this,
            [this](const Providers::ProviderResult &r, const QList<Providers::AttemptInfo> &a) {
                ++endings;
                result = r;
                attempts = a;
                order.append(QStringLiteral("finished"));
            });
    connect(call, &RoutedCall::failed, this,
            [this](const Providers::ProviderError &e, const QList<Providers::AttemptInfo> &a) {
                ++endings;
                error = e;
                attempts = a;
                order.append(QStringLiteral("failed"));
            });
}

bool ProviderRouterRecorder::waitDone(int timeoutMs) const
{
    return QTest::qWaitFor([this] { return endings > 0; }, timeoutMs);
}

} // namespace Moltdesk::TestSupport

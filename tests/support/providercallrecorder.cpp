#include "support/providercallrecorder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

using Providers::ProviderCall;

ProviderCallRecorder::ProviderCallRecorder(ProviderCall *call, QObject *parent) : QObject(parent)
{
    connect(call, &ProviderCall::textDelta, this, [this](const QString &text) {
        textDeltas.append(text);
        order.append(u"text"_s);
    });
    connect(call, &ProviderCall::toolCallStarted, this, [this](const QString &id, const QString &name) {
        toolStarts.append({id, name});
        order.append(u"tool_start"_s);
    });
    connect(call, &ProviderCall::toolInputDelta, this, [this](const QString &id, const QString &piece) {
        toolInputDeltas.append({id, piece});
        order.append(u"tool_input"_s);
    });
    connect(call, &ProviderCall::finished, this, [this](const Providers::ProviderResult &r) {
        result = r;
        ++endings;
        order.append(u"finished"_s);
    });
    connect(call, &ProviderCall::failed, this, [this](const Providers::ProviderError &e) {
        error = e;
        ++endings;
        order.append(u"failed"_s);
    });
}

bool ProviderCallRecorder::waitDone(int timeoutMs) const
{
    return QTest::qWaitFor([this] { return endings > 0; }, timeoutMs);
}

} // namespace Moltdesk::TestSupport

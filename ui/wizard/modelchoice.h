#pragma once

#include <QString>
#include <QStringList>

namespace Moltdesk::Ui {

// What the wizard offers from a provider's model list: chat models only (OpenAI's list also holds
// embeddings, speech and image models that cannot answer a chat), in natural order
// ("gpt-4.1" before "gpt-4.10"), and the model to pre-select.
class ModelChoice
{
public:
    enum class Family { Anthropic, OpenAi, Local };

    static QStringList chatModels(Family family, const QStringList &listed);
    // A sensible default among `models` (already filtered): a current mid-size model where the
    // provider has one, else the first. Empty only when `models` is.
    static QString preferred(Family family, const QStringList &models);
};

} // namespace Moltdesk::Ui

#pragma once

// Header-only on purpose: testsupport does not link the ui library, only ui tests include this.
#include "prompter.h"

#include <QStringList>

#include <optional>

namespace Moltdesk::Ui {

// Answers the panel's modal questions from a script, and records what was asked, so GUI tests
// never open a real dialog.
class UiScriptedPrompter : public Prompter
{
public:
    bool confirmAnswer = true;
    QString openAnswer;
    QString saveAnswer;
    std::optional<QString> textAnswer;
    QStringList asked; // the text of every question, in order

    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        asked << text;
        return confirmAnswer;
    }
    QString openFileName(QWidget *, const QString &title) override
    {
        asked << title;
        return openAnswer;
    }
    QString saveFileName(QWidget *, const QString &title, const QString &) override
    {
        asked << title;
        return saveAnswer;
    }
    std::optional<QString> askText(QWidget *, const QString &, const QString &label, const QString &) override
    {
        asked << label;
        return textAnswer;
    }
};

} // namespace Moltdesk::Ui

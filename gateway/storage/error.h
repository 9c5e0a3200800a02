#pragma once

#include "base/result.h"

#include <QSqlError>
#include <QString>

namespace Moltdesk::Storage {

// The result/error type of the whole code base lives in the foundation (base/result.h); storage
// adds only the translation of a driver error.
using Error = Base::Error;

// `context` says what we were doing; the driver text says why SQLite refused.
inline Error sqlError(const QString &context, const QSqlError &error)
{
    return {Error::Code::Database, context + QStringLiteral(": ") + error.text()};
}

} // namespace Moltdesk::Storage

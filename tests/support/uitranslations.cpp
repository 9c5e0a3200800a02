#include "support/uitranslations.h"

#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

bool compileCatalogue(const QString &language, const QString &qmPath)
{
    QString lrelease = QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lrelease"_s;
    if (!QFileInfo::exists(lrelease))
        lrelease = u"/usr/lib/qt6/bin/lrelease"_s;
    const QString source = QStringLiteral(MOLTDESK_SOURCE_DIR) + u"/translations/moltdesk_"_s + language + u".ts"_s;
    return QProcess::execute(lrelease, {source, u"-silent"_s, u"-qm"_s, qmPath}) == 0;
}

} // namespace Moltdesk::TestSupport

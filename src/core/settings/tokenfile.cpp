#include "tokenfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

constexpr qint64 maxTokenBytes = 4096;

} // namespace

TokenFile TokenFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {{}, TokenFile::tr("The token file %1 does not exist.").arg(path)};
    const QFile::Permissions shared
        = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    if (info.permissions() & shared)
        return {{},
            TokenFile::tr("The token file %1 can be read by other users; refusing to use it. "
                          "Run: chmod 600 %1")
                .arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, TokenFile::tr("The token file %1 cannot be read: %2").arg(path, file.errorString())};
    const QByteArray content = file.read(maxTokenBytes + 1);
    const QString token = QString::fromUtf8(content).trimmed();
    if (const QString problem = problemWith(token); !problem.isEmpty())
        return {{}, TokenFile::tr("The token file %1: %2").arg(path, problem)};
    return {token, {}};
}

QString TokenFile::problemWith(const QString &token)
{
    if (token.toUtf8().size() > maxTokenBytes)
        return TokenFile::tr("too large to hold an access token.");
    if (token.trimmed().isEmpty())
        return TokenFile::tr("the access token is empty.");
    if (token.trimmed().contains(u'\n') || token.trimmed().contains(u' '))
        return TokenFile::tr("the access token must stand alone, on one line, without spaces.");
    return {};
}

QString TokenFile::write(const QString &path, const QString &token)
{
    if (const QString problem = problemWith(token); !problem.isEmpty())
        return problem;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(token.trimmed().toUtf8() + '\n');
    return file.commit() ? QString() : file.errorString();
}

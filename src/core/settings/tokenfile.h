// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QString>

// Reads the Cobot access token from its own file, which must be private to the kiosk's user:
// a token readable by others is refused rather than used.
struct TokenFile
{
    Q_DECLARE_TR_FUNCTIONS(TokenFile)

public:
    QString token;
    QString error; // set when the file exists but cannot be used

    static TokenFile read(const QString &path);
    // Writes atomically with mode 0600 (the settings screen replaces the token this way).
    static QString write(const QString &path, const QString &token);
    enum class Problem { None, TooLarge, Empty, NotOneWord };
    // What keeps text from being an access token, the same for a file and for one typed in.
    static Problem check(const QString &token);
    // The same said about a token typed in (an empty string: it is fine).
    static QString problemWith(const QString &token);
};

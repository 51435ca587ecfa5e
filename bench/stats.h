// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>

// Percentiles of a list of samples, for the benchmarks' reports.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(samples.size()))) - 1;
    return samples[std::clamp<qsizetype>(rank, 0, samples.size() - 1)];
}

inline QString summary(const QList<double> &samples, const char *unit)
{
    return QStringLiteral("p50 %1 %4, p99 %2 %4, max %3 %4 (n=%5)")
        .arg(percentile(samples, 50), 0, 'f', 3)
        .arg(percentile(samples, 99), 0, 'f', 3)
        .arg(percentile(samples, 100), 0, 'f', 3)
        .arg(QLatin1String(unit))
        .arg(samples.size());
}

// A figure of /proc/<pid>/status in KiB ("VmRSS:", "VmHWM:" …), or -1.
qint64 statusKiB(const char *field, const QString &pid = QStringLiteral("self"));
// Resident memory of a process in KiB (VmRSS), or -1.
inline qint64 residentKiB(const QString &pid = QStringLiteral("self"))
{
    return statusKiB("VmRSS:", pid);
}

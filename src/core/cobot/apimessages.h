// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QString>

// The human-readable text in a Cobot error body, whatever its shape:
//   {"errors": {"base": ["…"]}}   {"base": ["…"]}   {"errors": {"token": ["…"]}}
//   {"error": "…"}   {"errors": [{"detail": "…"}]} (API 2)   {"message": "…"}
// Messages are kept verbatim (Cobot's texts are undocumented); field errors are prefixed with their field.
// Empty when the body holds no message (not JSON, HTML from a proxy, …).
QString apiErrorMessage(const QByteArray &body);

// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include "apifailure.h"

#include <QString>

#include <variant>

// Cobot answered, and said no: a 4xx an endpoint treats as an answer (a duplicate card, a token that is
// not there, an operation it does not offer). Staff see the message and the status.
struct ApiRejected
{
    int httpStatus = 0;
    QString message;
};

// What a typed call yields: the value, Cobot's refusal, or no usable answer at all.
template<typename T> using ApiResult = std::variant<T, ApiRejected, ApiFailure>;

// Done, with nothing to report (e.g. a deletion).
using ApiDone = std::monostate;

#pragma once

#include <QString>

// How a card number may appear anywhere outside admin mode: only its last four characters.
QString maskToken(QStringView token);

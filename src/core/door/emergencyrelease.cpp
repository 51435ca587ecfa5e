// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#include "emergencyrelease.h"

#include <atomic>
#include <csignal>
#include <iterator>

namespace {

struct Place
{
    std::atomic<EmergencyRelease::Hook> hook {nullptr};
    std::atomic<void *> context {nullptr};
};

Place places[EmergencyRelease::maxHooks];
std::atomic_flag running = ATOMIC_FLAG_INIT;
constexpr int fatalSignals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};
struct sigaction previousActions[std::size(fatalSignals)];

void onFatalSignal(int signal)
{
    EmergencyRelease::runAll();
    // Then whatever handled the signal before (a sanitizer's report, or the default: die with a core
    // dump), as if we had not been here.
    for (size_t i = 0; i < std::size(fatalSignals); ++i) {
        if (fatalSignals[i] == signal)
            sigaction(signal, &previousActions[i], nullptr);
    }
    std::raise(signal);
}

} // namespace

int EmergencyRelease::add(Hook hook, void *context)
{
    for (int i = 0; i < maxHooks; ++i) {
        void *empty = nullptr;
        // The context claims the place; the hook, set last, makes it live.
        if (places[i].context.compare_exchange_strong(empty, context)) {
            places[i].hook.store(hook);
            return i;
        }
    }
    return -1;
}

void EmergencyRelease::remove(int handle)
{
    if (handle < 0 || handle >= maxHooks)
        return;
    places[handle].hook.store(nullptr);
    places[handle].context.store(nullptr);
}

void EmergencyRelease::runAll() noexcept
{
    // A second fatal signal inside a hook must not run them all again.
    if (running.test_and_set())
        return;
    for (Place &place : places) {
        void *context = place.context.load();
        if (const Hook hook = place.hook.load())
            hook(context);
    }
    running.clear();
}

void EmergencyRelease::installCrashHandlers()
{
    struct sigaction action = {};
    action.sa_handler = onFatalSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_NODEFER; // raise() inside the handler must reach the previous handler
    for (size_t i = 0; i < std::size(fatalSignals); ++i)
        sigaction(fatalSignals[i], &action, &previousActions[i]);
}

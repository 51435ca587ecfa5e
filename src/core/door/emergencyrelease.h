// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

// The door's last resort when the kiosk dies of a fatal signal (or is told to stop while its UI
// hangs): actuators that can release with plain system calls (a write to the relay, an ioctl on the
// GPIO line) register a hook here, and the signal handler runs them before the process goes.
class EmergencyRelease
{
public:
    // A hook may only make async-signal-safe calls: no allocation, no locks, no Qt.
    using Hook = void (*)(void *context) noexcept;
    static constexpr int maxHooks = 8;

    // Registers hook(context); returns a handle for remove(), or -1 when all places are taken.
    static int add(Hook hook, void *context);
    static void remove(int handle);
    // Runs every registered hook. Async-signal-safe as long as the hooks are.
    static void runAll() noexcept;
    // SIGSEGV, SIGBUS, SIGILL, SIGFPE and SIGABRT run the hooks, then end the process as they would have.
    static void installCrashHandlers();
};

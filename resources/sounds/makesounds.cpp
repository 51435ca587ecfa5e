// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

// Makes the kiosk's sounds at build time: short 16-bit mono WAVs, synthesised from a few tones, so the
// repository holds no audio files and no downloaded assets. Usage: makesounds OUTPUT_DIR
//
//   success  two rising notes, bright and short (E5 -> A5)
//   goodbye  the same notes falling (A5 -> E5), softer
//   denied   two low, buzzy notes falling (A3 -> G3): unmistakably not a welcome
//   error    three quick equal beeps (E5): "something is wrong, look at the screen"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

constexpr int rate = 22050;
constexpr double pi = 3.14159265358979323846;

struct Note
{
    double frequency; // Hz; 0 is a rest
    double seconds;
    double loudness; // 0..1
    int harmonics; // 1: pure; more: odd harmonics, buzzier
};

// A note with a quick attack and an exponential decay, so it neither clicks nor drones.
void addNote(std::vector<double> &samples, const Note &note)
{
    const int count = int(note.seconds * rate);
    const int attack = rate / 200; // 5 ms
    for (int i = 0; i < count; ++i) {
        double value = 0;
        if (note.frequency > 0) {
            for (int h = 1; h <= 2 * note.harmonics - 1; h += 2)
                value += std::sin(2 * pi * note.frequency * h * i / rate) / h;
        }
        const double envelope = std::min(1.0, double(i) / attack) * std::exp(-3.0 * i / count)
            * std::min(1.0, double(count - i) / attack);
        samples.push_back(value * envelope * note.loudness);
    }
}

bool writeWav(const std::string &path, const std::vector<Note> &notes)
{
    std::vector<double> samples;
    for (const Note &note : notes)
        addNote(samples, note);
    std::ofstream out(path, std::ios::binary);
    const auto u32
        = [&out](uint32_t v) { out.put(char(v)).put(char(v >> 8)).put(char(v >> 16)).put(char(v >> 24)); };
    const auto u16 = [&out](uint16_t v) { out.put(char(v)).put(char(v >> 8)); };
    const uint32_t dataBytes = uint32_t(samples.size() * 2);
    out.write("RIFF", 4);
    u32(36 + dataBytes);
    out.write("WAVEfmt ", 8);
    u32(16); // PCM header size
    u16(1); // PCM
    u16(1); // mono
    u32(rate);
    u32(rate * 2); // bytes per second
    u16(2); // bytes per frame
    u16(16); // bits per sample
    out.write("data", 4);
    u32(dataBytes);
    for (double sample : samples)
        u16(uint16_t(int16_t(std::lround(std::clamp(sample, -1.0, 1.0) * 32000))));
    return bool(out);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: makesounds OUTPUT_DIR\n";
        return 2;
    }
    const std::string dir = argv[1];
    const double e5 = 659.26, a5 = 880.0, a3 = 220.0, g3 = 196.0;
    const bool ok = writeWav(dir + "/success.wav", {{e5, 0.12, 0.7, 2}, {a5, 0.30, 0.7, 2}})
        && writeWav(dir + "/goodbye.wav", {{a5, 0.14, 0.5, 1}, {e5, 0.34, 0.5, 1}})
        && writeWav(dir + "/denied.wav", {{a3, 0.22, 0.6, 4}, {0, 0.05, 0, 1}, {g3, 0.32, 0.6, 4}})
        && writeWav(dir + "/error.wav",
            {{e5, 0.09, 0.6, 3}, {0, 0.07, 0, 1}, {e5, 0.09, 0.6, 3}, {0, 0.07, 0, 1}, {e5, 0.09, 0.6, 3}});
    if (!ok)
        std::cerr << "makesounds: could not write to " << dir << "\n";
    return ok ? 0 : 1;
}

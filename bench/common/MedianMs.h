// MedianMs: the timing rule the database benchmarks share (see bench/README.md).
#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace Bouncedesk::Bench {

// Median of `runs` timed calls in milliseconds, after one untimed warm-up call; -1 when a call fails.
inline double medianMs(int runs, const std::function<bool()> &call)
{
    if (!call())
        return -1;
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!call())
            return -1;
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace Bouncedesk::Bench

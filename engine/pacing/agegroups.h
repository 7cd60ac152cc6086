#pragma once

#include <utility>
#include <vector>

// Items (agents, calls) counted by kind and age bucket, so that a forecast
// computes one curve per group rather than one per item: with a thousand
// agents and thousands of calls up, a few hundred curves a tick. Counting
// into flat arrays (no sorting) keeps a tick linear in the items.
class AgeGroups final
{
public:
    explicit AgeGroups(int kinds);

    // Forgets the counts; bucket widths are set per kind for this round.
    void clear();
    void setBucketSeconds(int kind, double seconds);
    void add(int kind, double age);

    // f(kind, age at the middle of the bucket, count) for every group.
    template <typename F>
    void forEach(F f) const
    {
        for (const auto &[kind, index] : m_touched)
            f(kind, (index + 0.5) * m_bucket[std::size_t(kind)], m_counts[std::size_t(kind)][std::size_t(index)]);
    }

private:
    std::vector<std::vector<int>> m_counts;
    std::vector<double> m_bucket;
    std::vector<std::pair<int, int>> m_touched;
};

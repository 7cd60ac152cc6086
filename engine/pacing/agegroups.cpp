#include "engine/pacing/agegroups.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr int kMaxBuckets = 1 << 20; // ages beyond share the last bucket

} // namespace

AgeGroups::AgeGroups(int kinds)
    : m_counts(std::size_t(kinds))
    , m_bucket(std::size_t(kinds), 1.0)
{
}

void AgeGroups::clear()
{
    for (const auto &[kind, index] : m_touched)
        m_counts[std::size_t(kind)][std::size_t(index)] = 0;
    m_touched.clear();
}

void AgeGroups::setBucketSeconds(int kind, double seconds)
{
    m_bucket[std::size_t(kind)] = seconds;
}

void AgeGroups::add(int kind, double age)
{
    const int index = int(std::clamp(age / m_bucket[std::size_t(kind)], 0.0, double(kMaxBuckets - 1)));
    std::vector<int> &counts = m_counts[std::size_t(kind)];
    if (std::size_t(index) >= counts.size())
        counts.resize(std::size_t(index) + 1 + counts.size() / 2, 0);
    if (counts[std::size_t(index)]++ == 0)
        m_touched.emplace_back(kind, index);
}

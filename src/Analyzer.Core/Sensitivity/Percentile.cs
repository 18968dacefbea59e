namespace Analyzer.Core.Sensitivity;

/// <summary>
/// Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value at rank
/// ceil(p * n / 100), counting from 1. It is always one of the values (a score the tool prints, a whole rank), and it
/// needs no interpolation that a reader would have to know about.
/// </summary>
public static class Percentile
{
    public static T NearestRank<T>(ReadOnlySpan<T> sorted, int percent)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("No values to take a percentile of.", nameof(sorted));
        }
        var rank = ((long)percent * sorted.Length + 99) / 100; // ceil, in whole numbers
        return sorted[(int)Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

namespace Analyzer.Core.Sweeps;

/// <summary>
/// A small seeded random number generator (Steele, Lea and Flood's SplitMix64), written out here so a seed draws
/// the same numbers on every platform and every .NET version: <see cref="Random"/> promises neither.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A whole number from 0 to <paramref name="bound"/> - 1, each equally likely (rejecting the uneven tail).</summary>
    public long Below(long bound)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bound, 1);
        var range = (ulong)bound;
        var limit = ulong.MaxValue - (ulong.MaxValue % range); // draws at or above this would favour the low values
        ulong draw;
        do
        {
            draw = Next();
        }
        while (draw >= limit);
        return (long)(draw % range);
    }
}

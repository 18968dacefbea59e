using System.Text;

namespace Analyzer.Core.Sensitivity;

/// <summary>
/// The weight factors of the samples, uniform in [1 - spread, 1 + spread). Each factor is a pure function of the
/// seed, the sample's index and the criterion's id (SplitMix64 steps over them), not a draw from a shared stream:
/// samples give the same factors on any thread and in any order, and a criterion added to the pack leaves the
/// others' factors as they were.
/// </summary>
public sealed class WeightDraws(int seed, double spread)
{
    private readonly ulong _seed = Mix((ulong)(uint)seed);

    /// <summary>The factor of the criterion with key <paramref name="criterion"/> (<see cref="Key"/>) in sample <paramref name="sample"/>.</summary>
    public double Factor(int sample, ulong criterion)
    {
        var bits = Mix(Mix(_seed ^ (ulong)(uint)sample) ^ criterion);
        var uniform = (bits >> 11) * (1.0 / (1UL << 53)); // 53 random bits: every double in [0, 1) a step apart
        return 1 - spread + 2 * spread * uniform;
    }

    /// <summary>A criterion's key: the 64-bit FNV-1a hash of its id's UTF-8 bytes.</summary>
    public static ulong Key(string criterionId)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(criterionId))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        return hash;
    }

    // SplitMix64's step and finaliser (Steele, Lea & Flood 2014): every input bit reaches every output bit.
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

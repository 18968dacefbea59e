using System.Globalization;

namespace Analyzer.Core.Sensitivity;

/// <summary>
/// How weights are perturbed: each sample multiplies every scored criterion's weight by its own factor drawn
/// uniformly from [1 - <see cref="Spread"/>, 1 + <see cref="Spread"/>], <see cref="Samples"/> times, from
/// <see cref="Seed"/>.
/// </summary>
public sealed record SensitivitySettings(double Spread, int Samples, int Seed)
{
    public const double DefaultSpread = 0.25;
    public const int DefaultSamples = 1000;
    public const int DefaultSeed = 1;

    /// <summary>Enough for percentiles to two decimals; each sample holds a table of 1,001 counts per dimension.</summary>
    public const int MaxSamples = 10_000;

    /// <summary>0 &lt;= spread &lt; 1: a factor of 0 or less would drop a criterion or turn it against the score.</summary>
    public static bool IsValidSpread(double spread) => spread is >= 0 and < 1;

    /// <summary>The factor of a lowered weight, <c>1 - spread</c>.</summary>
    public double Down => 1 - Spread;

    /// <summary>The factor of a raised weight, <c>1 + spread</c>.</summary>
    public double Up => 1 + Spread;

    /// <summary>A factor as the reports print it (<c>0.75</c>), invariant culture, without trailing zeros.</summary>
    public static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

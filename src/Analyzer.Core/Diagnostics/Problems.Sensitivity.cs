using System.Globalization;

namespace Analyzer.Core.Diagnostics;

/// <summary>The messages of <c>analyzer sensitivity</c>.</summary>
public static partial class Problems
{
    // Command-line usage; the CLI prefixes "error: ".
    public static string BadSpread(string found) =>
        BadOptionValue("--spread", "a number from 0 up to but not including 1, such as 0.25 (each weight is multiplied by 0.75 to 1.25)", found);

    public static string BadSamples(string found, int most) =>
        BadOptionValue("--samples", string.Create(CultureInfo.InvariantCulture, $"a whole number from 1 to {most}"), found);

    public static string TooManyScores(int samples, int proposals, long limit) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{samples} samples of {proposals} proposals hold {(long)samples * proposals} scores, over the limit of {limit}; use --samples {Math.Max(1, limit / Math.Max(1, proposals))} or fewer, or fewer proposals.");

    public static string NothingToRank() =>
        "no proposal was assessed, so there is nothing to rank; fix the files above or name others.";
}

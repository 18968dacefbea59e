namespace Analyzer.Core.Reporting;

/// <summary>
/// Orders names as a person reads them: runs of digits by their number, so <c>summary-2.csv</c> comes before
/// <c>summary-10.csv</c> (a shell's glob lists them the other way round). Everything else compares ordinally, so the
/// order is the same on every machine.
/// </summary>
public sealed class NaturalOrder : IComparer<string?>
{
    public static readonly NaturalOrder Instance = new();

    /// <summary>Shard files in the order to join them: by file name, then by the whole path (for <c>shard-2/summary.csv</c>).</summary>
    public static IReadOnlyList<string> OfShardFiles(IEnumerable<string> paths) =>
        [.. paths.OrderBy(Path.GetFileName, Instance).ThenBy(p => p, Instance)];

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var (a, nextI) = DigitRun(x, i);
                var (b, nextJ) = DigitRun(y, j);
                // Without leading zeros, a longer run is a larger number; runs of one length compare digit by digit.
                var byNumber = a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
                if (byNumber != 0)
                {
                    return byNumber;
                }
                i = nextI;
                j = nextJ;
                continue;
            }
            if (x[i] != y[j])
            {
                return x[i].CompareTo(y[j]);
            }
            i++;
            j++;
        }
        var byLength = (x.Length - i).CompareTo(y.Length - j);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y); // '2' and '02' are one number; keep a total order
    }

    private static (string Digits, int Next) DigitRun(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }
        var first = start;
        while (first < end - 1 && text[first] == '0')
        {
            first++;
        }
        return (text[first..end], end);
    }
}

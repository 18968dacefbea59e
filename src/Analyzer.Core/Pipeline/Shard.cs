using System.Globalization;

namespace Analyzer.Core.Pipeline;

/// <summary>
/// Shard <c>k</c> of <c>n</c> (<c>--shard k/n</c>): the k-th of n contiguous, near-equal blocks of a batch's inputs
/// in their usual order. Blocks rather than every n-th input, so shard outputs joined in shard order are the
/// single-machine output byte for byte. The split depends only on the number of inputs, never on the machine.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    public static readonly Shard Whole = new(1, 1);

    /// <summary>The first input and the number of inputs of this shard, out of <paramref name="total"/>.</summary>
    public (long Start, long Length) Block(long total)
    {
        var start = total * (Index - 1) / Count;
        var end = total * Index / Count;
        return (start, end - start);
    }

    public IReadOnlyList<T> Of<T>(IReadOnlyList<T> inputs)
    {
        var (start, length) = Block(inputs.Count);
        return [.. inputs.Skip((int)start).Take((int)length)];
    }

    /// <summary>Reads <c>k/n</c> with 1 &lt;= k &lt;= n; null and a message saying what was expected otherwise.</summary>
    public static Shard? Parse(string text, out string? error)
    {
        error = null;
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && k >= 1 && k <= n)
        {
            return new Shard(k, n);
        }
        error = Diagnostics.Problems.BadOptionValue("--shard", "k/n with 1 <= k <= n, such as 2/8", text);
        return null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}

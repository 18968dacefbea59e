namespace Analyzer.Core.Sensitivity;

/// <summary>
/// Kendall's tau-b between a reference ranking and others, with ties: (C - D) / sqrt((n0 - n1)(n0 - n2)), where C and
/// D count the concordant and discordant pairs, n0 = n(n-1)/2, and n1 and n2 the pairs tied in the reference and in
/// the other ranking. Rankings are given as small whole-number codes (a score in tenths), and the discordant pairs
/// are counted with a Fenwick tree over the codes, group by group of equal reference values (Knight 1966's idea),
/// so a comparison takes O(n log codes) rather than O(n^2).
/// </summary>
public sealed class KendallTau
{
    private readonly int[][] _groups; // positions of equal reference codes, lowest code first
    private readonly int _codes;
    private readonly int _count;
    private readonly long _pairs;
    private readonly long _referenceTies;

    /// <param name="reference">The reference ranking's codes, each in [0, <paramref name="codes"/>).</param>
    /// <param name="codes">How many codes there are.</param>
    public KendallTau(IReadOnlyList<int> reference, int codes)
    {
        _codes = codes;
        _count = reference.Count;
        _groups = [.. Enumerable.Range(0, reference.Count).GroupBy(i => Checked(reference[i])).OrderBy(g => g.Key).Select(g => g.ToArray())];
        _pairs = Pairs(_count);
        _referenceTies = _groups.Sum(g => Pairs(g.Length));
    }

    /// <summary>Tau-b is not defined for fewer than two values, or when every value of the reference ties.</summary>
    public bool IsDefined => _count >= 2 && _referenceTies < _pairs;

    /// <summary>Tau-b of <paramref name="other"/> (codes by the same positions) against the reference; null where it is not defined (<see cref="IsDefined"/>, or every value of <paramref name="other"/> ties).</summary>
    public double? Against(ReadOnlySpan<int> other)
    {
        if (other.Length != _count)
        {
            throw new ArgumentException("The rankings compared must have the same length.", nameof(other));
        }
        if (!IsDefined)
        {
            return null;
        }
        var tree = new int[_codes + 1]; // Fenwick tree: how many of the lower reference groups have each code
        var inGroup = new int[_codes];
        var overall = new int[_codes];
        long discordant = 0, bothTies = 0, otherTies = 0;
        var inserted = 0;
        foreach (var group in _groups)
        {
            foreach (var i in group)
            {
                var code = Checked(other[i]);
                discordant += inserted - AtMost(tree, code); // lower in the reference, higher here
                bothTies += inGroup[code]++;
                otherTies += overall[code]++;
            }
            foreach (var i in group)
            {
                inGroup[other[i]] = 0;
                Add(tree, other[i]);
            }
            inserted += group.Length;
        }
        if (otherTies == _pairs)
        {
            return null;
        }
        var numerator = _pairs - _referenceTies - otherTies + bothTies - 2 * discordant;
        long left = _pairs - _referenceTies, right = _pairs - otherTies;
        // Equal factors need no square root, so identical rankings give exactly 1.
        var denominator = left == right ? left : Math.Sqrt((double)left * right);
        return numerator / denominator;
    }

    /// <summary>Tau-b of two vectors of numbers (equal numbers tie); null where it is not defined.</summary>
    public static double? TauB(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count)
        {
            throw new ArgumentException("The vectors compared must have the same length.", nameof(y));
        }
        var (xCodes, xCount) = Codes(x);
        var (yCodes, yCount) = Codes(y);
        return new KendallTau(xCodes, Math.Max(xCount, yCount)).Against(yCodes);
    }

    /// <summary>Each value's place among the distinct values, lowest first.</summary>
    private static (int[] Codes, int Count) Codes(IReadOnlyList<double> values)
    {
        var distinct = values.Distinct().Order().ToArray();
        return ([.. values.Select(v => Array.BinarySearch(distinct, v))], distinct.Length);
    }

    private int Checked(int code) =>
        code >= 0 && code < _codes ? code : throw new ArgumentOutOfRangeException(nameof(code), code, "A code is outside the range given.");

    private static long Pairs(long n) => n * (n - 1) / 2;

    private static int AtMost(int[] tree, int code)
    {
        var sum = 0;
        for (var i = code + 1; i > 0; i -= i & -i)
        {
            sum += tree[i];
        }
        return sum;
    }

    private static void Add(int[] tree, int code)
    {
        for (var i = code + 1; i < tree.Length; i += i & -i)
        {
            tree[i]++;
        }
    }
}

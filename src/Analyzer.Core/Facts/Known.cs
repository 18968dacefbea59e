namespace Analyzer.Core.Facts;

/// <summary>A three-valued fact and the fields that would settle it when it is unknown (Kleene logic).</summary>
public readonly record struct Known(bool? Value, string[] Missing)
{
    public static Known True => new(true, []);
    public static Known False => new(false, []);
    public static Known Unknown(params string[] missing) => new(null, missing);
    public static Known Of(bool value) => new(value, []);

    public static Known operator &(Known a, Known b) =>
        a.Value == false ? a : b.Value == false ? b : new(a.Value & b.Value, Both(a.Missing, b.Missing));

    public static Known operator |(Known a, Known b) =>
        a.Value == true ? a : b.Value == true ? b : new(a.Value | b.Value, Both(a.Missing, b.Missing));

    /// <summary>One side's list as it is when the other is empty: many results can then share one list (see <see cref="Fold"/>).</summary>
    private static string[] Both(string[] a, string[] b) => a.Length == 0 ? b : b.Length == 0 ? a : [.. a, .. b];

    public static Known operator !(Known a) => new(!a.Value, a.Missing);

    /// <summary>False as soon as one item is false; otherwise unknown if one is, naming every missing field.</summary>
    /// <remarks>One pass with one list: folding with <c>&amp;</c> copies the missing fields at each step, quadratic in the items.</remarks>
    public static Known All(IEnumerable<Known> items) => Fold(items, stopAt: false);

    /// <summary>True as soon as one item is true; otherwise unknown if one is, naming every missing field.</summary>
    public static Known Any(IEnumerable<Known> items) => Fold(items, stopAt: true);

    /// <summary>Whether a stated value is one of the given ones; unknown when the field is absent.</summary>
    public static Known In(string? value, string field, params string[] values) =>
        value is null ? Unknown(field) : Of(values.Contains(value, StringComparer.Ordinal));

    public static Known Bool(bool? value, string field) => value is null ? Unknown(field) : Of(value.Value);

    private static Known Fold(IEnumerable<Known> items, bool stopAt)
    {
        List<string>? missing = null;
        HashSet<string>? seen = null;
        HashSet<string[]>? lists = null;
        var unknown = false;
        foreach (var item in items)
        {
            if (item.Value == stopAt)
            {
                return item;
            }
            if (item.Value is null)
            {
                unknown = true;
                missing ??= [];
                seen ??= new(StringComparer.Ordinal);
                if (!(lists ??= new(ReferenceEqualityComparer.Instance)).Add(item.Missing))
                {
                    continue; // a list already taken in full
                }
                foreach (var field in item.Missing)
                {
                    // Each field once, in order of first mention (every reader of Missing keeps only those): thousands of
                    // decisions that all lack the same field must not make a list of millions.
                    if (seen.Add(field))
                    {
                        missing.Add(field);
                    }
                }
            }
        }
        return unknown ? new(null, [.. missing!]) : Of(!stopAt);
    }
}

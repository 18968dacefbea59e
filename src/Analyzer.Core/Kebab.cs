using System.Text;

namespace Analyzer.Core;

/// <summary>
/// The kebab-case names of the core's enums (<c>NotMet</c> is <c>not-met</c>), used only where files are read and
/// reports are written; inside the engine the enums are compared, so a typo does not compile.
/// </summary>
public static class Kebab
{
    public static string Name<T>(T value) where T : struct, Enum => Names<T>.ByValue[value];

    public static bool TryParse<T>(string? name, out T value) where T : struct, Enum =>
        Names<T>.ByName.TryGetValue(name ?? "", out value);

    /// <summary>Every name of the enum, in declaration order (for messages listing the allowed values).</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Names<T>.InOrder;

    // Plain dictionaries: a handful of names each, and a frozen dictionary costs more to build and to JIT, per enum,
    // than a single assessment spends looking names up.
    private static class Names<T> where T : struct, Enum
    {
        public static readonly string[] InOrder = [.. Enum.GetValues<T>().Select(v => ToKebab(v.ToString()))];
        public static readonly Dictionary<T, string> ByValue = Enum.GetValues<T>().ToDictionary(v => v, v => ToKebab(v.ToString()));
        public static readonly Dictionary<string, T> ByName =
            Enum.GetValues<T>().ToDictionary(v => ToKebab(v.ToString()), v => v, StringComparer.Ordinal);
    }

    private static string ToKebab(string pascal)
    {
        var text = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}

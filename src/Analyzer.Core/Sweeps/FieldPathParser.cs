using System.Globalization;

namespace Analyzer.Core.Sweeps;

/// <summary>
/// Reads a dimension's field path: keys separated by dots, each key optionally followed by one selector in brackets.
/// Keys are the format's own (<c>cooperation.pathway</c>); a challenge key may follow <c>institution.challenges</c>.
/// </summary>
public static class FieldPathParser
{
    /// <summary>The segments, or null with <paramref name="error"/> saying what is wrong and <paramref name="at"/> where.</summary>
    public static IReadOnlyList<PathSegment>? Parse(string text, out string? error, out int at)
    {
        var segments = new List<PathSegment>();
        var i = 0;
        error = null;
        at = 0;
        while (true)
        {
            var start = i;
            while (i < text.Length && IsKeyChar(text[i]))
            {
                i++;
            }
            if (i == start)
            {
                (error, at) = (i < text.Length ? $"expected a field name at '{text[i]}'" : "expected a field name at the end", i);
                return null;
            }
            var key = text[start..i];
            ItemSelector? selector = null;
            if (i < text.Length && text[i] == '[')
            {
                var close = text.IndexOf(']', i);
                if (close < 0)
                {
                    (error, at) = ("a '[' is not closed by ']'", i);
                    return null;
                }
                selector = Selector(text[(i + 1)..close], out error);
                if (selector is null)
                {
                    at = i + 1;
                    return null;
                }
                i = close + 1;
            }
            segments.Add(new PathSegment(key, selector, start));
            if (i == text.Length)
            {
                return segments;
            }
            if (text[i] != '.')
            {
                (error, at) = ($"expected '.' or '[' after '{key}', found '{text[i]}'", i);
                return null;
            }
            i++;
        }
    }

    private static ItemSelector? Selector(string inside, out string? error)
    {
        error = null;
        if (inside == "*")
        {
            return new AllItems();
        }
        if (inside.Length > 0 && inside.All(char.IsAsciiDigit))
        {
            if (int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return new ItemAt(index);
            }
        }
        var equals = inside.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0 && inside[..equals].All(IsKeyChar) && equals < inside.Length - 1)
        {
            return new ItemsWhere(inside[..equals], inside[(equals + 1)..]);
        }
        error = $"'[{inside}]' selects nothing; write [*] for every item, [2] for one position, or [id=...] for the items with that id";
        return null;
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}

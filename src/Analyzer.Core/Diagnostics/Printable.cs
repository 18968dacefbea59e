using System.Globalization;
using System.Text;

namespace Analyzer.Core.Diagnostics;

/// <summary>
/// Text from a user's file made safe for a terminal or a log: control characters (newlines, ESC sequences) and
/// bidirectional overrides are shown as escapes, so a proposal can neither forge a line such as
/// <c>x.yaml:1:1: error: ...</c> nor recolour or reorder what the user reads.
/// </summary>
public static class Printable
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when NeedsEscape(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069' or '\u200e' or '\u200f';
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Analyzer.Core.Drafting;

/// <summary>
/// Renders text as a YAML scalar that any YAML reader gives back as the same text. A value is written plain only when
/// it is plainly safe: it starts with a letter or digit, holds only letters, digits, spaces and <c>-_./()'+</c>,
/// does not end in a space, and could not be read as anything but text (null, a boolean in YAML 1.1 or 1.2, a number,
/// a date). Everything else is double-quoted, with escapes for backslashes, quotes, control characters, invisible
/// format characters (bidirectional overrides, the byte order mark) and line or paragraph separators, so the file
/// shows on a terminal exactly what it holds.
/// </summary>
public static partial class YamlScalar
{
    public static string Render(string text) => IsPlainSafe(text) ? text : Quoted(text);

    private static bool IsPlainSafe(string text)
    {
        if (text.Length == 0 || !char.IsLetterOrDigit(text[0]) || text[^1] == ' ' || NotText().IsMatch(text))
        {
            return false;
        }
        foreach (var c in text)
        {
            var safe = char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or '/' or '(' or ')' or '\'' or '+'
                || (c > '\u007f' && char.GetUnicodeCategory(c) is UnicodeCategory.OtherPunctuation or UnicodeCategory.OpenPunctuation
                    or UnicodeCategory.ClosePunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.InitialQuotePunctuation
                    or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.ConnectorPunctuation);
            if (!safe || char.IsSurrogate(c))
            {
                return false;
            }
        }
        return true;
    }

    private static string Quoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                quoted.Append(c).Append(text[++i]); // a whole pair (an emoji, a rare CJK character) is written as it is
                continue;
            }
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when NeedsEscape(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>Controls, lone surrogates, and the invisible or line-breaking characters a reader should see as escapes.</summary>
    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || char.IsSurrogate(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    /// <summary>
    /// Plain values a YAML reader resolves to something other than text: null, YAML 1.1 and 1.2 booleans, and anything
    /// that starts with a digit and is made only of the characters numbers and dates are (hex, octal, floats, 2024-01-01).
    /// </summary>
    [GeneratedRegex(@"^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[0-9][0-9a-fA-FxXoO_.:+ -]*)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NotText();
}

using System.Text;

namespace Analyzer.Core.Reporting;

/// <summary>
/// Wraps prose to a number of terminal columns (<see cref="TextWidth"/>: Chinese characters count two). Lines break
/// at spaces and between Chinese characters, never before closing punctuation (，。）) or after opening punctuation
/// (（“), so no line starts with a comma. A word longer than the width (a DOI, an expression) keeps a line to itself.
/// </summary>
public static class TextWrap
{
    private const string NoLineStart = "，。、；：？！）」』”’》〉】…";
    private const string NoLineEnd = "（「『“‘《〈【";

    public static IReadOnlyList<string> Lines(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var (token, spaced) in Tokens(text))
        {
            var gap = line.Length > 0 && spaced ? " " : "";
            if (line.Length > 0 && TextWidth.Of(line.ToString()) + gap.Length + TextWidth.Of(token) > width)
            {
                lines.Add(line.ToString());
                line.Clear();
                gap = "";
            }
            line.Append(gap).Append(token);
        }
        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }
        return lines;
    }

    /// <summary>Unbreakable pieces, each with whether a space came before it: a run of narrow characters, or one wide character with its punctuation.</summary>
    private static List<(string Token, bool Spaced)> Tokens(string text)
    {
        var tokens = new List<(string Token, bool Spaced)>();
        var word = new StringBuilder();
        var spaced = false;
        var glueNext = false;
        void Add(string piece)
        {
            if (tokens.Count > 0 && (glueNext || !spaced && NoLineStart.Contains(piece[0], StringComparison.Ordinal)))
            {
                tokens[^1] = (tokens[^1].Token + (spaced ? " " : "") + piece, tokens[^1].Spaced);
            }
            else
            {
                tokens.Add((piece, spaced));
            }
            glueNext = NoLineEnd.Contains(piece[^1], StringComparison.Ordinal);
            spaced = false;
        }
        void EndWord()
        {
            if (word.Length > 0)
            {
                Add(word.ToString());
                word.Clear();
            }
        }
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                EndWord();
                spaced = true;
            }
            else if (TextWidth.Of(rune.ToString()) == 2)
            {
                EndWord();
                Add(rune.ToString());
            }
            else
            {
                word.Append(rune.ToString());
            }
        }
        EndWord();
        return tokens;
    }
}
